using System.Collections.Concurrent;

namespace Participation.Benchmarks;

/// <summary>
/// The baseline: Kestrel with nothing in front, serving the very bytes the site answered for each
/// page (<see cref="Serve"/>), and a form post that reads the form and answers a little JSON.
/// </summary>
public sealed class BareServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (byte[] Body, string ContentType)> _pages = new();
    private readonly WebApplication _app;

    private BareServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public static async Task<BareServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new BareServer(builder.Build());
        server._app.MapGet("/{**path}", (string? path) => server._pages.TryGetValue("/" + path, out var page) ? Results.Bytes(page.Body, page.ContentType) : Results.NotFound());
        server._app.MapPost("/vote", async (HttpRequest request) => { var form = await request.ReadFormAsync(); return Results.Json(new { voters = form.Count }); });
        await server._app.StartAsync();
        server.Url = server._app.Urls.First();
        return server;
    }

    /// <summary>Serves <paramref name="body"/> at a path of its own from now on; returns its URL.</summary>
    public string Serve(byte[] body, string contentType)
    {
        var path = $"/p/{Interlocked.Increment(ref _served)}";
        _pages[path] = (body, contentType);
        return Url + path;
    }

    private int _served;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
