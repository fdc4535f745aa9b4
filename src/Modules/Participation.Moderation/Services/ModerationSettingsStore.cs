using Microsoft.EntityFrameworkCore;
using Participation.Data;

namespace Participation.Moderation.Services;

public sealed class ModerationSettingsStore(ISiteDocuments documents) : IModerationSettingsStore
{
    private const string DocumentType = "Participation.Moderation.Settings";

    public async Task<ModerationSettings> GetAsync() => await documents.LoadAsync<ModerationSettings>(DocumentType) ?? new ModerationSettings();

    public Task SaveAsync(ModerationSettings settings) => documents.SaveAsync(DocumentType, settings);
}
