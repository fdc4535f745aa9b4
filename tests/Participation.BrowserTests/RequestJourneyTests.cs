using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// A resident files a complaint with a photo, follows it from the emailed link, and reads and rates
/// the officer's answer; a resident without script sends the form twice and loses nothing — in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RequestJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_resident_files_a_complaint_with_an_attachment_and_follows_it_to_its_answer()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var site = served.Site;
        // An officer of Municipal Services, where the routing rules send complaints about public spaces.
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "officer", ["DisplayName"] = "سالم الموظف", ["Email"] = "officer@ministry.example", ["Password"] = "Officer-pass-1", ["Roles"] = "DepartmentOfficer",
        });
        await admin.SubmitFormAsync("/admin/departments", new Dictionary<string, string> { ["login"] = "officer" }, "form[action='/admin/departments/municipal/members']");

        // The resident, not signed in, fills the complaint form and attaches a photo.
        var resident = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        var console = new ConsoleWatch(resident);
        await resident.GotoAsync(served.BaseUrl + "/requests");
        await resident.GetByRole(AriaRole.Link, new() { Name = "قدّم شكوى" }).ClickAsync();
        // The page is the one kept for every visitor: its form's token comes when the form is used.
        Assert.Equal("", await resident.Locator($"main form input[name={FormPosting.TokenField}]").InputValueAsync());
        await resident.GetByLabel("الاسم", new() { Exact = true }).FillAsync("نورة السالم");
        await resident.GetByLabel("البريد الإلكتروني").FillAsync("noura@mail.example");
        await resident.GetByLabel("التصنيف").SelectOptionAsync(new SelectOptionValue { Label = "الطرق والمرافق العامة" });
        await resident.GetByLabel("الموضوع").FillAsync("إنارة الحديقة معطلة");
        await resident.GetByLabel("الرسالة").FillAsync("أعمدة الإنارة في حديقة الحي معطلة منذ أسبوعين، والمكان مظلم ليلاً.");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        await resident.GetByLabel("المرفقات").SetInputFilesAsync(new FilePayload { Name = "الحديقة.png", MimeType = "image/png", Buffer = png });
        await resident.GetByRole(AriaRole.Button, new() { Name = "إرسال" }).ClickAsync();

        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "استلمنا طلبك" })).ToBeVisibleAsync();
        var reference = (await resident.Locator(".reference").TextContentAsync())!.Trim();
        Assert.Matches(@"^CMP-14\d\d-\d{6}$", reference);

        // The acknowledgement's link opens the tracking page in a fresh browser.
        var acknowledgement = await site.WaitForMailAsync("noura@mail.example", $"استلمنا طلبك رقم {reference}");
        var link = Regex.Match(acknowledgement.Message.TextBody ?? "", @"https?://\S+/requests/track/\S+").Value;
        var trackingPath = new Uri(link).PathAndQuery;
        var tracker = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await tracker.GotoAsync(served.BaseUrl + trackingPath);
        await Assertions.Expect(tracker.Locator(".facts")).ToContainTextAsync("إدارة الخدمات البلدية");
        await Assertions.Expect(tracker.GetByRole(AriaRole.Link, new() { Name = "الحديقة.png" })).ToBeVisibleAsync();

        // The officer answers from the case page.
        var officer = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await officer.GotoAsync(served.BaseUrl + "/account/login");
        await officer.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync("officer");
        await officer.GetByLabel("كلمة المرور").FillAsync("Officer-pass-1");
        await officer.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        await officer.GotoAsync(served.BaseUrl + "/admin/requests");
        await officer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await officer.GetByLabel("الرد (يراه صاحب الطلب)").FillAsync("أُصلحت الإنارة مساء أمس. شكراً لإبلاغك.");
        await officer.GetByLabel("ثم").SelectOptionAsync("Answered");
        await officer.GetByRole(AriaRole.Button, new() { Name = "إرسال الرد" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("أُرسل الرد");

        // The resident reads the answer and rates it with the keyboard.
        await site.WaitForMailAsync("noura@mail.example", $"رد على طلبك {reference}");
        await tracker.ReloadAsync();
        await Assertions.Expect(tracker.Locator(".facts .stage-badge")).ToHaveTextAsync("تم الرد");
        await Assertions.Expect(tracker.Locator(".history")).ToContainTextAsync("أُصلحت الإنارة مساء أمس");
        await tracker.GetByLabel("4").FocusAsync();
        await tracker.Keyboard.PressAsync("Space");
        await tracker.GetByRole(AriaRole.Button, new() { Name = "قيّم" }).ClickAsync();
        await Assertions.Expect(tracker.GetByRole(AriaRole.Status)).ToContainTextAsync("شكراً لتقييمك الرد");
        await Assertions.Expect(tracker.Locator("section[aria-labelledby=rate]")).ToContainTextAsync("قيّمت الرد بـ 4 من 5");
        await tracker.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "request-tracking.png"), FullPage = true });
        console.AssertClean();
    }

    [Fact]
    public async Task A_resident_without_script_gets_the_form_back_with_what_they_typed_and_files_it_on_sending_again()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var resident = await (await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false })).NewPageAsync();
        await resident.GotoAsync(served.BaseUrl + "/requests/complaint");
        await resident.GetByLabel("الاسم", new() { Exact = true }).FillAsync("عمر الراشد");
        await resident.GetByLabel("البريد الإلكتروني").FillAsync("omar@mail.example");
        await resident.GetByLabel("التصنيف").SelectOptionAsync(new SelectOptionValue { Label = "الطرق والمرافق العامة" });
        await resident.GetByLabel("الموضوع").FillAsync("حفرة في الطريق أمام المدرسة");
        await resident.GetByLabel("الرسالة").FillAsync("ظهرت حفرة عميقة في الطريق أمام مدخل المدرسة الابتدائية.");
        await resident.GetByRole(AriaRole.Button, new() { Name = "إرسال" }).ClickAsync();

        // Not filed yet: the form is back with everything typed and a token of the resident's own.
        await Assertions.Expect(resident.Locator("#problems")).ToContainTextAsync("لم يُرسل طلبك بعد");
        await Assertions.Expect(resident.GetByLabel("الموضوع")).ToHaveValueAsync("حفرة في الطريق أمام المدرسة");
        await Assertions.Expect(resident.GetByLabel("الرسالة")).ToHaveValueAsync("ظهرت حفرة عميقة في الطريق أمام مدخل المدرسة الابتدائية.");
        Assert.NotEqual("", await resident.Locator($"main form input[name={FormPosting.TokenField}]").InputValueAsync());

        await resident.GetByRole(AriaRole.Button, new() { Name = "إرسال" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "استلمنا طلبك" })).ToBeVisibleAsync();
        var reference = (await resident.Locator(".reference").TextContentAsync())!.Trim();
        await served.Site.WaitForMailAsync("omar@mail.example", $"استلمنا طلبك رقم {reference}");
    }
}
