using System.Diagnostics.Metrics;
using Participation.Comments.Models;
using Participation.Diagnostics;

namespace Participation.Comments.Services;

/// <summary>The comments' figures for an operator: comments taken in, published or waiting for moderation.</summary>
public sealed class CommentMetrics
{
    private readonly Counter<long> _accepted;

    public CommentMetrics(IMeterFactory meters)
    {
        _accepted = ParticipationMeter.Create(meters).CreateCounter<long>("participation.comments.accepted", "{comment}", "Comments and contributions stored, published or waiting for moderation");
    }

    public void Accepted(CommentStatus status) => _accepted.Add(1, new KeyValuePair<string, object?>("status", status.ToString().ToLowerInvariant()));
}
