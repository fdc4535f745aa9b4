using System.Text;

namespace Participation.Localization;

/// <summary>
/// Reads gettext PO files, Orchard's translation format: the English text is the key
/// (<c>msgid</c>), the translation is <c>msgstr</c>; <c>msgctxt</c> is kept as part of the key.
/// </summary>
public static class PoFile
{
    public static Dictionary<string, string> Parse(TextReader reader)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string? context = null, id = null, str = null;
        string? current = null;

        void Flush()
        {
            if (!string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(str)) entries[Key(context, id)] = str;
            context = id = str = null;
            current = null;
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0) { Flush(); continue; }
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("msgctxt ", StringComparison.Ordinal)) { if (id is not null) Flush(); context = Unquote(line[8..]); current = "ctxt"; }
            else if (line.StartsWith("msgid ", StringComparison.Ordinal)) { if (id is not null) Flush(); id = Unquote(line[6..]); current = "id"; }
            else if (line.StartsWith("msgstr ", StringComparison.Ordinal)) { str = Unquote(line[7..]); current = "str"; }
            else if (line.StartsWith('"'))
            {
                var more = Unquote(line);
                switch (current)
                {
                    case "ctxt": context += more; break;
                    case "id": id += more; break;
                    case "str": str += more; break;
                }
            }
        }
        Flush();
        return entries;
    }

    public static string Key(string? context, string id) => context is null ? id : context + "|" + id;

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
