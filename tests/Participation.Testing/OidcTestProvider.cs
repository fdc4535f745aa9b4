using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Participation.Testing;

/// <summary>
/// A real OpenID Connect provider on a loopback port (OpenIddict's server), standing in for the
/// national single sign-on: authorization code flow with PKCE, signed ID tokens carrying
/// <see cref="NationalIdClaim"/> for each test person, and a login page a browser or a test
/// client submits with the person's login (or cancels).
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "participation-site";
    public const string ClientSecret = "provider-secret-for-tests";
    public const string NationalIdClaim = "national_id";

    /// <summary>A test person: <see cref="NationalId"/> null makes the provider leave the claim out of the token.</summary>
    public sealed record Person(string Login, string? NationalId, string Name);

    private readonly ConcurrentDictionary<string, Person> _people = new();
    private readonly WebApplication _app;
    private bool _stopped;

    /// <summary>The provider's address (its issuer), known once it listens.</summary>
    public string Authority { get; private set; } = "";

    private OidcTestProvider(WebApplication app) => _app = app;

    public static async Task<OidcTestProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            // No database: the one client is checked by the two handlers below.
            options.EnableDegradedMode().DisableTokenStorage();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (!Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var redirect) || !(redirect.IsLoopback || redirect.Host == "localhost"))
                    context.Reject(Errors.InvalidRequest, "The redirect address is not the site's.");
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret) context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                return default;
            }));
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
        });
        var app = builder.Build();
        var provider = new OidcTestProvider(app);
        app.UseAuthentication();
        app.MapMethods("connect/authorize", ["GET", "POST"], provider.AuthorizeAsync);
        app.MapPost("connect/token", async (HttpContext context) =>
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(result.Principal!, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        provider.Authority = app.Urls.First().TrimEnd('/');
        return provider;
    }

    /// <summary>The site configuration that makes this provider a national login under <paramref name="key"/>.</summary>
    public Dictionary<string, string> SiteSettings(string key) => new()
    {
        ["Participation:NationalLogin:Providers:0:Key"] = key,
        ["Participation:NationalLogin:Providers:0:Authority"] = Authority,
        ["Participation:NationalLogin:Providers:0:ClientId"] = ClientId,
        ["Participation:NationalLogin:Providers:0:ClientSecret"] = ClientSecret,
        ["Participation:NationalLogin:Providers:0:NationalIdClaim"] = NationalIdClaim,
        ["Participation:NationalLogin:Providers:0:NameClaims"] = "name",
        ["Participation:NationalLogin:Providers:0:LabelAr"] = "الدخول عبر النفاذ الوطني",
        ["Participation:NationalLogin:Providers:0:LabelEn"] = "Sign in with the national login",
    };

    /// <summary>A person the login page accepts by <paramref name="login"/>.</summary>
    public Person AddPerson(string login, string? nationalId, string name) => _people[login] = new Person(login, nationalId, name);

    private IResult AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var action = request.GetParameter("action")?.ToString();
        if (action == "cancel")
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person cancelled.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        if (action != "signin" || request.GetParameter("login")?.ToString() is not { } login || !_people.TryGetValue(login, out var person))
            return Results.Content(LoginPage(request, action is null ? null : "Unknown login."), "text/html; charset=utf-8");

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, "person-" + person.Login));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        if (person.NationalId is not null) identity.AddClaim(new Claim(NationalIdClaim, person.NationalId));
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(request.GetScopes());
        foreach (var claim in principal.Claims) claim.SetDestinations(Destinations.AccessToken, Destinations.IdentityToken);
        return Results.SignIn(principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The provider's own login page: the request's parameters carried in hidden fields, a login, sign in or cancel.</summary>
    private static string LoginPage(OpenIddictRequest request, string? error)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>Test national login</title></head><body><main><h1>Test national login</h1>");
        if (error is not null) html.Append("<p role=\"alert\">").Append(HtmlEncoder.Default.Encode(error)).Append("</p>");
        html.Append("<form method=\"post\" action=\"/connect/authorize\">");
        foreach (var (name, value) in request.GetParameters().Where(p => p.Key is not ("login" or "action")))
            html.Append($"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(name)}\" value=\"{HtmlEncoder.Default.Encode(value.ToString() ?? "")}\">");
        html.Append("<label for=\"login\">Login</label><input id=\"login\" name=\"login\" autocomplete=\"off\">");
        html.Append("<button type=\"submit\" name=\"action\" value=\"signin\">Sign in</button>");
        html.Append("<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button>");
        return html.Append("</form></main></body></html>").ToString();
    }

    /// <summary>Stops answering, as a provider that is down.</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _app.StopAsync();
    }

    /// <summary>
    /// Signs in through the provider as a browser would: presses the site's national login
    /// button on <paramref name="pageUrl"/>, submits the provider's login page with
    /// <paramref name="login"/> (or cancels), and follows the redirects back to the site until a
    /// page answers. Returns that answer and its address on the site.
    /// </summary>
    public async Task<(HttpResponseMessage Response, string Path)> SignInAsync(HttpClient site, string providerKey, string login, string pageUrl = "/account/login", bool cancel = false)
    {
        var handover = await PressButtonAsync(site, providerKey, pageUrl);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });
        var response = new HttpResponseMessage(HttpStatusCode.Redirect) { Headers = { Location = handover } };
        var path = pageUrl;
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            var location = new Uri(site.BaseAddress ?? new Uri("http://localhost"), response.Headers.Location!);
            if (location.GetLeftPart(UriPartial.Authority) == Authority)
            {
                var page = await browser.GetAsync(location);
                var document = await page.ReadDocumentAsync();
                var form = document.QuerySelector<IHtmlFormElement>("form") ?? throw new InvalidOperationException($"The provider answered {(int)page.StatusCode} without its login page: {FormPosting.Excerpt(document.Body?.TextContent ?? "")}");
                var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
                fields.Add(new("login", login));
                fields.Add(new("action", cancel ? "cancel" : "signin"));
                response = await browser.PostAsync(new Uri(location, "/connect/authorize"), new FormUrlEncodedContent(fields));
                continue;
            }
            path = location.PathAndQuery;
            response = await site.GetAsync(path);
        }
        return (response, path);
    }

    /// <summary>Presses the site's national login button on <paramref name="pageUrl"/>; returns the provider address the site's hand-over page leads to.</summary>
    public static async Task<Uri> PressButtonAsync(HttpClient site, string providerKey, string pageUrl = "/account/login")
    {
        var response = await site.SubmitFormAsync(pageUrl, new Dictionary<string, string>(), $"form[action='/account/national-login/{providerKey}']");
        var page = await response.ReadDocumentAsync();
        if (response.StatusCode != HttpStatusCode.OK || page.QuerySelector("a.national-login-continue") is not { } link)
            throw new InvalidOperationException($"The national login button answered {(int)response.StatusCode}: {page.QuerySelector("main")?.TextContent.Trim()}");
        return new Uri(link.GetAttribute("href")!);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
