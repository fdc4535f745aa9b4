using System.Text.Json.Nodes;
using DotLiquid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.Settings;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>The context the executor gives each task: the item loaded once, templates rendered with DotLiquid.</summary>
public sealed class ActivityExecutionContext : IActivityExecutionContext
{
    private ContentItem? _item;
    private bool _itemLoaded;

    public required ActivityRecord Activity { get; init; }
    public required WorkflowDefinition Workflow { get; init; }
    public required JsonObject Input { get; init; }
    public required IServiceProvider Services { get; init; }

    public string WorkflowTypeId => Workflow.WorkflowTypeId;

    public string? ContentItemId => Input["ContentItemId"]?.ToString();

    public async Task<ContentItem?> GetContentItemAsync()
    {
        if (!_itemLoaded && ContentItemId is { } id)
        {
            _item = await Services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
            _itemLoaded = true;
        }
        return _item;
    }

    public async Task<string> RenderAsync(string? template, Participant? recipient = null)
        => string.IsNullOrEmpty(template) ? "" : LiquidTemplates.Render(template, await ModelAsync(recipient));

    /// <summary>
    /// The values templates read: <c>Content</c> (with its parts by name and its <c>Url</c>),
    /// <c>Input</c>, <c>Site</c>, <c>Workflow</c>, and <c>Recipient</c> while an email is written.
    /// </summary>
    public async Task<Hash> ModelAsync(Participant? recipient)
    {
        var site = await Services.GetRequiredService<ISiteService>().GetSettingsAsync();
        var publicUrl = Participation.Http.PublicUrl.Of(Services.GetRequiredService<IConfiguration>());
        var model = new Hash
        {
            ["Input"] = LiquidTemplates.Hash(Input),
            ["Site"] = Hash.FromAnonymousObject(new { Name = site.SiteName, NameEn = site.SiteNameEn, Url = publicUrl, Agency = site.AgencyName, AgencyEn = site.AgencyNameEn }),
            ["Workflow"] = Hash.FromAnonymousObject(new { Id = Workflow.WorkflowTypeId, Workflow.Name }),
        };
        if (await GetContentItemAsync() is { } item)
        {
            var content = LiquidTemplates.Hash(item.Content);
            content["ContentItemId"] = item.ContentItemId;
            content["ContentType"] = item.ContentType;
            content["DisplayText"] = item.DisplayText;
            content["Stage"] = item.Stage;
            content["Url"] = item.Path is null ? publicUrl : $"{publicUrl}/{item.Path}";
            model["Content"] = content;
        }
        if (recipient is not null) model["Recipient"] = Hash.FromAnonymousObject(new { recipient.Name, recipient.Email, recipient.Culture });
        return model;
    }
}
