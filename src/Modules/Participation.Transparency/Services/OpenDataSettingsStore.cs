using Participation.Data;
using Participation.Transparency.Models;

namespace Participation.Transparency.Services;

/// <summary>The open data settings, a site document (cached by the site documents, and saving one evicts every cached page).</summary>
public sealed class OpenDataSettingsStore(ISiteDocuments documents)
{
    private const string DocumentType = "Participation.Transparency.OpenData";

    public async Task<OpenDataSettings> GetAsync() => await documents.LoadAsync<OpenDataSettings>(DocumentType) ?? new OpenDataSettings();

    public Task SaveAsync(OpenDataSettings settings) => documents.SaveAsync(DocumentType, settings);
}
