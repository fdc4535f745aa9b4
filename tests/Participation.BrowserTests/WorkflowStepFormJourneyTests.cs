using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>A ministry editor rewords a workflow's email through the step's form, in Arabic, from the keyboard — in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class WorkflowStepFormJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_rewords_the_acknowledgement_through_its_form_and_the_next_request_gets_that_email()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Settings = smtp.SiteSettings });
        var editor = await ConsultationJourneyTests.SignedInAsync(browser.Browser, served.BaseUrl, SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var console = new ConsoleWatch(editor);

        await editor.GotoAsync(served.BaseUrl + "/admin/workflows/request-acknowledgement");
        await editor.GetByRole(AriaRole.Link, new() { Name = "تعديل «إرسال بريد إلكتروني» (acknowledge)" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("الخطوة: إرسال بريد إلكتروني");
        await AccessibilityTests.AssertNoViolationsAsync(editor, "email step form (ar)");

        // Both subjects left empty: the summary takes focus and names the field, whose link leads to it.
        var subject = editor.GetByLabel("الموضوع بالعربية");
        await subject.FillAsync("");
        await editor.GetByLabel("الموضوع بالإنجليزية").FillAsync("");
        await editor.GetByLabel("نص الرسالة بالعربية").FillAsync("مرحباً {{ Recipient.Name }}،\n\nاستلمنا طلبك رقم {{ Input.ReferenceNumber }} وسنرد عليك قريباً.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "حفظ الخطوة" }).ClickAsync();
        var summary = editor.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("الموضوع بالعربية: اكتب الموضوع بالعربية أو بالإنجليزية أو بكلتيهما.");
        await AccessibilityTests.AssertNoViolationsAsync(editor, "email step form with errors (ar)");
        await Assertions.Expect(editor.GetByLabel("نص الرسالة بالعربية")).ToHaveValueAsync("مرحباً {{ Recipient.Name }}،\n\nاستلمنا طلبك رقم {{ Input.ReferenceNumber }} وسنرد عليك قريباً.");
        await summary.GetByRole(AriaRole.Link).First.PressAsync("Enter");
        await Assertions.Expect(subject).ToBeFocusedAsync();

        // The editor writes the subject, previews it with the example values, then saves.
        await editor.Keyboard.TypeAsync("شكراً لك، استلمنا طلبك {{ Input.ReferenceNumber }}");
        await editor.GetByRole(AriaRole.Button, new() { Name = "معاينة", Exact = true }).ClickAsync();
        var preview = editor.Locator(".template-preview");
        await Assertions.Expect(preview).ToBeFocusedAsync();
        await Assertions.Expect(preview).ToContainTextAsync("شكراً لك، استلمنا طلبك CMP-1448-000123");
        await Assertions.Expect(preview).ToContainTextAsync("مرحباً نورة السالم");
        await editor.GetByRole(AriaRole.Button, new() { Name = "حفظ الخطوة" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("حُفظت الخطوة: إرسال بريد إلكتروني.");
        await Assertions.Expect(editor.GetByRole(AriaRole.Link, new() { Name = "تعديل «إرسال بريد إلكتروني» (acknowledge)" })).ToBeFocusedAsync();
        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "workflow-step-saved-ar.png"), FullPage = true });
        console.AssertClean();

        // A resident's next suggestion is acknowledged with the editor's wording, through the SMTP server.
        var resident = served.Site.CreateSiteClient();
        var submitted = await resident.SubmitFormAsync("/requests/suggestion", new Dictionary<string, string>
        {
            ["Name"] = "منى", ["Email"] = "mona@mail.example", ["Subject"] = "مظلات لمواقف الحافلات", ["Message"] = "نقترح مظلات عند مواقف الحافلات في الحي.", ["Category"] = "other",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, submitted.StatusCode);
        var mail = await smtp.WaitForMailAsync("mona@mail.example", "شكراً لك، استلمنا طلبك SUG-");
        Assert.Contains("وسنرد عليك قريباً", mail.Message.TextBody);
    }

    [Fact]
    public async Task The_step_forms_pass_axe_in_English_too()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var editor = await ConsultationJourneyTests.SignedInAsync(browser.Browser, served.BaseUrl, SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await editor.GotoAsync(served.BaseUrl + "/admin/workflows/request-acknowledgement/steps/acknowledge?culture=en");
        await editor.GetByLabel("Subject in Arabic").FillAsync("");
        await editor.GetByLabel("Subject in English").FillAsync("");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the step" }).ClickAsync();
        await Assertions.Expect(editor.Locator("[data-error-summary]")).ToContainTextAsync("Subject in Arabic: write a subject in Arabic, in English or in both.");
        await AccessibilityTests.AssertNoViolationsAsync(editor, "email step form with errors (en)");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await AccessibilityTests.AssertNoViolationsAsync(editor, "email step preview (en)");
    }
}
