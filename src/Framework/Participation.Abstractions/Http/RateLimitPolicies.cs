namespace Participation.Http;

/// <summary>
/// Named rate-limit policies, one per kind of public write, each with its own bucket per client
/// address: a citizen's comments never use up the posts their complaint needs. Apply with
/// <c>[EnableRateLimiting(RateLimitPolicies.Comments)]</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Registering, signing in, password and email forms.</summary>
    public const string Account = "Account";
    /// <summary>Posting, editing and deleting comments.</summary>
    public const string Comments = "Comments";
    /// <summary>Casting or changing a vote.</summary>
    public const string Votes = "Votes";
    /// <summary>Filing a suggestion, complaint or message, and following it up (lookup, information, rating).</summary>
    public const string Requests = "Requests";
    /// <summary>Following or unfollowing an item.</summary>
    public const string Follows = "Follows";

    public static IReadOnlyList<string> All { get; } = [Account, Comments, Votes, Requests, Follows];

    /// <summary>The read-only open data API: every request counts, reads included (Participation:RateLimits:OpenData:PermitLimit, 120 a minute by default, or the general PermitLimit when higher).</summary>
    public const string OpenData = "OpenData";
}
