using System.Diagnostics.Metrics;
using Participation.Comments.Models;
using Participation.Diagnostics;

namespace Participation.Comments.Services;

/// <summary>The comments' figures for an operator: comments taken in, published or waiting for moderation.</summary>
public sealed class CommentMetrics(IMeterFactory meters)
{
    private readonly ParticipationCounter _accepted = new(meters, "participation.comments.accepted", "{comment}", "Comments and contributions stored, published or waiting for moderation", tag: "status");

    public void Accepted(CommentStatus status) => _accepted.Add(status);
}
