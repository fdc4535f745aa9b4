using Participation.Files;
using Participation.Requests.Models;

namespace Participation.Requests.Domain;

public sealed record SettingsProblem(string Path, string Message, params object[] Arguments);

/// <summary>What makes request settings unusable, with where: for the recipe step and the admin.</summary>
public static class RequestSettingsCheck
{
    public static IEnumerable<SettingsProblem> Problems(RequestSettings settings, IReadOnlyCollection<string> departments)
    {
        static bool IsKey(string key) => key.Length is > 0 and <= 50 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        for (var i = 0; i < settings.Categories.Count; i++)
        {
            var c = settings.Categories[i];
            if (!IsKey(c.Key)) yield return new($"Categories[{i}].Key", "a category needs a key of Latin letters, digits and '-'");
            if (string.IsNullOrWhiteSpace(c.NameAr) || string.IsNullOrWhiteSpace(c.NameEn)) yield return new($"Categories[{i}].NameAr", "a category needs an Arabic and an English name");
        }
        foreach (var duplicate in settings.Categories.GroupBy(c => c.Key).Where(g => g.Count() > 1)) yield return new("Categories", "the key '{0}' is used twice", duplicate.Key);
        for (var i = 0; i < settings.Fields.Count; i++)
        {
            var f = settings.Fields[i];
            if (!IsKey(f.Name) || !char.IsAsciiLetter(f.Name[0])) yield return new($"Fields[{i}].Name", "a field needs a name of Latin letters and digits, starting with a letter");
            if (string.IsNullOrWhiteSpace(f.LabelAr) || string.IsNullOrWhiteSpace(f.LabelEn)) yield return new($"Fields[{i}].LabelAr", "a field needs an Arabic and an English label");
            if (f.Type == FormFieldType.Select && f.Options.Count == 0) yield return new($"Fields[{i}].Options", "a list field needs its options");
            if (f.MaxLength is < 1 or > 5000) yield return new($"Fields[{i}].MaxLength", "the maximum length must be between 1 and 5000");
        }
        foreach (var duplicate in settings.Fields.GroupBy(f => (f.Name, f.Kind)).Where(g => g.Count() > 1)) yield return new("Fields", "the field '{0}' is defined twice", duplicate.Key.Name);
        for (var i = 0; i < settings.Routing.Count; i++)
            if (!departments.Contains(settings.Routing[i].Department)) yield return new($"Routing[{i}].Department", "there is no department '{0}'", settings.Routing[i].Department);
        if (!departments.Contains(settings.FallbackDepartment)) yield return new("FallbackDepartment", "there is no department '{0}'", settings.FallbackDepartment);
        if (settings.ResponseHours is < 1 or > 2000) yield return new("ResponseHours", "the response commitment must be between 1 and 2000 office hours");
        if (settings.Calendar.WorkDays.Count == 0) yield return new("Calendar.WorkDays", "at least one work day is needed");
        if (settings.Calendar.Closes <= settings.Calendar.Opens) yield return new("Calendar.Closes", "offices must close after they open");
        if (TimeZoneInfo.TryFindSystemTimeZoneById(settings.Calendar.TimeZone, out _) is false) yield return new("Calendar.TimeZone", "'{0}' is not a time zone", settings.Calendar.TimeZone);
        for (var i = 0; i < settings.Calendar.Holidays.Count; i++)
            if (settings.Calendar.Holidays[i].To < settings.Calendar.Holidays[i].From) yield return new($"Calendar.Holidays[{i}].To", "a holiday cannot end before it starts");
        for (var i = 0; i < settings.Calendar.SpecialHours.Count; i++)
            if (settings.Calendar.SpecialHours[i].Closes <= settings.Calendar.SpecialHours[i].Opens) yield return new($"Calendar.SpecialHours[{i}].Closes", "offices must close after they open");
        foreach (var extension in settings.Attachments.Extensions.Where(e => !UploadedFileCheck.Known.ContainsKey(e)))
            yield return new("Attachments.Extensions", "'{0}' is not a file type the site can check", extension);
    }
}
