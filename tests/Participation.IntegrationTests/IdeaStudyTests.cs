using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The department's study: a feasibility assessment seen by staff only, and one answer for several ideas.</summary>
public class IdeaStudyTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح زراعة ممرات المشاة بأشجار ظليلة وتوفير مقاعد ونوافير مياه على طولها.";

    [Fact]
    public async Task The_officer_assesses_an_idea_for_staff_only_from_the_menus_study_page()
    {
        var topic = await fixture.TopicAsync("أفكار لممرات المشاة");
        var (author, citizen) = await TwoAsync();
        var officer = await fixture.AdminAsync();
        var id = await author.PublishedIdeaAsync(officer, topic, "ممرات مشاة مظللة", Description);

        // The admin menu leads to the topics to study, and on to the topic.
        Assert.NotNull((await officer.GetDocumentAsync("/admin")).QuerySelector("a[href='/admin/ideas/study']"));
        Assert.NotNull((await officer.GetDocumentAsync("/admin/ideas/study")).QuerySelector($"a[href='/admin/ideas/study/{topic}']"));

        var form = $"form[action='/admin/ideas/study/{topic}/{id}/assess']";
        var incomplete = await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["effort"] = "High", ["impact"] = "High" }, form);
        Assert.Equal("اختر فئة التكلفة.", await IdeaSite.NoticeAfterAsync(officer, incomplete));
        const string notes = "تحتاج الفكرة إلى تنسيق مع إدارة الطرق قبل الميزانية";
        var saved = await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["cost"] = "Medium", ["effort"] = "High", ["impact"] = "High", ["notes"] = notes }, form);
        Assert.Equal("حُفظ التقييم.", await IdeaSite.NoticeAfterAsync(officer, saved));

        var study = await officer.GetDocumentAsync($"/admin/ideas/study/{topic}");
        Assert.Equal("Medium", study.QuerySelector($"#cost-{id} option[selected]")!.GetAttribute("value"));
        Assert.Equal("High", study.QuerySelector($"#impact-{id} option[selected]")!.GetAttribute("value"));
        Assert.Equal(notes, study.QuerySelector($"#notes-{id}")!.TextContent);

        // Staff only: neither the public, the author nor the topic's list sees it, and a citizen cannot write it.
        foreach (var client in new[] { fixture.Site.CreateSiteClient(), author })
        {
            Assert.DoesNotContain(notes, (await client.GetDocumentAsync($"/ideas/idea/{id}")).Body!.TextContent);
            Assert.DoesNotContain(notes, (await client.GetDocumentAsync($"/ideas/{topic}")).Body!.TextContent);
        }
        var token = await citizen.TokenAsync($"/ideas/{topic}");
        await citizen.PostAsync($"/admin/ideas/study/{topic}/{id}/assess", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("cost", "Low"), new("effort", "Low"), new("impact", "Low")]));
        Assert.Equal(notes, (await officer.GetDocumentAsync($"/admin/ideas/study/{topic}")).QuerySelector($"#notes-{id}")!.TextContent);
    }

    [Fact]
    public async Task One_answer_template_answers_the_ticked_ideas_each_with_its_own_title_and_supports()
    {
        var topic = await fixture.TopicAsync("أفكار لنوافير المياه");
        var logins = await fixture.Site.CreateCitizensAsync(2, IdeaSite.Password, "bulk");
        var (author, supporter) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        await author.SignInAsync(logins[0], IdeaSite.Password);
        await supporter.SignInAsync(logins[1], IdeaSite.Password);
        var officer = await fixture.AdminAsync();
        var first = await author.PublishedIdeaAsync(officer, topic, "نوافير شرب في الحدائق", Description);
        var second = await author.PublishedIdeaAsync(officer, topic, "نوافير شرب عند المدارس", Description);
        var untouched = await author.PublishedIdeaAsync(officer, topic, "نوافير زينة في الساحات", Description);
        await supporter.PressSupportAsync($"/ideas/{topic}", first);

        var study = $"/admin/ideas/study/{topic}";
        var token = await officer.TokenAsync(study);
        Assert.NotNull((await officer.GetDocumentAsync(study)).QuerySelector($"input[name=ids][value='{first}'][form=bulk-answer]"));
        var none = await officer.PostAsync($"{study}/answer", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("status", "Rejected"), new("template", "شكراً")]));
        Assert.Equal("اختر الأفكار التي تردّ عليها.", await IdeaSite.NoticeAfterAsync(officer, none));

        const string template = "شكراً على فكرة «{title}» التي أيدها {supports}؛ سبق أن أقرّت البلدية خطة للنوافير.";
        var answered = await officer.PostAsync($"{study}/answer", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("ids", first), new("ids", second), new("status", "Rejected"), new("template", template)]));
        Assert.Equal("رُدّ على فكرتين، ويُراسَل أصحابهما ومؤيدوهما ومتابعوهما بالبريد الإلكتروني.", await IdeaSite.NoticeAfterAsync(officer, answered));

        var anonymous = fixture.Site.CreateSiteClient();
        Assert.Equal("شكراً على فكرة «نوافير شرب في الحدائق» التي أيدها 1؛ سبق أن أقرّت البلدية خطة للنوافير.", (await anonymous.GetDocumentAsync($"/ideas/idea/{first}")).QuerySelector(".official-answer p")!.TextContent);
        Assert.Equal("شكراً على فكرة «نوافير شرب عند المدارس» التي أيدها 0؛ سبق أن أقرّت البلدية خطة للنوافير.", (await anonymous.GetDocumentAsync($"/ideas/idea/{second}")).QuerySelector(".official-answer p")!.TextContent);
        Assert.Null((await anonymous.GetDocumentAsync($"/ideas/idea/{untouched}")).QuerySelector(".official-answer"));
        Assert.Equal("Published", (await fixture.RowAsync(untouched)).Status);

        var mail = await fixture.Smtp.WaitForMailAsync($"{logins[1]}@mail.example", "تغيّرت حالة الفكرة: نوافير شرب في الحدائق");
        Assert.Contains("«نوافير شرب في الحدائق» التي أيدها 1", mail.Message.TextBody);
        Assert.Contains("التي أيدها 0", (await fixture.Smtp.WaitForMailAsync($"{logins[0]}@mail.example", "تغيّرت حالة الفكرة: نوافير شرب عند المدارس")).Message.TextBody);
    }

    private async Task<(HttpClient, HttpClient)> TwoAsync()
    {
        var people = await fixture.CitizensAsync(2);
        return (people[0], people[1]);
    }
}
