using Participation.Requests.Models;

namespace Participation.Requests.Domain;

/// <summary>
/// Picks the department for a request: the most specific routing rule that matches (each of
/// kind, category and target that a rule names must match; more named conditions win, then
/// the earlier rule), else the addressed office itself when the request names a mission or an
/// official, else the fallback department.
/// </summary>
public sealed class RequestRouter(IReadOnlyList<RoutingRule> rules, string fallbackDepartment, Func<string, bool> departmentExists)
{
    public string? Route(RequestKind kind, string? category, string target)
    {
        var match = rules
            .Select((rule, index) => (rule, index))
            .Where(x => departmentExists(x.rule.Department)
                && (x.rule.Kind is null || x.rule.Kind == kind)
                && (string.IsNullOrEmpty(x.rule.Category) || string.Equals(x.rule.Category, category, StringComparison.OrdinalIgnoreCase))
                && (string.IsNullOrEmpty(x.rule.Target) || string.Equals(x.rule.Target, target, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(x => Specificity(x.rule)).ThenBy(x => x.index)
            .Select(x => x.rule.Department).FirstOrDefault();
        if (match is not null) return match;
        if (target != RequestTargets.Agency && departmentExists(target)) return target;
        return departmentExists(fallbackDepartment) ? fallbackDepartment : null;
    }

    private static int Specificity(RoutingRule rule)
        => (rule.Kind is null ? 0 : 1) + (string.IsNullOrEmpty(rule.Category) ? 0 : 1) + (string.IsNullOrEmpty(rule.Target) ? 0 : 1);
}
