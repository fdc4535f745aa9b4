using System.Text;

namespace Participation.Localization;

/// <summary>
/// Reads gettext PO files, Orchard's translation format: the English text is the key
/// (<c>msgid</c>), the translation is <c>msgstr</c>; <c>msgctxt</c> is kept as part of the key.
/// A plural entry has <c>msgid_plural</c> and one <c>msgstr[N]</c> per form of the header's
/// <c>Plural-Forms</c>; it is keyed by its <c>msgid</c>.
/// </summary>
public static class PoFile
{
    public static PoDocument Parse(TextReader reader)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? header = null;
        string? context = null, id = null, idPlural = null;
        var forms = new SortedDictionary<int, string>();
        // What a continuation line ("…") extends: "ctxt", "id", "id_plural" or the index of a msgstr.
        string? current = null;

        void Flush()
        {
            if (id == "" && context is null && forms.TryGetValue(0, out var h)) header = h;
            else if (!string.IsNullOrEmpty(id))
            {
                var key = Key(context, id);
                if (idPlural is null) { if (forms.TryGetValue(0, out var s) && s.Length > 0) strings[key] = s; }
                // A plural entry counts only when every form up to the last is translated.
                else if (forms.Count > 0 && forms.Keys.Last() == forms.Count - 1 && forms.Values.All(f => f.Length > 0)) plurals[key] = [.. forms.Values];
            }
            context = id = idPlural = null;
            forms.Clear();
            current = null;
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0) { Flush(); continue; }
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("msgctxt ", StringComparison.Ordinal)) { if (id is not null) Flush(); context = Unquote(line[8..]); current = "ctxt"; }
            else if (line.StartsWith("msgid_plural ", StringComparison.Ordinal)) { idPlural = Unquote(line[13..]); current = "id_plural"; }
            else if (line.StartsWith("msgid ", StringComparison.Ordinal)) { if (id is not null) Flush(); id = Unquote(line[6..]); current = "id"; }
            else if (line.StartsWith("msgstr ", StringComparison.Ordinal)) { forms[0] = Unquote(line[7..]); current = "0"; }
            else if (line.StartsWith("msgstr[", StringComparison.Ordinal) && line.IndexOf(']') is var close and > 7 && int.TryParse(line[7..close], out var index) && index is >= 0 and < 6)
            {
                forms[index] = Unquote(line[(close + 1)..]);
                current = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith('"'))
            {
                var more = Unquote(line);
                switch (current)
                {
                    case "ctxt": context += more; break;
                    case "id": id += more; break;
                    case "id_plural": idPlural += more; break;
                    case { } form: forms[int.Parse(form, System.Globalization.CultureInfo.InvariantCulture)] += more; break;
                }
            }
        }
        Flush();
        return new(strings, plurals, header is null ? null : PluralFormula.FromHeader(HeaderField(header, "Plural-Forms")));
    }

    public static string Key(string? context, string id) => context is null ? id : context + "|" + id;

    private static string HeaderField(string header, string name)
        => header.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..] ?? "";

    private static string Unquote(string quoted)
    {
        quoted = quoted.Trim();
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"') return quoted;
        var body = quoted[1..^1];
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
                sb.Append(body[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => body[i] });
            }
            else sb.Append(body[i]);
        }
        return sb.ToString();
    }
}
