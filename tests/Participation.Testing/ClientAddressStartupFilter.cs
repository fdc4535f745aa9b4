using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Participation.Testing;

/// <summary>
/// The in-memory test server gives every request the same (no) remote address; a client made with
/// <see cref="SiteFactory.CreateSiteClient(IPAddress)"/> names its own, so tests can be many visitors.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[ClientAddressHandler.Header], out var address)) context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
