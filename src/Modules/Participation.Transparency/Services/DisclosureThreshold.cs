namespace Participation.Transparency.Services;

/// <summary>The disclosure rule of the open data settings (a cached site document: no query per page).</summary>
public sealed class DisclosureThreshold(OpenDataSettingsStore settings) : IDisclosureThreshold
{
    public async Task<DisclosureRule> RuleAsync() => new((await settings.GetAsync()).Threshold);
}
