using System.Net.Mail;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Users;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>A literal or templated address; <c>Culture</c> of the entry or the event's, else Arabic.</summary>
public sealed class AddressRecipients : IRecipientResolver
{
    public string Kind => "Address";
    public string DisplayText => "Addresses";
    public string? ValueLabel => "Addresses (Liquid allowed; separate with ;)";

    public async Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context)
    {
        var addresses = (await context.RenderAsync(entry["Value"]?.ToString())).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var culture = entry["Culture"]?.ToString() ?? context.Input["Culture"]?.ToString() ?? "ar";
        var name = await context.RenderAsync(entry["Name"]?.ToString());
        return addresses.Where(a => MailAddress.TryCreate(a, out _)).Select(a => new Participant(a, name, culture)).ToList();
    }
}

/// <summary>The content item's owner.</summary>
public sealed class OwnerRecipients(UserManager<ParticipationUser> users) : IRecipientResolver
{
    public string Kind => "Owner";
    public string DisplayText => "The item's owner";

    public async Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context)
    {
        var item = await context.GetContentItemAsync();
        var owner = item?.Owner is { } id ? await users.FindByIdAsync(id) : null;
        return owner?.Email is { } email ? [new Participant(email, owner.DisplayName, owner.PreferredCulture)] : [];
    }
}

/// <summary>Every member of a role (<c>Value</c>: the role name).</summary>
public sealed class RoleRecipients(UserManager<ParticipationUser> users) : IRecipientResolver
{
    public string Kind => "Role";
    public string DisplayText => "Everyone in a role";
    public string? ValueLabel => "Role name";

    public async Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context)
        => (await users.GetUsersInRoleAsync(entry["Value"]?.ToString() ?? ""))
            .Where(u => u.Email is not null).Select(u => new Participant(u.Email!, u.DisplayName, u.PreferredCulture)).ToList();
}

/// <summary>Everyone who took part in the content item, as the modules that collect participation report.</summary>
public sealed class ParticipantRecipients(IEnumerable<IParticipantProvider> providers) : IRecipientResolver
{
    public string Kind => "Participants";
    public string DisplayText => "Everyone who took part in the item";

    public async Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context)
    {
        if (context.ContentItemId is not { } id) return [];
        var all = new List<Participant>();
        foreach (var provider in providers) all.AddRange(await provider.GetParticipantsAsync(id));
        return all;
    }
}

/// <summary>Everyone following the content item.</summary>
public sealed class SubscriberRecipients(IDataSession session) : IRecipientResolver
{
    public string Kind => "Subscribers";
    public string DisplayText => "Everyone following the item";

    public async Task<IReadOnlyList<Participant>> ResolveAsync(JsonObject entry, IActivityExecutionContext context)
    {
        if (context.ContentItemId is not { } id) return [];
        return await (from s in session.Set<ContentSubscription>()
                      join u in session.Set<ParticipationUser>() on s.UserId equals u.Id
                      where s.ContentItemId == id && u.Email != null
                      select new Participant(u.Email!, u.DisplayName, u.PreferredCulture)).ToListAsync();
    }
}
