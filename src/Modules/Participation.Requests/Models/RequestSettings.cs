using Participation.Requests.Domain;

namespace Participation.Requests.Models;

/// <summary>
/// How the request forms look and where requests go: categories, the admin's extra fields,
/// routing rules, the response commitment and the office calendar. A site document. Immutable:
/// the officers' and request pages share one parsed copy; a change is a new value
/// (<c>settings with { … }</c>) saved through <see cref="Services.RequestSettingsStore.SaveAsync"/>.
/// </summary>
public sealed record RequestSettings
{
    public const string DocumentType = "RequestSettings";

    public IReadOnlyList<RequestCategory> Categories { get; init; } = [];
    public IReadOnlyList<FormFieldDefinition> Fields { get; init; } = [];
    public IReadOnlyList<RoutingRule> Routing { get; init; } = [];
    /// <summary>Receives what no rule routes.</summary>
    public string FallbackDepartment { get; init; } = "";
    /// <summary>The response commitment, in office hours.</summary>
    public int ResponseHours { get; init; } = 72;
    /// <summary>Requests this close (office hours) to their deadline show as due soon.</summary>
    public int DueSoonHours { get; init; } = 6;
    public CalendarSettings Calendar { get; init; } = new();
    public AttachmentSettings Attachments { get; init; } = new();
}

public sealed record RequestCategory
{
    public string Key { get; init; } = "";
    public string NameAr { get; init; } = "";
    public string NameEn { get; init; } = "";
    /// <summary>The forms offering it; empty means all.</summary>
    public IReadOnlyList<RequestKind> Kinds { get; init; } = [];

    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}

public enum FormFieldType { Text, TextArea, Number, Date, Phone, Select }

/// <summary>A form element an admin adds to a form (Orchard Forms' idea): label in both languages, required, validation.</summary>
public sealed record FormFieldDefinition
{
    /// <summary>Latin letters and digits; the key its value is stored under.</summary>
    public string Name { get; init; } = "";
    /// <summary>The form it belongs to; null for every form.</summary>
    public RequestKind? Kind { get; init; }
    public string LabelAr { get; init; } = "";
    public string LabelEn { get; init; } = "";
    public FormFieldType Type { get; init; }
    public bool Required { get; init; }
    public int MaxLength { get; init; } = 200;
    /// <summary>For Select: the choices, each "value|Arabic label|English label".</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    public string Label(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? LabelEn : LabelAr;

    public IEnumerable<(string Value, string Label)> Choices(string culture) => Options.Select(o => o.Split('|')).Select(p =>
        (p[0], p.Length > 2 && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? p[2] : p.Length > 1 ? p[1] : p[0]));
}

/// <summary>Kind + category + target → department; an empty condition matches anything.</summary>
public sealed record RoutingRule
{
    public RequestKind? Kind { get; init; }
    public string? Category { get; init; }
    public string? Target { get; init; }
    public string Department { get; init; } = "";
}

public sealed record CalendarSettings
{
    public string TimeZone { get; init; } = "Asia/Riyadh";
    public IReadOnlyList<DayOfWeek> WorkDays { get; init; } = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];
    public TimeOnly Opens { get; init; } = new(8, 0);
    public TimeOnly Closes { get; init; } = new(14, 0);
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];
    public IReadOnlyList<SpecialHours> SpecialHours { get; init; } = [];

    public BusinessCalendar ToCalendar() => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WorkDays, Opens, Closes, Holidays, SpecialHours);
}

public sealed record AttachmentSettings
{
    public IReadOnlyList<string> Extensions { get; init; } = [".pdf", ".jpg", ".jpeg", ".png", ".docx"];
    public int MaxMegabytes { get; init; } = 5;
    public int MaxFiles { get; init; } = 3;
}
