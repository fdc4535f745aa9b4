using System.Globalization;
using System.Net.Mail;
using Participation.Requests.Models;
using Participation.Text;

namespace Participation.Requests.Domain;

/// <summary>What a participant filled in on a request form.</summary>
public sealed class RequestSubmission
{
    public RequestKind Kind { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Category { get; set; }
    public string? Target { get; set; }
    public string? Subject { get; set; }
    public string? Message { get; set; }
    public Dictionary<string, string?> Fields { get; set; } = [];
    /// <summary>Invite me to a short survey about the answer.</summary>
    public bool SatisfactionSurvey { get; set; }
}

/// <summary>A problem with one field; the message is a localisable text with its arguments.</summary>
public sealed record FieldProblem(string Field, string Message, params object[] Arguments);

/// <summary>
/// Checks a submission against the form as the admin configured it: the fixed fields every
/// request needs, the category and addressee, and each configured element's rules.
/// </summary>
public sealed class RequestFormValidator(RequestSettings settings, IReadOnlyCollection<string> targets)
{
    public const int MaxSubject = 200;
    public const int MaxMessage = 5000;
    public const int MaxName = 100;

    public IEnumerable<FormFieldDefinition> FieldsFor(RequestKind kind) => settings.Fields.Where(f => f.Kind is null || f.Kind == kind);

    public IEnumerable<RequestCategory> CategoriesFor(RequestKind kind) => settings.Categories.Where(c => c.Kinds.Count == 0 || c.Kinds.Contains(kind));

    public List<FieldProblem> Validate(RequestSubmission s, string culture)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(s.Name)) problems.Add(new("Name", "Enter your name."));
        else if (s.Name.Trim().Length > MaxName) problems.Add(new("Name", "Keep your name under {0} characters.", MaxName));
        if (string.IsNullOrWhiteSpace(s.Email)) problems.Add(new("Email", "Enter your email address: the acknowledgement and the answer go there."));
        else if (!MailAddress.TryCreate(s.Email.Trim(), out var address) || address.Address != s.Email.Trim() || !address.Host.Contains('.')) problems.Add(new("Email", "Enter a valid email address."));
        var categories = CategoriesFor(s.Kind).ToList();
        if (categories.Count > 0 && string.IsNullOrWhiteSpace(s.Category)) problems.Add(new("Category", "Choose a category."));
        else if (!string.IsNullOrWhiteSpace(s.Category) && !categories.Any(c => c.Key == s.Category)) problems.Add(new("Category", "Choose one of the listed categories."));
        if (s.Kind == RequestKind.Contact && (string.IsNullOrWhiteSpace(s.Target) || s.Target == RequestTargets.Agency)) problems.Add(new("Target", "Choose the official you are writing to."));
        else if (!string.IsNullOrWhiteSpace(s.Target) && s.Target != RequestTargets.Agency && !targets.Contains(s.Target)) problems.Add(new("Target", "Choose one of the listed addressees."));
        if (string.IsNullOrWhiteSpace(s.Subject)) problems.Add(new("Subject", "Give your request a subject."));
        else if (s.Subject.Trim().Length > MaxSubject) problems.Add(new("Subject", "Keep the subject under {0} characters.", MaxSubject));
        if (string.IsNullOrWhiteSpace(s.Message)) problems.Add(new("Message", "Write your message."));
        else if (s.Message.Trim().Length > MaxMessage) problems.Add(new("Message", "Keep the message under {0} characters.", MaxMessage));
        foreach (var field in FieldsFor(s.Kind))
        {
            var value = s.Fields.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required) problems.Add(new(field.Name, "Fill in “{0}”.", field.Label(culture)));
                continue;
            }
            var problem = field.Type switch
            {
                _ when value.Length > field.MaxLength => "Keep “{0}” under {1} characters.",
                FormFieldType.Number when !decimal.TryParse(ArabicNormalizer.LatinDigits(value), NumberStyles.Number, CultureInfo.InvariantCulture, out _) => "“{0}” needs a number.",
                FormFieldType.Date when !DateOnly.TryParseExact(ArabicNormalizer.LatinDigits(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "“{0}” needs a date.",
                FormFieldType.Phone when !IsPhone(ArabicNormalizer.LatinDigits(value)) => "“{0}” needs a phone number.",
                FormFieldType.Select when !field.Choices("ar").Any(c => c.Value == value) => "Choose one of the listed options for “{0}”.",
                _ => null,
            };
            if (problem is not null) problems.Add(new(field.Name, problem, field.Label(culture), field.MaxLength));
        }
        return problems;
    }

    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 15 && value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')') && value.IndexOf('+', 1) < 0;
    }
}
