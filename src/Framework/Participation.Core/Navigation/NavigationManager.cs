using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Participation.Security;

namespace Participation.Navigation;

/// <summary>Builds a menu from every module's provider, keeping what the current user may see.</summary>
public sealed class NavigationManager(
    IEnumerable<INavigationProvider> providers,
    IAuthorizationService authorizationService,
    IHttpContextAccessor httpContextAccessor) : INavigationManager
{
    public async Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menu)
    {
        var items = new List<MenuItem>();
        foreach (var provider in providers) provider.BuildNavigation(menu, items);
        return await FilterAsync(items);
    }

    private async Task<IReadOnlyList<MenuItem>> FilterAsync(IEnumerable<MenuItem> items)
    {
        var user = httpContextAccessor.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();
        var signedIn = user.Identity?.IsAuthenticated == true;
        var visible = new List<MenuItem>();
        foreach (var item in items.OrderBy(i => i.Position, PositionComparer.Instance))
        {
            if (item.Authenticated is { } needsSignIn && needsSignIn != signedIn) continue;
            if (item.Permission is not null && !await authorizationService.AuthorizeAsync(user, item.Permission)) continue;
            var children = await FilterAsync(item.Items);
            if (item.Url is null && children.Count == 0) continue;
            var copy = new MenuItem { Text = item.Text, Url = item.Url, Position = item.Position, Permission = item.Permission, Authenticated = item.Authenticated };
            copy.Items.AddRange(children);
            visible.Add(copy);
        }
        return visible;
    }

    /// <summary>Positions like "2", "10", "10.5" sort as numbers.</summary>
    private sealed class PositionComparer : IComparer<string>
    {
        public static readonly PositionComparer Instance = new();
        public int Compare(string? x, string? y) => Parse(x).CompareTo(Parse(y));
        private static decimal Parse(string? s) => decimal.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 5m;
    }
}
