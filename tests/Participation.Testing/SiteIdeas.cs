using System.Net;

namespace Participation.Testing;

/// <summary>Ideas as an editor opens a topic, a citizen proposes, a moderator approves and others support, through the site's own forms.</summary>
public static class SiteIdeas
{
    /// <summary>An idea topic published and opened through the admin by <paramref name="admin"/>; returns its id.</summary>
    public static async Task<string> OpenIdeaTopicAsync(this HttpClient admin, DateTime nowUtc, string title, int? limit = null, int? threshold = null, bool ownAllowed = false, string categories = "", string department = "municipal", string eligibility = "SignedIn", int? studyTop = null)
    {
        var created = await admin.SubmitFormAsync("/admin/contents/create/IdeaTopic", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["IdeaTopicPart.Description"] = "تجمع الجهة أفكاركم في هذا الموضوع.",
            ["IdeaTopicPart.Department"] = department,
            ["IdeaTopicPart.SubmissionEnds"] = nowUtc.AddHours(3).AddDays(14).ToString("yyyy-MM-ddTHH:mm"),
            ["IdeaTopicPart.SupportEnds"] = nowUtc.AddHours(3).AddDays(28).ToString("yyyy-MM-ddTHH:mm"),
            ["IdeaTopicPart.SupportLimit"] = limit?.ToString() ?? "",
            ["IdeaTopicPart.Threshold"] = threshold?.ToString() ?? "",
            ["IdeaTopicPart.StudyTop"] = studyTop?.ToString() ?? "",
            ["IdeaTopicPart.AuthorsMaySupportOwn"] = ownAllowed ? "true" : "false",
            ["IdeaTopicPart.Categories"] = categories,
            ["IdeaTopicPart.Eligibility"] = eligibility,
        }, submitValue: "publish");
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await created.ReadDocumentAsync()).ValidationMessages()));
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open")).StatusCode);
        return id;
    }

    /// <summary>Posts the topic's idea form; the response redirects to the new idea's page on success.</summary>
    public static Task<HttpResponseMessage> ProposeIdeaAsync(this HttpClient citizen, string topicId, string title, string description, string? category = null)
    {
        var values = new Dictionary<string, string> { ["Title"] = title, ["Description"] = description };
        if (category is not null) values["Category"] = category;
        return citizen.SubmitFormAsync($"/ideas/{topicId}/propose", values, "main form.editor");
    }

    /// <summary>The idea a successful proposal redirected to.</summary>
    public static string IdeaIdOf(HttpResponseMessage proposed)
    {
        Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, $"The idea was not accepted: {(int)proposed.StatusCode}");
        return proposed.Headers.Location!.OriginalString.Split('/')[^1];
    }

    /// <summary>A citizen's idea, proposed and approved by <paramref name="moderator"/>; returns its id.</summary>
    public static async Task<string> PublishedIdeaAsync(this HttpClient citizen, HttpClient moderator, string topicId, string title, string description)
    {
        var id = IdeaIdOf(await citizen.ProposeIdeaAsync(topicId, title, description));
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitButtonFormAsync("/admin/ideas/review", $"/admin/ideas/review/{id}/approve")).StatusCode);
        return id;
    }

    /// <summary>Posts the support (or take-back) form of an idea as it is on <paramref name="pageUrl"/>, as a browser without script sends it.</summary>
    public static async Task<HttpResponseMessage> PressSupportAsync(this HttpClient client, string pageUrl, string ideaId)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector($"#idea-{ideaId} form[data-support-form]") ?? throw new InvalidOperationException($"No support form for {ideaId} on {pageUrl}.");
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    /// <summary>A support posted straight to the idea with the page's token: what a second tab sends.</summary>
    public static async Task<HttpResponseMessage> PostSupportAsync(this HttpClient client, string token, string ideaId, bool json = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/ideas/idea/{ideaId}/support") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        if (json) request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    /// <summary>The antiforgery token a page of the site hands this client.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl)
        => (await client.GetDocumentAsync(pageUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
