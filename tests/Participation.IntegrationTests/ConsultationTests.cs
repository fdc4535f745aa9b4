using System.Net;
using ClosedXML.Excel;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A consultation through its six stages, with the guards, the public pages, contributions, analysis and the archive.</summary>
public class ConsultationTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private SiteFactory Site => fixture.Site;
    private static string Local(TimeSpan fromNow) => (DateTime.UtcNow.AddHours(3) + fromNow).ToString("yyyy-MM-ddTHH:mm");

    private async Task<(HttpClient Admin, string EditUrl, string Id, string Path)> CreateAsync(string title, Dictionary<string, string>? extra = null, string submit = "publish")
    {
        var admin = await fixture.AdminAsync();
        var path = $"c-{Guid.NewGuid():N}"[..16];
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title, ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "تفاصيل المقترح.",
            ["ConsultationPart.Summary"] = "ملخص قصير للمقترح", ["ConsultationPart.Department"] = "municipal",
            ["ConsultationPart.Closes"] = Local(TimeSpan.FromDays(7)), ["ConsultationPart.ContributionTags"] = "نقل، سلامة",
            ["ConsultationPart.InitialAssessment"] = "نحتاج رأي السكان قبل اعتماد الخطة.",
        };
        foreach (var (key, value) in extra ?? []) fields[key] = value;
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", fields, submitValue: submit);
        var editUrl = created.Headers.Location?.OriginalString ?? throw new InvalidOperationException(string.Join(" | ", (await created.ReadDocumentAsync()).ValidationMessages()));
        return (admin, editUrl, editUrl.Split('/')[3], path);
    }

    private static async Task<string> StageAsync(HttpClient admin, string editUrl)
        => (await admin.GetDocumentAsync(editUrl + "?culture=en")).QuerySelector(".stage-line [aria-current=step]")!.TextContent.Trim();

    private static async Task<string?> FireAsync(HttpClient admin, string editUrl, string id, string trigger)
    {
        var token = (await admin.GetDocumentAsync(editUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await admin.PostAsync($"/admin/contents/{id}/stage/{trigger}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        return (await admin.GetDocumentAsync(editUrl + "?culture=en")).QuerySelector(".notice-error")?.TextContent;
    }

    [Fact]
    public async Task Bad_dates_are_refused_and_what_was_typed_is_kept()
    {
        var admin = await fixture.AdminAsync();
        var past = await admin.SubmitFormAsync("/admin/contents/create/Consultation?culture=en", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "تجربة", ["ConsultationPart.Summary"] = "نص محفوظ", ["ConsultationPart.Closes"] = Local(TimeSpan.FromDays(-2)),
        }, submitValue: "publish");
        var page = await past.ReadDocumentAsync();
        Assert.Contains("The closing date has passed: set a later one before publishing.", page.ValidationMessages());
        Assert.Equal("نص محفوظ", page.QuerySelector("#ConsultationPart_Summary")!.TextContent);

        var backwards = await admin.SubmitFormAsync("/admin/contents/create/Consultation?culture=en", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "تجربة", ["ConsultationPart.Opens"] = Local(TimeSpan.FromDays(5)), ["ConsultationPart.Closes"] = Local(TimeSpan.FromDays(2)),
        }, submitValue: "save");
        Assert.Contains("The participation period must close after it opens.", (await backwards.ReadDocumentAsync()).ValidationMessages());
    }

    [Fact]
    public async Task Each_stage_is_reached_only_through_its_guards_and_archiving_stores_the_report()
    {
        var (admin, editUrl, id, path) = await CreateAsync("مراحل الاستشارة", new() { ["ConsultationPart.Closes"] = "" });
        Assert.Equal("Draft", await StageAsync(admin, editUrl));
        Assert.Equal("Set the closing date of the participation period first.", await FireAsync(admin, editUrl, id, "Open"));
        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["ConsultationPart.Closes"] = Local(TimeSpan.FromDays(3)) }, "main form.editor", submitValue: "publish");

        Assert.Null(await FireAsync(admin, editUrl, id, "Propose"));
        Assert.Equal("Proposal", await StageAsync(admin, editUrl));
        Assert.Null(await FireAsync(admin, editUrl, id, "Open"));
        Assert.Equal("Collecting contributions", await StageAsync(admin, editUrl));
        Assert.Equal("“Announce the decision” is not possible at the stage “Collecting contributions”.", await FireAsync(admin, editUrl, id, "Decide"));
        Assert.Null(await FireAsync(admin, editUrl, id, "Close"));
        Assert.Equal("Write the decision before announcing it.", await FireAsync(admin, editUrl, id, "Decide"));
        Assert.Equal("“Archive” is not possible at the stage “Analysing contributions”.", await FireAsync(admin, editUrl, id, "Archive"));

        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string>
        {
            ["ConsultationPart.Decision"] = "نعتمد الخطة مع تعديل مسارين.", ["ConsultationPart.WhatChanged"] = "أضفنا ممرات مشاة بناءً على المشاركات.",
            ["ConsultationPart.Achievements"] = "مشاركة واسعة", ["ConsultationPart.Obstacles"] = "قصر المدة", ["ConsultationPart.Recommendations"] = "إطالة المدة مستقبلاً",
        }, "main form.editor", submitValue: "publish");
        Assert.Null(await FireAsync(admin, editUrl, id, "Decide"));
        var decided = await Site.CreateSiteClient().GetDocumentAsync($"/{path}");
        Assert.Contains("نعتمد الخطة مع تعديل مسارين.", decided.QuerySelector(".decision")!.TextContent);
        Assert.Contains("أضفنا ممرات مشاة", decided.QuerySelector(".decision")!.TextContent);

        Assert.Null(await FireAsync(admin, editUrl, id, "Archive"));
        Assert.Equal("Closing and archiving", await StageAsync(admin, editUrl));
        var history = await admin.GetDocumentAsync($"/admin/contents/{id}/history?culture=en");
        Assert.Equal(5, history.QuerySelectorAll(".timeline li").Count(li => li.TextContent.Contains("→") || li.TextContent.Contains("Stage")));

        var pdf = await admin.GetAsync($"/admin/consultations/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.True(File.Exists(Path.Combine(Site.DataPath, "archive", $"{id}.pdf")), "the PDF is stored with the archive");
        var report = await admin.GetDocumentAsync($"/admin/consultations/{id}/report");
        Assert.Equal(6, report.QuerySelectorAll("section").Length);
        Assert.Contains("نحتاج رأي السكان", report.QuerySelectorAll("section")[0].TextContent);
        // The report's inline styles carry the page's CSP nonce, so the policy lets them in.
        var served = await admin.GetAsync($"/admin/consultations/{id}/report");
        var nonce = (await served.ReadDocumentAsync()).QuerySelector("style")!.GetAttribute("nonce");
        Assert.NotNull(nonce);
        Assert.Contains($"style-src 'self' 'nonce-{nonce}'", string.Join(" ", served.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Contributions_carry_a_position_one_per_person_and_feed_the_analysis_and_exports()
    {
        var (admin, editUrl, id, path) = await CreateAsync("مسارات الدراجات");
        await FireAsync(admin, editUrl, id, "Open");
        var citizens = new List<HttpClient>();
        foreach (var (stance, said) in new[] { ("agree", "أؤيد المسارات الجديدة"), ("disagree", "أعارض إغلاق الشارع"), ("suggestion", "=1+1 أقترح إضاءة أفضل") })
        {
            var citizen = await fixture.CitizenAsync();
            citizens.Add(citizen);
            await citizen.SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["text"] = said, ["stance"] = stance, ["audience"] = "community", ["acceptTerms"] = "true" }, "form.comment-form");
        }
        await citizens[0].SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["text"] = "رأي ثانٍ", ["stance"] = "agree" }, "form.comment-form");
        Assert.Contains("شاركت هنا من قبل", (await citizens[0].GetDocumentAsync($"/{path}")).QuerySelector(".notice-error")!.TextContent);

        var token = (await admin.GetDocumentAsync("/admin/moderation")).QuerySelector("#bulk input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var ids = (await admin.GetDocumentAsync($"/admin/moderation?contentItemId={id}")).QuerySelectorAll("article.queue-item input[name=ids]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(3, ids.Count);
        await admin.PostAsync("/admin/moderation/decide", new FormUrlEncodedContent(ids.Select(i => new KeyValuePair<string, string>("ids", i)).Concat([new("decision", "approve"), new("tab", "Pending"), new("__RequestVerificationToken", token)])));

        var analysis = await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?culture=en");
        Assert.Equal("3", analysis.QuerySelector(".stats .stat-value")!.TextContent);
        var first = analysis.QuerySelectorAll("article.queue-item").First(a => a.TextContent.Contains("أؤيد"));
        await admin.SubmitFormAsync($"/admin/consultations/{id}/analysis", new Dictionary<string, string> { ["tags"] = "نقل" }, $"form[action$='/{first.ParentElement!.Id!.Split('-')[1]}/tags']");
        Assert.Single((await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?tag=نقل")).QuerySelectorAll("article.queue-item"));
        Assert.Single((await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?stance=disagree")).QuerySelectorAll("article.queue-item"));

        var csv = await (await admin.GetAsync($"/admin/consultations/{id}/export.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv);
        Assert.Contains("أعارض إغلاق الشارع", text);
        // A contribution that starts like a spreadsheet formula is escaped, so opening the export cannot run it.
        Assert.DoesNotContain(",=1+1", text.Replace("\"", ""), StringComparison.Ordinal);
        Assert.Contains("1+1 أقترح إضاءة أفضل", text);
        Assert.DoesNotContain("@mail.example", text);

        using var xlsx = new XLWorkbook(new MemoryStream(await (await admin.GetAsync($"/admin/consultations/{id}/export.xlsx")).Content.ReadAsByteArrayAsync()));
        Assert.Equal(4, xlsx.Worksheet(1).RowsUsed().Count());
    }

    [Fact]
    public async Task The_analysis_figures_follow_every_decision_and_tag_on_the_contributions()
    {
        var (admin, editUrl, id, path) = await CreateAsync("ممرات المشاة المظللة");
        await FireAsync(admin, editUrl, id, "Open");
        foreach (var (stance, said) in new[] { ("agree", "أؤيد الممرات المظللة"), ("agree", "أؤيد بشرط الصيانة"), ("disagree", "أعارض قطع الأشجار") })
            await (await fixture.CitizenAsync()).SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["text"] = said, ["stance"] = stance, ["audience"] = "community", ["acceptTerms"] = "true" }, "form.comment-form");
        var token = (await admin.GetDocumentAsync("/admin/moderation")).QuerySelector("#bulk input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var queue = await admin.GetDocumentAsync($"/admin/moderation?contentItemId={id}");
        var ids = queue.QuerySelectorAll("article.queue-item").ToDictionary(a => a.QuerySelector("blockquote")!.TextContent, a => a.QuerySelector("input[name=id]")!.GetAttribute("value")!);
        async Task DecideAsync(string decision, params string[] which)
            => await admin.PostAsync("/admin/moderation/decide", new FormUrlEncodedContent(which.Select(i => new KeyValuePair<string, string>("ids", i))
                .Concat([new("decision", decision), new("reason", "off-topic"), new("tab", "Pending"), new("__RequestVerificationToken", token)])));
        // Contributions, participants, replies, the agency's replies, hidden — and what a filter says it matches against what it lists.
        async Task<(string Figures, int Matching, int Listed)> AnalysisAsync(string filter = "")
        {
            var page = await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?culture=en{filter}");
            var matching = int.Parse(page.QuerySelectorAll("p.muted").First(p => p.TextContent.Contains("match")).TextContent.Split(' ')[0]);
            return (string.Join(",", page.QuerySelectorAll(".stats .stat-value").Select(v => v.TextContent)), matching, page.QuerySelectorAll("article.queue-item").Length);
        }

        Assert.Equal(("0,0,0,0,0", 0, 0), await AnalysisAsync());
        await DecideAsync("approve", [.. ids.Values]);
        Assert.Equal(("3,3,0,0,0", 3, 3), await AnalysisAsync());
        Assert.Equal(("3,3,0,0,0", 2, 2), await AnalysisAsync("&stance=agree"));

        await DecideAsync("hide", ids["أؤيد بشرط الصيانة"]);
        Assert.Equal(("2,2,0,0,1", 2, 2), await AnalysisAsync());
        Assert.Equal(("2,2,0,0,1", 1, 1), await AnalysisAsync("&stance=agree"));

        var agreed = (await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?stance=agree")).QuerySelector("article.queue-item")!.ParentElement!.Id!.Split('-')[1];
        await admin.SubmitFormAsync($"/admin/consultations/{id}/analysis", new Dictionary<string, string> { ["tags"] = "نقل" }, $"form[action$='/{agreed}/tags']");
        Assert.Equal(("2,2,0,0,1", 1, 1), await AnalysisAsync("&tag=" + Uri.EscapeDataString("نقل")));
        Assert.Equal(("2,2,0,0,1", 0, 0), await AnalysisAsync("&tag=" + Uri.EscapeDataString("سلامة")));

        await DecideAsync("restore", ids["أؤيد بشرط الصيانة"]);
        Assert.Equal(("3,3,0,0,0", 3, 3), await AnalysisAsync());
        Assert.Equal(("3,3,0,0,0", 2, 2), await AnalysisAsync("&stance=agree"));
    }

    [Fact]
    public async Task The_public_list_puts_open_consultations_first_and_searches_past_spelling_variants()
    {
        var (admin, editUrl, id, _) = await CreateAsync("الإستراتيجية الوطنية للمياه");
        await FireAsync(admin, editUrl, id, "Open");
        var visitor = Site.CreateSiteClient();
        var list = await visitor.GetDocumentAsync("/consultations?q=" + Uri.EscapeDataString("الاستراتيجيه"));
        Assert.Contains("الإستراتيجية الوطنية للمياه", list.QuerySelector(".consultation-list")!.TextContent);
        Assert.Empty((await visitor.GetDocumentAsync("/consultations?stage=Archived&q=" + Uri.EscapeDataString("المياه"))).QuerySelectorAll(".consultation-card"));
        var open = await visitor.GetDocumentAsync("/consultations?stage=Open");
        Assert.All(open.QuerySelectorAll(".consultation-card .stage-badge"), b => Assert.Contains("جمع المساهمات", b.TextContent));
        Assert.NotNull((await visitor.GetDocumentAsync("/")).QuerySelector("nav a[href='/consultations']"));

        // The responsible department comes from the departments list, named in the visitor's language.
        var byDepartment = await visitor.GetDocumentAsync("/consultations?department=municipal&culture=en");
        Assert.Contains("الإستراتيجية الوطنية للمياه", byDepartment.QuerySelector(".consultation-list")!.TextContent);
        Assert.Contains("Municipal Services", byDepartment.QuerySelector(".consultation-list")!.TextContent);
        var wrong = await admin.SubmitFormAsync(editUrl + "?culture=en", new Dictionary<string, string> { ["ConsultationPart.Department"] = "no-such-department" }, "main form.editor", submitValue: "save");
        Assert.Contains("Choose the department from the list.", (await wrong.ReadDocumentAsync()).ValidationMessages());
    }
}

/// <summary>Proposal documents: checked by name, first bytes and size; served only for published consultations.</summary>
public class ConsultationDocumentTests
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string url, string fileName, byte[] bytes, Dictionary<string, string>? fields = null)
    {
        var page = await admin.GetDocumentAsync(url);
        var form = page.QuerySelector("main form.editor")!;
        var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden], input[type=text], input:not([type]), textarea"))
        {
            var name = input.GetAttribute("name");
            if (name is null || (fields?.ContainsKey(name) ?? false)) continue;
            content.Add(new StringContent(input.TagName == "TEXTAREA" ? input.TextContent : input.GetAttribute("value") ?? ""), name);
        }
        foreach (var (key, value) in fields ?? []) content.Add(new StringContent(value), key);
        content.Add(new StringContent("save"), "submit");
        content.Add(new ByteArrayContent(bytes), "ConsultationPart.Files", fileName);
        return await admin.PostAsync(form.GetAttribute("action"), content);
    }

    [Fact]
    public async Task A_PDF_is_attached_and_downloadable_and_other_files_are_refused_with_the_reason()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = new() { ["Participation:Attachments:MaxMegabytes"] = "1" } });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "وثائق المقترح", ["AutoroutePart.Path"] = "documents-test", ["ConsultationPart.Closes"] = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-ddTHH:mm"),
        }, submitValue: "publish");
        var editUrl = created.Headers.Location!.OriginalString;

        var pdf = "%PDF-1.4\n% proposal\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, editUrl, "الخطة.pdf", pdf)).StatusCode);
        await admin.SubmitFormAsync(editUrl, new Dictionary<string, string>(), "main form.editor", submitValue: "publish");

        var disguised = await UploadAsync(admin, editUrl + "?culture=en", "setup.pdf", "MZ\x90\0 not a pdf"u8.ToArray());
        Assert.Contains("“setup.pdf” is not a PDF or Office document", (await disguised.ReadDocumentAsync()).QuerySelector("#ConsultationPart_Files-error")!.TextContent);
        var script = await UploadAsync(admin, editUrl + "?culture=en", "run.exe", "MZ"u8.ToArray());
        Assert.Contains("is not a PDF or Office document", (await script.ReadDocumentAsync()).QuerySelector("#ConsultationPart_Files-error")!.TextContent);
        var big = await UploadAsync(admin, editUrl + "?culture=en", "big.pdf", [.. "%PDF"u8, .. new byte[1024 * 1024 + 10]]);
        Assert.Contains("is larger than 1 MB", (await big.ReadDocumentAsync()).QuerySelector("#ConsultationPart_Files-error")!.TextContent);

        var visitor = site.CreateSiteClient();
        var link = (await visitor.GetDocumentAsync("/documents-test")).QuerySelectorAll("a[download]").Single();
        Assert.Equal("الخطة.pdf", link.TextContent);
        var download = await visitor.GetAsync(link.GetAttribute("href"));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // Where installed sites have always kept proposal documents: the data folder, not the web root.
        Assert.Equal(pdf, File.ReadAllBytes(Directory.GetFiles(Path.Combine(site.DataPath, "attachments"), "*.pdf", SearchOption.AllDirectories).Single()));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link.GetAttribute("href")!.Replace("/documents/", "/documents/x"))).StatusCode);
    }
}

public class AudienceTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Fact]
    public async Task The_audience_list_is_managed_and_feeds_the_editor_and_the_contribution_form()
    {
        var admin = await fixture.AdminAsync();
        var lines = (await admin.GetDocumentAsync("/admin/audiences")).QuerySelector("#lines")!.TextContent;
        Assert.Contains("community | أفراد المجتمع | Community members", lines);

        var bad = await admin.SubmitFormAsync("/admin/audiences?culture=en", new Dictionary<string, string> { ["lines"] = lines + "\nYouth without names" });
        var page = await bad.ReadDocumentAsync();
        Assert.Contains("Line 5 is not", page.QuerySelector(".notice-error")!.TextContent);
        Assert.Contains("Youth without names", page.QuerySelector("#lines")!.TextContent);

        await admin.SubmitFormAsync("/admin/audiences", new Dictionary<string, string> { ["lines"] = lines + "\nyouth | الشباب | Young people" });
        var editor = await admin.GetDocumentAsync("/admin/contents/create/Consultation");
        Assert.NotNull(editor.QuerySelector("input[name='ConsultationPart.Audiences'][value=youth]"));

        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "ملاعب الأحياء", ["AutoroutePart.Path"] = "neighbourhood-pitches", ["ConsultationPart.Audiences"] = "youth",
            ["ConsultationPart.Closes"] = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-ddTHH:mm"),
        }, submitValue: "publish");
        var editUrl = created.Headers.Location!.OriginalString;
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{editUrl.Split('/')[3]}/stage/Open");
        var citizen = await fixture.CitizenAsync();
        var publicPage = await citizen.GetDocumentAsync("/neighbourhood-pitches");
        Assert.Contains("الشباب", publicPage.QuerySelector(".facts")!.TextContent);
        Assert.NotNull(publicPage.QuerySelector("#comment-audience option[value=youth]"));
        Assert.Single((await citizen.GetDocumentAsync("/consultations?audience=youth")).QuerySelectorAll(".consultation-card"));
    }
}
