using System.Net;

namespace Participation.Testing;

/// <summary>Polls as an editor opens them and a voter votes, through the site's own forms.</summary>
public static class SitePolls
{
    /// <summary>An editor's poll, published and opened through the admin by <paramref name="admin"/>; returns its id and path.</summary>
    public static async Task<(string Id, string Path)> OpenPollAsync(this HttpClient admin, DateTime nowUtc, string question, string[] options, bool multiple = false, int max = 1, bool allowChange = false, bool resultsBefore = true, string eligibility = "SignedIn", TimeSpan? endsIn = null)
    {
        var path = "poll-" + Guid.NewGuid().ToString("N")[..8];
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = question, ["AutoroutePart.Path"] = path,
            ["PollPart.MultipleChoice"] = multiple ? "true" : "false", ["PollPart.MaxChoices"] = max.ToString(),
            ["PollPart.AllowVoteChange"] = allowChange ? "true" : "false", ["PollPart.ResultsBeforeVoting"] = resultsBefore ? "true" : "false",
            ["PollPart.Eligibility"] = eligibility, ["PollPart.Department"] = "municipal",
            ["PollPart.Ends"] = nowUtc.AddHours(3).Add(endsIn ?? TimeSpan.FromDays(7)).ToString("yyyy-MM-ddTHH:mm"),
        };
        for (var i = 0; i < options.Length; i++) { fields[$"PollPart.Options[{i}].TextAr"] = options[i]; fields[$"PollPart.Options[{i}].TextEn"] = "Option " + (i + 1); }
        var created = await admin.SubmitFormAsync("/admin/contents/create/Poll", fields, submitValue: "publish");
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await created.ReadDocumentAsync()).ValidationMessages()));
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open")).StatusCode);
        return (id, "/" + path);
    }

    /// <summary>Posts the poll's ballot with <paramref name="options"/> chosen, as its form would.</summary>
    public static async Task<HttpResponseMessage> VoteAsync(this HttpClient client, string path, string id, params string[] options)
    {
        var page = await client.GetDocumentAsync(path);
        var token = page.QuerySelector($"#poll-{id} input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("returnUrl", path) };
        fields.AddRange(options.Select(o => new KeyValuePair<string, string>("options", o)));
        return await client.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent(fields));
    }
}
