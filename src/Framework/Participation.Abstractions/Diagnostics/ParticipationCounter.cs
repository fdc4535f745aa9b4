using System.Diagnostics.Metrics;

namespace Participation.Diagnostics;

/// <summary>
/// A count on the suite's meter (<see cref="ParticipationMeter"/>) of what a module took in or
/// failed at (votes, requests, delivery attempts), split, when it names a tag, by an enum's value
/// in lower case (a request's kind, a comment's status): the one shape of the modules' counters.
/// </summary>
public sealed class ParticipationCounter
{
    private readonly Counter<long> _counter;
    private readonly string? _tag;

    public ParticipationCounter(IMeterFactory meters, string name, string unit, string description, string? tag = null)
    {
        _counter = ParticipationMeter.Create(meters).CreateCounter<long>(name, unit, description);
        _tag = tag;
    }

    public void Add() => _counter.Add(1);

    /// <summary>One more of <paramref name="value"/>, under the counter's tag.</summary>
    public void Add<TValue>(TValue value) where TValue : struct, Enum
        => _counter.Add(1, new KeyValuePair<string, object?>(_tag ?? throw new InvalidOperationException($"The counter {_counter.Name} has no tag to split by."), value.ToString().ToLowerInvariant()));
}
