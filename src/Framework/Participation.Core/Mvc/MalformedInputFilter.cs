using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Participation.Mvc;

/// <summary>
/// A request carrying a value its form cannot send gets 400 (the localised error page): before
/// the action when an action parameter was malformed, before the page when a driver's or
/// controller's own binding found one.
/// </summary>
internal sealed class MalformedInputFilter : IActionFilter, IResultFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (IsMalformed(context)) context.Result = new BadRequestResult();
    }

    public void OnActionExecuted(ActionExecutedContext context) { }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (!IsMalformed(context)) return;
        // Once answered: the error page is re-executed on the same request and must show.
        context.HttpContext.Items.Remove(MalformedValueBinder.RequestItem);
        if (context.Result is not BadRequestResult) context.Result = new BadRequestResult();
    }

    public void OnResultExecuted(ResultExecutedContext context) { }

    private static bool IsMalformed(FilterContext context) => context.HttpContext.Items.ContainsKey(MalformedValueBinder.RequestItem);
}
