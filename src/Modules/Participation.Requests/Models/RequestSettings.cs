using Participation.Requests.Domain;

namespace Participation.Requests.Models;

/// <summary>
/// How the request forms look and where requests go: categories, the admin's extra fields,
/// routing rules, the response commitment and the office calendar. A site document.
/// </summary>
public sealed class RequestSettings
{
    public const string DocumentType = "RequestSettings";

    public List<RequestCategory> Categories { get; set; } = [];
    public List<FormFieldDefinition> Fields { get; set; } = [];
    public List<RoutingRule> Routing { get; set; } = [];
    /// <summary>Receives what no rule routes.</summary>
    public string FallbackDepartment { get; set; } = "";
    /// <summary>The response commitment, in office hours.</summary>
    public int ResponseHours { get; set; } = 72;
    /// <summary>Requests this close (office hours) to their deadline show as due soon.</summary>
    public int DueSoonHours { get; set; } = 6;
    public CalendarSettings Calendar { get; set; } = new();
    public AttachmentSettings Attachments { get; set; } = new();
}

public sealed class RequestCategory
{
    public string Key { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>The forms offering it; empty means all.</summary>
    public List<RequestKind> Kinds { get; set; } = [];

    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}

public enum FormFieldType { Text, TextArea, Number, Date, Phone, Select }

/// <summary>A form element an admin adds to a form (Orchard Forms' idea): label in both languages, required, validation.</summary>
public sealed class FormFieldDefinition
{
    /// <summary>Latin letters and digits; the key its value is stored under.</summary>
    public string Name { get; set; } = "";
    /// <summary>The form it belongs to; null for every form.</summary>
    public RequestKind? Kind { get; set; }
    public string LabelAr { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public FormFieldType Type { get; set; }
    public bool Required { get; set; }
    public int MaxLength { get; set; } = 200;
    /// <summary>For Select: the choices, each "value|Arabic label|English label".</summary>
    public List<string> Options { get; set; } = [];

    public string Label(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? LabelEn : LabelAr;

    public IEnumerable<(string Value, string Label)> Choices(string culture) => Options.Select(o => o.Split('|')).Select(p =>
        (p[0], p.Length > 2 && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? p[2] : p.Length > 1 ? p[1] : p[0]));
}

/// <summary>Kind + category + target → department; an empty condition matches anything.</summary>
public sealed class RoutingRule
{
    public RequestKind? Kind { get; set; }
    public string? Category { get; set; }
    public string? Target { get; set; }
    public string Department { get; set; } = "";
}

public sealed class CalendarSettings
{
    public string TimeZone { get; set; } = "Asia/Riyadh";
    public List<DayOfWeek> WorkDays { get; set; } = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];
    public TimeOnly Opens { get; set; } = new(8, 0);
    public TimeOnly Closes { get; set; } = new(14, 0);
    public List<Holiday> Holidays { get; set; } = [];
    public List<SpecialHours> SpecialHours { get; set; } = [];

    public BusinessCalendar ToCalendar() => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WorkDays, Opens, Closes, Holidays, SpecialHours);
}

public sealed class AttachmentSettings
{
    public List<string> Extensions { get; set; } = [".pdf", ".jpg", ".jpeg", ".png", ".docx"];
    public int MaxMegabytes { get; set; } = 5;
    public int MaxFiles { get; set; } = 3;
}
