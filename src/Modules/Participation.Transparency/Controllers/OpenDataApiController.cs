using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.Http;
using Participation.Transparency.Services;
using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Controllers;

/// <summary>
/// The open datasets, read-only, as published in the newest build: keyset pages with an opaque
/// token, RFC 7807 problems for what cannot be answered, rate limited per address and cached.
/// </summary>
[ApiController, Area("Participation.Transparency"), Route("api/open-data"), ApiExplorerSettings(GroupName = OpenDataApiController.DocumentName)]
[EnableRateLimiting(RateLimitPolicies.OpenData)]
public sealed class OpenDataApiController(OpenDataCatalog catalog, OpenDataPageToken tokens, IPageCache pageCache, IStringLocalizer<OpenDataApiController> T) : ControllerBase
{
    public const string DocumentName = "open-data";
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <summary>The datasets published, with their row counts.</summary>
    [HttpGet(""), OutputCache(PolicyName = PublicPage.Policy)]
    [ProducesResponseType<OpenDataIndexResponse>(StatusCodes.Status200OK), ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Index()
    {
        pageCache.Tag(TransparencyCacheTags.OpenData);
        var publication = await catalog.CurrentAsync();
        if (Unpublished(publication) is { } problem) return problem;
        var build = publication.Build!;
        return Ok(new OpenDataIndexResponse(build.PublishedUtc!.Value, publication.Licence!.Key, publication.Licence.Url, build.Threshold,
            [.. publication.Datasets.Select(d => new OpenDataIndexEntry(d.Name, d.TitleAr, d.TitleEn, d.Rows, $"/api/open-data/{d.Name}"))]));
    }

    /// <summary>A page of a dataset's rows; pass the <c>next</c> token of a page as <c>page</c> to read the one after it.</summary>
    [HttpGet("{dataset}"), OutputCache(PolicyName = PublicPage.Policy)]
    [ProducesResponseType<OpenDataPageResponse>(StatusCodes.Status200OK), ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest), ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Page(string dataset, string? page, int? limit)
    {
        pageCache.Tag(TransparencyCacheTags.OpenData);
        var publication = await catalog.CurrentAsync();
        if (Unpublished(publication) is { } problem) return problem;
        var build = publication.Build!;
        if (publication.Datasets.All(d => d.Name != dataset))
            return Problem(statusCode: StatusCodes.Status404NotFound, title: T["No such dataset"], detail: T["There is no open dataset named “{0}”. The list is at /api/open-data.", dataset]);
        if (limit is { } asked && asked is < 1 or > MaxPageSize)
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: T["Page size out of range"], detail: T["limit is a whole number from 1 to {0}.", MaxPageSize]);
        var after = -1;
        if (!string.IsNullOrEmpty(page))
        {
            if (tokens.Read(page) is not { } place || place.Dataset != dataset)
                return Problem(statusCode: StatusCodes.Status400BadRequest, title: T["Invalid page token"], detail: T["This page token was not given by this site for this dataset. Start again from the first page, without a token."]);
            if (place.BuildId != build.Id)
                return Problem(statusCode: StatusCodes.Status400BadRequest, title: T["Stale page token"], detail: T["The open data has been rebuilt since this page token was given. Start again from the first page, without a token."]);
            after = place.LastSequence;
        }
        var size = limit ?? DefaultPageSize;
        var rows = await catalog.RowsAsync(build.Id, dataset, after, size);
        var columns = publication.Datasets.Single(d => d.Name == dataset).Columns;
        var shown = rows.Take(size).ToList();
        var next = rows.Count > size ? tokens.Write(build.Id, dataset, shown[^1].Sequence) : null;
        return Ok(new OpenDataPageResponse(dataset, build.PublishedUtc!.Value, [.. shown.Select(r => Named(columns, r.Values))], next));
    }

    private static Dictionary<string, JsonElement> Named(IReadOnlyList<string> columns, string values)
    {
        var array = JsonDocument.Parse(values).RootElement;
        return columns.Select((name, i) => (name, value: array[i].Clone())).ToDictionary(c => c.name, c => c.value);
    }

    private ObjectResult? Unpublished(Models.OpenDataPublication publication) =>
        publication.Licence is null ? Problem(statusCode: StatusCodes.Status404NotFound, title: T["No open data published"], detail: T["No licence has been chosen for the open data, so nothing is published."])
        : publication.Build is null ? Problem(statusCode: StatusCodes.Status404NotFound, title: T["No open data published"], detail: T["The open data has not been built yet. Try again later."])
        : null;
}
