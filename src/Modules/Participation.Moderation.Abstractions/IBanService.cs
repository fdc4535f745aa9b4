namespace Participation.Moderation;

/// <summary>An active ban: why, until when (null: permanent).</summary>
public sealed record BanInfo(string Reason, DateTime? EndsUtc, string? Note);

public interface IBanService
{
    Task<BanInfo?> GetActiveBanAsync(string userId);
}
