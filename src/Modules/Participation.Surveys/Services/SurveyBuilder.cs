using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>
/// Applies the builder's changes (<see cref="SurveyDesign"/>) to a survey's latest version and
/// saves it, publishing again what was live. Once people have answered, the questions are frozen:
/// <see cref="CopyAsync"/> makes a new draft survey from them instead.
/// </summary>
public sealed class SurveyBuilder(IContentManager contentManager, SurveyResponseStore responses)
{
    public async Task<AnswerProblem?> ChangeAsync(ContentItem survey, Func<SurveyPart, AnswerProblem?> change)
    {
        if (await responses.AnyAsync(survey.ContentItemId)) return new("People have answered: the questions cannot change. Make a new version of the survey instead.");
        var wasPublished = await contentManager.GetAsync(survey.ContentItemId) is not null;
        var draft = await contentManager.GetAsync(survey.ContentItemId, VersionOptions.DraftRequired);
        if (draft is null) return new("There is no such survey.");
        var part = draft.As<SurveyPart>();
        if (change(part) is { } problem) return problem;
        draft.Apply(part);
        var saved = wasPublished ? await contentManager.PublishAsync(draft) : await contentManager.UpdateAsync(draft);
        return saved.Succeeded ? null : new(saved.Errors[0].Message);
    }

    /// <summary>A new draft survey with the same settings and questions (same ids, so figures compare across versions).</summary>
    public async Task<ContentItem> CopyAsync(ContentItem survey)
    {
        var copy = contentManager.New(ContentTypes.Survey);
        copy.Apply(survey.As<SurveyPart>());
        copy.Apply(new TitlePart { Title = survey.As<TitlePart>().Title });
        copy.Apply(new AutoroutePart { Path = survey.As<AutoroutePart>().Path + "-" + Guid.NewGuid().ToString("N")[..6] });
        var result = await contentManager.CreateAsync(copy, publish: false);
        if (!result.Succeeded) throw new InvalidOperationException(result.Errors[0].Message);
        return copy;
    }
}
