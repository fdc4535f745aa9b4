using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Participation.Mvc;

/// <summary>Renders through MVC's own view engine, with the request's culture, services and TempData, into a string.</summary>
internal sealed class RazorViewRenderer(ICompositeViewEngine engine, IModelMetadataProvider metadata, ITempDataDictionaryFactory tempData) : IViewRenderer
{
    public async Task<string> RenderAsync(ActionContext context, string viewName, object? model)
    {
        var found = engine.FindView(context, viewName, isMainPage: true);
        if (!found.Success) throw new InvalidOperationException($"The view '{viewName}' was not found; searched: {string.Join(", ", found.SearchedLocations)}.");
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(context, found.View, data, tempData.GetTempData(context.HttpContext), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
