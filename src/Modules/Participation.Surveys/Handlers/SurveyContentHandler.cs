using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;

namespace Participation.Surveys.Handlers;

/// <summary>
/// Every save of a survey — the editor, the builder, a recipe — keeps its design well formed,
/// names known services, and leaves the questions as they were once anyone has answered.
/// </summary>
public sealed class SurveyContentHandler(IDataSession session, SurveyResponseStore responses) : IContentHandler
{
    public async Task ValidatingAsync(ContentItem item, ContentValidationResult result)
    {
        if (item.ContentType != ContentTypes.Survey) return;
        var part = item.As<SurveyPart>();
        foreach (var problem in SurveyDesign.Check(part))
            result.Fail("SurveyPart.Sections", string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Message, problem.Arguments));
        if (part.StartsUtc is { } starts && part.EndsUtc is { } ends && ends <= starts) result.Fail("SurveyPart.Ends", "The survey must end after it starts.");
        if (part.FollowsRequests && part.Access != SurveyAccess.Invitation) result.Fail("SurveyPart.FollowsRequests", "A survey that follows requests is answered by invitation: choose “Invited recipients only”.");
        if (ReminderRules.Check(part) is { } reminders) result.Fail("SurveyPart.ReminderDays", reminders);
        var known = await session.Set<SurveyServiceRecord>().Where(s => part.Services.Contains(s.Key)).Select(s => s.Key).ToListAsync();
        if (part.Services.Except(known).FirstOrDefault() is { } unknown) result.Fail("SurveyPart.Services", $"There is no service with the key '{unknown}'.");
        if (await responses.AnyAsync(item.ContentItemId) && await SavedSectionsAsync(item.ContentItemId) is { } saved
            && saved != JsonSerializer.Serialize(part.Sections, ContentItem.PartSerializerOptions))
            result.Fail("SurveyPart.Sections", "People have answered: the questions cannot change. Make a new version of the survey instead.");
    }

    private async Task<string?> SavedSectionsAsync(string surveyId)
    {
        var data = await session.Set<ContentItem>().AsNoTracking().Where(x => x.ContentItemId == surveyId && x.Published).Select(x => x.Data).FirstOrDefaultAsync();
        return data is null ? null : JsonSerializer.Serialize(new ContentItem { Data = data }.As<SurveyPart>().Sections, ContentItem.PartSerializerOptions);
    }
}
