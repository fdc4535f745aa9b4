using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// An Arabic page's validation messages are Arabic: the ones the browser shows from
/// <c>data-val-*</c> before sending, and the ones the server answers with after an empty submit —
/// MVC's own defaults («The … field is required.», «The value '' is invalid.») included.
/// </summary>
public partial class ValidationMessageTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private static readonly string[] PublicForms = ["/account/login", "/account/register", "/account/forgot-password"];

    private static readonly string[] AdminForms =
    [
        "/admin/settings", "/admin/email", "/admin/users/create", "/admin/contents/create/Page", "/admin/contents/create/Poll",
        "/admin/contents/create/Consultation", "/admin/requests/settings", "/admin/moderation/policy",
    ];

    [GeneratedRegex(@"\b(The|field|required|must|valid|invalid|value|supplied|provided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    // data-val-required, data-val-length …: the messages; data-val-length-max and the like are parameters.
    [GeneratedRegex("^data-val-[a-z]+$")]
    private static partial Regex MessageAttribute();

    [Fact]
    public async Task Arabic_forms_carry_Arabic_messages_for_the_browser_and_answer_an_empty_submit_in_Arabic()
    {
        var visitor = fixture.Site.CreateSiteClient();
        var admin = await fixture.AdminAsync();
        var english = new List<string>();
        var checkedMessages = 0;
        foreach (var (client, url) in PublicForms.Select(u => (visitor, u)).Concat(AdminForms.Select(u => (admin, u))))
        {
            var page = await client.GetDocumentAsync(url);
            foreach (var element in page.QuerySelectorAll("main [data-val=true]"))
            {
                foreach (var attribute in element.Attributes.Where(a => MessageAttribute().IsMatch(a.Name)))
                {
                    checkedMessages++;
                    if (English().IsMatch(attribute.Value)) english.Add($"{url} {element.GetAttribute("name")} {attribute.Name}=\"{attribute.Value}\"");
                }
            }

            var response = await client.SubmitFormAsync(url, EmptyFields(page));
            var answer = await response.ReadDocumentAsync();
            foreach (var message in answer.ValidationMessages().Concat(answer.QuerySelectorAll(".field-error, .notice-error").Select(e => e.TextContent.Trim())).Where(t => t.Length > 0))
            {
                checkedMessages++;
                if (English().IsMatch(message)) english.Add($"{url} after an empty submit: {message}");
            }
        }
        Assert.True(english.Count == 0, string.Join("\n", english));
        // The pages did carry messages: the check above was not vacuous.
        Assert.True(checkedMessages > 20, $"only {checkedMessages} messages found");
    }

    [Fact]
    public async Task A_checkbox_and_a_number_without_a_display_name_are_required_in_Arabic()
    {
        var admin = await fixture.AdminAsync();
        var poll = await admin.GetDocumentAsync("/admin/contents/create/Poll");
        var multiple = poll.QuerySelector("[name$='MultipleChoice'][data-val-required]");
        Assert.NotNull(multiple);
        Assert.Equal("هذا الحقل مطلوب.", multiple.GetAttribute("data-val-required"));
    }

    /// <summary>The page's own form with every text box emptied; checkboxes, choices and hidden fields as they are.</summary>
    private static Dictionary<string, string> EmptyFields(IDocument page)
    {
        var form = page.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            if (element is IHtmlTextAreaElement { Name.Length: > 0 } area) values[area.Name!] = "";
            else if (element is IHtmlInputElement { Name.Length: > 0 } input && input.Type is "text" or "email" or "password" or "number" or "tel" or "url" or "date" or "datetime-local" or "time")
                values[input.Name!] = "";
        }
        return values;
    }
}
