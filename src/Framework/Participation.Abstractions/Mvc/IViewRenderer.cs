using Microsoft.AspNetCore.Mvc;

namespace Participation.Mvc;

/// <summary>
/// A module's Razor view rendered to a string rather than to the response: for a document made
/// from a view and then printed or stored (a PDF report), so the page and the document share
/// their markup. The view is found as the action's own would be (its controller's folder, the
/// module's views); it should set <c>Layout = null</c> when it is a whole document.
/// </summary>
public interface IViewRenderer
{
    Task<string> RenderAsync(ActionContext context, string viewName, object? model);
}
