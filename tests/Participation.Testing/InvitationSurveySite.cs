using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.Extensions.Time.Testing;

namespace Participation.Testing;

/// <summary>
/// A site for invitation surveys as their tests share it: the real SMTP server, a clock the test
/// moves, the administrator signed in, and the steps every such test takes — build the survey,
/// upload the recipients, send the invitations.
/// </summary>
public sealed class InvitationSurveySite : IAsyncDisposable
{
    public const string InvitationSubject = "رأيك مطلوب";

    private InvitationSurveySite(SmtpTestServer smtp, FakeTimeProvider clock, SiteFactory site, HttpClient admin) => (Smtp, Clock, Site, Admin) = (smtp, clock, site, admin);

    public SmtpTestServer Smtp { get; }
    public FakeTimeProvider Clock { get; }
    public SiteFactory Site { get; }
    public HttpClient Admin { get; }

    public static async Task<InvitationSurveySite> StartAsync()
    {
        var smtp = await SmtpTestServer.StartNewAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var site = new SiteFactory(new SiteOptions { AutoSetup = true, Clock = clock, Settings = smtp.SiteSettings });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return new(smtp, clock, site, admin);
    }

    /// <summary>The shared survey (<see cref="SiteSurveys.BuildSurveyAsync"/>), answered by invitation, open for <paramref name="endsIn"/>.</summary>
    public Task<(string Id, string Path)> BuildAsync(string title, TimeSpan? endsIn = null, IReadOnlyDictionary<string, string>? settings = null)
        => Admin.BuildSurveyAsync(Clock.GetUtcNow().UtcDateTime, title, access: "Invitation", endsIn: endsIn, settings: settings);

    /// <summary>Uploads a recipient file (CSV text); answers the page it leads to.</summary>
    public async Task<IDocument> UploadAsync(string surveyId, string csv)
        => await (await Admin.SubmitFormWithFilesAsync($"/admin/surveys/{surveyId}/invitations", new Dictionary<string, string>(), [("recipients", "guests.csv", Encoding.UTF8.GetBytes(csv))], "#upload-recipients")).ReadDocumentAsync();

    /// <summary>Sends the invitations not sent yet, as the button on the invitations page does.</summary>
    public async Task SendAsync(string surveyId)
        => Assert.Equal(HttpStatusCode.Redirect, (await Admin.SubmitButtonFormAsync($"/admin/surveys/{surveyId}/invitations", $"/admin/surveys/{surveyId}/invitations/send")).StatusCode);

    public async ValueTask DisposeAsync()
    {
        Site.Dispose();
        await Smtp.DisposeAsync();
    }
}
