using System.Globalization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Participation.Users.Domain;

namespace Participation.Users.Services;

/// <summary>
/// Options of a national login scheme, from its provider's settings: authorization code with
/// PKCE, the answer by query so the correlation and nonce cookies can stay SameSite=Lax, the
/// result kept in Identity's external cookie for <c>NationalLoginController</c> to bind.
/// </summary>
public sealed class NationalLoginOptionsSetup(NationalLoginSchemes schemes) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public const string ProblemPath = "/account/national-login/problem/";

    public void Configure(OpenIdConnectOptions options) { }

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name is null || schemes.FindByScheme(name) is not { } provider) return;
        options.Authority = provider.Authority;
        options.RequireHttpsMetadata = !NationalLoginRules.IsLoopback(provider.Authority);
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret.Length > 0 ? provider.ClientSecret : null;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in provider.ScopeNames().Append("openid").Distinct()) options.Scope.Add(scope);
        options.CallbackPath = "/signin-national/" + provider.Key;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        // Claims keep the provider's own names, so the national ID claim is the one the admin named.
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.AccessDeniedPath = ProblemPath + NationalLoginProblem.Cancelled;
        options.Events = new OpenIdConnectEvents
        {
            OnRedirectToIdentityProvider = context =>
            {
                context.ProtocolMessage.UiLocales = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                return Task.CompletedTask;
            },
            OnRemoteFailure = context =>
            {
                context.HandleResponse();
                context.Response.Redirect(ProblemPath + NationalLoginFailures.Classify(context.Failure));
                return Task.CompletedTask;
            },
        };
    }
}
