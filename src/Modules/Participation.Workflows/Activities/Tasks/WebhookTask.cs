using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

/// <summary>
/// POSTs a templated JSON <c>Body</c> to <c>Url</c>, retrying up to three times with growing waits.
/// Outcomes: Done (a 2xx answer) or Failed. A webhook is outside the database: it may be
/// called again if the workflow is re-run.
/// </summary>
public sealed class WebhookTask : TaskActivity
{
    public override string DisplayText => "Call a webhook";
    public override IEnumerable<string> Outcomes(ActivityRecord activity) => ["Done", "Failed"];
    public override IEnumerable<string> TemplatedProperties(ActivityRecord activity) => ["Url", "Body"];

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        var url = activity.Text("Url");
        if (string.IsNullOrWhiteSpace(url)) yield return ("Url", "give the address to call.");
        else if (!url.Contains("{{") && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")) yield return ("Url", "write an address that starts with https:// or http://.");
    }

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var url = await context.RenderAsync(context.Activity.Text("Url"));
        var body = await context.RenderAsync(context.Activity.Text("Body") ?? "{}");
        var client = context.Services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookTask));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.IsSuccessStatusCode) return "Done";
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (attempt < 3) await Task.Delay(TimeSpan.FromSeconds(attempt * attempt));
        }
        return "Failed";
    }
}
