namespace Participation.BrowserTests;

/// <summary>The pages the accessibility and HTML checks go through, on a site set up from the sample recipe.</summary>
internal static class SitePages
{
    public static readonly string[] Public =
    [
        "/", "/participation-policy", "/account/login", "/account/register", "/account/forgot-password", "/no-such-page",
        "/requests", "/requests/suggestion", "/requests/complaint", "/requests/contact", "/requests/track",
        "/polls", "/polls/archive", "/park-hours-poll", "/library-services-poll", "/consultations", "/shaded-walkways",
        "/library-evening-hours", "/bus-stop-shelters", "/how-to-take-part",
        "/results", "/open-data",
        "/ideas", "/ideas/idea-topic-parks", "/ideas/idea-topic-parks?sort=MostSupported", "/ideas/idea/idea-park-shade",
        "/surveys", "/building-permits-satisfaction", "/surveys/sample-satisfaction-survey/answer",
        "/surveys/sample-satisfaction-survey/results",
    ];

    public static readonly string[] Admin =
    [
        "/admin", "/admin/contents", "/admin/contents/create/Page", "/admin/users", "/admin/users/create", "/admin/roles/Editor", "/admin/settings",
        "/admin/recipes", "/admin/audit", "/admin/email", "/admin/workflows", "/admin/workflows/new", "/admin/workflows/close-consultation",
        "/admin/contents/create/Consultation", "/admin/contents/create/Poll", "/admin/moderation", "/admin/moderation/policy", "/admin/moderation/bans",
        "/admin/requests", "/admin/requests/settings", "/admin/requests/figures", "/admin/departments",
        "/admin/reports", "/admin/reports/archive", "/admin/open-data",
        "/admin/ideas/review", "/admin/contents/create/IdeaTopic",
        "/admin/ideas/study", "/admin/ideas/study/idea-topic-parks", "/admin/ideas/merge/idea-park-shade", "/admin/ideas/statuses",
        // A public page as someone signed in sees it, with the forms it shows only to them: the idea's comment and follow forms.
        "/ideas/idea/idea-park-shade",
        // The workflow steps' forms (issue 17): an email, a date timer, a request event, a stage change.
        "/admin/workflows/request-acknowledgement/steps/acknowledge", "/admin/workflows/close-consultation/steps/closing-date",
        "/admin/workflows/request-update/steps/changed", "/admin/workflows/close-consultation/steps/close",
        "/admin/surveys", "/admin/surveys/services", "/admin/contents/create/Survey",
    ];

    /// <summary>Admin pages of the sample recipe's items: the Nu checker's site has them; SurveyJourneyTests checks them with axe.</summary>
    public static readonly string[] SampleAdmin =
    [
        "/admin/surveys/answer-satisfaction-survey/invitations", "/admin/contents/answer-satisfaction-survey/edit",
        // The survey analysis with its filter and cross-tab form (surveysan).
        "/admin/surveys/sample-satisfaction-survey/analysis",
        // A service's satisfaction across its surveys: the line chart and its table.
        "/admin/surveys/services/building-permits/trend",
    ];
}
