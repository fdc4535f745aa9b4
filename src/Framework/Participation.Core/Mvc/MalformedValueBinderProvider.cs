using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Participation.Mvc;

/// <summary>
/// Binds booleans, numbers, dates and enums as MVC would, and marks the request when a value
/// was sent that no form of the site can send (<c>RememberMe=abc</c>, a number too large for its
/// field): <see cref="MalformedInputFilter"/> then answers 400 instead of re-rendering a form
/// that cannot show the value.
/// </summary>
internal sealed class MalformedValueBinderProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (context.Metadata.IsComplexType || type == typeof(string) || context.BindingInfo.BindingSource == BindingSource.Body) return null;
        foreach (var provider in providers)
        {
            if (ReferenceEquals(provider, this)) continue;
            if (provider.GetBinder(context) is { } binder) return new MalformedValueBinder(binder);
        }
        return null;
    }
}
