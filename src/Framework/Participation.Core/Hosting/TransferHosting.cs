using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Hosting;

/// <summary>
/// Fewer bytes on slow phone connections: text responses compressed (Brotli, else gzip), and
/// versioned static files (<c>asp-append-version</c>'s <c>?v=</c>) cached for a year, since a new
/// version has a new address.
/// </summary>
internal static class TransferHosting
{
    public static IServiceCollection AddParticipationTransfer(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Gated in UseParticipationCompression: over HTTPS only the static files, which carry no secrets.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        // The fastest levels: the machine compresses every response as it goes.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Pages over HTTPS stay uncompressed: they carry antiforgery tokens beside text a visitor
    /// can influence, which compression would leak to an eavesdropper (BREACH).
    /// </summary>
    public static void UseParticipationCompression(this WebApplication app)
        => app.UseWhen(context => !context.Request.IsHttps || context.Request.Path.StartsWithSegments("/_content"), branch => branch.UseResponseCompression());

    public static void UseParticipationStaticFiles(this WebApplication app) => app.UseStaticFiles(new StaticFileOptions
    {
        OnPrepareResponse = file =>
        {
            if (file.Context.Request.Query.ContainsKey("v"))
                file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        },
    });
}
