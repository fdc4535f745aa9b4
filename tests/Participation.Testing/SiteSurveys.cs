using System.Net;
using AngleSharp.Dom;

namespace Participation.Testing;

/// <summary>Surveys as an editor builds them in the admin and a respondent answers them, through the site's own forms.</summary>
public static class SiteSurveys
{
    /// <summary>
    /// The survey the tests share, built question by question in the builder and opened:
    /// s1 "Did you visit?" (q1 yes/no, required; q2 which branch, only for yes); s2, only for yes:
    /// q3 satisfaction 1–5 (required), q4 what went wrong (only for 1–2); s3: q5 what to improve
    /// (multiple, at most 2, other), q6 NPS (required).
    /// </summary>
    public static async Task<(string Id, string Path)> BuildSurveyAsync(this HttpClient admin, DateTime nowUtc, string title, string access = "SignedIn", TimeSpan? endsIn = null, bool open = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var path = "survey-" + Guid.NewGuid().ToString("N")[..8];
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title, ["AutoroutePart.Path"] = path, ["SurveyPart.Purpose"] = "قياس رضا المتعاملين عن مركز الخدمة",
            ["SurveyPart.Access"] = access, ["SurveyPart.Services"] = "customer-care",
            ["SurveyPart.Ends"] = nowUtc.AddHours(3).Add(endsIn ?? TimeSpan.FromDays(7)).ToString("yyyy-MM-ddTHH:mm"),
            ["SurveyPart.EndMessageAr"] = "سننشر ما تعلمناه من إجاباتكم.", ["SurveyPart.EndMessageEn"] = "We will publish what we learnt from your answers.",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) fields[key] = value;
        var created = await admin.SubmitFormAsync("/admin/contents/create/Survey", fields, submitValue: "publish");
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await created.ReadDocumentAsync()).ValidationMessages()));
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var builder = $"/admin/surveys/{id}/builder";
        await admin.AddSectionAsync(builder, "زيارتك", "Your visit");
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s1", ["Kind"] = "YesNo", ["TextAr"] = "هل زرت مركز الخدمة؟", ["TextEn"] = "Did you visit the service centre?", ["Required"] = "true" });
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s1", ["Kind"] = "SingleChoice", ["TextAr"] = "أي فرع زرت؟", ["TextEn"] = "Which branch?", ["Options"] = "الرياض | Riyadh\nجدة | Jeddah", ["ConditionQuestion"] = "q1", ["ConditionValues"] = "yes" });
        await admin.AddSectionAsync(builder, "رضاك عن الزيارة", "Your satisfaction", "q1", "yes");
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s2", ["Kind"] = "Rating", ["TextAr"] = "ما مدى رضاك عن الزيارة؟", ["TextEn"] = "How satisfied were you?", ["Required"] = "true", ["HelpAr"] = "1 غير راضٍ و5 راضٍ جدًا" });
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s2", ["Kind"] = "LongText", ["TextAr"] = "ما الذي لم يعجبك؟", ["TextEn"] = "What went wrong?", ["ConditionQuestion"] = "q3", ["ConditionValues"] = "1,2" });
        await admin.AddSectionAsync(builder, "اقتراحاتك", "Your suggestions");
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s3", ["Kind"] = "MultipleChoice", ["TextAr"] = "ما الذي نحسّنه؟", ["TextEn"] = "What should we improve?", ["Options"] = "سرعة الخدمة | Speed\nالمواعيد | Appointments\nالمكان | The premises", ["MaxChoices"] = "2", ["AllowOther"] = "true" });
        await admin.AddQuestionAsync(builder, new() { ["SectionId"] = "s3", ["Kind"] = "Nps", ["TextAr"] = "ما مدى احتمال أن توصي بنا؟", ["TextEn"] = "How likely are you to recommend us?", ["Required"] = "true" });
        if (open) Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/stage/Open")).StatusCode);
        return (id, "/" + path);
    }

    public static async Task<string> AddSectionAsync(this HttpClient admin, string builder, string titleAr, string titleEn, string conditionQuestion = "", string conditionValues = "")
        => await NoticeAsync(admin, await admin.SubmitFormAsync(builder, new Dictionary<string, string> { ["titleAr"] = titleAr, ["titleEn"] = titleEn, ["conditionQuestion"] = conditionQuestion, ["conditionValues"] = conditionValues }, "#add-section"));

    public static async Task<string> AddQuestionAsync(this HttpClient admin, string builder, Dictionary<string, string> fields)
        => await NoticeAsync(admin, await admin.SubmitFormAsync(builder, fields, "#add-question"));

    /// <summary>The notice shown where a post led.</summary>
    public static async Task<string> NoticeAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return (page.QuerySelector(".notice-error") ?? page.QuerySelector("[role=status]"))!.TextContent.Trim();
    }

    /// <summary>Opens the answer page (at <paramref name="section"/> or where the respondent is) and posts <paramref name="fields"/> from its form.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(this HttpClient client, string surveyId, params (string Field, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync($"/surveys/{surveyId}/answer");
        return await client.PostSectionAsync(page, surveyId, fields);
    }

    /// <summary>Posts the section shown on <paramref name="page"/> with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostSectionAsync(this HttpClient client, IDocument page, string surveyId, params (string Field, string Value)[] fields)
    {
        var form = page.QuerySelector("form.survey-form") ?? throw new InvalidOperationException("No survey form on " + page.Url + ": " + FormPosting.Excerpt(page.Body?.TextContent ?? ""));
        var posted = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("sectionId", form.QuerySelector("input[name=sectionId]")!.GetAttribute("value")!),
        };
        if (form.QuerySelector("input[name=token]")?.GetAttribute("value") is { } token) posted.Add(new("token", token));
        posted.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value)));
        return await client.PostAsync($"/surveys/{surveyId}/answer", new FormUrlEncodedContent(posted));
    }

    /// <summary>The section the answer page shows now: its id, from the form.</summary>
    public static async Task<string?> CurrentSectionAsync(this HttpClient client, string surveyId)
        => (await client.GetDocumentAsync($"/surveys/{surveyId}/answer")).QuerySelector("form.survey-form input[name=sectionId]")?.GetAttribute("value");
}
