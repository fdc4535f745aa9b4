using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A site from the Participation recipe with real SMTP and a clock the tests move: what the request tests share.</summary>
public sealed class RequestSite : IAsyncLifetime, IAsyncDisposable
{
    public SmtpTestServer Smtp { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public SiteFactory Site { get; private set; } = null!;
    /// <summary>The recipe the site is set up from.</summary>
    public string Recipe { get; init; } = "Participation";

    public async Task InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartNewAsync();
        Site = new SiteFactory(new SiteOptions { AutoSetup = true, Recipe = Recipe, Clock = Clock, Settings = Smtp.SiteSettings });
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

    /// <summary>A department officer (or head) of <paramref name="department"/>: an account with the role, added to the department in its admin.</summary>
    public async Task<(HttpClient Client, string Email)> OfficerAsync(string department, bool head = false)
    {
        var admin = await AdminAsync();
        var name = $"officer{Guid.NewGuid():N}"[..18];
        var email = $"{name}@ministry.example";
        var created = await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = name, ["DisplayName"] = "موظف " + name[^4..], ["Email"] = email, ["Password"] = "Staff-pass-2026", ["Roles"] = "DepartmentOfficer",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var added = await admin.SubmitFormAsync("/admin/departments", new Dictionary<string, string> { ["login"] = name, ["isHead"] = head ? "true" : "false" }, $"form[action='/admin/departments/{department}/members']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var client = Site.CreateSiteClient();
        await client.SignInAsync(name, "Staff-pass-2026");
        return (client, email);
    }

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    /// <summary>Files a request through the public form; returns its reference number and the sent page's tracking link.</summary>
    public async Task<(string Reference, string TrackingPath)> FileAsync(HttpClient client, string kind, string email, string subject, Dictionary<string, string>? values = null, params (string Field, string FileName, byte[] Content)[] files)
    {
        var form = new Dictionary<string, string> { ["Name"] = "منى العتيبي", ["Email"] = email, ["Subject"] = subject, ["Message"] = "نص الطلب بالتفصيل: " + subject };
        foreach (var (k, v) in values ?? []) form[k] = v;
        var response = await client.SubmitFormWithFilesAsync($"/requests/{kind}", form, files);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Filing failed ({response.StatusCode}): {string.Join(" | ", (await response.ReadDocumentAsync()).QuerySelectorAll(".field-error, .notice-error li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0))}");
        var sent = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var reference = sent.QuerySelector(".reference")!.TextContent.Trim();
        return (reference, sent.QuerySelector("a.track-link")!.GetAttribute("href")!);
    }

    public async Task<T> QueryAsync<T>(Func<IDataSession, Task<T>> query)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    public Task<ServiceRequest> RequestAsync(string reference) => QueryAsync(s => s.Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.ReferenceNumber == reference));

    /// <summary>Refused as the site refuses staff: a redirect to the access-denied page.</summary>
    public static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }

    public static string LinkPath(string text) => new Uri(Regex.Match(text, @"https?://\S+/requests/track/\S+").Value).PathAndQuery;
}

/// <summary>Suggestions, complaints and messages, as participants, officers and their heads meet them.</summary>
public class RequestTests(RequestSite fixture) : IClassFixture<RequestSite>
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task A_complaint_reaches_its_department_the_acknowledgement_links_to_it_and_the_officers_answer_reaches_the_participant()
    {
        var (officer, _) = await fixture.OfficerAsync("municipal");
        var citizen = Site.CreateSiteClient();
        var email = $"resident-{Guid.NewGuid():N}@mail.example";

        var (reference, _) = await fixture.FileAsync(citizen, "complaint", email, "حفرة خطرة أمام المدرسة",
            new() { ["Category"] = "public-spaces", ["Field.mobile"] = "٠٥٥ ١٢٣ ٤٥٦٧" }, ("attachments", "صورة-الحفرة.pdf", RequestSite.Pdf));
        Assert.Matches(@"^CMP-14\d\d-\d{6}$", reference);

        // The routing rules send public spaces to Municipal Services: its mailbox hears first.
        var routed = await fixture.Smtp.WaitForMailAsync("municipal@agency.example", $"طلب جديد {reference}");
        Assert.Contains("حفرة خطرة أمام المدرسة", routed.Message.Subject);
        Assert.Contains("/admin/requests/", routed.Message.TextBody);

        // The acknowledgement carries the number, the commitment in words and a working tracking link.
        var acknowledgement = await fixture.Smtp.WaitForMailAsync(email, $"استلمنا طلبك رقم {reference}");
        Assert.Contains("72 ساعة عمل", acknowledgement.Message.TextBody);
        Assert.Contains("الأحد إلى الخميس", acknowledgement.Message.TextBody);
        var stranger = Site.CreateSiteClient();
        var tracking = await stranger.GetDocumentAsync(RequestSite.LinkPath(acknowledgement.Message.TextBody!));
        Assert.Contains(reference, tracking.Title);
        Assert.Equal("أحيل إلى الإدارة المختصة", tracking.QuerySelector(".facts .stage-badge")!.TextContent.Trim());
        Assert.Contains("إدارة الخدمات البلدية", tracking.QuerySelector(".facts")!.TextContent);
        Assert.Equal("صورة-الحفرة.pdf", tracking.QuerySelector(".attachments a")!.TextContent);

        // The officer finds it in the department's inbox, opens the file, answers.
        var inbox = await officer.GetDocumentAsync("/admin/requests");
        var link = inbox.QuerySelectorAll("table.requests a").Single(a => a.TextContent == reference).GetAttribute("href")!;
        var casePage = await officer.GetDocumentAsync(link);
        // The form's extra field reaches the officer as typed, under its label.
        Assert.Contains("رقم الجوال للتواصل", casePage.QuerySelector("main")!.TextContent);
        Assert.Contains("٠٥٥ ١٢٣ ٤٥٦٧", casePage.QuerySelector("main")!.TextContent);
        var file = await officer.GetAsync(casePage.QuerySelector(".attachments a")!.GetAttribute("href")!);
        Assert.Equal(RequestSite.Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        var answered = await officer.SubmitFormAsync(link, new Dictionary<string, string> { ["text"] = "رُدمت الحفرة صباح اليوم، شكراً لتنبيهنا.", ["status"] = "Answered" }, $"form[action='{link}/reply']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var answer = await fixture.Smtp.WaitForMailAsync(email, $"رد على طلبك {reference}");
        Assert.Contains("رُدمت الحفرة صباح اليوم", answer.Message.TextBody);
        Assert.Contains("تم الرد", answer.Message.TextBody);

        // The participant sees the answer on the tracking page and rates it; the figures count it.
        var trackingPath = RequestSite.LinkPath(answer.Message.TextBody!);
        var page = await stranger.GetDocumentAsync(trackingPath);
        Assert.Contains("رُدمت الحفرة صباح اليوم", page.QuerySelector(".history")!.TextContent);
        var rated = await stranger.SubmitFormAsync(trackingPath, new Dictionary<string, string> { ["rating"] = "5" }, "form[action*='/rating']");
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("5", (await stranger.GetDocumentAsync(trackingPath)).QuerySelector("#rate ~ p, section[aria-labelledby=rate] p")!.TextContent);
        var figures = await (await fixture.AdminAsync()).GetDocumentAsync("/admin/requests/figures");
        var row = figures.QuerySelectorAll("table.figures tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "إدارة الخدمات البلدية");
        Assert.Contains("100 %", row.TextContent);
        Assert.True(row.TextContent.Contains("5 / 5"), row.TextContent);
    }

    [Fact]
    public async Task An_unanswered_request_escalates_to_the_department_head_at_its_office_hours_deadline()
    {
        var (_, headEmail) = await fixture.OfficerAsync("culture", head: true);
        var (reference, _) = await fixture.FileAsync(Site.CreateSiteClient(), "suggestion", $"s-{Guid.NewGuid():N}@mail.example", "أمسيات شعرية في الحدائق", new() { ["Category"] = "culture" });
        var request = await fixture.RequestAsync(reference);
        Assert.Equal("culture", request.DepartmentKey);
        // 72 office hours are at least twelve working days away.
        Assert.True(request.DueUtc - request.SubmittedUtc > TimeSpan.FromDays(13), $"due {request.DueUtc:O} for {request.SubmittedUtc:O}");
        Assert.True(request.DueUtc - request.SubmittedUtc < TimeSpan.FromDays(20), $"due {request.DueUtc:O} for {request.SubmittedUtc:O}");

        fixture.Clock.Advance(request.DueUtc - request.SubmittedUtc - TimeSpan.FromMinutes(5));
        await Task.Delay(1000);
        Assert.DoesNotContain(fixture.Smtp.Mails, m => m.IsFor(headEmail));

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var escalation = await fixture.Smtp.WaitForMailAsync(headEmail, $"تجاوز موعد الرد: الطلب {reference}");
        Assert.Contains("إدارة الشؤون الثقافية", escalation.Message.TextBody);
        var overdue = await (await fixture.AdminAsync()).GetDocumentAsync("/admin/requests?view=overdue");
        Assert.Contains(overdue.QuerySelectorAll("table.requests a"), a => a.TextContent == reference);
    }

    [Fact]
    public async Task Officers_see_only_their_departments_requests_and_internal_notes_never_reach_the_participant()
    {
        var (transportOfficer, _) = await fixture.OfficerAsync("transport");
        var (municipalOfficer, _) = await fixture.OfficerAsync("municipal");
        var (reference, trackingPath) = await fixture.FileAsync(Site.CreateSiteClient(), "complaint", "walker@mail.example", "رصيف مكسور", new() { ["Category"] = "public-spaces" }, ("attachments", "رصيف.pdf", RequestSite.Pdf));
        var request = await fixture.RequestAsync(reference);
        var attachmentId = await fixture.QueryAsync(s => s.Set<RequestAttachment>().Where(a => a.RequestId == request.Id).Select(a => a.Id).SingleAsync());
        // Where installed sites have always kept request files: the data folder, not the web root.
        Assert.True(File.Exists(Path.Combine(Site.DataPath, "requests", $"{request.Id}", $"{attachmentId}.pdf")));

        Assert.DoesNotContain((await transportOfficer.GetDocumentAsync("/admin/requests?view=all")).QuerySelectorAll("table.requests a"), a => a.TextContent == reference);
        RequestSite.AssertDenied(await transportOfficer.GetAsync($"/admin/requests/{request.Id}"));
        RequestSite.AssertDenied(await transportOfficer.GetAsync($"/admin/requests/{request.Id}/files/{attachmentId}"));
        RequestSite.AssertDenied(await transportOfficer.PostAsync($"/admin/requests/{request.Id}/note", new FormUrlEncodedContent([new("text", "x"), new("__RequestVerificationToken", (await transportOfficer.GetDocumentAsync("/admin/requests")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "")])));
        var citizen = await Site.CreateSiteClient().GetAsync("/admin/requests");
        Assert.NotEqual(HttpStatusCode.OK, citizen.StatusCode);

        var note = await municipalOfficer.SubmitFormAsync($"/admin/requests/{request.Id}", new Dictionary<string, string> { ["text"] = "سري: المقاول المسؤول متأخر" }, $"form[action='/admin/requests/{request.Id}/note']");
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains("سري: المقاول المسؤول متأخر", (await municipalOfficer.GetDocumentAsync($"/admin/requests/{request.Id}")).QuerySelector(".history")!.TextContent);
        var publicPage = await Site.CreateSiteClient().GetStringAsync(trackingPath);
        Assert.DoesNotContain("المقاول", publicPage);
    }

    [Fact]
    public async Task Tracking_gives_nothing_away_to_a_wrong_email_a_guessed_number_or_a_wrong_code()
    {
        var email = $"t-{Guid.NewGuid():N}@mail.example";
        var (reference, trackingPath) = await fixture.FileAsync(Site.CreateSiteClient(), "suggestion", email, "مواقف للدراجات", new() { ["Category"] = "transport" });
        var visitor = Site.CreateSiteClient();

        var wrongEmail = await visitor.SubmitFormAsync("/requests/track", new Dictionary<string, string> { ["reference"] = reference, ["email"] = "other@mail.example" });
        var wrongNumber = await visitor.SubmitFormAsync("/requests/track", new Dictionary<string, string> { ["reference"] = "SUG-1400-999999", ["email"] = email });
        Assert.Equal(HttpStatusCode.NotFound, wrongEmail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongNumber.StatusCode);
        var message = (await wrongEmail.ReadDocumentAsync()).QuerySelector(".notice-error")!.TextContent;
        Assert.Equal(message, (await wrongNumber.ReadDocumentAsync()).QuerySelector(".notice-error")!.TextContent);
        Assert.Contains("لم نجد طلباً", message);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/requests/track/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/requests/track/{reference}?code=00000000000000000000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/requests/sent/{reference}")).StatusCode);

        // The right number and email, typed with Arabic digits and lower case, open it.
        var arabicDigits = string.Concat(reference.ToLowerInvariant().Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c));
        var found = await visitor.SubmitFormAsync("/requests/track", new Dictionary<string, string> { ["reference"] = arabicDigits, ["email"] = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal(trackingPath, found.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_in_Arabic_and_what_was_typed_is_kept()
    {
        var before = await fixture.QueryAsync(s => s.Set<ServiceRequest>().CountAsync());
        var client = Site.CreateSiteClient();
        var response = await client.SubmitFormAsync("/requests/complaint", new Dictionary<string, string>
        {
            ["Name"] = "", ["Email"] = "not-an-email", ["Subject"] = "عنوان محفوظ", ["Message"] = "", ["Category"] = "", ["Field.serviceDate"] = "أمس",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var errors = page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        Assert.True(errors.Count == 5, string.Join(" | ", errors));
        Assert.Contains("اكتب اسمك.", errors);
        Assert.Contains("أدخل بريداً إلكترونياً صحيحاً.", errors);
        Assert.Contains("اختر التصنيف.", errors);
        Assert.Contains("اكتب رسالتك.", errors);
        Assert.Contains("«تاريخ تلقي الخدمة» يحتاج إلى تاريخ.", errors);
        Assert.Equal("true", page.QuerySelector("#f-Email")!.GetAttribute("aria-invalid"));
        Assert.Equal("عنوان محفوظ", page.QuerySelector("#f-Subject")!.GetAttribute("value"));
        Assert.Equal("not-an-email", page.QuerySelector("#f-Email")!.GetAttribute("value"));

        // A program renamed to .pdf, and a file type not on the list.
        var values = new Dictionary<string, string> { ["Name"] = "منى", ["Email"] = "mona@mail.example", ["Subject"] = "مرفق", ["Message"] = "نص", ["Category"] = "other" };
        var disguised = await client.SubmitFormWithFilesAsync("/requests/complaint", values, [("attachments", "invoice.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03])]);
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("«invoice.pdf» ليس من أنواع الملفات المقبولة", (await disguised.ReadDocumentAsync()).QuerySelector("#f-Attachments-error")!.TextContent);
        var script = await client.SubmitFormWithFilesAsync("/requests/complaint", values, [("attachments", "run.exe", RequestSite.Pdf)]);
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        var tooLarge = await client.SubmitFormWithFilesAsync("/requests/complaint", values, [("attachments", "big.pdf", [.. RequestSite.Pdf, .. new byte[6 * 1024 * 1024]])]);
        Assert.Contains("أكبر من 5 ميجابايت", (await tooLarge.ReadDocumentAsync()).QuerySelector("#f-Attachments-error")!.TextContent);

        // A bot filling the hidden field is refused.
        var bot = await client.SubmitFormAsync("/requests/complaint", new Dictionary<string, string>(values) { ["Website"] = "http://spam.example" });
        Assert.Equal(HttpStatusCode.BadRequest, bot.StatusCode);

        // English visitors read English.
        var english = Site.CreateSiteClient();
        await english.GetAsync("/culture?culture=en&returnUrl=/");
        var inEnglish = await english.SubmitFormAsync("/requests/suggestion", new Dictionary<string, string> { ["Name"] = "Mona", ["Email"] = "mona@mail.example", ["Subject"] = "", ["Message"] = "x", ["Category"] = "other" });
        Assert.Contains("Give your request a subject.", (await inEnglish.ReadDocumentAsync()).QuerySelector("#f-Subject-error")!.TextContent);

        Assert.Equal(before, await fixture.QueryAsync(s => s.Set<ServiceRequest>().CountAsync()));
    }

    [Fact]
    public async Task Reference_numbers_stay_unique_when_many_arrive_at_once()
    {
        const int count = 20;
        var clients = Enumerable.Range(0, count).Select(_ => Site.CreateSiteClient()).ToList();
        var references = await Task.WhenAll(clients.Select((c, i) => fixture.FileAsync(c, "contact", $"p{i}@mail.example", $"رسالة رقم {i}", new() { ["Target"] = "minister-office" })));
        Assert.Equal(count, references.Select(r => r.Reference).Distinct().Count());
        Assert.All(references, r => Assert.StartsWith("MSG-", r.Reference));
        var numbers = references.Select(r => int.Parse(r.Reference[^6..])).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], count), numbers);
        var routedTo = await fixture.QueryAsync(s => s.Set<ServiceRequest>().Where(r => r.Kind == RequestKind.Contact).Select(r => r.DepartmentKey).Distinct().ToListAsync());
        Assert.Equal(["minister-office"], routedTo);
    }

    [Fact]
    public async Task Waiting_for_the_participant_stops_the_clock_their_answer_restarts_it_and_rerouting_and_merging_keep_everyone_informed()
    {
        var (officer, _) = await fixture.OfficerAsync("customer-care");
        var email = $"w-{Guid.NewGuid():N}@mail.example";
        var (reference, trackingPath) = await fixture.FileAsync(Site.CreateSiteClient(), "complaint", email, "تأخر إصدار الترخيص", new() { ["Category"] = "delay" });
        var request = await fixture.RequestAsync(reference);
        var casePath = $"/admin/requests/{request.Id}";

        await officer.SubmitFormAsync(casePath, new Dictionary<string, string> { ["text"] = "نرجو تزويدنا برقم الطلب في نظام التراخيص.", ["status"] = "WaitingForParticipant" }, $"form[action='{casePath}/reply']");
        var asked = await fixture.Smtp.WaitForMailAsync(email, $"مستجدات طلبك {reference}", "رقم الطلب في نظام التراخيص");
        Assert.Contains("بانتظار معلومات منك", asked.Message.TextBody);
        var paused = await fixture.RequestAsync(reference);
        Assert.NotNull(paused.PausedUtc);
        Assert.NotNull(paused.RemainingMinutes);

        fixture.Clock.Advance(TimeSpan.FromDays(3));
        var participant = Site.CreateSiteClient();
        var added = await participant.SubmitFormWithFilesAsync(trackingPath, new Dictionary<string, string> { ["text"] = "رقم الطلب 55120" }, [("attachments", "ايصال.pdf", RequestSite.Pdf)], "form[action*='/information']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await fixture.Smtp.WaitForMailAsync("care@agency.example", $"مستجدات الطلب {reference}", "رقم الطلب 55120");
        var resumed = await fixture.RequestAsync(reference);
        Assert.Equal(RequestStatus.InProgress, resumed.Status);
        Assert.Null(resumed.PausedUtc);
        Assert.True(resumed.DueUtc > paused.DueUtc, "the deadline moved by the stopped time");

        // Referred to Public Transport: its mailbox hears; the history keeps both departments.
        await officer.SubmitFormAsync(casePath, new Dictionary<string, string> { ["department"] = "transport", ["reason"] = "الترخيص من اختصاص النقل" }, $"form[action='{casePath}/reroute']");
        await fixture.Smtp.WaitForMailAsync("transport@agency.example", $"مستجدات الطلب {reference}");
        RequestSite.AssertDenied(await officer.GetAsync(casePath));
        var admin = await fixture.AdminAsync();
        var history = (await admin.GetDocumentAsync(casePath)).QuerySelector(".history")!.TextContent;
        Assert.Contains("إدارة خدمة المتعاملين", history);
        Assert.Contains("إدارة النقل العام", history);

        // A second resident's duplicate is merged: they hear the answer given on the first.
        var otherEmail = $"d-{Guid.NewGuid():N}@mail.example";
        var (duplicate, duplicateTracking) = await fixture.FileAsync(Site.CreateSiteClient(), "complaint", otherEmail, "الترخيص نفسه متأخر", new() { ["Category"] = "delay" });
        var duplicateId = (await fixture.RequestAsync(duplicate)).Id;
        var merged = await admin.SubmitFormAsync($"/admin/requests/{duplicateId}", new Dictionary<string, string> { ["into"] = reference }, $"form[action='/admin/requests/{duplicateId}/merge']");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await admin.SubmitFormAsync(casePath, new Dictionary<string, string> { ["text"] = "صدر الترخيص ويمكن استلامه.", ["status"] = "Answered" }, $"form[action='{casePath}/reply']");
        await fixture.Smtp.WaitForMailAsync(otherEmail, $"رد على طلبك {duplicate}", "صدر الترخيص");
        Assert.Contains("صدر الترخيص", (await Site.CreateSiteClient().GetDocumentAsync(duplicateTracking)).QuerySelector(".history")!.TextContent);
        Assert.Equal(RequestStatus.Answered, (await fixture.RequestAsync(duplicate)).Status);
    }

    [Fact]
    public async Task Admins_edit_routing_holidays_and_fields_and_a_rule_to_nowhere_is_refused()
    {
        // Its own site: the field it adds would change the forms the other tests fill.
        await using var own = new RequestSite();
        await own.InitializeAsync();
        var Site = own.Site;
        var admin = await own.AdminAsync();
        var refused = await admin.SubmitFormAsync("/admin/requests/settings", new Dictionary<string, string> { ["department"] = "does-not-exist" }, "form[action='/admin/requests/settings/routing/add']");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("لا توجد إدارة", (await admin.GetDocumentAsync("/admin/requests/settings")).QuerySelector(".notice-error")!.TextContent);

        // Read once before the change: the form's settings are a cached copy, which the change must evict.
        Assert.Null((await Site.CreateSiteClient().GetDocumentAsync("/requests/suggestion")).QuerySelector("#f-district"));
        await admin.SubmitFormAsync("/admin/requests/settings", new Dictionary<string, string> { ["name"] = "district", ["labelAr"] = "الحي", ["labelEn"] = "District", ["type"] = "Text", ["required"] = "true", ["kind"] = "Suggestion" }, "form[action='/admin/requests/settings/fields/add']");
        await admin.SubmitFormAsync("/admin/requests/settings", new Dictionary<string, string> { ["from"] = "2027-01-03", ["to"] = "2027-01-03", ["nameAr"] = "يوم إجازة", ["nameEn"] = "Day off" }, "form[action='/admin/requests/settings/holidays/add']");
        var page = await admin.GetDocumentAsync("/admin/requests/settings");
        Assert.Contains("2027-01-03", page.QuerySelector("#holidays")!.ParentElement!.TextContent);

        // The new required field shows on the suggestion form (not on complaints) and is enforced.
        var form = await Site.CreateSiteClient().GetDocumentAsync("/requests/suggestion");
        Assert.Equal("الحي", form.QuerySelector("label[for=f-district]")!.TextContent.Trim());
        Assert.Null((await Site.CreateSiteClient().GetDocumentAsync("/requests/complaint")).QuerySelector("#f-district"));
        var missing = await Site.CreateSiteClient().SubmitFormAsync("/requests/suggestion", new Dictionary<string, string> { ["Name"] = "منى", ["Email"] = "m@mail.example", ["Subject"] = "s", ["Message"] = "m", ["Category"] = "other" });
        Assert.Contains("املأ «الحي».", (await missing.ReadDocumentAsync()).QuerySelector("#f-district-error")!.TextContent);

        // Officers cannot change the settings.
        var (officer, _) = await own.OfficerAsync("culture");
        RequestSite.AssertDenied(await officer.GetAsync("/admin/requests/settings"));
        RequestSite.AssertDenied(await officer.GetAsync("/admin/requests/figures"));

        // Removed again, it is gone from the form.
        var index = (await admin.GetDocumentAsync("/admin/requests/settings")).QuerySelectorAll("form[action^='/admin/requests/settings/fields/'][action$='/remove']").Count() - 1;
        await admin.SubmitButtonFormAsync("/admin/requests/settings", $"/admin/requests/settings/fields/{index}/remove");
        Assert.Null((await Site.CreateSiteClient().GetDocumentAsync("/requests/suggestion")).QuerySelector("#f-district"));
    }
}
