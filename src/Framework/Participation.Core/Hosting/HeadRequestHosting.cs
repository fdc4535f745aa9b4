using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Participation.Hosting;

/// <summary>
/// HEAD answered as GET without its body (RFC 9110 §9.3.2), wherever GET works: pages, files,
/// health. Before the output cache, so a HEAD shares the page's cached GET response.
/// </summary>
internal static class HeadRequestHosting
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    });
}
