using System.Globalization;

namespace Participation.Ideas.Domain;

/// <summary>
/// A bulk answer's template: the same text for several ideas, with <c>{title}</c> and
/// <c>{supports}</c> replaced by each idea's own.
/// </summary>
public static class AnswerTemplate
{
    public const string Title = "{title}", Supports = "{supports}";

    public static string Render(string template, string title, long supports)
        => template.Replace(Title, title, StringComparison.Ordinal).Replace(Supports, supports.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
