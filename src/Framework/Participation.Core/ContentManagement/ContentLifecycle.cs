using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement.Lifecycle;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Stateless;

namespace Participation.ContentManagement;

/// <summary>
/// Runs a type's <see cref="LifecycleDefinition"/> as a Stateless state machine: a move is
/// permitted only from its stage and only when its guards hold. The stage belongs to the item
/// as a whole, so every version carries it.
/// </summary>
public sealed class ContentLifecycle(
    IContentDefinitionManager definitions,
    ParticipationDbContext db,
    IEnumerable<IContentHandler> handlers,
    TimeProvider clock,
    IStringLocalizer<ContentLifecycle> T) : IContentLifecycle
{
    public IReadOnlyList<(string Trigger, string To, IReadOnlyList<string> UnmetGuards)> GetTriggers(ContentItem item)
    {
        if (Definition(item) is not { } lifecycle) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var stage = item.Stage ?? lifecycle.InitialStage;
        return lifecycle.Transitions.Where(t => t.From == stage)
            .Select(t => (t.Trigger, t.To, (IReadOnlyList<string>)t.Guards.Where(g => !g.Holds(item, now)).Select(g => T[g.Reason].Value).ToList()))
            .ToList();
    }

    public async Task FireAsync(ContentItem item, string trigger, string? comment = null)
    {
        var lifecycle = Definition(item) ?? throw new StageTransitionException(T["This kind of content has no stages."]);
        var from = item.Stage ?? lifecycle.InitialStage;
        var machine = Build(lifecycle, item, clock.GetUtcNow().UtcDateTime);
        if (!machine.CanFire(trigger, out var unmet))
        {
            throw new StageTransitionException(unmet is { Count: > 0 }
                ? T[unmet.First()].Value
                : T["“{0}” is not possible at the stage “{1}”.", T["Trigger" + trigger].Value, T["Stage" + from].Value].Value);
        }
        machine.Fire(trigger);
        var to = item.Stage!;

        var now = clock.GetUtcNow().UtcDateTime;
        await db.ContentItems.Where(x => x.ContentItemId == item.ContentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Stage, to).SetProperty(x => x.ModifiedUtc, now));
        item.ModifiedUtc = now;
        foreach (var handler in handlers) await handler.StageChangedAsync(item, from, to, trigger);
        // The stage belongs to every version, the published one with them.
        foreach (var handler in handlers) await handler.PublicVersionChangedAsync(item);
    }

    private LifecycleDefinition? Definition(ContentItem item) => definitions.GetType(item.ContentType)?.Lifecycle;

    /// <summary>The machine for this item: its state is the item's stage.</summary>
    internal static StateMachine<string, string> Build(LifecycleDefinition lifecycle, ContentItem item, DateTime nowUtc)
    {
        var machine = new StateMachine<string, string>(() => item.Stage ?? lifecycle.InitialStage, s => item.Stage = s);
        foreach (var transition in lifecycle.Transitions)
        {
            var guards = transition.Guards.Select(g => new Tuple<Func<bool>, string>(() => g.Holds(item, nowUtc), g.Reason)).ToArray();
            machine.Configure(transition.From).PermitIf(transition.Trigger, transition.To, guards);
        }
        return machine;
    }
}
