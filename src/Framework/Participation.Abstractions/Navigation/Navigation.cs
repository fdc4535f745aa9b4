using Participation.Security;

namespace Participation.Navigation;

/// <summary>The menus a module can add to.</summary>
public static class NavigationNames
{
    /// <summary>The admin's side menu.</summary>
    public const string Admin = "admin";
    /// <summary>The public header.</summary>
    public const string Main = "main";
    /// <summary>The public footer.</summary>
    public const string Footer = "footer";
}

/// <summary>One menu entry. <see cref="Text"/> is English; the theme localises it.</summary>
public sealed class MenuItem
{
    public required string Text { get; init; }
    public string? Url { get; init; }
    public string Position { get; init; } = "5";
    /// <summary>Shown only to users who hold it.</summary>
    public Permission? Permission { get; init; }
    /// <summary>Shown only to signed-in users (or, when false, only to visitors).</summary>
    public bool? Authenticated { get; init; }
    public List<MenuItem> Items { get; } = [];
}

/// <summary>Adds a module's entries to a menu; <paramref name="menu"/> is one of <see cref="NavigationNames"/>.</summary>
public interface INavigationProvider
{
    void BuildNavigation(string menu, List<MenuItem> items);
}

public interface INavigationManager
{
    /// <summary>The menu's entries the current user may see, sorted by position.</summary>
    Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menu);
}
