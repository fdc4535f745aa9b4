using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>The preview beside a Markdown field, as the public page will render it: live with script, through a button without.</summary>
[Collection(BrowserCollection.Name)]
public class MarkdownPreviewTests(BrowserFixture browser)
{
    private static async Task<IPage> EditorAsync(IBrowser browser, string baseUrl, bool script)
    {
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = script, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(SiteFactory.AdminUserName);
        await page.GetByLabel("كلمة المرور").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task The_preview_follows_the_text_as_the_editor_types_and_shows_no_markup_the_public_page_would_not()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var editor = await EditorAsync(browser.Browser, served.BaseUrl, script: true);
        var console = new ConsoleWatch(editor);
        await editor.GotoAsync(served.BaseUrl + "/admin/contents/create/Page");
        await editor.GetByLabel("النص").FillAsync("## مواعيد الزيارة\n\nنستقبلكم **يومياً** من الثامنة صباحاً.\n\n<script>document.title = 'x'</script>");
        var preview = editor.Locator("#MarkdownBodyPart_Markdown-preview");
        await Assertions.Expect(preview.Locator("h2")).ToHaveTextAsync("مواعيد الزيارة");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("يومياً");
        Assert.Equal(0, await preview.Locator("script").CountAsync());
        await AccessibilityTests.AssertNoViolationsAsync(editor, "page editor with its preview (ar)");
        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "markdown-preview-ar.png"), FullPage = true });

        // The consultation's decision has its preview too.
        await editor.GotoAsync(served.BaseUrl + "/admin/contents/create/Consultation?culture=en");
        await editor.GetByLabel("Decision", new() { Exact = true }).FillAsync("We **adopt** the plan.");
        await Assertions.Expect(editor.Locator("#ConsultationPart_Decision-preview strong")).ToHaveTextAsync("adopt");
        await AccessibilityTests.AssertNoViolationsAsync(editor, "consultation editor with previews (en)");
        console.AssertClean();
    }

    [Fact]
    public async Task Without_script_the_preview_button_shows_the_preview_and_keeps_everything_typed()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var editor = await EditorAsync(browser.Browser, served.BaseUrl, script: false);
        await editor.GotoAsync(served.BaseUrl + "/admin/contents/create/Page");
        await editor.GetByLabel("العنوان", new() { Exact = true }).FillAsync("ساعات الزيارة");
        await editor.GetByLabel("النص").FillAsync("نستقبلكم **يومياً**.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "تحديث المعاينة" }).ClickAsync();

        await Assertions.Expect(editor.Locator("#MarkdownBodyPart_Markdown-preview strong")).ToHaveTextAsync("يومياً");
        await Assertions.Expect(editor.GetByLabel("العنوان", new() { Exact = true })).ToHaveValueAsync("ساعات الزيارة");
        await Assertions.Expect(editor.GetByLabel("النص")).ToHaveValueAsync("نستقبلكم **يومياً**.");
        // Nothing was saved: the editor is still creating the page.
        Assert.EndsWith("/admin/contents/create/Page", editor.Url);
        await editor.GotoAsync(served.BaseUrl + "/admin/contents");
        await Assertions.Expect(editor.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("ساعات الزيارة");
    }
}
