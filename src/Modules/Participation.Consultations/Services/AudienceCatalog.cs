using Participation.Text;
using Participation.Audiences;
using Participation.Data;

namespace Participation.Consultations.Services;

/// <summary>The audiences as a site document; until edited, the four stakeholder groups of the policy.</summary>
public sealed class AudienceCatalog(ISiteDocuments documents) : IAudienceCatalog
{
    private const string DocumentType = "Participation.Consultations.Audiences";

    public static readonly IReadOnlyList<Audience> StakeholderGroups =
    [
        new("community", "أفراد المجتمع", "Community members"),
        new("entities", "الجهات ذات العلاقة (حكومية، غير ربحية، شركات)", "Concerned entities (government, NGOs, companies)"),
        new("experts", "المتخصصون والخبراء", "Specialists and experts"),
        new("academia", "الأكاديميون", "Academia"),
    ];

    private IReadOnlyList<Audience>? _cached;

    public async Task<IReadOnlyList<Audience>> ListAsync()
        => _cached ??= await documents.LoadAsync<List<Audience>>(DocumentType) ?? [.. StakeholderGroups];

    public async Task SaveAsync(IReadOnlyList<Audience> audiences)
    {
        await documents.SaveAsync(DocumentType, audiences.ToList());
        _cached = audiences;
    }

    /// <summary>Parses "key | Arabic | English" lines, as the admin page edits them.</summary>
    public static (IReadOnlyList<Audience> Audiences, int? BadLine) Parse(string text)
    {
        var audiences = new List<Audience>();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (cells is not [var key, var ar, var en] || ar.Length == 0 || en.Length == 0
                || !StableKey.IsValid(key) || audiences.Any(a => a.Key == key))
                return ([], i + 1);
            audiences.Add(new Audience(key, ar, en));
        }
        return (audiences, null);
    }
}
