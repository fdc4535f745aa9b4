using Participation.Exports;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Departments;
using Participation.Localization;
using Participation.Notify;
using Participation.Security;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;
using Participation.Surveys.ViewModels;

namespace Participation.Surveys.Controllers;

/// <summary>Staff's side: the surveys, the services they evaluate, the question builder and its preview in both languages.</summary>
[Admin, Area("Participation.Surveys"), Route("admin/surveys")]
public sealed class AdminController(IContentManager contentManager, IDataSession session, SurveyBuilder builder, SurveyResponseStore responses, SurveyServiceCatalog services, SurveyInvitations invitations, SurveyReminders reminders, SurveyAnalysis analysis, RespondentGroups groups, SurveyExport export, IDepartmentDirectory departments,
    IAuthorizationService authorization, INotifier notifier, IStringLocalizer<AdminController> T) : Controller
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? after)
    {
        if (!await CanAsync()) return Forbid();
        var query = session.Set<ContentItem>().AsNoTracking().Where(x => x.Latest && x.ContentType == ContentTypes.Survey);
        if (KeysetCursor.Parse(after) is { } cursor) query = query.Where(x => x.CreatedUtc < cursor.At || (x.CreatedUtc == cursor.At && x.Id < cursor.Id));
        var surveys = await query.OrderByDescending(x => x.CreatedUtc).ThenByDescending(x => x.Id).Take(PageSize + 1).ToListAsync();
        var shown = surveys.Take(PageSize).ToList();
        return View(new SurveyListViewModel { Surveys = shown, Next = surveys.Count > PageSize ? new KeysetCursor(shown[^1].CreatedUtc, shown[^1].Id).ToString() : null });
    }

    [HttpGet("services")]
    public async Task<IActionResult> Services()
    {
        if (!await CanAsync()) return Forbid();
        ViewData["Departments"] = await departments.OptionsAsync();
        return View(await services.ListAsync());
    }

    [HttpPost("services")]
    public async Task<IActionResult> SaveService(string? key, string? nameAr, string? nameEn, string? departmentKey, bool isActive)
    {
        if (!await CanAsync()) return Forbid();
        if (await services.SaveAsync(key, nameAr, nameEn, departmentKey, isActive) is { } problem) notifier.Error(T[problem.Message]);
        else notifier.Success(T["Service saved."]);
        return RedirectToAction(nameof(Services));
    }

    [HttpGet("{id}/builder")]
    public async Task<IActionResult> Builder(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        return View(new SurveyBuilderViewModel { Survey = survey, Part = survey.As<SurveyPart>(), Frozen = await responses.AnyAsync(id) });
    }

    [HttpPost("{id}/sections")]
    public Task<IActionResult> AddSection(string id, string? titleAr, string? titleEn, string? conditionQuestion, string? conditionValues)
        => ChangeAsync(id, part => SurveyDesign.AddSection(part, titleAr ?? "", titleEn ?? "", QuestionForm.Condition(conditionQuestion, conditionValues)), "Section added.");

    [HttpPost("{id}/questions")]
    public Task<IActionResult> AddQuestion(string id, QuestionForm form)
        => ChangeAsync(id, part => SurveyDesign.AddQuestion(part, form.SectionId, form.ToQuestion()), "Question added.");

    [HttpPost("{id}/move")]
    public Task<IActionResult> Move(string id, string item, bool up)
        => ChangeAsync(id, part => SurveyDesign.Move(part, item, up), "Moved.");

    [HttpPost("{id}/remove")]
    public Task<IActionResult> Remove(string id, string item)
        => ChangeAsync(id, part => SurveyDesign.Remove(part, item), "Removed.");

    /// <summary>A new version: a draft copy whose questions may change, the answered survey left as it was.</summary>
    [HttpPost("{id}/copy")]
    public async Task<IActionResult> Copy(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        var copy = await builder.CopyAsync(survey);
        notifier.Success(T["A new version was made as a draft: change its questions, then open it."]);
        return RedirectToAction(nameof(Builder), new { id = copy.ContentItemId });
    }

    /// <summary>Every section and question as respondents will see them, in Arabic or in English.</summary>
    [HttpGet("{id}/preview/{lang:regex(^(ar|en)$)}")]
    public async Task<IActionResult> Preview(string id, string lang)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        var part = survey.As<SurveyPart>();
        return View(new SurveyFormViewModel
        {
            SurveyId = id, Title = survey.DisplayText, Part = part, Culture = lang, Preview = true,
            Sections = [.. part.Sections.Select(s => (s, (IReadOnlyList<SurveyQuestion>)s.Questions))], Values = _ => [],
            SectionCount = part.Sections.Count,
        });
    }

    /// <summary>
    /// The figures of the completed responses, for a period and an answer when the form asks, and a
    /// question's answers by another's; to those who may analyse surveys.
    /// </summary>
    [HttpGet("{id}/analysis")]
    public async Task<IActionResult> Analysis(string id, DateOnly? from, DateOnly? to, string? answer, string? rows, string? by, string? group, [FromServices] SurveyAnalysisPage page)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnalyseSurveys)) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        return View(await page.ReadAsync(survey, from, to, answer, rows, by, group));
    }

    /// <summary>A question's free-text answers, newest first in keyset pages, under the words they use most; the analysis page's filters apply.</summary>
    [HttpGet("{id}/analysis/{question}/answers")]
    public async Task<IActionResult> TextAnswers(string id, string question, DateOnly? from, DateOnly? to, string? answer, string? group, long? before)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnalyseSurveys)) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        if (survey.As<SurveyPart>().Questions.FirstOrDefault(q => q.Id == question && (q.Kind is QuestionKind.ShortText or QuestionKind.LongText || q.AllowOther)) is not { } asked) return NotFound();
        var (filterQuestion, choice) = AnalysisFilter.ParseAnswer(answer);
        var respondents = RespondentGroup.Parse(group) is { } wanted ? await groups.ResolveAsync(survey, wanted.Name, wanted.Value) : null;
        var filter = from > to ? new AnalysisFilter(null, null, filterQuestion, choice, respondents) : new AnalysisFilter(from, to, filterQuestion, choice, respondents);
        var page = await analysis.TextAnswersAsync(survey, asked, filter, before, PageSize + 1);
        var (words, counted) = await analysis.FrequentWordsAsync(survey, asked, filter, 30);
        return View(new SurveyTextAnswersViewModel
        {
            Survey = survey, Question = asked, Answers = [.. page.Take(PageSize)], Words = words, Counted = counted,
            Next = page.Count > PageSize ? page[PageSize - 1].Id : null, Filter = filter,
        });
    }

    /// <summary>The completed responses, a row each and a column per question, streamed from the database to the response.</summary>
    [HttpGet("{id}/export.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> Export(string id, string format)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnalyseSurveys)) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        var header = SurveyExport.Header(survey.As<SurveyPart>());
        var rows = export.RowsAsync(survey, HttpContext.RequestAborted);
        Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = $"{survey.Path?.Trim('/') ?? id}-responses.{format}" }.ToString();
        if (format == "csv") await TableFile.WriteCsvAsync(Response.Body, header, rows, HttpContext.RequestAborted);
        else await TableFile.WriteXlsxAsync(Response.Body, T["Responses"].Value, header, rows, cancellationToken: HttpContext.RequestAborted);
        return new EmptyResult();
    }

    [HttpGet("{id}/invitations")]
    public async Task<IActionResult> Invitations(string id, long? after)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        return View(new SurveyInvitationsViewModel { Survey = survey, Figures = await invitations.FiguresAsync(id), Recipients = await invitations.RecipientsAsync(id, after) });
    }

    /// <summary>Keeps the good rows of the file and lists the bad ones by row number.</summary>
    [HttpPost("{id}/invitations")]
    public async Task<IActionResult> UploadRecipients(string id, Microsoft.AspNetCore.Http.IFormFile? recipients)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        var (read, problems) = await RecipientUpload.ReadAsync(recipients);
        var added = await invitations.AddAsync(id, read);
        return View(nameof(Invitations), new SurveyInvitationsViewModel { Survey = survey, Figures = await invitations.FiguresAsync(id), Recipients = await invitations.RecipientsAsync(id, null), Added = added, Problems = problems, Uploaded = true });
    }

    [HttpPost("{id}/invitations/send")]
    public async Task<IActionResult> SendInvitations(string id)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        if (survey.As<SurveyPart>().Access != SurveyAccess.Invitation || survey.Stage != SurveyLifecycle.Open) notifier.Error(T["Invitations are sent for an open survey answered by invitation."]);
        else
        {
            notifier.Success(T.Plural(await invitations.SendPendingAsync(survey), "1 invitation sent.", "{0} invitations sent."));
            await reminders.ScheduleAsync(survey);
        }
        return RedirectToAction(nameof(Invitations), new { id });
    }

    private async Task<IActionResult> ChangeAsync(string id, Func<SurveyPart, AnswerProblem?> change, string done)
    {
        if (!await CanAsync()) return Forbid();
        if (await SurveyAsync(id) is not { } survey) return NotFound();
        if (await builder.ChangeAsync(survey, change) is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(T[done]);
        return RedirectToAction(nameof(Builder), new { id });
    }

    private async Task<ContentItem?> SurveyAsync(string id)
        => await contentManager.GetAsync(id, VersionOptions.Latest) is { ContentType: ContentTypes.Survey } survey ? survey : null;

    private Task<bool> CanAsync() => authorization.AuthorizeAsync(User, Permissions.ManageSurveys);
}
