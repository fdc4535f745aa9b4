using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Participation.Testing;

/// <summary>
/// Fills and submits a page's form as a browser would: the antiforgery token and every
/// other field the page rendered are sent along with the values the test sets.
/// </summary>
public static class FormPosting
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {Excerpt(html)}");
        return await ParseAsync(html);
    }

    public static Task<IDocument> ParseAsync(string html) => Parser.OpenAsync(r => r.Content(html));

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) => await ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="pageUrl"/>, fills the form matched by <paramref name="formSelector"/>, and posts it.</summary>
    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> values, string formSelector = "main form[method=post]", string? submitValue = null)
        => client.SubmitFormThroughAsync(client, pageUrl, values, formSelector, submitValue);

    /// <summary>As <see cref="SubmitFormAsync"/>, the page read by <paramref name="client"/> and the form posted by <paramref name="poster"/>: the same person on another server.</summary>
    public static async Task<HttpResponseMessage> SubmitFormThroughAsync(this HttpClient client, HttpClient poster, string pageUrl, IDictionary<string, string> values, string formSelector = "main form[method=post]", string? submitValue = null)
    {
        var (action, fields) = await FillAsync(client, pageUrl, values, formSelector, submitValue);
        return await poster.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>As <see cref="SubmitFormAsync"/>, as multipart with files: (field name, file name, bytes).</summary>
    public static async Task<HttpResponseMessage> SubmitFormWithFilesAsync(this HttpClient client, string pageUrl, IDictionary<string, string> values, IEnumerable<(string Field, string FileName, byte[] Content)> files, string formSelector = "main form[method=post]")
    {
        var (action, fields) = await FillAsync(client, pageUrl, values, formSelector, null);
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes) in files) content.Add(new ByteArrayContent(bytes), field, fileName);
        return await client.PostAsync(action, content);
    }

    private static async Task<(string Action, List<KeyValuePair<string, string>> Fields)> FillAsync(HttpClient client, string pageUrl, IDictionary<string, string> values, string formSelector, string? submitValue)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !values.ContainsKey(input.Name):
                    if (input.Type is "checkbox" or "radio") { if (input.IsChecked) fields.Add(new(input.Name, input.Value)); }
                    else if (input.Type is not ("submit" or "button" or "file")) fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !values.ContainsKey(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !values.ContainsKey(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }
        // A visitor's form on a page kept for every visitor has an empty token: the page's script fetches one when the form is used.
        if (fields.FindIndex(f => f.Key == TokenField && f.Value.Length == 0) is var empty and >= 0)
            fields[empty] = new(TokenField, await client.FetchFormTokenAsync());
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        if (submitValue is not null) fields.Add(new("submit", submitValue));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return (action, fields);
    }

    /// <summary>The form field the site's antiforgery token goes in.</summary>
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>What the theme's script does when a form served without its token is used: asks the site for one (and its cookie).</summary>
    public static async Task<string> FetchFormTokenAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/antiforgery/token");
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET /antiforgery/token answered {(int)response.StatusCode}: {Excerpt(body)}");
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>Posts a small form (a button) found on a page, e.g. "Publish" in a list.</summary>
    public static async Task<HttpResponseMessage> SubmitButtonFormAsync(this HttpClient client, string pageUrl, string actionUrl)
        => await client.SubmitFormAsync(pageUrl, new Dictionary<string, string>(), $"form[action='{actionUrl}']");

    public static string Excerpt(string text) => text.Length > 600 ? text[..600] + "…" : text;

    /// <summary>The validation messages a page shows, in order.</summary>
    public static IReadOnlyList<string> ValidationMessages(this IDocument document)
        => document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, .error-summary li")
            // The error summary repeats each field's message as a link to it; count those once, by the field.
            .Where(e => e.Closest(".error-summary") is null || e.QuerySelector("a") is null)
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
}
