using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Participation.Mvc;

/// <summary>
/// The framework's cookie TempData provider, minus the Set-Cookie that clears a TempData cookie the
/// visitor never sent: every layout reads the notices, and an empty read used to clear the cookie
/// on every response, which made no page cacheable.
/// </summary>
public sealed class SparingCookieTempDataProvider(CookieTempDataProvider cookies) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName)) return;
        cookies.SaveTempData(context, values);
    }
}
