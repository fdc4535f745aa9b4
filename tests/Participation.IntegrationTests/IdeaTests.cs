using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Testing;
using Participation.Workflows.Models;

namespace Participation.IntegrationTests;

/// <summary>A site with a clock the tests move and a real SMTP server: the ideas' shared ground.</summary>
public sealed class IdeaSite : IAsyncLifetime, IAsyncDisposable
{
    public const string Password = "Citizen-pass-2026";
    public SmtpTestServer Smtp { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public SiteFactory Site { get; private set; } = null!;

    /// <summary>Fails support inserts while switched on: a database in trouble, not a second support.</summary>
    public InsertFails Fault { get; } = new("IdeaSupports");

    private readonly (string Provider, string ConnectionString) _database;

    public IdeaSite() : this("Sqlite", "") { }

    /// <summary>On <paramref name="databaseProvider"/> (the PostgreSQL tests' own database).</summary>
    internal IdeaSite(string databaseProvider, string connectionString) => _database = (databaseProvider, connectionString);

    public async Task InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartNewAsync();
        Site = new SiteFactory(new SiteOptions
        {
            AutoSetup = true, Clock = Clock, Settings = Smtp.SiteSettings, DatabaseProvider = _database.Provider, ConnectionString = _database.ConnectionString,
            Services = services => services.ConfigureDbContext<ParticipationDbContext>(o => o.AddInterceptors(Fault)),
        });
        Site.CreateSiteClient(); // starts the host
    }

    public async Task DisposeAsync()
    {
        Site.Dispose();
        await Smtp.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    public async Task<string> TopicAsync(string title, int? limit = null, int? threshold = null, bool ownAllowed = false, string categories = "", int? studyTop = null)
        => await (await AdminAsync()).OpenIdeaTopicAsync(Clock.GetUtcNow().UtcDateTime, title, limit, threshold, ownAllowed, categories, studyTop: studyTop);

    public async Task<List<HttpClient>> CitizensAsync(int count) => (await Site.SignedInCitizensAsync(count, Password, "citizen")).Clients;

    public async Task<T> QueryAsync<T>(Func<IDataSession, Task<T>> query)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    public Task<IdeaIndex> RowAsync(string ideaId) => QueryAsync(s => s.Set<IdeaIndex>().AsNoTracking().SingleAsync(x => x.ContentItemId == ideaId));

    public Task<int> SupportRowsAsync(string ideaId) => QueryAsync(s => s.Set<IdeaSupport>().CountAsync(x => x.IdeaId == ideaId));

    /// <summary>Where a form post led, and the notice the page there shows.</summary>
    public static async Task<string> NoticeAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return (page.QuerySelector(".notice-error") ?? page.QuerySelector("[role=status]"))!.TextContent.Trim();
    }
}

/// <summary>Ideas as citizens, moderators and the department meet them: screened before they appear, supported once per person, exact counts.</summary>
public class IdeaTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح زراعة أشجار محلية على جانبي الطرق الرئيسة لتخفيف الحرارة في الصيف وتحسين المشهد.";

    [Fact]
    public async Task An_idea_appears_only_once_a_moderator_approves_it_and_its_author_follows_its_state()
    {
        var topic = await fixture.TopicAsync("كيف نجعل أحياءنا أكثر خضرة؟");
        var author = (await fixture.CitizensAsync(1))[0];
        var proposed = await author.ProposeIdeaAsync(topic, "تشجير الطرق الرئيسة بأشجار محلية", Description);
        var id = SiteIdeas.IdeaIdOf(proposed);
        Assert.Contains("استلمنا فكرتك", await IdeaSite.NoticeAfterAsync(author, proposed));

        // Waiting: its author sees it and its state; nobody else does.
        var waiting = await author.GetDocumentAsync($"/ideas/idea/{id}");
        Assert.Contains("بانتظار أن يراجعها المشرف", waiting.QuerySelector("main")!.TextContent);
        var anonymous = fixture.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/ideas/idea/{id}")).StatusCode);
        Assert.Null((await anonymous.GetDocumentAsync($"/ideas/{topic}")).QuerySelector($"#idea-{id}"));
        Assert.NotEqual(HttpStatusCode.OK, (await author.GetAsync("/admin/ideas/review")).StatusCode);

        // The moderator approves it: it is public, in the topic's list, with its timeline.
        var moderator = await fixture.AdminAsync();
        Assert.NotNull((await moderator.GetDocumentAsync("/admin/ideas/review")).QuerySelector($"#review-{id}"));
        Assert.Equal("نُشرت الفكرة.", await IdeaSite.NoticeAfterAsync(moderator, await moderator.SubmitButtonFormAsync("/admin/ideas/review", $"/admin/ideas/review/{id}/approve")));
        var list = await anonymous.GetDocumentAsync($"/ideas/{topic}");
        Assert.Contains("تشجير الطرق الرئيسة", list.QuerySelector($"#idea-{id}")!.TextContent);
        var page = await anonymous.GetDocumentAsync($"/ideas/idea/{id}");
        Assert.Equal(["منشورة"], page.QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
        Assert.Contains("سجّل الدخول لتؤيد الأفكار", page.QuerySelector($"#idea-{id}")!.TextContent);
        Assert.Equal(["بانتظار المراجعة", "منشورة"], (await author.GetDocumentAsync($"/ideas/idea/{id}")).QuerySelectorAll(".idea-timeline strong").Select(s => s.TextContent));
        Assert.Equal(1, await fixture.QueryAsync(s => s.Set<WorkflowEventRecord>().CountAsync(e => e.Name == "IdeaPublishedEvent" && e.Input.Contains(id))));
    }

    [Fact]
    public async Task A_refused_idea_stays_with_its_author_who_reads_the_reason_and_how_to_appeal()
    {
        var topic = await fixture.TopicAsync("أفكار لتحسين الحدائق العامة");
        var author = (await fixture.CitizensAsync(1))[0];
        var id = SiteIdeas.IdeaIdOf(await author.ProposeIdeaAsync(topic, "إضاءة الحدائق العامة ليلاً", "اقترح إضاءة ممرات الحدائق العامة بعد المغرب حتى يتمكن الجميع من المشي بأمان."));
        var moderator = await fixture.AdminAsync();
        var refused = await moderator.SubmitFormAsync("/admin/ideas/review", new Dictionary<string, string> { ["reason"] = "personal-data" }, $"form[action='/admin/ideas/review/{id}/refuse']");
        Assert.Contains("رُفضت الفكرة", await IdeaSite.NoticeAfterAsync(moderator, refused));

        var page = await author.GetDocumentAsync($"/ideas/idea/{id}");
        Assert.Contains("بيانات شخصية أو انتهاك للخصوصية", page.QuerySelector(".notice-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/requests/contact']"));
        Assert.Contains("بيانات شخصية", (await author.GetDocumentAsync("/ideas/mine")).QuerySelector("table")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Site.CreateSiteClient().GetAsync($"/ideas/idea/{id}")).StatusCode);
        // Refused is decided: no second decision.
        Assert.Null((await moderator.GetDocumentAsync("/admin/ideas/review")).QuerySelector($"#review-{id}"));
    }

    [Fact]
    public async Task Bad_ideas_are_refused_with_a_reason_per_field_and_what_was_typed_is_kept()
    {
        var topic = await fixture.TopicAsync("أفكار للنقل المدرسي", categories: "السلامة\nالمواعيد");
        var author = (await fixture.CitizensAsync(1))[0];
        var response = await author.ProposeIdeaAsync(topic, "", "قصير", category: "غير موجودة");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("اكتب عنوان الفكرة.", page.QuerySelector("#f-Title-error")!.TextContent);
        Assert.Equal("يتكون الوصف من 30 إلى 4000 حرفاً.", page.QuerySelector("#f-Description-error")!.TextContent);
        Assert.Equal("اختر إحدى فئات الموضوع.", page.QuerySelector("#f-Category-error")!.TextContent);
        Assert.Equal("قصير", page.QuerySelector("#f-Description")!.TextContent);
        Assert.Equal(0, await fixture.QueryAsync(s => s.Set<IdeaIndex>().CountAsync(x => x.TopicId == topic)));

        // Without its antiforgery token the form is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await author.PostAsync($"/ideas/{topic}/propose", new FormUrlEncodedContent([new("Title", "عنوان بلا رمز حماية"), new("Description", Description)]))).StatusCode);
    }

    [Fact]
    public async Task Many_people_and_one_person_in_several_tabs_at_once_leave_exact_counts()
    {
        var topic = await fixture.TopicAsync("أفكار لمواقف السيارات");
        var people = await fixture.CitizensAsync(21);
        var moderator = await fixture.AdminAsync();
        var id = await people[0].PublishedIdeaAsync(moderator, topic, "مواقف متعددة الطوابق قرب الأسواق", Description);
        var supporters = people.Skip(1).ToList();
        var tokens = await Task.WhenAll(supporters.Select(c => c.TokenAsync($"/ideas/{topic}")));

        // Twenty people at once, the first of them in five tabs.
        var posts = supporters.Select((c, i) => c.PostSupportAsync(tokens[i], id)).Concat(Enumerable.Range(0, 4).Select(_ => supporters[0].PostSupportAsync(tokens[0], id)));
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(20, (await fixture.RowAsync(id)).Supports);
        Assert.Equal(20, await fixture.SupportRowsAsync(id));
        Assert.Equal(20, await fixture.QueryAsync(s => s.Set<IdeaSupportCount>().Where(c => c.IdeaId == id).SumAsync(c => c.Count)));

        // Another tab later is told so, and nothing moves.
        Assert.Equal("سبق أن أيّدتَ هذه الفكرة.", await IdeaSite.NoticeAfterAsync(supporters[0], await supporters[0].PostSupportAsync(tokens[0], id)));
        Assert.Equal(20, (await fixture.RowAsync(id)).Supports);
    }

    [Fact]
    public async Task Each_support_accepted_at_once_is_counted_and_its_supporter_shown_the_count_with_it()
    {
        var topic = await fixture.TopicAsync("أفكار للمسابح العامة");
        var people = await fixture.CitizensAsync(13);
        var id = await people[0].PublishedIdeaAsync(await fixture.AdminAsync(), topic, "مسابح عامة مظللة في الأحياء", Description);
        var supporters = people.Skip(1).ToList();
        var tokens = await Task.WhenAll(supporters.Select(c => c.TokenAsync($"/ideas/{topic}")));

        var answers = await Task.WhenAll(supporters.Select(async (c, i) => await c.PostSupportAsync(tokens[i], id, json: true)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var shown = await Task.WhenAll(answers.Select(async a => JsonDocument.Parse(await a.Content.ReadAsStringAsync()).RootElement.GetProperty("supports").GetInt64()));

        // The supports were written one after the other, so each supporter saw the count their own support made.
        Assert.Equal(Enumerable.Range(1, 12).Select(n => (long)n), shown.Order());
        Assert.Equal(12, (await fixture.RowAsync(id)).Supports);
        Assert.Equal(12, await fixture.SupportRowsAsync(id));
    }

    [Fact]
    public async Task A_busy_database_is_never_taken_for_a_second_support_and_the_support_can_be_sent_again()
    {
        const string notRecorded = "تعذّر تسجيل تأييدك. يرجى المحاولة مرة أخرى.";
        var topic = await fixture.TopicAsync("أفكار لمراكز الأحياء");
        var (author, supporter) = await TwoAsync();
        var id = await author.PublishedIdeaAsync(await fixture.AdminAsync(), topic, "مراكز أحياء مفتوحة مساءً", Description);

        fixture.Fault.Failing = true;
        try
        {
            Assert.Equal(notRecorded, await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync($"/ideas/{topic}", id)));
            var json = await supporter.PostSupportAsync(await supporter.TokenAsync($"/ideas/{topic}"), id, json: true);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
            Assert.Equal(notRecorded, JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        }
        finally { fixture.Fault.Failing = false; }

        Assert.Equal(0, await fixture.SupportRowsAsync(id));
        Assert.Equal(0, (await fixture.RowAsync(id)).Supports);
        Assert.Equal("شكراً لك: احتُسب تأييدك.", await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync($"/ideas/{topic}", id)));
        Assert.Equal("سبق أن أيّدتَ هذه الفكرة.", await IdeaSite.NoticeAfterAsync(supporter, await supporter.PostSupportAsync(await supporter.TokenAsync($"/ideas/{topic}"), id)));
        Assert.Equal(1, (await fixture.RowAsync(id)).Supports);
    }

    [Fact]
    public async Task A_topic_moved_to_study_takes_no_further_support_from_the_next_request_on()
    {
        var topic = await fixture.TopicAsync("أفكار للساحات العامة");
        var people = await fixture.CitizensAsync(3);
        var admin = await fixture.AdminAsync();
        var id = await people[0].PublishedIdeaAsync(admin, topic, "ساحات عامة بمقاعد مظللة", Description);
        var lateToken = await people[2].TokenAsync($"/ideas/{topic}");
        // Supported while open: the topic's rules are now kept for the supports that follow.
        Assert.Equal("شكراً لك: احتُسب تأييدك.", await IdeaSite.NoticeAfterAsync(people[1], await people[1].PressSupportAsync($"/ideas/{topic}", id)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync($"/admin/contents/{topic}/edit", $"/admin/contents/{topic}/stage/Study")).StatusCode);

        Assert.Equal("انتهى تأييد الأفكار في هذا الموضوع.", await IdeaSite.NoticeAfterAsync(people[2], await people[2].PostSupportAsync(lateToken, id)));
        Assert.Equal(1, (await fixture.RowAsync(id)).Supports);
    }

    [Fact]
    public async Task Supporting_from_the_list_returns_to_the_list_without_script_and_answers_in_place_with_it()
    {
        var topic = await fixture.TopicAsync("أفكار للمكتبات العامة");
        var (author, supporter) = await TwoAsync();
        var id = await author.PublishedIdeaAsync(await fixture.AdminAsync(), topic, "ساعات مسائية للمكتبات العامة", Description);
        var listUrl = $"/ideas/{topic}?sort=Newest";

        // Without script: a plain form post that comes back to the idea's place in the list.
        var pressed = await supporter.PressSupportAsync(listUrl, id);
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Equal($"{listUrl}#idea-{id}", pressed.Headers.Location!.OriginalString);
        var list = await supporter.GetDocumentAsync(listUrl);
        Assert.Contains("احتُسب تأييدك", list.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("1", list.QuerySelector($"#idea-{id} [data-supports]")!.TextContent);
        Assert.EndsWith("/unsupport", list.QuerySelector($"#idea-{id} form[data-support-form]")!.GetAttribute("action"));

        // Taking it back from the list, then supporting again as the script does: JSON, no reload.
        Assert.Equal(HttpStatusCode.Redirect, (await supporter.PressSupportAsync(listUrl, id)).StatusCode);
        Assert.Equal(0, (await fixture.RowAsync(id)).Supports);
        var json = await supporter.PostSupportAsync(await supporter.TokenAsync(listUrl), id, json: true);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, body.GetProperty("supports").GetInt64());
        Assert.True(body.GetProperty("supported").GetBoolean());
        Assert.Equal("شكراً لك: احتُسب تأييدك.", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_topics_limit_of_supports_is_kept_and_the_count_left_is_shown()
    {
        var topic = await fixture.TopicAsync("أفكار للأسواق الشعبية", limit: 2);
        var (author, supporter) = await TwoAsync();
        var moderator = await fixture.AdminAsync();
        var ids = new List<string>();
        foreach (var title in new[] { "مظلات في الأسواق الشعبية", "دورات مياه في الأسواق الشعبية", "مواقف دراجات عند الأسواق" })
            ids.Add(await author.PublishedIdeaAsync(moderator, topic, title, Description));

        Assert.Contains("بقي لك تأييدان", (await supporter.GetDocumentAsync($"/ideas/{topic}")).QuerySelector("[data-supports-left]")!.TextContent);
        Assert.Contains("بقي لك تأييد واحد", await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync($"/ideas/{topic}", ids[0])));
        await supporter.PressSupportAsync($"/ideas/{topic}", ids[1]);
        var token = await supporter.TokenAsync($"/ideas/{topic}");
        Assert.Equal("استنفدتَ مرات التأييد المتاحة لك في هذا الموضوع: اسحب تأييداً لتؤيد هذه الفكرة.", await IdeaSite.NoticeAfterAsync(supporter, await supporter.PostSupportAsync(token, ids[2])));
        Assert.Equal(0, (await fixture.RowAsync(ids[2])).Supports);

        // Taking one back frees it.
        Assert.Contains("سُحب تأييدك", await IdeaSite.NoticeAfterAsync(supporter, await supporter.PressSupportAsync($"/ideas/{topic}", ids[0])));
        Assert.Contains("احتُسب تأييدك", await IdeaSite.NoticeAfterAsync(supporter, await supporter.PostSupportAsync(token, ids[2])));
        var counts = await Task.WhenAll(ids.Select(async i => (await fixture.RowAsync(i)).Supports));
        Assert.Equal([0L, 1L, 1L], counts);
    }

    [Fact]
    public async Task An_author_cannot_support_their_own_idea_nor_change_it_once_supported_and_may_withdraw_it()
    {
        var topic = await fixture.TopicAsync("أفكار للأرصفة");
        var (author, supporter) = await TwoAsync();
        var moderator = await fixture.AdminAsync();
        var id = await author.PublishedIdeaAsync(moderator, topic, "أرصفة أعرض في وسط المدينة", Description);
        var token = await author.TokenAsync($"/ideas/{topic}");
        Assert.Equal("لا يمكنك تأييد فكرتك في هذا الموضوع.", await IdeaSite.NoticeAfterAsync(author, await author.PostSupportAsync(token, id)));

        // Before any support the author may change it: it goes back to review.
        var edited = await author.SubmitFormAsync($"/ideas/idea/{id}/edit", new Dictionary<string, string> { ["Title"] = "أرصفة أعرض وأكثر ظلاً في وسط المدينة" }, "main form.editor");
        Assert.Contains("حُفظ تعديلك", await IdeaSite.NoticeAfterAsync(author, edited));
        Assert.Equal(IdeaStatus.Pending, (await fixture.RowAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Site.CreateSiteClient().GetAsync($"/ideas/idea/{id}")).StatusCode);
        await moderator.SubmitButtonFormAsync("/admin/ideas/review", $"/admin/ideas/review/{id}/approve");

        // Once supported it cannot change any more.
        await supporter.PressSupportAsync($"/ideas/{topic}", id);
        var locked = await author.SubmitFormAsync($"/ideas/idea/{id}/edit", new Dictionary<string, string> { ["Title"] = "عنوان آخر تماماً للفكرة" }, "main form.editor");
        Assert.Contains("أيّد آخرون هذه الفكرة", (await locked.ReadDocumentAsync()).QuerySelector("#problems")!.TextContent);
        Assert.Equal("أرصفة أعرض وأكثر ظلاً في وسط المدينة", (await fixture.RowAsync(id)).Title);

        // Withdrawn, it leaves the list and takes no support.
        Assert.Equal("سُحبت فكرتك.", await IdeaSite.NoticeAfterAsync(author, await author.SubmitButtonFormAsync($"/ideas/idea/{id}", $"/ideas/idea/{id}/withdraw")));
        Assert.Null((await supporter.GetDocumentAsync($"/ideas/{topic}")).QuerySelector($"#idea-{id}"));
        var late = (await fixture.CitizensAsync(1))[0];
        Assert.Equal("سحب صاحب الفكرة فكرته، فلم يعد تأييدها ممكناً.", await IdeaSite.NoticeAfterAsync(late, await late.PostSupportAsync(await late.TokenAsync($"/ideas/{topic}"), id)));
        Assert.Equal(1, (await fixture.RowAsync(id)).Supports);
    }

    [Fact]
    public async Task Reaching_the_threshold_sends_the_idea_to_study_once_and_the_department_is_emailed()
    {
        var topic = await fixture.TopicAsync("أفكار لخدمات البلدية الرقمية", threshold: 3);
        var people = await fixture.CitizensAsync(7);
        var id = await people[0].PublishedIdeaAsync(await fixture.AdminAsync(), topic, "حجز مواعيد البلدية عبر الجوال", Description);
        var supporters = people.Skip(1).ToList();
        var tokens = await Task.WhenAll(supporters.Select(c => c.TokenAsync($"/ideas/{topic}")));

        await Task.WhenAll(supporters.Select((c, i) => c.PostSupportAsync(tokens[i], id)));

        var row = await fixture.RowAsync(id);
        Assert.Equal(6, row.Supports);
        Assert.Equal(IdeaStatus.UnderStudy, row.Status);
        Assert.NotNull(row.ThresholdReachedUtc);
        Assert.Equal(1, await fixture.QueryAsync(s => s.Set<WorkflowEventRecord>().CountAsync(e => e.Name == "IdeaThresholdReachedEvent" && e.Input.Contains(id))));
        var mail = await fixture.Smtp.WaitForMailAsync("municipal@agency.example", "فكرة بلغت حدّ التأييد");
        Assert.Contains("حجز مواعيد البلدية عبر الجوال", mail.Message.TextBody);
        Assert.Contains($"/ideas/idea/{id}", mail.Message.TextBody);
        Assert.Contains("قيد الدراسة", (await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/idea/{id}")).QuerySelector(".idea-timeline")!.TextContent);
    }

    [Fact]
    public async Task Similar_published_ideas_are_offered_while_typing_and_hinted_to_the_moderator_as_possible_duplicates()
    {
        var topic = await fixture.TopicAsync("أفكار لإنارة الأحياء");
        var (author, other) = await TwoAsync();
        var moderator = await fixture.AdminAsync();
        var lights = await author.PublishedIdeaAsync(moderator, topic, "إنارة الحدائق العامة بالطاقة الشمسية", Description);
        await author.PublishedIdeaAsync(moderator, topic, "مكتبة متنقلة في الأحياء السكنية", Description);

        // Typed without hamza and with haa for taa marbuta, the lighting idea is offered; an unrelated title finds nothing.
        var fragment = await other.GetDocumentAsync($"/ideas/{topic}/similar?title={Uri.EscapeDataString("انارة الحدائق ليلا")}");
        Assert.Equal([$"/ideas/idea/{lights}"], fragment.QuerySelectorAll("li > a:first-child").Select(a => a.GetAttribute("href")));
        Assert.Empty((await other.GetDocumentAsync($"/ideas/{topic}/similar?title={Uri.EscapeDataString("تقليل زمن الانتظار في المستشفيات")}")).QuerySelectorAll("li"));

        // The same similarity tells the moderator that a new idea may repeat a published one.
        var repeat = SiteIdeas.IdeaIdOf(await other.ProposeIdeaAsync(topic, "إناره الحدائق العامه", Description));
        var hint = (await moderator.GetDocumentAsync("/admin/ideas/review")).QuerySelector($"#review-{repeat} [data-possible-duplicates]")!;
        Assert.Contains("إنارة الحدائق العامة بالطاقة الشمسية", hint.TextContent);
    }

    [Fact]
    public async Task The_officer_answers_and_the_author_and_supporters_read_it_and_are_emailed()
    {
        var topic = await fixture.TopicAsync("أفكار لساحات الأحياء");
        var logins = await fixture.Site.CreateCitizensAsync(2, IdeaSite.Password, "answer");
        var (author, supporter) = (fixture.Site.CreateSiteClient(), fixture.Site.CreateSiteClient());
        await author.SignInAsync(logins[0], IdeaSite.Password);
        await supporter.SignInAsync(logins[1], IdeaSite.Password);
        var officer = await fixture.AdminAsync();
        var id = await author.PublishedIdeaAsync(officer, topic, "ساحات ألعاب مظللة في كل حي", Description);
        await supporter.PressSupportAsync($"/ideas/{topic}", id);

        // An empty answer is refused; a real one is published with its status.
        var empty = await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["status"] = "Accepted", ["answer"] = " " }, $"form[action='/admin/ideas/study/{topic}/{id}/answer']");
        Assert.Equal("اكتب الرد الرسمي.", await IdeaSite.NoticeAfterAsync(officer, empty));
        const string answer = "نوافق على الفكرة، وستبدأ البلدية بتظليل عشر ساحات في الربع القادم.";
        var answered = await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["status"] = "Accepted", ["answer"] = answer }, $"form[action='/admin/ideas/study/{topic}/{id}/answer']");
        Assert.Contains("نُشر الرد", await IdeaSite.NoticeAfterAsync(officer, answered));

        var page = await fixture.Site.CreateSiteClient().GetDocumentAsync($"/ideas/idea/{id}");
        Assert.Equal(answer, page.QuerySelector(".official-answer p")!.TextContent);
        Assert.Equal("مقبولة", page.QuerySelectorAll(".idea-timeline strong").Last().TextContent);
        foreach (var login in logins)
        {
            var mail = await fixture.Smtp.WaitForMailAsync($"{login}@mail.example", "تغيّرت حالة الفكرة: ساحات ألعاب مظللة في كل حي");
            Assert.Contains("مقبولة", mail.Message.TextBody);
            Assert.Contains(answer, mail.Message.TextBody);
        }

        // A citizen may not answer.
        Assert.NotEqual(HttpStatusCode.OK, (await supporter.GetAsync($"/admin/ideas/study/{topic}")).StatusCode);
    }

    private async Task<(HttpClient Author, HttpClient Supporter)> TwoAsync()
    {
        var people = await fixture.CitizensAsync(2);
        return (people[0], people[1]);
    }
}
