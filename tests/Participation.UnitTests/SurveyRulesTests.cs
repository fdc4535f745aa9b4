using Participation.Surveys;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.UnitTests;

/// <summary>The survey's pure rules: conditions, reading answers, the builder's design rules — without a server.</summary>
public class SurveyRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static List<SurveyChoice> Choices(params string[] ids) => [.. ids.Select(id => new SurveyChoice { Id = id, TextAr = "خيار " + id })];

    /// <summary>Visited? (yes/no) → a section about the visit only for "yes"; a rating; a follow-up shown only for low ratings.</summary>
    private static SurveyPart Survey() => new()
    {
        EndsUtc = Now.AddDays(7),
        Sections =
        [
            new() { Id = "s1", TitleAr = "عام", Questions = [new() { Id = "q1", Kind = QuestionKind.YesNo, TextAr = "هل زرت المركز؟", Required = true }] },
            new()
            {
                Id = "s2", TitleAr = "الزيارة", Condition = new() { QuestionId = "q1", Values = ["yes"] },
                Questions =
                [
                    new() { Id = "q2", Kind = QuestionKind.Rating, TextAr = "ما مدى رضاك؟", Required = true },
                    new() { Id = "q3", Kind = QuestionKind.LongText, TextAr = "ما الذي لم يعجبك؟", Condition = new() { QuestionId = "q2", Values = ["1", "2"] } },
                ],
            },
            new()
            {
                Id = "s3", TitleAr = "الخدمات",
                Questions = [new() { Id = "q4", Kind = QuestionKind.MultipleChoice, TextAr = "ما الخدمات التي استخدمتها؟", Options = Choices("a", "b", "c"), MaxChoices = 2, AllowOther = true }],
            },
        ],
    };

    private static Dictionary<string, IReadOnlyList<AnswerValue>> Answers(params (string Question, string Key)[] given)
        => given.GroupBy(g => g.Question).ToDictionary(g => g.Key, g => (IReadOnlyList<AnswerValue>)[.. g.Select(x => new AnswerValue(x.Key))]);

    private static Func<string, IReadOnlyList<string>> Form(params (string Field, string Value)[] posted)
        => field => [.. posted.Where(p => p.Field == field).Select(p => p.Value)];

    [Fact]
    public void A_section_shows_only_when_the_earlier_answer_matches_and_a_hidden_questions_answer_unlocks_nothing()
    {
        var survey = Survey();
        Assert.Equal(["s1", "s3"], SurveyConditions.Visible(survey, Answers(("q1", "no"))).Select(v => v.Section.Id));
        Assert.Equal(["s1", "s2", "s3"], SurveyConditions.Visible(survey, Answers(("q1", "yes"))).Select(v => v.Section.Id));
        Assert.Equal(["q2"], SurveyConditions.Visible(survey, Answers(("q1", "yes"), ("q2", "4")))[1].Questions.Select(q => q.Id));
        Assert.True(SurveyConditions.IsVisible(survey, "q3", Answers(("q1", "yes"), ("q2", "2"))));
        // A low rating left over from before the visitor said "no" does not bring the follow-up back.
        Assert.False(SurveyConditions.IsVisible(survey, "q3", Answers(("q1", "no"), ("q2", "2"))));
    }

    [Fact]
    public void Answers_are_read_by_kind_and_a_bad_one_is_named()
    {
        var survey = Survey();
        var rating = survey.Sections[1].Questions[0];
        var multiple = survey.Sections[2].Questions[0];
        Assert.Equal([new AnswerValue("4", 4)], AnswerRules.Read(rating, Form(("q-q2", "4"))).Values);
        Assert.Equal("Choose a value from {0} to {1}.", AnswerRules.Read(rating, Form(("q-q2", "6"))).Problem!.Message);
        Assert.Equal("This question needs an answer.", AnswerRules.Read(rating, Form()).Problem!.Message);
        Assert.Equal("Choose at most {0} options.", AnswerRules.Read(multiple, Form(("q-q4", "a"), ("q-q4", "b"), ("q-q4", "c"))).Problem!.Message);
        Assert.Equal("Choose among the options given.", AnswerRules.Read(multiple, Form(("q-q4", "z"))).Problem!.Message);
        Assert.Equal("Say what “other” is.", AnswerRules.Read(multiple, Form(("q-q4", "other"))).Problem!.Message);
        Assert.Equal([new AnswerValue("a"), new AnswerValue("other", null, "مكتب البريد")], AnswerRules.Read(multiple, Form(("q-q4", "a"), ("q-q4", "other"), ("q-q4-other", "مكتب البريد"))).Values);
        Assert.Empty(AnswerRules.Read(multiple, Form()).Values);
    }

    [Fact]
    public void Numbers_dates_rankings_and_matrices_hold_to_their_ranges()
    {
        var number = new SurveyQuestion { Id = "n", Kind = QuestionKind.Number, TextAr = "كم مرة؟", Min = 0, Max = 10 };
        Assert.Equal("Give a number from {0} to {1}.", AnswerRules.Read(number, Form(("q-n", "11"))).Problem!.Message);
        Assert.Equal([new AnswerValue("3.5", 3.5m)], AnswerRules.Read(number, Form(("q-n", "3.5"))).Values);
        var date = new SurveyQuestion { Id = "d", Kind = QuestionKind.Date, TextAr = "متى؟" };
        Assert.Equal("Give a date such as 2026-03-15.", AnswerRules.Read(date, Form(("q-d", "15/03/2026"))).Problem!.Message);
        var ranking = new SurveyQuestion { Id = "r", Kind = QuestionKind.Ranking, TextAr = "رتّب", Options = Choices("a", "b") };
        Assert.Equal("Give each option a different rank.", AnswerRules.Read(ranking, Form(("q-r-a", "1"), ("q-r-b", "1"))).Problem!.Message);
        var likert = new SurveyQuestion { Id = "l", Kind = QuestionKind.Likert, TextAr = "وافق", Required = true, Rows = Choices("x", "y") };
        Assert.Equal("Answer every row.", AnswerRules.Read(likert, Form(("q-l-x", "5"))).Problem!.Message);
        var read = AnswerRules.Read(likert, Form(("q-l-x", "5"), ("q-l-y", "2"))).Values;
        Assert.Equal([new AnswerValue("x", 5), new AnswerValue("y", 2)], read);
        // What was saved fills the same fields again when the respondent resumes.
        Assert.Equal(["5"], AnswerRules.Fields(likert, read)["q-l-x"]);
    }

    [Fact]
    public void The_builder_refuses_a_condition_on_a_later_question_and_a_move_that_would_break_one()
    {
        var survey = Survey();
        Assert.Empty(SurveyDesign.Check(survey));
        Assert.Equal("A condition must refer to an earlier question.",
            SurveyDesign.AddSection(survey, "قسم", "Section", new SurveyCondition { QuestionId = "q9", Values = ["yes"] })!.Message);
        Assert.Equal("A condition's values must be answers of its question: {0}.",
            SurveyDesign.AddQuestion(survey, "s3", new SurveyQuestion { Kind = QuestionKind.ShortText, TextAr = "لماذا؟", Condition = new() { QuestionId = "q1", Values = ["maybe"] } })!.Message);
        // Moving the visit section above the yes/no question it depends on is refused and undone.
        Assert.Equal("A condition must refer to an earlier question.", SurveyDesign.Move(survey, "s2", up: true)!.Message);
        Assert.Equal(["s1", "s2", "s3"], survey.Sections.Select(s => s.Id));
        Assert.Equal("A condition depends on this question: change that condition first.", SurveyDesign.Remove(survey, "q1")!.Message);
        Assert.Null(SurveyDesign.AddQuestion(survey, "s3", new SurveyQuestion { Kind = QuestionKind.SingleChoice, TextAr = "أي فرع؟", Options = [new() { TextAr = "الرياض" }, new() { TextAr = "جدة" }] }));
        var added = survey.Sections[2].Questions[^1];
        Assert.Equal(("q5", "o1,o2"), (added.Id, string.Join(",", added.Options.Select(o => o.Id))));
        Assert.Null(SurveyDesign.Move(survey, "q5", up: true));
        Assert.Equal(["q5", "q4"], survey.Sections[2].Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_survey_opens_only_with_questions_and_a_future_end_and_takes_answers_only_while_open()
    {
        var lifecycle = SurveyLifecycle.Definition;
        Assert.Equal(["Draft", "Open", "Closed", "Analysed", "Archived"], lifecycle.Stages);
        var open = lifecycle.Transitions.Single(t => t.Trigger == "Open");
        var empty = new Participation.ContentManagement.ContentItem { Published = true }.Apply(new SurveyPart { EndsUtc = Now.AddDays(1) });
        Assert.Equal(["Add at least one question before opening the survey."], open.Guards.Where(g => !g.Holds(empty, Now)).Select(g => g.Reason));
        Assert.Null(SurveyAvailability.Check(Survey(), SurveyLifecycle.Open, Now));
        Assert.Equal("This survey is closed: it no longer takes answers.", SurveyAvailability.Check(Survey(), SurveyLifecycle.Open, Now.AddDays(8))!.Message);
        Assert.Equal("This survey is closed: it no longer takes answers.", SurveyAvailability.Check(Survey(), SurveyLifecycle.Closed, Now)!.Message);
    }

    [Fact]
    public void A_recipient_file_keeps_its_good_rows_and_names_each_bad_one_by_row()
    {
        var (recipients, problems) = RecipientFile.Read([
            ["Email", "branch"], ["a@mail.example", "riyadh"], ["not-an-address", "jeddah"], ["", "x"], ["A@mail.example", "jeddah"], ["b@mail.example"],
        ]);
        Assert.Equal(["a@mail.example", "b@mail.example"], recipients.Select(r => r.Email));
        Assert.Equal("riyadh", recipients[0].Attributes["branch"]);
        Assert.Equal([(3, "“{0}” is not an email address."), (4, "No email address."), (5, "“{0}” is already listed above.")], problems.Select(p => (p.Row, p.Problem.Message)));
        Assert.Equal("The first row must name the columns, one of them “email”.", Assert.Single(RecipientFile.Read([["name"], ["x"]]).Problems).Problem.Message);
    }

    [Fact]
    public void A_token_opens_only_its_own_sent_invitation_until_its_response_is_submitted()
    {
        var token = InvitationToken.New();
        Assert.True(InvitationToken.LooksValid(token));
        Assert.False(InvitationToken.LooksValid(token + "x"));
        Assert.NotEqual(token, InvitationToken.Hash(token));
        Assert.NotEqual(InvitationToken.New(), token);
        var invitation = new SurveyInvitation { SurveyId = "s-1", TokenHash = InvitationToken.Hash(token), SentUtc = Now };
        Assert.Null(InvitationToken.Check(invitation, "s-1", responded: false));
        Assert.Equal("This invitation link is not valid for this survey.", InvitationToken.Check(invitation, "s-2", responded: false)!.Message);
        Assert.Equal("This invitation link is not valid for this survey.", InvitationToken.Check(null, "s-1", responded: false)!.Message);
        Assert.Equal("This invitation has already been used: the survey was answered.", InvitationToken.Check(invitation, "s-1", responded: true)!.Message);
    }

    [Fact]
    public void Satisfaction_scores_follow_their_definitions_and_are_empty_without_answers()
    {
        Assert.Equal(60, SatisfactionScores.Csat(new Dictionary<int, long> { [5] = 2, [4] = 1, [3] = 1, [1] = 1 }));
        // 4 promoters and 3 detractors of 10: 40% − 30%.
        Assert.Equal(10, SatisfactionScores.Nps(new Dictionary<int, long> { [10] = 3, [9] = 1, [8] = 3, [6] = 2, [0] = 1 }));
        Assert.Equal(-100, SatisfactionScores.Nps(new Dictionary<int, long> { [3] = 4 }));
        Assert.Equal(2.5, SatisfactionScores.Ces(new Dictionary<int, long> { [1] = 1, [2] = 1, [3] = 1, [4] = 1 }));
        Assert.Null(SatisfactionScores.Csat(new Dictionary<int, long>()));
        Assert.Null(SatisfactionScores.Nps(new Dictionary<int, long>()));
    }

    [Fact]
    public void A_question_is_scored_by_its_kind_and_shown_in_its_format()
    {
        var counts = new Dictionary<int, long> { [5] = 1, [4] = 1, [2] = 1 };
        Assert.Equal("66.7%", SatisfactionScores.Format(QuestionKind.Rating, SatisfactionScores.Of(QuestionKind.Rating, counts)));
        Assert.Equal("3.67", SatisfactionScores.Format(QuestionKind.Effort, SatisfactionScores.Of(QuestionKind.Effort, counts)));
        Assert.Equal("-100", SatisfactionScores.Format(QuestionKind.Nps, SatisfactionScores.Of(QuestionKind.Nps, counts)));
        Assert.Null(SatisfactionScores.Of(QuestionKind.Likert, counts));
        Assert.Equal("—", SatisfactionScores.Format(QuestionKind.Rating, SatisfactionScores.Of(QuestionKind.Rating, new Dictionary<int, long>())));
    }

    [Fact]
    public void A_reminder_is_due_the_days_set_after_the_last_message_until_the_number_set_is_reached()
    {
        var sent = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var survey = new SurveyPart { Access = SurveyAccess.Invitation, ReminderDays = 3, ReminderCount = 2 };
        Assert.Equal(sent.AddDays(3), ReminderRules.NextDue(survey, sent, 0));
        Assert.Equal(sent.AddDays(3), ReminderRules.NextDue(survey, sent, 1));
        Assert.Null(ReminderRules.NextDue(survey, sent, 2));
        Assert.Null(ReminderRules.NextDue(new SurveyPart { Access = SurveyAccess.Invitation, ReminderDays = 0, ReminderCount = 2 }, sent, 0));
        Assert.Null(ReminderRules.NextDue(new SurveyPart { Access = SurveyAccess.Anonymous, ReminderDays = 3, ReminderCount = 2 }, sent, 0));
        Assert.Null(ReminderRules.Check(survey));
        Assert.Equal("Remind after 1 to 60 days, or 0 for no reminder.", ReminderRules.Check(new SurveyPart { ReminderDays = 61 }));
        Assert.Equal("Send at most 5 reminders.", ReminderRules.Check(new SurveyPart { ReminderDays = 2, ReminderCount = 6 }));
    }
}
