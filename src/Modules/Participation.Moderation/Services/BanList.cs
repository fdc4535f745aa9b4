using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Moderation.Models;
using Participation.Users;

namespace Participation.Moderation.Services;

/// <summary>A ban request from a moderator, before the rules have looked at it.</summary>
public sealed record BanRequest(string? UserId, string? Reason, DateTime? UntilUtc, bool Permanent, string? Note, string Moderator);

/// <summary>Why a ban was refused, as a key the admin localises.</summary>
public enum BanRefusal { None, NoParticipant, StaffAccount, NoReason, EndInPast }

/// <summary>The active bans: who, why, until when; banning and lifting, audited.</summary>
public sealed class BanList(IDataSession session, IModerationReasons reasons, UserManager<ParticipationUser> users, IAuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<(Ban Ban, ParticipationUser? User)>> ActiveAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var bans = await session.Set<Ban>().AsNoTracking().Where(b => b.LiftedUtc == null && (b.EndsUtc == null || b.EndsUtc > now)).OrderByDescending(b => b.Id).ToListAsync();
        var userIds = bans.Select(b => b.UserId).Distinct().ToList();
        var people = await users.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        return bans.Select(b => (b, people.GetValueOrDefault(b.UserId))).ToList();
    }

    public async Task<BanRefusal> BanAsync(BanRequest request)
    {
        var user = request.UserId is null ? null : await users.FindByIdAsync(request.UserId);
        if (user is null) return BanRefusal.NoParticipant;
        if ((await users.GetRolesAsync(user)).Count > 0) return BanRefusal.StaffAccount;
        if (string.IsNullOrEmpty(request.Reason) || !(await reasons.ListAsync()).Any(r => r.Key == request.Reason)) return BanRefusal.NoReason;
        if (!request.Permanent && (request.UntilUtc is null || request.UntilUtc <= clock.GetUtcNow().UtcDateTime)) return BanRefusal.EndInPast;
        session.Set<Ban>().Add(new Ban
        {
            UserId = user.Id, Reason = request.Reason, Note = request.Note?.Trim(), EndsUtc = request.Permanent ? null : request.UntilUtc,
            CreatedBy = request.Moderator, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "Banned", $"{user.UserName}: {request.Reason}{(request.Permanent ? "" : $" until {request.UntilUtc:yyyy-MM-dd}")}");
        return BanRefusal.None;
    }

    public async Task<bool> LiftAsync(long id)
    {
        var ban = await session.Set<Ban>().FirstOrDefaultAsync(b => b.Id == id);
        if (ban is null) return false;
        ban.LiftedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "BanLifted", $"#{id}");
        return true;
    }
}
