using Participation.Departments;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Participation.AuditTrail;
using Participation.Charts;
using Participation.Comments;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Html;
using Participation.Localization;

namespace Participation.Consultations.Services;

/// <summary>
/// The archive report of a consultation (seed 001's six items): the initial assessment; the
/// proposal; the agency's communications during collection; detailed statistics with charts;
/// the decision and its rationale; achievements, obstacles and recommendations. One HTML
/// document serves the printable page and the PDF.
/// </summary>
public sealed class ArchiveReportBuilder(
    ICommentStore commentStore,
    IAuditTrail auditTrail,
    IMarkdownRenderer markdown,
    IDateDisplay dates,
    IWebHostEnvironment environment,
    IDepartmentDirectory departments,
    Participation.Audiences.IAudienceCatalog audienceCatalog,
    IStringLocalizer<ArchiveReportBuilder> T)
{
    /// <summary>The agency's replies the report quotes; beyond these it says how many more the export holds.</summary>
    public const int MaxRepliesListed = 200;

    public async Task<string> BuildAsync(ContentItem item)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ar";
        var rtl = culture == "ar";
        var part = item.As<ConsultationPart>();
        // Figures are counted by the database; only the agency's own replies are quoted, oldest first.
        var counted = await commentStore.FiguresAsync(item.ContentItemId, part.ContributionTags);
        var stats = ContributionStatistics.From(counted, utc => DateOnly.FromDateTime(dates.ToLocal(utc)));
        var officialReplies = await commentStore.ListAsync(new CommentQuery { ContentItemId = item.ContentItemId, Official = true, Take = MaxRepliesListed });
        var history = await auditTrail.ListAsync(new AuditTrailQuery { ContentItemId = item.ContentItemId, Names = ["StageChanged", "Published"], OldestFirst = true });

        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{culture}\" dir=\"{(rtl ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"><title>{E(T["Archive report: {0}", item.DisplayText])}</title><style>{Css()}</style></head><body>");
        html.Append($"<header><p class=\"kicker\">{E(T["Consultation archive report"])}</p><h1>{E(item.DisplayText)}</h1><dl>");
        Fact(html, T["Department responsible"], await departments.NameOfAsync(part.Department));
        Fact(html, T["Participation period"], $"{(part.OpensUtc is { } o ? dates.FormatDateTime(o, culture) + " — " : "")}{(part.ClosesUtc is { } c ? dates.FormatDateTime(c, culture) : "")}");
        Fact(html, T["Stage"], T["Stage" + item.Stage]);
        Fact(html, T["Report produced"], dates.FormatDateTime(DateTime.UtcNow, culture));
        html.Append("</dl></header>");

        Section(html, "1", T["Initial assessment: why participation was needed"], markdown.ToSafeHtml(part.InitialAssessment));
        Section(html, "2", T["The proposal"], markdown.ToSafeHtml(part.Summary) + markdown.ToSafeHtml(item.As<Participation.ContentManagement.Models.MarkdownBodyPart>().Markdown)
            + (part.Objectives.Length > 0 ? $"<h3>{E(T["Objectives"])}</h3>{markdown.ToSafeHtml(part.Objectives)}" : "")
            + (part.ExpectedImpact.Length > 0 ? $"<h3>{E(T["Expected impact"])}</h3>{markdown.ToSafeHtml(part.ExpectedImpact)}" : "")
            + (part.Attachments.Count > 0 ? $"<h3>{E(T["Proposal documents"])}</h3><ul>{string.Concat(part.Attachments.Select(a => $"<li>{E(a.FileName)} ({a.Size / 1024} KB)</li>"))}</ul>" : ""));

        var communications = new StringBuilder();
        foreach (var reply in officialReplies)
            communications.Append($"<li><strong>{E(dates.FormatDateTime(reply.CreatedUtc, culture))}</strong>: {E(reply.Text)}</li>");
        if (counted.OfficialReplies > officialReplies.Count)
            communications.Append($"<li>{E(T["And {0} more replies of the agency, in the contributions export.", counted.OfficialReplies - officialReplies.Count])}</li>");
        foreach (var step in history)
            communications.Append($"<li><strong>{E(dates.FormatDateTime(step.CreatedUtc, culture))}</strong>: {E(T[step.Name])} {E(step.Comment ?? "")} — {E(step.UserName ?? T["(system)"])}</li>");
        Section(html, "3", T["The agency's communications during collection"], communications.Length > 0 ? $"<ul>{communications}</ul>" : $"<p>{E(T["None."])}</p>");

        var figures = new StringBuilder("<table><tbody>");
        foreach (var (label, value) in new[] { (T["Contributions"].Value, stats.Contributions), (T["Participants"].Value, stats.Participants), (T["Replies"].Value, stats.Replies), (T["Agency replies"].Value, stats.OfficialReplies), (T["Hidden"].Value, stats.Hidden) })
            figures.Append($"<tr><th scope=\"row\">{E(label)}</th><td class=\"figure\">{value}</td></tr>");
        figures.Append("</tbody></table>");
        figures.Append(BarChart.Svg(T["By position"], stats.ByStance.Select(x => (T["Stance" + x.Key].Value, x.Count)).ToList(), rtl));
        var audiences = await audienceCatalog.ListAsync();
        figures.Append(BarChart.Svg(T["By audience"], stats.ByAudience.Select(x => (audiences.FirstOrDefault(a => a.Key == x.Key)?.Name(culture) ?? T["Audiencenone"].Value, x.Count)).ToList(), rtl));
        if (stats.ByTag.Count > 0) figures.Append(BarChart.Svg(T["By tag"], stats.ByTag, rtl));
        if (stats.ByDay.Count > 0) figures.Append(BarChart.Svg(T["By day"], stats.ByDay.Select(x => (x.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.Count)).ToList(), rtl));
        Section(html, "4", T["Participation statistics"], figures.ToString());

        Section(html, "5", T["The decision and its rationale"], markdown.ToSafeHtml(part.Decision)
            + (part.DecisionRationale.Length > 0 ? $"<h3>{E(T["Why"])}</h3>{markdown.ToSafeHtml(part.DecisionRationale)}" : "")
            + (part.WhatChanged.Length > 0 ? $"<h3>{E(T["What changed because of you"])}</h3>{markdown.ToSafeHtml(part.WhatChanged)}" : ""));
        Section(html, "6", T["Achievements, obstacles and recommendations"],
            $"<h3>{E(T["Achievements"])}</h3>{markdown.ToSafeHtml(part.Achievements)}<h3>{E(T["Obstacles"])}</h3>{markdown.ToSafeHtml(part.Obstacles)}<h3>{E(T["Recommendations"])}</h3>{markdown.ToSafeHtml(part.Recommendations)}");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Fact(StringBuilder html, string label, string value)
    {
        if (!string.IsNullOrWhiteSpace(value)) html.Append($"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
    }

    private static void Section(StringBuilder html, string number, string title, string body)
        => html.Append($"<section><h2><span class=\"n\">{number}</span> {E(title)}</h2>{(string.IsNullOrWhiteSpace(body) ? "<p>—</p>" : body)}</section>");

    /// <summary>The printed documents' stylesheet, the theme's Arabic font embedded so the PDF looks the same on a machine without Arabic fonts.</summary>
    private string Css() => Participation.Printing.PrintStylesheet.Css(environment.WebRootFileProvider);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
