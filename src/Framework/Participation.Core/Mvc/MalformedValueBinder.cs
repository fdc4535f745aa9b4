using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Participation.Mvc;

/// <summary>The binder MVC would use, noting on the request a non-empty value it could not convert.</summary>
internal sealed class MalformedValueBinder(IModelBinder inner) : IModelBinder
{
    public const string RequestItem = "Participation.MalformedInput";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.IsModelSet) return;
        var sent = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (sent.Length > 0 && !string.IsNullOrEmpty(sent.FirstValue)
            && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
            bindingContext.HttpContext.Items[RequestItem] = true;
    }
}
