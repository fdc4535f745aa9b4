using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>
/// The analysis by who answered: the recipients' attributes (the file's columns besides the
/// address, one row each in <c>SurveyRecipientAttributes</c>) and the response's service
/// (<see cref="RespondentService"/>). Everything is counted by the database — a GROUP BY over the
/// kept responses joined to their attribute by the (survey, respondent) key — and only the groups'
/// few rows are read; a service's spellings and departments are folded together afterwards.
/// </summary>
public sealed class RespondentGroups(IDataSession session, SurveyServiceCatalog catalog)
{
    /// <summary>An attribute with more values than this (a name, a phone number) is not offered: it tells people apart rather than groups them.</summary>
    public const int MaxValues = 50;

    private IQueryable<SurveyRecipientAttribute> Attributes => session.Set<SurveyRecipientAttribute>().AsNoTracking();

    /// <summary>
    /// The survey's recipient attributes that group (at most <see cref="MaxValues"/> values), each with
    /// its values, and whether the recipients carry a service column: one GROUP BY over the names
    /// (and a read of the grouping ones' values when there are any).
    /// </summary>
    public async Task<(IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Grouping, bool ServiceColumn)> ListAsync(string surveyId)
    {
        var names = await Attributes.Where(a => a.SurveyId == surveyId)
            .GroupBy(a => a.Name).Select(g => new { Name = g.Key, Values = g.Select(a => a.Value).Distinct().Count() }).ToListAsync();
        var serviceColumn = names.Any(n => n.Name == RespondentService.AttributeName);
        var grouping = names.Where(n => n.Name != RespondentService.AttributeName && n.Values <= MaxValues).Select(n => n.Name).ToList();
        if (grouping.Count == 0) return ([], serviceColumn);
        var values = await Attributes.Where(a => a.SurveyId == surveyId && grouping.Contains(a.Name)).Select(a => new { a.Name, a.Value }).Distinct().ToListAsync();
        return ([.. values.GroupBy(v => v.Name).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(v => v.Value).Order(StringComparer.Ordinal)]))], serviceColumn);
    }

    /// <summary>Whether "by service" tells the survey's responses apart: it evaluates several services, follows requests, or its recipients carry a service column (<see cref="ListAsync"/>).</summary>
    public static bool ServiceApplies(ContentItem survey, bool serviceColumn)
    {
        var part = survey.As<SurveyPart>();
        return part.Services.Count > 1 || part.FollowsRequests || serviceColumn;
    }

    /// <summary>The group the form asks for, checked against the survey's recipients and the services; null when it names none of them.</summary>
    public async Task<RespondentGroup?> ResolveAsync(ContentItem survey, string name, string value)
    {
        var id = survey.ContentItemId;
        if (name != RespondentService.AttributeName)
            return await Attributes.AnyAsync(a => a.SurveyId == id && a.Name == name && a.Value == value) ? new(name, value, [value], [], false) : null;
        var (evaluated, known) = await ServicesAsync(survey);
        if (!known.Any(s => s.Key == value)) return null;
        var spellings = await Attributes.Where(a => a.SurveyId == id && a.Name == RespondentService.AttributeName).Select(a => a.Value).Distinct().ToListAsync();
        var departments = evaluated.Select(s => s.DepartmentKey).Distinct().Where(d => RespondentService.Of(null, d, evaluated, known) == value).ToList();
        return new(name, value, [.. spellings.Where(v => RespondentService.Of(v, null, evaluated, known) == value)], departments, RespondentService.Of(null, null, evaluated, known) == value);
    }

    /// <summary>The responses of <paramref name="group"/>: a condition the database checks on each, through the attribute's key.</summary>
    public static IQueryable<SurveyResponse> Keep(IDataSession session, IQueryable<SurveyResponse> responses, RespondentGroup group)
    {
        var attributes = session.Set<SurveyRecipientAttribute>();
        var (name, values) = (group.Name, group.Values.ToList());
        if (!group.IsService)
            return responses.Where(r => attributes.Any(a => a.SurveyId == r.SurveyId && a.RespondentKey == r.RespondentKey && a.Name == name && values.Contains(a.Value)));
        var (departments, single) = (group.Departments.ToList(), group.Single);
        return responses.Where(r => attributes.Any(a => a.SurveyId == r.SurveyId && a.RespondentKey == r.RespondentKey && a.Name == name && values.Contains(a.Value))
            || (!attributes.Any(a => a.SurveyId == r.SurveyId && a.RespondentKey == r.RespondentKey && a.Name == name)
                && ((r.DepartmentKey != null && departments.Contains(r.DepartmentKey)) || (r.DepartmentKey == null && single))));
    }

    /// <summary>
    /// The kept responses' answers to <paramref name="columns"/> by the group <paramref name="name"/>
    /// (an attribute, or the service): rows its values (or services, "" for a service not known),
    /// counted as <see cref="SurveyAnalysis.CrossTabAsync"/> counts two questions.
    /// </summary>
    public async Task<CrossTab> CrossTabAsync(ContentItem survey, string name, SurveyQuestion columns, IQueryable<SurveyResponse> kept, IQueryable<SurveyAnswer> answers)
    {
        var id = survey.ContentItemId;
        var facets = from r in kept
                     join a in Attributes.Where(a => a.SurveyId == id && a.Name == name) on r.RespondentKey equals a.RespondentKey into joined
                     from a in joined.DefaultIfEmpty()
                     select new { ResponseId = r.Id, Value = (string?)a.Value, r.DepartmentKey };
        if (name != RespondentService.AttributeName) facets = facets.Where(f => f.Value != null);
        var pairs = from f in facets join b in answers.Where(b => b.QuestionId == columns.Id) on f.ResponseId equals b.ResponseId select new { f.Value, f.DepartmentKey, b.Choice, f.ResponseId };
        var cells = await pairs.GroupBy(p => new { p.Value, p.DepartmentKey, p.Choice }).Select(g => new { g.Key.Value, g.Key.DepartmentKey, g.Key.Choice, Count = g.LongCount() }).ToListAsync();
        var both = await pairs.GroupBy(p => new { p.Value, p.DepartmentKey }).Select(g => new { g.Key.Value, g.Key.DepartmentKey, Count = g.Select(p => p.ResponseId).Distinct().LongCount() }).ToListAsync();
        var groups = await facets.GroupBy(f => new { f.Value, f.DepartmentKey }).Select(g => new { g.Key.Value, g.Key.DepartmentKey, Count = g.LongCount() }).ToListAsync();

        Func<string?, string?, string> row = (v, _) => v ?? "";
        IReadOnlyList<string> order;
        if (name == RespondentService.AttributeName)
        {
            var (evaluated, known) = await ServicesAsync(survey);
            row = (v, d) => RespondentService.Of(v, d, evaluated, known) ?? "";
            var present = groups.Select(g => row(g.Value, g.DepartmentKey)).ToHashSet();
            order = [.. evaluated.Concat(known).Select(s => s.Key).Distinct().Where(k => evaluated.Any(s => s.Key == k) || present.Contains(k)), .. present.Contains("") ? new[] { "" } : []];
        }
        else order = [.. groups.GroupBy(g => row(g.Value, g.DepartmentKey)).OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
        return new CrossTab(order, CrossTab.KeysOf(columns), cells.Select(c => (row(c.Value, c.DepartmentKey), c.Choice, c.Count)),
            Sum(both.Select(b => (row(b.Value, b.DepartmentKey), b.Count))), Sum(groups.Select(g => (row(g.Value, g.DepartmentKey), g.Count))));
    }

    /// <summary>The services the survey evaluates (in the catalogue's order), and every service: from the catalogue's cached list, no query.</summary>
    public async Task<(IReadOnlyList<SurveyServiceRecord> Evaluated, IReadOnlyList<SurveyServiceRecord> Known)> ServicesAsync(ContentItem survey)
    {
        var known = await catalog.ListAsync();
        var keys = survey.As<SurveyPart>().Services;
        return ([.. known.Where(s => keys.Contains(s.Key))], known);
    }

    // A response is in one row only (one value per attribute), so the groups' counts add up.
    private static Dictionary<string, long> Sum(IEnumerable<(string Row, long Count)> counts) => counts.GroupBy(c => c.Row).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
}
