using System.Text.Json;

namespace Participation.Transparency.ViewModels;

/// <summary>The API's list of datasets.</summary>
public sealed record OpenDataIndexResponse(DateTime BuiltUtc, string Licence, string LicenceUrl, int Threshold, IReadOnlyList<OpenDataIndexEntry> Datasets);

public sealed record OpenDataIndexEntry(string Name, string TitleAr, string TitleEn, int Rows, string Url);

/// <summary>A page of a dataset: its rows as objects by column name, and the token of the next page (null on the last).</summary>
public sealed record OpenDataPageResponse(string Dataset, DateTime BuiltUtc, IReadOnlyList<Dictionary<string, JsonElement>> Rows, string? Next);
