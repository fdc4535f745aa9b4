using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Users.Models;

namespace Participation.Users.Services;

/// <summary>What linking a verified identity to an account came to.</summary>
public enum LinkOutcome { Linked, AlreadyLinked, BoundToOther }

/// <summary>
/// Binds a verified identity to one account. The unique keys on <see cref="NationalIdentity"/>
/// are the rule; the look-ups before them only spare a failed insert. An account and its
/// identity are created in one transaction, so a refused or failed sign-in leaves no half account.
/// </summary>
public sealed class NationalIdentityBinding(IDataSession session, DbContext db, UserManager<ParticipationUser> users, ISiteDocuments documents, NationalIdentityHasher hasher, TimeProvider clock, IDataCache cache)
{
    public Task<string> HashAsync(string nationalId) => hasher.HashAsync(documents, nationalId);

    public Task<NationalIdentity?> OfUserAsync(string userId)
        => session.Set<NationalIdentity>().AsNoTracking().FirstOrDefaultAsync(i => i.UserId == userId);

    /// <summary>The account that holds the identity, if any.</summary>
    public async Task<ParticipationUser?> HolderAsync(string identityHash)
    {
        var userId = await session.Set<NationalIdentity>().Where(i => i.IdentityHash == identityHash).Select(i => i.UserId).FirstOrDefaultAsync();
        return userId is null ? null : await users.FindByIdAsync(userId);
    }

    /// <summary>Links the identity to a signed-in person's account, unless another account holds it (or this one holds another).</summary>
    public async Task<LinkOutcome> LinkAsync(ParticipationUser user, string identityHash, string provider)
    {
        if (await HolderAsync(identityHash) is { } holder) return holder.Id == user.Id ? LinkOutcome.AlreadyLinked : LinkOutcome.BoundToOther;
        if (await OfUserAsync(user.Id) is not null) return LinkOutcome.BoundToOther;
        session.Set<NationalIdentity>().Add(Row(user.Id, identityHash, provider));
        try
        {
            await session.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A unique key: another sign-in linked it between the look-up and the insert.
            db.ChangeTracker.Clear();
            return (await HolderAsync(identityHash))?.Id == user.Id ? LinkOutcome.AlreadyLinked : LinkOutcome.BoundToOther;
        }
        // The cached account says whether it is verified (the claim of its refreshed principal).
        cache.Evict(SessionStamps.Key(user.Id));
        return LinkOutcome.Linked;
    }

    /// <summary>
    /// Creates the account and its identity together, or, when a parallel first sign-in of the
    /// same person got there first, returns the account that one created: one person, one account.
    /// </summary>
    public async Task<(ParticipationUser? User, IdentityResult Result)> CreateAccountAsync(ParticipationUser user, string identityHash, string provider)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await session.Database.BeginTransactionAsync();
            try
            {
                if (await HolderAsync(identityHash) is { } holder) return (holder, IdentityResult.Success);
                var created = await users.CreateAsync(user);
                if (!created.Succeeded) return (null, created);
                session.Set<NationalIdentity>().Add(Row(user.Id, identityHash, provider));
                await session.SaveChangesAsync();
                await transaction.CommitAsync();
                return (user, IdentityResult.Success);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The identity's unique key (or the database's write lock) refused the second of two
                // parallel first sign-ins; its account goes with the transaction, and the next attempt
                // finds the account the first one made.
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
            }
        }
    }

    private NationalIdentity Row(string userId, string identityHash, string provider)
        => new() { UserId = userId, IdentityHash = identityHash, Provider = provider, VerifiedUtc = clock.GetUtcNow().UtcDateTime };
}
