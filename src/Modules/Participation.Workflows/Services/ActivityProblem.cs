using System.Globalization;

namespace Participation.Workflows.Services;

/// <summary>A problem with one property of an activity: an English text, or a format whose <c>{0}</c> is <see cref="Detail"/>.</summary>
public sealed record ActivityProblem(string Property, string Problem, string? Detail = null)
{
    public string English => Detail is null ? Problem : string.Format(CultureInfo.InvariantCulture, Problem, Detail);
}
