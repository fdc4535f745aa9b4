using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// Which service a response counts for, for the analysis' filter and cross-tab "by service":
/// the invitation's <c>service</c> column when the recipient file has one (a service's key, or its
/// Arabic or English name, in any case; a value naming no service is "not known" rather than
/// guessed); else, for the follow-up of answered requests, the survey's service answered for by
/// the department whose answer the response rates (when exactly one of its services is that
/// department's); else, for a survey that evaluates a single service, that service.
/// </summary>
public static class RespondentService
{
    /// <summary>The name the recipient file's service column is kept under.</summary>
    public const string AttributeName = "service";

    public static bool IsServiceColumn(string header) => string.Equals(header.Trim(), AttributeName, StringComparison.OrdinalIgnoreCase);

    /// <param name="attribute">The recipient's <c>service</c> column, null when there is none.</param>
    /// <param name="department">The department the response rates (follow-up surveys), null otherwise.</param>
    /// <param name="evaluated">The services the survey evaluates.</param>
    /// <param name="known">Every service, for a column naming one the survey does not list.</param>
    /// <returns>The service's key, or null when the response's service cannot be told.</returns>
    public static string? Of(string? attribute, string? department, IReadOnlyList<SurveyServiceRecord> evaluated, IReadOnlyList<SurveyServiceRecord> known)
    {
        if (!string.IsNullOrWhiteSpace(attribute)) return Named(attribute, evaluated) ?? Named(attribute, known);
        if (department is not null) return evaluated.Where(s => s.DepartmentKey == department).ToList() is [var answering] ? answering.Key : null;
        return evaluated is [var single] ? single.Key : null;
    }

    private static string? Named(string value, IReadOnlyList<SurveyServiceRecord> services)
    {
        var v = value.Trim();
        return services.FirstOrDefault(s => string.Equals(s.Key, v, StringComparison.OrdinalIgnoreCase) || string.Equals(s.NameAr.Trim(), v, StringComparison.Ordinal)
            || string.Equals(s.NameEn.Trim(), v, StringComparison.OrdinalIgnoreCase))?.Key;
    }
}
