using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Participation.Http;
using Participation.Notify;
using Participation.Polls.Services;

namespace Participation.Polls.Endpoints;

/// <summary>
/// One ballot (<c>POST /polls/{id}/vote</c>): <c>options</c> holds the chosen option ids,
/// <c>returnUrl</c> the page the poll was on. An endpoint of its own rather than an MVC action,
/// because it is the site's hottest write: MVC's controller activation (with the services of the
/// poll pages), model binding and result executors cost a vote more than its database work.
/// It keeps what the action did: signed-in people only (a visitor is sent to sign in), the
/// form's antiforgery token checked (refused with a 400, as MVC's filter does), the votes rate
/// limit, and the same answers — the results as JSON to the page's script (<c>Accept:
/// application/json</c>), the reason in <c>error</c> otherwise; a redirect back to the poll with a
/// notice to a form posted without script. Services are resolved as each answer needs them.
/// </summary>
public static class VoteEndpoint
{
    public const string Pattern = "/polls/{contentItemId}/vote";

    public static IEndpointConventionBuilder MapVote(this IEndpointRouteBuilder routes)
        => routes.MapPost(Pattern, VoteAsync).RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Votes).WithDisplayName("Poll vote");

    private static async Task VoteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var request = context.Request;
        try { await services.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context); }
        catch (AntiforgeryValidationException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var contentItemId = (string)request.RouteValues["contentItemId"]!;
        // The published poll from the cache its edits evict: no read of the item per ballot.
        if (await services.GetRequiredService<VotingPolls>().GetAsync(contentItemId) is not { } poll)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        // As MVC bound them: from the form, else from the query string.
        StringValues Value(string name) => form.TryGetValue(name, out var posted) && posted.Count > 0 ? posted : request.Query[name];
        var options = Value("options").Where(o => o is not null).Select(o => o!).ToList();
        var userId = context.User.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType)!;
        var result = await services.GetRequiredService<VotingService>().CastAsync(poll, userId, options, PollViews.IsVerified(context.User));
        var T = services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(VoteEndpoint));

        IResult answer;
        if (request.Headers.Accept.Any(a => a?.Contains("application/json") == true))
            answer = result.Outcome switch
            {
                VoteOutcome.Refused => Results.UnprocessableEntity(new { error = T[result.Problem!.Message, result.Problem.Arguments].Value }),
                // Not the ballot's fault: the same ballot may be sent again.
                VoteOutcome.NotRecorded => Results.Json(new { error = T[result.Problem!.Message].Value }, statusCode: StatusCodes.Status503ServiceUnavailable),
                // A new ballot brings its poll's counts from its batch; a changed one reads them.
                _ => Results.Json((result.Counts is { } counts
                    ? PollResults.Build(counts, poll.Part, CultureInfo.CurrentUICulture.Name)
                    : await services.GetRequiredService<PollResults>().ReadAsync(poll.ContentItemId, poll.Part, CultureInfo.CurrentUICulture.Name)).ToJson()),
            };
        else
        {
            var notifier = services.GetRequiredService<INotifier>();
            if (result.Problem is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
            else notifier.Success(result.Outcome == VoteOutcome.Changed ? T["Your vote was changed."] : T["Thank you: your vote is counted."]);
            // The notice is in TempData, which MVC saves after an action; here it is saved before the redirect.
            services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context).Save();
            var returnUrl = Value("returnUrl").ToString();
            // MVC's own check, as the site's controllers make it with Url.IsLocalUrl.
            var url = services.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            answer = Results.LocalRedirect((url.IsLocalUrl(returnUrl) ? returnUrl : "/" + poll.Path) + "#poll-" + poll.ContentItemId);
        }
        await answer.ExecuteAsync(context);
    }
}
