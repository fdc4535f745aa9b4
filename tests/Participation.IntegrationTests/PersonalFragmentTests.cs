using System.Net;
using AngleSharp.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// Item pages shared by signed-in people as one template (<c>[SharedTemplate]</c>) with the
/// reader's own blocks filled per request: after one person votes, follows or comments, the next
/// person served the same template sees their own state, never the first person's, and the first
/// sees theirs on their very next request; every form in a block carries its reader's own token.
/// The idea topic and idea pages are shared the same way, with a support block per idea.
/// </summary>
public class PersonalFragmentTests(TemplateSite fixture) : IClassFixture<TemplateSite>
{
    private const string Token = "__RequestVerificationToken";

    private static string TokenOf(IDocument page, string formSelector) => page.QuerySelector($"{formSelector} input[name={Token}]")!.GetAttribute("value")!;

    private static IElement? Ballot(IDocument page, string pollId) => page.QuerySelector($"#poll-{pollId} form.poll-ballot");

    private static IElement? Results(IDocument page, string pollId) => page.QuerySelector($"#poll-{pollId} .poll-results");

    private static bool Follows(IDocument page, string itemId) => page.QuerySelector($"form[action='/follow/{itemId}'] button")!.GetAttribute("aria-pressed") == "true";

    [Fact]
    public async Task After_one_person_votes_and_follows_a_poll_the_next_reader_of_its_page_sees_their_own_ballot_and_the_first_their_vote_at_once()
    {
        var (id, path) = await (await fixture.AdminAsync()).OpenPollAsync(fixture.Clock.GetUtcNow().UtcDateTime, "هل تؤيد تمديد ساعات المكتبة العامة؟", ["نعم", "لا"], resultsBefore: false);
        var citizens = await fixture.CitizensAsync(2);
        var (voter, other) = (citizens[0], citizens[1]);

        // The first request keeps the template; the voter's vote and follow are posted with the tokens of the page they were served.
        var page = await voter.GetDocumentAsync(path);
        Assert.NotNull(Ballot(page, id));
        Assert.Null(Results(page, id));
        Assert.False(Follows(page, id));
        var option = page.QuerySelector($"#poll-{id} input[name=options]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await voter.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, TokenOf(page, $"#poll-{id} form.poll-ballot")), new("returnUrl", path), new("options", option)]))).StatusCode);
        await voter.GetDocumentAsync(path);  // the page with the thank-you notice, rendered for them alone
        Assert.Equal(HttpStatusCode.Redirect, (await voter.PostAsync($"/follow/{id}", new FormUrlEncodedContent([new(Token, TokenOf(page, $"form[action='/follow/{id}']")), new("follow", "true"), new("returnUrl", path)]))).StatusCode);
        await voter.GetDocumentAsync(path);

        // Another person: the ballot, no results, not following; their own token in each form.
        var theirs = await other.GetDocumentAsync(path);
        Assert.NotNull(Ballot(theirs, id));
        Assert.Null(Results(theirs, id));
        Assert.Contains("تظهر النتائج بعد أن تصوّت", theirs.QuerySelector($"#poll-{id}")!.TextContent);
        Assert.False(Follows(theirs, id));
        Assert.Empty(theirs.QuerySelectorAll($"#poll-{id} .badge"));

        // The voter, on their next page: voted, their choice marked in the results, following.
        var mine = await voter.GetDocumentAsync(path);
        Assert.Null(Ballot(mine, id));
        Assert.NotNull(Results(mine, id));
        Assert.Contains("صوّتَّ في استطلاع الرأي هذا.", mine.QuerySelector($"#poll-{id}")!.TextContent);
        Assert.Single(mine.QuerySelectorAll($"#poll-{id} .badge"));
        Assert.True(Follows(mine, id));

        var tokens = new[] { TokenOf(mine, $"form[action='/follow/{id}']"), TokenOf(theirs, $"form[action='/follow/{id}']"), TokenOf(theirs, $"#poll-{id} form.poll-ballot") };
        Assert.All(tokens, token => Assert.DoesNotContain("tokenmarker", token));
        Assert.NotEqual(tokens[0], tokens[1]);
        // The voter's token is refused from the other person; the other's own, from their shared page, counts their vote.
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, tokens[0]), new("returnUrl", path), new("options", option)]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, tokens[2]), new("returnUrl", path), new("options", option)]))).StatusCode);
        await other.GetDocumentAsync(path);
        var after = await other.GetDocumentAsync(path);
        Assert.Equal("2", after.QuerySelector($"#poll-{id} [data-voters]")!.TextContent.Trim());
        Assert.Null(Ballot(after, id));
    }

    /// <summary>
    /// Readers in one state (not voted, not following) are served one kept rendering of each block:
    /// the same markup, each with their own token, one per request in all of a page's forms; a reader
    /// in English is not served the Arabic rendering, and a vote changes the voter's blocks alone.
    /// </summary>
    [Fact]
    public async Task Readers_in_one_state_share_a_blocks_rendering_each_with_their_own_token_in_their_own_language_until_their_state_changes()
    {
        var (id, path) = await (await fixture.AdminAsync()).OpenPollAsync(fixture.Clock.GetUtcNow().UtcDateTime, "هل تؤيد زراعة الأشجار في الساحات العامة؟", ["نعم", "لا"], resultsBefore: false);
        var citizens = await fixture.CitizensAsync(3);
        var (first, second, english) = (citizens[0], citizens[1], citizens[2]);
        await english.GetAsync("/culture?culture=en&returnUrl=%2F");

        var pages = new List<IDocument>();
        foreach (var reader in new[] { first, second, first, second }) pages.Add(await reader.GetDocumentAsync(path));
        string Block(IDocument page) => page.QuerySelector($"#poll-{id}")!.OuterHtml + page.QuerySelector($"form[action='/follow/{id}']")!.OuterHtml;
        string WithoutTokens(IDocument page) => Block(page).Replace(TokenOf(page, $"#poll-{id} form.poll-ballot"), "(token)", StringComparison.Ordinal);

        // The same blocks for both, and the first reader's again on their next page: only the token differs.
        Assert.All(pages, page => Assert.Equal(WithoutTokens(pages[0]), WithoutTokens(page)));
        Assert.All(pages, page => Assert.Equal(TokenOf(page, $"#poll-{id} form.poll-ballot"), TokenOf(page, $"form[action='/follow/{id}']")));
        Assert.All(pages, page => Assert.DoesNotContain("blocktoken", page.DocumentElement.OuterHtml));
        Assert.NotEqual(TokenOf(pages[0], $"#poll-{id} form.poll-ballot"), TokenOf(pages[1], $"#poll-{id} form.poll-ballot"));

        var inEnglish = await english.GetDocumentAsync(path);
        Assert.Equal("Choose one option", inEnglish.QuerySelector($"#poll-{id} legend")!.TextContent.Trim());
        Assert.Contains("Follow updates by email", inEnglish.QuerySelector($"form[action='/follow/{id}']")!.TextContent);
        Assert.Equal("اختر خياراً واحداً", pages[1].QuerySelector($"#poll-{id} legend")!.TextContent.Trim());

        // The second reader votes with the token of their shared page: their block changes, the first reader's does not.
        var option = pages[1].QuerySelector($"#poll-{id} input[name=options]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, TokenOf(pages[1], $"#poll-{id} form.poll-ballot")), new("returnUrl", path), new("options", option)]))).StatusCode);
        await second.GetDocumentAsync(path);  // the thank-you notice, for them alone
        var voted = await second.GetDocumentAsync(path);
        Assert.Null(Ballot(voted, id));
        Assert.Single(voted.QuerySelectorAll($"#poll-{id} .badge"));
        var still = await first.GetDocumentAsync(path);
        Assert.NotNull(Ballot(still, id));
        Assert.Null(Results(still, id));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync($"/follow/{id}", new FormUrlEncodedContent([new(Token, TokenOf(still, $"form[action='/follow/{id}']")), new("follow", "true"), new("returnUrl", path)]))).StatusCode);
        await first.GetDocumentAsync(path);
        Assert.True(Follows(await first.GetDocumentAsync(path), id));
        Assert.False(Follows(await second.GetDocumentAsync(path), id));
    }

    /// <summary>
    /// A poll's block reads the person's ballots and the poll's counts from the data cache: once kept,
    /// the page sends no SQL. A vote evicts the voter's ballots and the poll's counts as its batch
    /// commits: their next page shows their choice, counted, and another reader's kept ballots stay theirs.
    /// </summary>
    [Fact]
    public async Task A_vote_shows_on_the_voters_next_page_counted_while_another_readers_kept_ballots_stay_theirs()
    {
        var (id, path) = await (await fixture.AdminAsync()).OpenPollAsync(fixture.Clock.GetUtcNow().UtcDateTime, "هل تؤيد إضاءة ممرات المشاة ليلاً؟", ["نعم", "لا"]);
        var citizens = await fixture.CitizensAsync(2);
        var (voter, other) = (citizens[0], citizens[1]);
        var page = await voter.GetDocumentAsync(path);
        await other.GetDocumentAsync(path);

        // Kept: the template, the poll, each person's ballots (and the counts, for a few seconds: the budget test shows a page then sends no SQL).
        var (before, commands) = await TracedAsync(other, path);
        AssertKeptBallots(commands);
        Assert.NotNull(Ballot(before, id));
        Assert.Equal("0", before.QuerySelector($"#poll-{id} [data-voters]")!.TextContent.Trim());
        AssertKeptBallots((await TracedAsync(voter, path)).Commands);

        var option = page.QuerySelector($"#poll-{id} input[name=options]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await voter.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new(Token, TokenOf(page, $"#poll-{id} form.poll-ballot")), new("returnUrl", path), new("options", option)]))).StatusCode);
        await voter.GetDocumentAsync(path);  // the page with the thank-you notice, rendered for them alone

        var mine = await voter.GetDocumentAsync(path);
        Assert.Null(Ballot(mine, id));
        Assert.Contains("صوّتَّ في استطلاع الرأي هذا.", mine.QuerySelector($"#poll-{id}")!.TextContent);
        Assert.Contains("اختيارك", mine.QuerySelector($"#poll-{id} tr[data-option='{option}']")!.TextContent);
        Assert.Equal("1", mine.QuerySelector($"#poll-{id} [data-voters]")!.TextContent.Trim());

        // The other reader: the vote counted at once, their ballots not read again (still kept: they have not voted).
        var (theirs, read) = await TracedAsync(other, path);
        Assert.NotNull(Ballot(theirs, id));
        Assert.Empty(theirs.QuerySelectorAll($"#poll-{id} .badge"));
        Assert.Equal("1", theirs.QuerySelector($"#poll-{id} [data-voters]")!.TextContent.Trim());
        AssertKeptBallots(read);
    }

    private static void AssertKeptBallots(IReadOnlyList<string> commands)
        => Assert.DoesNotContain(commands, c => c.Contains("\"PollBallots\"", StringComparison.Ordinal) || c.Contains("\"ContentItems\"", StringComparison.Ordinal));

    [Fact]
    public async Task A_comment_waiting_for_review_shows_on_its_authors_next_page_only_and_the_policy_checkbox_goes_for_them_alone()
    {
        var admin = await fixture.AdminAsync();
        var path = "fragment-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "خطة الأرصفة", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "ما رأيكم؟", ["CommentsPart.Enabled"] = "true",
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var citizens = await fixture.CitizensAsync(2);
        var (author, reader) = (citizens[0], citizens[1]);
        const string text = "أقترح أرصفة أعرض قرب المدارس.";

        var page = await author.GetDocumentAsync("/" + path);
        Assert.NotNull(page.QuerySelector("form.comment-form #comment-terms"));
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync($"/comments/{created.Headers.Location!.OriginalString.Split('/')[3]}",
            new FormUrlEncodedContent([new(Token, TokenOf(page, "form.comment-form")), new("text", text), new("acceptTerms", "true")]))).StatusCode);
        await author.GetDocumentAsync("/" + path);

        var theirs = await reader.GetDocumentAsync("/" + path);
        Assert.DoesNotContain(text, theirs.QuerySelector("#comments")!.TextContent);
        Assert.NotNull(theirs.QuerySelector("form.comment-form #comment-terms"));

        var mine = await author.GetDocumentAsync("/" + path);
        Assert.Contains(text, mine.QuerySelector("#comments .comment-own")!.TextContent);
        Assert.Null(mine.QuerySelector("form.comment-form #comment-terms"));

        // The reader's own token, in the form of the page they were served, posts their comment.
        var posted = await reader.PostAsync(theirs.QuerySelector("form.comment-form")!.GetAttribute("action")!,
            new FormUrlEncodedContent([new(Token, TokenOf(theirs, "form.comment-form")), new("text", "وأقترح مقاعد في الظل."), new("acceptTerms", "true")]));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await reader.GetDocumentAsync("/" + path);
        Assert.DoesNotContain("وأقترح مقاعد في الظل", (await author.GetDocumentAsync("/" + path)).QuerySelector("#comments")!.TextContent);
    }

    private static IElement? SupportButton(IDocument page, string ideaId) => page.QuerySelector($"#idea-{ideaId} form[data-support-form] button");

    private static string SupportText(IDocument page, string ideaId) => page.QuerySelector($"#idea-{ideaId} [data-idea-support]")!.TextContent;

    private static string? SupportsLeft(IDocument page) => page.QuerySelector("[data-supports-left]")?.TextContent.Trim();

    /// <summary>The SQL a request sends; a page served from its template reads only its blocks' state, never the ideas or items the page shows.</summary>
    private async Task<(IDocument Page, IReadOnlyList<string> Commands)> TracedAsync(HttpClient client, string path)
    {
        var trace = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SqlCommandRecorder.Header, trace);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        return (page, fixture.Recorder.CommandsOf(trace));
    }

    [Fact]
    public async Task An_admin_and_citizens_reading_one_item_are_served_its_template_each_with_their_own_follow_comments_and_links_and_a_reader_without_any_costs_no_query()
    {
        var admin = await fixture.AdminAsync();
        var path = "/shared-" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'a');
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "حدائق الجيب", ["AutoroutePart.Path"] = path.TrimStart('/'), ["MarkdownBodyPart.Markdown"] = "ما رأيكم في الحدائق الصغيرة؟",
            ["ConsultationPart.Summary"] = "حدائق صغيرة بين البيوت", ["ConsultationPart.Department"] = "municipal",
            ["ConsultationPart.Closes"] = fixture.Clock.GetUtcNow().UtcDateTime.AddHours(3).AddDays(7).ToString("yyyy-MM-ddTHH:mm"),
        }, submitValue: "publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Propose");
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open");
        const string text = "أقترح حديقة صغيرة عند كل مدرسة.";

        // The admin follows the item and leaves a comment waiting for review.
        var page = await admin.GetDocumentAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/follow/{id}", new FormUrlEncodedContent([new(Token, TokenOf(page, $"form[action='/follow/{id}']")), new("follow", "true"), new("returnUrl", path)]))).StatusCode);
        await admin.GetDocumentAsync(path);
        page = await admin.GetDocumentAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/comments/{id}", new FormUrlEncodedContent([new(Token, TokenOf(page, "form.comment-form")), new("text", text), new("acceptTerms", "true")]))).StatusCode);
        await admin.GetDocumentAsync(path);

        var citizens = await fixture.CitizensAsync(2);
        var (first, second) = (citizens[0], citizens[1]);
        await first.GetDocumentAsync(path);  // the citizens' template is kept

        // The second citizen is served that template: the page is not rendered (no item read), only their own sets are read, once.
        var (theirs, commands) = await TracedAsync(second, path);
        Assert.DoesNotContain(commands, c => c.Contains("\"ContentItems\"", StringComparison.Ordinal));
        Assert.False(Follows(theirs, id));
        Assert.Null(theirs.QuerySelector("#comments .comment-own"));
        Assert.DoesNotContain(text, theirs.QuerySelector("#comments")!.TextContent);
        Assert.Null(theirs.QuerySelector("#comment-official"));
        Assert.Null(theirs.QuerySelector("a[href^='/admin']"));
        // Their next request reads nothing at all: the template and their blocks' state come from the caches.
        (theirs, commands) = await TracedAsync(second, path);
        Assert.Empty(commands);
        Assert.False(Follows(theirs, id));

        // The admin's page: following, their comment waiting, the official reply and the admin's menu entry, theirs alone.
        var (mine, _) = await TracedAsync(admin, path);
        Assert.True(Follows(mine, id));
        Assert.Contains(text, mine.QuerySelector("#comments .comment-own")!.TextContent);
        Assert.NotNull(mine.QuerySelector("#comment-official"));
        Assert.NotNull(mine.QuerySelector("a[href^='/admin']"));

        // The second citizen follows: their next page says so at once, the first citizen's does not.
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync($"/follow/{id}", new FormUrlEncodedContent([new(Token, TokenOf(theirs, $"form[action='/follow/{id}']")), new("follow", "true"), new("returnUrl", path)]))).StatusCode);
        await second.GetDocumentAsync(path);
        Assert.True(Follows(await second.GetDocumentAsync(path), id));
        Assert.False(Follows(await first.GetDocumentAsync(path), id));
        Assert.Null((await first.GetDocumentAsync(path)).QuerySelector("#comment-official"));
    }

    private static void AssertServedFromTemplate(IReadOnlyList<string> commands)
        => Assert.DoesNotContain(commands, c => c.Contains("FROM \"IdeaIndex\"", StringComparison.Ordinal) || c.Contains("FROM \"ContentItems\"", StringComparison.Ordinal));

    [Fact]
    public async Task On_a_shared_idea_topic_and_idea_page_each_citizen_sees_their_own_supports_and_only_the_author_their_actions_and_draft_steps()
    {
        var admin = await fixture.AdminAsync();
        var topic = await admin.OpenIdeaTopicAsync(fixture.Clock.GetUtcNow().UtcDateTime, "كيف نحسّن الساحات العامة في الحي؟", limit: 3);
        var citizens = await fixture.CitizensAsync(3);
        var (supporter, other, proposer) = (citizens[0], citizens[1], citizens[2]);
        var own = await supporter.PublishedIdeaAsync(admin, topic, "مظلات خشبية فوق مقاعد الساحة", "نقترح تركيب مظلات خشبية فوق مقاعد الساحة الرئيسة لتقي الجالسين من الشمس.");
        var theirs = await proposer.PublishedIdeaAsync(admin, topic, "نافورة شرب قرب ملعب الأطفال", "نقترح تركيب نافورة ماء للشرب قرب ملعب الأطفال في الساحة الشمالية للحي.");
        var topicPath = $"/ideas/{topic}";

        // The supporter supports the other citizen's idea from the topic's page (without script), then reads the page with the notice, for them alone.
        await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync(topicPath, theirs));

        // The other citizen: may support both, has all three supports left; their own token in the forms.
        var otherPage = await other.GetDocumentAsync(topicPath);
        Assert.Equal("false", SupportButton(otherPage, theirs)!.GetAttribute("aria-pressed"));
        Assert.Equal("false", SupportButton(otherPage, own)!.GetAttribute("aria-pressed"));
        Assert.Contains("3", SupportsLeft(otherPage));
        Assert.NotNull(otherPage.QuerySelector($"a[href='{topicPath}/propose']"));

        // The supporter, served the same template: their support to take back, none on their own idea, two left.
        var (mine, commands) = await TracedAsync(supporter, topicPath);
        AssertServedFromTemplate(commands);
        Assert.Equal("true", SupportButton(mine, theirs)!.GetAttribute("aria-pressed"));
        Assert.Null(SupportButton(mine, own));
        Assert.Contains("لا يمكنك تأييد فكرتك", SupportText(mine, own));
        Assert.Equal("بقي لك تأييدان في هذا الموضوع.", SupportsLeft(mine));
        var tokens = new[] { TokenOf(mine, $"#idea-{theirs} form[data-support-form]"), TokenOf(otherPage, $"#idea-{theirs} form[data-support-form]") };
        Assert.All(tokens, token => Assert.DoesNotContain("tokenmarker", token));
        Assert.NotEqual(tokens[0], tokens[1]);

        // The idea's page, read first by the other citizen: no author's actions, the public steps only.
        var ideaPath = $"/ideas/idea/{own}";
        var otherIdea = await other.GetDocumentAsync(ideaPath);
        Assert.Null(otherIdea.QuerySelector(".page-actions"));
        Assert.Equal(["منشورة"], otherIdea.QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
        Assert.Equal("false", SupportButton(otherIdea, own)!.GetAttribute("aria-pressed"));

        // Its author, from the same template: their actions, every step of their idea, no support of their own.
        var (authorIdea, ideaCommands) = await TracedAsync(supporter, ideaPath);
        AssertServedFromTemplate(ideaCommands);
        Assert.NotNull(authorIdea.QuerySelector($".page-actions a[href='{ideaPath}/edit']"));
        Assert.NotNull(authorIdea.QuerySelector($".page-actions form[action='{ideaPath}/withdraw']"));
        Assert.Equal(["بانتظار المراجعة", "منشورة"], authorIdea.QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
        Assert.Null(SupportButton(authorIdea, own));
        Assert.Equal("بقي لك تأييدان في هذا الموضوع.", SupportsLeft(authorIdea));

        // And the other citizen again, after the author: still nothing of theirs.
        var again = await other.GetDocumentAsync(ideaPath);
        Assert.Null(again.QuerySelector(".page-actions"));
        Assert.Equal(["منشورة"], again.QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
    }

    [Fact]
    public async Task A_support_and_its_withdrawal_show_on_the_supporters_next_page_from_the_kept_supports_and_never_on_another_persons()
    {
        var admin = await fixture.AdminAsync();
        var topic = await admin.OpenIdeaTopicAsync(fixture.Clock.GetUtcNow().UtcDateTime, "كيف نجعل طرق المدارس أكثر أمانًا؟", limit: 2);
        var citizens = await fixture.CitizensAsync(3);
        var (supporter, other, proposer) = (citizens[0], citizens[1], citizens[2]);
        var idea = await proposer.PublishedIdeaAsync(admin, topic, "ممرات مشاة ملونة أمام المدارس", "نقترح رسم ممرات مشاة ملونة وواضحة أمام كل مدرسة ابتدائية في الحي.");
        var topicPath = $"/ideas/{topic}";
        var ideaPath = $"/ideas/idea/{idea}";

        // Both citizens read both pages, so their supports in the topic are kept: the next visits send no query at all.
        foreach (var citizen in new[] { supporter, other })
        {
            await citizen.GetDocumentAsync(topicPath);
            await citizen.GetDocumentAsync(ideaPath);
            var (_, topicCommands) = await TracedAsync(citizen, topicPath);
            var (_, ideaCommands) = await TracedAsync(citizen, ideaPath);
            Assert.Empty(topicCommands);
            Assert.Empty(ideaCommands);
        }

        // The supporter supports from the idea's page: their next pages show it supported and one support left.
        await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync(ideaPath, idea));
        foreach (var path in new[] { topicPath, ideaPath })
        {
            var page = await supporter.GetDocumentAsync(path);
            Assert.Equal("true", SupportButton(page, idea)!.GetAttribute("aria-pressed"));
            Assert.Equal("بقي لك تأييد واحد في هذا الموضوع.", SupportsLeft(page));
            // The other citizen's kept supports were not touched: not supporting, two left.
            var theirs = await other.GetDocumentAsync(path);
            Assert.Equal("false", SupportButton(theirs, idea)!.GetAttribute("aria-pressed"));
            Assert.Equal("بقي لك تأييدان في هذا الموضوع.", SupportsLeft(theirs));
        }

        // They take it back from the topic's page: the next pages offer the support again, both supports left.
        await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync(topicPath, idea));
        foreach (var path in new[] { topicPath, ideaPath })
        {
            var page = await supporter.GetDocumentAsync(path);
            Assert.Equal("false", SupportButton(page, idea)!.GetAttribute("aria-pressed"));
            Assert.Equal("بقي لك تأييدان في هذا الموضوع.", SupportsLeft(page));
        }
    }

    [Fact]
    public async Task An_ideas_new_step_shows_in_its_kept_timeline_on_the_next_page_and_its_author_still_sees_the_review_step()
    {
        var admin = await fixture.AdminAsync();
        var topic = await admin.OpenIdeaTopicAsync(fixture.Clock.GetUtcNow().UtcDateTime, "ماذا نضيف إلى مكتبة الحي؟");
        var citizens = await fixture.CitizensAsync(2);
        var (author, reader) = (citizens[0], citizens[1]);
        var idea = await author.PublishedIdeaAsync(admin, topic, "ركن قراءة للأطفال في المكتبة", "نقترح ركنًا هادئًا للقراءة مخصصًا للأطفال في مكتبة الحي مع كتب مصورة.");
        var ideaPath = $"/ideas/idea/{idea}";

        await reader.GetDocumentAsync(ideaPath);
        var (page, commands) = await TracedAsync(reader, ideaPath);
        Assert.Empty(commands);  // the steps come from the data cache
        Assert.Equal(["منشورة"], page.QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));

        // The author withdraws the idea: the reader's next page has the new step, the author's every step.
        Assert.Equal("سُحبت فكرتك.", await IdeaSite.NoticeAfterAsync(author, await author.SubmitButtonFormAsync(ideaPath, $"{ideaPath}/withdraw")));
        Assert.Equal(["منشورة", "مسحوبة"], (await reader.GetDocumentAsync(ideaPath)).QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
        Assert.Equal(["بانتظار المراجعة", "منشورة", "مسحوبة"], (await author.GetDocumentAsync(ideaPath)).QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
    }
}
