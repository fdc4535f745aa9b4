namespace Participation.Surveys;

/// <summary>
/// How satisfied participants were with the answers to their requests, from the satisfaction
/// survey they were invited to once answered (when they asked for it on the request form).
/// Implemented by the Surveys module over its own tables; a module that shows it (the request
/// figures) takes <c>IEnumerable&lt;IAnswerSatisfaction&gt;</c>, empty when Surveys is not enabled.
/// </summary>
public interface IAnswerSatisfaction
{
    /// <summary>Per department, the responses submitted in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), optionally one department's only.</summary>
    Task<IReadOnlyList<AnswerSatisfaction>> ByDepartmentAsync(DateTime fromUtc, DateTime toUtc, string? departmentKey = null);
}
