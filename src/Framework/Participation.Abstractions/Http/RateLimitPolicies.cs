namespace Participation.Http;

/// <summary>Named rate-limit policies; apply with <c>[EnableRateLimiting(RateLimitPolicies.PublicWrite)]</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Public forms that write (register, sign in, comment, vote…): per client address.</summary>
    public const string PublicWrite = "PublicWrite";
}
