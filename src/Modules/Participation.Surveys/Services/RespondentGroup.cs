namespace Participation.Surveys.Services;

/// <summary>
/// A group of respondents the analysis counts only: those whose recipient attribute
/// <see cref="Name"/> is <see cref="Value"/>, or — <see cref="Name"/> being
/// <see cref="Domain.RespondentService.AttributeName"/> — whose service (<see cref="Domain.RespondentService"/>)
/// is the service keyed <see cref="Value"/>. Resolved by <see cref="RespondentGroups.ResolveAsync"/>:
/// <see cref="Values"/> are the stored attribute values it keeps (for a service, the spellings of
/// its <c>service</c> column that name it), <see cref="Departments"/> the follow-up departments whose
/// responses count for the service, <see cref="Single"/> whether a response with neither counts (the
/// survey evaluates that one service).
/// </summary>
public sealed record RespondentGroup(string Name, string Value, IReadOnlyList<string> Values, IReadOnlyList<string> Departments, bool Single)
{
    public bool IsService => Name == Domain.RespondentService.AttributeName;

    /// <summary>The group as the form's select gives it: the attribute's name (or "service"), "=", the value (or the service's key).</summary>
    public string Query => Name + "=" + Value;

    public static (string Name, string Value)? Parse(string? text)
        => text?.Split('=', 2) is [var n, var v] && n.Length > 0 && v.Length > 0 ? (n, v) : null;
}
