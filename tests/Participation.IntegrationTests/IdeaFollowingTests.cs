using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Comments under an idea's page (pre-moderated, under the terms) and people following an idea to be emailed its answer.</summary>
public class IdeaFollowingTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح تخصيص مسارات آمنة للدراجات الهوائية تربط الأحياء بالحدائق والمدارس.";

    private async Task<(IReadOnlyList<string> Logins, List<HttpClient> Clients)> PeopleAsync(int count, string prefix)
    {
        var logins = await fixture.Site.CreateCitizensAsync(count, IdeaSite.Password, prefix);
        var clients = logins.Select(_ => fixture.Site.CreateSiteClient()).ToList();
        for (var i = 0; i < count; i++) await clients[i].SignInAsync(logins[i], IdeaSite.Password);
        return (logins, clients);
    }

    [Fact]
    public async Task A_comment_on_an_idea_appears_on_its_cached_page_once_a_moderator_approves_it()
    {
        var topic = await fixture.TopicAsync("أفكار للتنقل بالدراجات");
        var (_, people) = await PeopleAsync(2, "ideacomment");
        var moderator = await fixture.AdminAsync();
        var id = await people[0].PublishedIdeaAsync(moderator, topic, "مسارات للدراجات بين الأحياء", Description);
        var page = $"/ideas/idea/{id}";
        var anonymous = fixture.Site.CreateSiteClient();

        // A visitor reads the comments (none yet) and is asked to sign in: no form on the cached page.
        var before = await anonymous.GetDocumentAsync(page);
        Assert.Equal("التعليقات (0)", before.QuerySelector("#comments-title")!.TextContent.Trim());
        Assert.Null(before.QuerySelector("form.comment-form"));

        // Posting without accepting the terms is refused, and what was typed is kept.
        const string text = "فكرة ممتازة، وأقترح أن تبدأ بالطرق القريبة من المدارس.";
        var refused = await people[1].SubmitFormAsync(page, new Dictionary<string, string> { ["text"] = text }, "form.comment-form");
        Assert.Equal($"{page}#comments", refused.Headers.Location!.OriginalString);
        var again = await people[1].GetDocumentAsync(page);
        Assert.Equal(text, again.QuerySelector("#comment-text")!.TextContent);

        var posted = await people[1].SubmitFormAsync(page, new Dictionary<string, string> { ["text"] = text, ["acceptTerms"] = "true" }, "form.comment-form");
        Assert.Equal($"{page}#comments", posted.Headers.Location!.OriginalString);
        Assert.Contains("سيظهر تعليقك بعد أن يراجعه المشرف", await IdeaSite.NoticeAfterAsync(people[1], posted));
        Assert.DoesNotContain(text, (await anonymous.GetDocumentAsync(page)).QuerySelector("#comments")!.TextContent);

        var queue = await moderator.GetDocumentAsync("/admin/moderation?tab=Pending");
        var entry = queue.QuerySelectorAll("article.queue-item").First(a => a.TextContent.Contains(text));
        var token = queue.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await moderator.PostAsync("/admin/moderation/decide", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("id", entry.QuerySelector("input[name=id]")!.GetAttribute("value")!), new("decision", "approve")]));

        // The approval evicted the visitor's cached page: the comment is there at once.
        var after = await anonymous.GetDocumentAsync(page);
        Assert.Contains(text, after.QuerySelector("#comments .comment-list")!.TextContent);
        Assert.Equal("التعليقات (1)", after.QuerySelector("#comments-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_comment_sent_from_a_page_opened_before_the_idea_was_withdrawn_is_refused_with_the_reason()
    {
        var topic = await fixture.TopicAsync("أفكار لأرصفة الأسواق");
        var (_, people) = await PeopleAsync(2, "ideacommentgone");
        var moderator = await fixture.AdminAsync();
        var id = await people[0].PublishedIdeaAsync(moderator, topic, "أرصفة أوسع قرب الأسواق الشعبية", Description);
        var page = $"/ideas/idea/{id}";

        // The reader opens the idea with its comment form; then the author withdraws the idea.
        var opened = await people[1].GetDocumentAsync(page);
        var form = opened.QuerySelector("form.comment-form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        await people[0].SubmitButtonFormAsync(page, $"{page}/withdraw");

        const string text = "أؤيد توسيع الأرصفة مع زراعة أشجار للظل على جانبيها.";
        fields["text"] = text;
        fields["acceptTerms"] = "true";
        var refused = await people[1].PostAsync(form.GetAttribute("action")!, new FormUrlEncodedContent(fields));
        Assert.Equal("سحب صاحب هذه الفكرة فكرته: لم تعد تقبل التعليقات.", await IdeaSite.NoticeAfterAsync(people[1], refused));
        Assert.DoesNotContain(text, (await moderator.GetDocumentAsync("/admin/moderation?tab=Pending")).Body!.TextContent);
    }

    [Fact]
    public async Task A_follower_is_emailed_the_answer_once_like_the_author_who_also_supports_and_follows()
    {
        var topic = await fixture.TopicAsync("أفكار لمواقف الدراجات", ownAllowed: true);
        var (logins, people) = await PeopleAsync(2, "ideafollow");
        var (author, follower) = (people[0], people[1]);
        var officer = await fixture.AdminAsync();
        var id = await author.PublishedIdeaAsync(officer, topic, "مواقف دراجات عند محطات الحافلات", Description);
        var page = $"/ideas/idea/{id}";

        // A visitor is asked to sign in to follow; no form that posts on the cached page.
        var visitor = await fixture.Site.CreateSiteClient().GetDocumentAsync(page);
        Assert.Null(visitor.QuerySelector($"form[action='/follow/{id}']"));
        Assert.Contains("سجّل الدخول", visitor.QuerySelector(".follow")!.TextContent);

        var staleTab = await follower.GetDocumentAsync(page);
        // Following works without script: the form posts and comes back to the idea, now "following".
        var followed = await follower.SubmitButtonFormAsync(page, $"/follow/{id}");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Equal(page, followed.Headers.Location!.OriginalString);
        Assert.Equal("true", (await follower.GetDocumentAsync(page)).QuerySelector($"form[action='/follow/{id}'] button")!.GetAttribute("aria-pressed"));
        // A second tab, opened before, still offers "follow": pressing it there keeps the person following (it does not undo the first).
        var secondTab = await follower.PostAsync($"/follow/{id}", new FormUrlEncodedContent(staleTab.QuerySelectorAll($"form[action='/follow/{id}'] input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))));
        Assert.Equal(HttpStatusCode.Redirect, secondTab.StatusCode);
        Assert.Equal("true", (await follower.GetDocumentAsync(page)).QuerySelector($"form[action='/follow/{id}'] button")!.GetAttribute("aria-pressed"));
        // The author supports and follows their own idea too: one email all the same.
        await author.PressSupportAsync(page, id);
        await author.SubmitButtonFormAsync(page, $"/follow/{id}");

        // Someone who followed and stopped is not emailed.
        var (quitter, quitters) = await PeopleAsync(1, "ideaunfollow");
        await quitters[0].SubmitButtonFormAsync(page, $"/follow/{id}");
        await quitters[0].SubmitButtonFormAsync(page, $"/follow/{id}");
        Assert.Equal("false", (await quitters[0].GetDocumentAsync(page)).QuerySelector($"form[action='/follow/{id}'] button")!.GetAttribute("aria-pressed"));

        var answered = await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["status"] = "Accepted", ["answer"] = "ستنفّذ البلدية المواقف في الربع القادم." }, $"form[action='/admin/ideas/study/{topic}/{id}/answer']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        const string subject = "تغيّرت حالة الفكرة: مواقف دراجات عند محطات الحافلات";
        Assert.Contains("ستنفّذ البلدية المواقف", (await fixture.Smtp.WaitForMailAsync($"{logins[1]}@mail.example", subject)).Message.TextBody);
        // The same task sent the author's: one, though they are author, supporter and follower.
        await fixture.Smtp.WaitForMailAsync($"{logins[0]}@mail.example", subject);
        Assert.DoesNotContain(fixture.Smtp.Mails, m => m.IsFor($"{quitter[0]}@mail.example"));
    }
}

/// <summary>Statuses the admin defines: refused when badly named, set by an officer, shown in both languages and named in the emails.</summary>
public class IdeaCustomStatusTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح تظليل مواقف الحافلات بمظلات تعمل بالطاقة الشمسية وتوفير مقاعد للانتظار.";

    private static Task<HttpResponseMessage> DefineAsync(HttpClient admin, string ar, string en, string countsAs)
        => admin.SubmitFormAsync("/admin/ideas/statuses", new Dictionary<string, string> { ["nameAr"] = ar, ["nameEn"] = en, ["countsAs"] = countsAs }, "form[action='/admin/ideas/statuses']");

    [Fact]
    public async Task An_admin_defines_a_status_an_officer_sets_it_and_the_public_and_the_emails_name_it()
    {
        var admin = await fixture.AdminAsync();
        Assert.NotNull((await admin.GetDocumentAsync("/admin")).QuerySelector("a[href='/admin/ideas/statuses']"));
        var ar = $"بانتظار اعتماد الميزانية {Guid.NewGuid().ToString("N")[..4]}";
        var en = $"Waiting for the budget {Guid.NewGuid().ToString("N")[..4]}";

        // Bad input is refused in Arabic and what was typed stays in the form.
        var empty = await (await DefineAsync(admin, "", en, "UnderStudy")).ReadDocumentAsync();
        Assert.Equal("اكتب اسم الحالة بالعربية.", empty.QuerySelector("#problems")!.TextContent.Trim());
        Assert.Equal(en, empty.QuerySelector("#status-name-en")!.GetAttribute("value"));
        Assert.Equal("توجد حالة بهذا الاسم: اختر اسماً آخر.", (await (await DefineAsync(admin, "مقبولة", en, "Accepted")).ReadDocumentAsync()).QuerySelector("#problems")!.TextContent.Trim());
        // The shipped names as the pages show them, in either language and however the Arabic is spelt.
        Assert.Equal("توجد حالة بهذا الاسم: اختر اسماً آخر.", (await (await DefineAsync(admin, "منفذه", en, "Implemented")).ReadDocumentAsync()).QuerySelector("#problems")!.TextContent.Trim());
        Assert.Equal("توجد حالة بهذا الاسم: اختر اسماً آخر.", (await (await DefineAsync(admin, ar, "not Accepted", "Rejected")).ReadDocumentAsync()).QuerySelector("#problems")!.TextContent.Trim());

        Assert.Contains($"عُرّفت الحالة «{ar}»", await IdeaSite.NoticeAfterAsync(admin, await DefineAsync(admin, ar, en, "UnderStudy")));
        Assert.Equal("توجد حالة بهذا الاسم: اختر اسماً آخر.", (await (await DefineAsync(admin, ar, "Another", "Accepted")).ReadDocumentAsync()).QuerySelector("#problems")!.TextContent.Trim());
        var listed = await admin.GetDocumentAsync("/admin/ideas/statuses");
        var deleteAction = listed.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(ar)).QuerySelector("form")!.GetAttribute("action")!;

        // A citizen may neither see nor change the statuses.
        var logins = await fixture.Site.CreateCitizensAsync(1, IdeaSite.Password, "customstatus");
        var author = fixture.Site.CreateSiteClient();
        await author.SignInAsync(logins[0], IdeaSite.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await author.GetAsync("/admin/ideas/statuses")).StatusCode);

        var topic = await fixture.TopicAsync("أفكار لمواقف الحافلات");
        var id = await author.PublishedIdeaAsync(admin, topic, "مظلات شمسية لمواقف الحافلات", Description);
        var study = $"/admin/ideas/study/{topic}";
        var key = (await admin.GetDocumentAsync(study)).QuerySelectorAll($"#status-{id} option").Single(o => o.TextContent == ar).GetAttribute("value")!;
        var answered = await admin.SubmitFormAsync(study, new Dictionary<string, string> { ["status"] = key, ["answer"] = "ندرس الفكرة مع إدارة المالية." }, $"form[action='{study}/{id}/answer']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        // Public pages name it in the visitor's language; the idea still counts as under study.
        var page = await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/idea/{id}");
        Assert.Equal(ar, page.QuerySelector(".idea-meta .stage-badge")!.TextContent);
        Assert.Equal(["منشورة", ar], page.QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
        var list = await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/{topic}");
        Assert.Equal(ar, list.QuerySelector($"#idea-{id} .stage-badge")!.TextContent);
        // The topic's status filter offers it; filtered by it the list holds the idea, filtered by another it does not.
        Assert.Equal(ar, list.QuerySelector($"#status option[value='{key}']")!.TextContent);
        Assert.NotNull((await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/{topic}?status={key}")).QuerySelector($"#idea-{id}"));
        Assert.Null((await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/{topic}?status=Accepted")).QuerySelector($"#idea-{id}"));
        Assert.Equal(en, (await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/idea/{id}?culture=en")).QuerySelector(".idea-meta .stage-badge")!.TextContent);
        Assert.Equal("UnderStudy", (await fixture.RowAsync(id)).Status);

        var mail = await fixture.Smtp.WaitForMailAsync($"{logins[0]}@mail.example", "تغيّرت حالة الفكرة: مظلات شمسية لمواقف الحافلات");
        Assert.Contains($"«مظلات شمسية لمواقف الحافلات»: {ar}.", mail.Message.TextBody);

        // In use: it stays, with the reason.
        Assert.Equal("لا يمكن حذف هذه الحالة ما دامت تظهر في السجل الزمني لأفكار (عددها 1).", await IdeaSite.NoticeAfterAsync(admin, await admin.SubmitButtonFormAsync("/admin/ideas/statuses", deleteAction)));
        Assert.Contains(ar, (await admin.GetDocumentAsync("/admin/ideas/statuses")).QuerySelector("tbody")!.TextContent);
    }
}
