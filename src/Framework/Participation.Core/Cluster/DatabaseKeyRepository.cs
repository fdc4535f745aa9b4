using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;

namespace Participation.Cluster;

/// <summary>
/// The keys that protect cookies and antiforgery tokens in the site's database
/// (<c>Participation:DataProtection:Keys = Database</c>), so a cookie one node wrote is read by
/// every other. Until the site is set up there is no database: keys made meanwhile stay in the
/// data folder, and are brought in once setup commits (<see cref="ShareKeys"/>) and on every read,
/// so the installing node's cookies stay good on the others.
/// Data protection reads and writes keys synchronously, rarely: at start and when one is made.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes, IShellSettingsStore shell, IXmlRepository folder) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        if (!shell.IsRunning) return folder.GetAllElements();
        CopyFolderKeys();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        return db.Set<DataProtectionKey>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        if (!shell.IsRunning)
        {
            folder.StoreElement(element, friendlyName);
            return;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        db.Set<DataProtectionKey>().Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    /// <summary>
    /// Once the site is installed: the keys made before into the database, and a key there if there
    /// is none yet, so every node that joins reads the same key instead of making one of its own.
    /// </summary>
    public void ShareKeys(IKeyManager keys, DateTimeOffset now)
    {
        CopyFolderKeys();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ExpirationDate > now)) keys.CreateNewKey(now, now.AddDays(90));
    }

    /// <summary>Puts the data folder's keys that the database lacks into it.</summary>
    private void CopyFolderKeys()
    {
        var local = folder.GetAllElements();
        if (local.Count == 0 || !shell.IsRunning) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var names = db.Set<DataProtectionKey>().AsNoTracking().Select(k => k.FriendlyName).ToHashSet();
        foreach (var element in local.Where(e => !names.Contains(FriendlyName(e))))
            db.Set<DataProtectionKey>().Add(new DataProtectionKey { FriendlyName = FriendlyName(element), Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    // As the framework names a key it stores.
    private static string? FriendlyName(XElement element) => element.Attribute("id")?.Value is { } id ? "key-" + id : null;
}
