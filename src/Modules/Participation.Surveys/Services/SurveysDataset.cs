using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.Surveys.Services;

/// <summary>
/// Open data: each public survey's completed responses and the counts of every closed answer
/// (choices, scale values, yes/no, Likert rows), as the analysis counts them (GROUP BY over
/// completed responses). Free text, numbers and dates are never published; nor are surveys
/// sent by invitation.
/// </summary>
public sealed class SurveysDataset(IDataSession session, SurveyAnalysis analysis) : IOpenDataset
{
    private static readonly HashSet<QuestionKind> Open = [QuestionKind.ShortText, QuestionKind.LongText, QuestionKind.Number, QuestionKind.Date];

    public string Name => "surveys";
    public string TitleAr => "نتائج الاستبيانات المجمّعة";
    public string TitleEn => "Survey aggregates";
    public bool RowsAreGroups => true;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("survey", OpenDataColumnKind.Text, "معرّف الاستبيان", "The survey's id"),
        new("survey_title", OpenDataColumnKind.Text, "عنوان الاستبيان", "The survey's title"),
        new("question", OpenDataColumnKind.Text, "معرّف السؤال، أو * لعدد الاستجابات المكتملة", "The question's id, or * for the completed responses"),
        new("question_text", OpenDataColumnKind.Text, "نص السؤال بالعربية", "The question's Arabic text"),
        new("kind", OpenDataColumnKind.Text, "نوع السؤال (SingleChoice وRating وLikert…)", "The question's kind (SingleChoice, Rating, Likert…)"),
        new("choice", OpenDataColumnKind.Text, "معرّف الخيار أو صف مقياس ليكرت، فارغ للمقاييس", "The option's or Likert row's id, empty for scales"),
        new("value", OpenDataColumnKind.Number, "قيمة المقياس أو الترتيب، فارغة للخيارات", "The scale value or rank, empty for choices"),
        new("count", OpenDataColumnKind.PeopleCount, "عدد الاستجابات المكتملة بهذه الإجابة", "Completed responses with this answer"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var surveys = (await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Survey).OrderBy(x => x.ContentItemId).ToListAsync(cancellationToken))
            .Where(x => x.As<SurveyPart>().Access != SurveyAccess.Invitation);
        foreach (var survey in surveys)
        {
            var figures = await analysis.ReadAsync(survey);
            yield return [survey.ContentItemId, survey.DisplayText, "*", "", "", "completed", null, figures.Completed];
            foreach (var question in figures.Questions.Where(q => !Open.Contains(q.Question.Kind)))
                foreach (var ((choice, value), count) in question.Counts.OrderBy(c => c.Key.Choice, StringComparer.Ordinal).ThenBy(c => c.Key.Value))
                    yield return [survey.ContentItemId, survey.DisplayText, question.Question.Id, question.Question.TextAr, question.Question.Kind.ToString(), choice, value, count];
        }
    }
}
