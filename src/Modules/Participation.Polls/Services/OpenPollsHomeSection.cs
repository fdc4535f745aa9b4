using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Home;
using Participation.Polls.ViewModels;

namespace Participation.Polls.Services;

/// <summary>The home page's open polls: the latest few, with when voting ends.</summary>
public sealed class OpenPollsHomeSection(IContentManager contentManager) : IHomeSection
{
    private const int Shown = 4;

    public async Task<ShapeResult?> BuildAsync()
    {
        var polls = await contentManager.Query()
            .Where(x => x.ContentType == ContentTypes.Poll && x.Stage == PollLifecycle.Open)
            .OrderByDescending(x => x.PublishedUtc).Take(Shown).ToListAsync();
        return polls.Count == 0 ? null : new ShapeResult("HomePolls", new HomePollsViewModel { Polls = polls }) { Zone = HomeZones.Open, Position = "2" };
    }
}
