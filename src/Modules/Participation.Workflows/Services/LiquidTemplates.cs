using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using DotLiquid;
using DotLiquid.Exceptions;

namespace Participation.Workflows.Services;

/// <summary>
/// Liquid (DotLiquid) for the templated properties of activities. Only plain data reaches a
/// template — hashes built from JSON — so a template cannot call into the application.
/// </summary>
public static class LiquidTemplates
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new();

    /// <summary>Null when the template parses, else why it does not.</summary>
    public static string? Check(string template)
    {
        try
        {
            Parse(template);
            return null;
        }
        catch (LiquidException ex)
        {
            return ex.Message;
        }
    }

    public static string Render(string template, Hash model)
    {
        var parsed = Parse(template);
        var output = parsed.Render(new RenderParameters(System.Globalization.CultureInfo.InvariantCulture) { LocalVariables = model, ErrorsOutputMode = ErrorsOutputMode.Rethrow });
        return output;
    }

    private static Template Parse(string template) => Cache.GetOrAdd(template, t =>
    {
        var parsed = Template.Parse(t);
        // DotLiquid reports some syntax errors only at render time; surface them at parse.
        if (parsed.Errors.Count > 0) throw new SyntaxException(parsed.Errors[0].Message);
        return parsed;
    });

    /// <summary>A Liquid hash from JSON: objects become hashes, arrays lists, values their .NET value.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => Hash(obj),
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value when value.TryGetValue<double>(out var d) => d,
        _ => node.ToString(),
    };

    public static Hash Hash(JsonObject obj)
    {
        var hash = new Hash();
        foreach (var (key, value) in obj) hash[key] = FromJson(value);
        return hash;
    }
}
