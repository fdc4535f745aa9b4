namespace Participation.Caching;

/// <summary>Where a page served without its forms' token (<see cref="FormTokenFetchedAttribute"/>) gets one.</summary>
public static class FormToken
{
    /// <summary>Answers <c>{"field": …, "token": …}</c> and sets the antiforgery cookie; never cached.</summary>
    public const string Path = "/antiforgery/token";
}
