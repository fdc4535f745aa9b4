using System.Net;
using AngleSharp.Dom;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Testing;
using Participation.Users.Models;

namespace Participation.IntegrationTests;

/// <summary>A site whose national login is the test OpenID Connect provider, set by configuration.</summary>
public sealed class NationalLoginSite : IAsyncLifetime
{
    public const string Key = "nafath";
    public OidcTestProvider Provider { get; private set; } = null!;
    public SiteFactory Site { get; private set; } = null!;
    public RecordedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        var settings = Provider.SiteSettings(Key);
        settings["Logging:LogLevel:Default"] = "Debug";
        Site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = settings, Services = s => s.AddSingleton<ILoggerProvider>(Logs) });
        _ = Site.Server;
    }

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    /// <summary>A person of the provider with a fresh national ID (ten digits, as a Saudi ID).</summary>
    public OidcTestProvider.Person NewPerson(string name = "مواطن موثق")
        => Provider.AddPerson("p" + Guid.NewGuid().ToString("N")[..10], "1" + Random.Shared.NextInt64(100_000_000, 999_999_999), name);

    /// <summary>A first national sign-in to its end: the provider's login, then the account's name and email.</summary>
    public async Task<HttpResponseMessage> FirstSignInAsync(HttpClient client, OidcTestProvider.Person person, string email)
    {
        var (_, path) = await Provider.SignInAsync(client, Key, person.Login);
        Assert.StartsWith("/account/national-login/finish", path);
        return await client.SubmitFormAsync(path, new Dictionary<string, string> { ["Email"] = email, ["AcceptPolicy"] = "true" });
    }

    /// <summary>What the site logged as errors, to say why a request failed.</summary>
    public string ErrorLines() => string.Join(Environment.NewLine, Logs.Lines.Where(l => l.Level >= LogLevel.Warning || l.Category.Contains("NationalLogin")).Select(l => l.Message + " " + l.Exception));

    public async Task<T> QueryAsync<T>(Func<IDataSession, Task<T>> query)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    public async Task DisposeAsync()
    {
        Site.Dispose();
        await Provider.DisposeAsync();
    }
}

/// <summary>National login over OpenID Connect against a real provider: one verified person, one account.</summary>
public class NationalLoginTests(NationalLoginSite fixture) : IClassFixture<NationalLoginSite>
{
    private static string Email() => $"verified-{Guid.NewGuid():N}@mail.example";

    private static async Task<string> ProblemAsync(HttpResponseMessage response)
        => (await response.ReadDocumentAsync()).QuerySelector(".national-login-problem")?.TextContent.Trim() ?? $"no problem page ({(int)response.StatusCode})";

    [Fact]
    public async Task A_citizen_signs_in_through_the_national_login_lands_verified_and_votes_in_a_verified_only_poll()
    {
        var admin = await fixture.AdminAsync();
        var (id, path) = await admin.OpenPollAsync(DateTime.UtcNow, "تصويت للهويات الموثقة", ["أ", "ب"], eligibility: "VerifiedIdentity");
        var login = await admin.GetDocumentAsync("/account/login");
        Assert.Contains("الدخول عبر النفاذ الوطني", login.QuerySelector($"form[action='/account/national-login/{NationalLoginSite.Key}'] button")!.TextContent);

        var person = fixture.NewPerson("سارة الموثقة");
        var citizen = fixture.Site.CreateSiteClient();
        var (_, finish) = await fixture.Provider.SignInAsync(citizen, NationalLoginSite.Key, person.Login, $"/account/login?returnUrl={Uri.EscapeDataString(path)}");
        var form = await citizen.GetDocumentAsync(finish);
        Assert.Equal("سارة الموثقة", form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=DisplayName]")!.Value);
        var email = Email();
        var done = await citizen.SubmitFormAsync(finish, new Dictionary<string, string> { ["Email"] = email, ["AcceptPolicy"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(path, done.Headers.Location!.OriginalString);

        var account = await citizen.GetDocumentAsync("/account");
        Assert.Contains("وُثّقت عبر النفاذ الوطني", account.QuerySelector("dl.facts")!.TextContent);
        Assert.DoesNotContain(person.NationalId!, await (await citizen.GetAsync("/account")).Content.ReadAsStringAsync());

        var option = (await citizen.GetDocumentAsync(path)).QuerySelectorAll($"#poll-{id} input[name=options]").Select(i => i.GetAttribute("value")!).First();
        var vote = await citizen.VoteAsync(path, id, option);
        Assert.Equal(HttpStatusCode.Redirect, vote.StatusCode);
        Assert.Equal("شكراً لك: احتُسب صوتك.", (await citizen.GetDocumentAsync(vote.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent.Trim());

        // Signing in again later finds the same account, straight away.
        var again = fixture.Site.CreateSiteClient();
        var (back, _) = await fixture.Provider.SignInAsync(again, NationalLoginSite.Key, person.Login);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains(email, (await again.GetDocumentAsync("/account")).QuerySelector("dl.facts")!.TextContent);
    }

    [Fact]
    public async Task The_database_holds_a_keyed_hash_of_the_identity_and_nothing_of_it_reaches_logs_audit_or_email()
    {
        var person = fixture.NewPerson();
        var email = Email();
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.FirstSignInAsync(fixture.Site.CreateSiteClient(), person, email)).StatusCode);

        var rows = await fixture.QueryAsync(s => s.Database.SqlQueryRaw<string>("SELECT \"IdentityHash\" || '|' || \"Provider\" AS \"Value\" FROM \"UserNationalIdentities\"").ToListAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches("^[0-9a-f]{64}\\|nafath$", row));
        Assert.All(rows, row => Assert.DoesNotContain(person.NationalId!, row));
        var everyTable = await fixture.QueryAsync(async s =>
        {
            var tables = await s.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();
            var found = new List<string>();
            foreach (var table in tables)
            {
                // Names read from the schema itself, not input.
                var columnsSql = "SELECT name AS \"Value\" FROM pragma_table_info('" + table + "')";
                var columns = await s.Database.SqlQueryRaw<string>(columnsSql).ToListAsync();
                var rowsSql = "SELECT " + string.Join(" || '|' || ", columns.Select(c => $"COALESCE(CAST(\"{c}\" AS TEXT), '')")) + " AS \"Value\" FROM \"" + table + "\"";
                found.AddRange(await s.Database.SqlQueryRaw<string>(rowsSql).ToListAsync());
            }
            return found;
        });
        Assert.DoesNotContain(everyTable, value => value.Contains(person.NationalId!));

        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Message.Contains(person.NationalId!));
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ListAsync(new AuditTrailQuery { Take = 1000 });
        Assert.Contains(audit, e => e.Name == "RegisteredVerified");
        Assert.DoesNotContain(person.NationalId!, JsonSerializer.Serialize(audit));
        var mail = await fixture.Site.WaitForMailAsync(email, SiteClient.ConfirmationSubject);
        Assert.DoesNotContain(person.NationalId!, mail.Message.ToString());
    }

    [Fact]
    public async Task A_second_account_presenting_the_same_identity_is_refused_and_stays_unverified()
    {
        var person = fixture.NewPerson();
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.FirstSignInAsync(fixture.Site.CreateSiteClient(), person, Email())).StatusCode);

        var other = fixture.Site.CreateSiteClient();
        var otherEmail = Email();
        await other.RegisterCitizenAsync(fixture.Site, otherEmail, "Citizen-pass-1");
        var (refused, _) = await fixture.Provider.SignInAsync(other, NationalLoginSite.Key, person.Login, "/account");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("موثّقة لحساب آخر", await ProblemAsync(refused));
        Assert.Contains("غير موثّقة", (await other.GetDocumentAsync("/account")).QuerySelector("dl.facts")!.TextContent);
    }

    [Fact]
    public async Task A_signed_in_citizen_verifies_their_account_and_deleting_it_deletes_the_binding()
    {
        var citizen = fixture.Site.CreateSiteClient();
        await citizen.RegisterCitizenAsync(fixture.Site, Email(), "Citizen-pass-1");
        var person = fixture.NewPerson();
        var (linked, _) = await fixture.Provider.SignInAsync(citizen, NationalLoginSite.Key, person.Login, "/account");
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Contains("وُثّقت عبر النفاذ الوطني", (await citizen.GetDocumentAsync("/account")).QuerySelector("dl.facts")!.TextContent);
        var before = await fixture.QueryAsync(s => s.Set<NationalIdentity>().CountAsync());

        var deleted = await citizen.SubmitFormAsync("/account", new Dictionary<string, string> { ["Password"] = "Citizen-pass-1" }, "form[action='/account/delete']");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(before - 1, await fixture.QueryAsync(s => s.Set<NationalIdentity>().CountAsync()));
        // The identity is free again: the person may make a new account with it.
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.FirstSignInAsync(fixture.Site.CreateSiteClient(), person, Email())).StatusCode);
    }

    [Fact]
    public async Task Two_parallel_first_sign_ins_of_one_person_make_one_account()
    {
        var person = fixture.NewPerson();
        var clients = Enumerable.Range(0, 2).Select(_ => fixture.Site.CreateSiteClient()).ToList();
        var finishes = new List<string>();
        foreach (var client in clients) finishes.Add((await fixture.Provider.SignInAsync(client, NationalLoginSite.Key, person.Login)).Path);
        var forms = new List<(string Action, List<KeyValuePair<string, string>> Fields)>();
        for (var i = 0; i < 2; i++)
        {
            var page = await clients[i].GetDocumentAsync(finishes[i]);
            forms.Add(("/account/national-login/finish",
            [
                new("__RequestVerificationToken", page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
                new("DisplayName", "مواطن"), new("Email", Email()), new("AcceptPolicy", "true"),
            ]));
        }
        var answers = await Task.WhenAll(clients.Select((c, i) => c.PostAsync(forms[i].Action, new FormUrlEncodedContent(forms[i].Fields))));
        foreach (var answer in answers)
            Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"{(int)answer.StatusCode}: {await ProblemAsync(answer)} {fixture.ErrorLines()}");

        // Both are signed in to the one account the winner made; the other's email made none.
        var shown = new List<string>();
        foreach (var client in clients) shown.Add((await client.GetDocumentAsync("/account")).QuerySelector("dd[dir=ltr]")!.TextContent);
        Assert.Single(shown.Distinct());
        var typed = forms.Select(f => f.Fields.First(x => x.Key == "Email").Value).ToList();
        Assert.Equal(1, await fixture.QueryAsync(s => s.Set<Participation.Users.ParticipationUser>().CountAsync(u => typed.Contains(u.Email!))));
    }

    [Fact]
    public async Task A_token_without_the_national_id_a_cancelled_sign_in_and_a_replayed_answer_each_get_their_page_and_no_account()
    {
        var users = await fixture.QueryAsync(s => s.Set<Participation.Users.ParticipationUser>().CountAsync());
        var anonymous = fixture.Provider.AddPerson("no-id-" + Guid.NewGuid().ToString("N")[..6], null, "بلا هوية");
        var (noId, _) = await fixture.Provider.SignInAsync(fixture.Site.CreateSiteClient(), NationalLoginSite.Key, anonymous.Login);
        Assert.Contains("لم يرسل النفاذ الوطني رقم هويتك", await ProblemAsync(noId));

        var person = fixture.NewPerson();
        var (cancelled, _) = await fixture.Provider.SignInAsync(fixture.Site.CreateSiteClient(), NationalLoginSite.Key, person.Login, cancel: true);
        Assert.Contains("ألغيت تسجيل الدخول", await ProblemAsync(cancelled));

        // The provider's answer (code and state) used a second time: its state cookie is spent.
        var client = fixture.Site.CreateSiteClient();
        var authorize = await OidcTestProvider.PressButtonAsync(client, NationalLoginSite.Key);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var page = await (await browser.GetAsync(authorize)).ReadDocumentAsync();
        var fields = page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.AddRange([new("login", person.Login), new("action", "signin")]);
        var answer = (await browser.PostAsync(new Uri(authorize, "/connect/authorize"), new FormUrlEncodedContent(fields))).Headers.Location!.PathAndQuery;
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(answer)).StatusCode);
        var replayed = await client.GetAsync(answer);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        var replayPage = await client.GetAsync(replayed.Headers.Location);
        Assert.Contains("انتهت مهلة تسجيل الدخول", await ProblemAsync(replayPage));

        Assert.Equal(users, await fixture.QueryAsync(s => s.Set<Participation.Users.ParticipationUser>().CountAsync()));
    }

    [Fact]
    public async Task The_admin_adds_a_provider_and_can_make_staff_sign_in_only_through_the_national_login()
    {
        var admin = await fixture.AdminAsync();
        var page = await admin.GetDocumentAsync("/admin/users/national-login");
        Assert.Contains(NationalLoginSite.Key, page.QuerySelector("fieldset[disabled]")!.TextContent);
        var refused = await admin.SubmitFormAsync("/admin/users/national-login", new Dictionary<string, string>
        {
            ["Providers[0].Key"] = "Bad Key", ["Providers[0].Authority"] = "http://idp.example", ["Providers[0].ClientId"] = "",
            ["Providers[0].NationalIdClaim"] = "nin", ["Providers[0].LabelAr"] = "دخول", ["Providers[0].LabelEn"] = "Sign in",
        });
        Assert.True(refused.StatusCode == HttpStatusCode.OK, fixture.ErrorLines());
        Assert.Equal(3, (await refused.ReadDocumentAsync()).QuerySelectorAll(".field-error").Count(e => e.TextContent.Trim().Length > 0));

        var saved = await admin.SubmitFormAsync("/admin/users/national-login", new Dictionary<string, string>
        {
            ["Providers[0].Key"] = "iqama", ["Providers[0].Authority"] = fixture.Provider.Authority, ["Providers[0].ClientId"] = OidcTestProvider.ClientId,
            ["Providers[0].ClientSecret"] = OidcTestProvider.ClientSecret, ["Providers[0].Scopes"] = "openid profile",
            ["Providers[0].NationalIdClaim"] = OidcTestProvider.NationalIdClaim, ["Providers[0].NameClaims"] = "name",
            ["Providers[0].LabelAr"] = "الدخول بالإقامة", ["Providers[0].LabelEn"] = "Sign in with your iqama", ["StaffOnly"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var buttons = (await fixture.Site.CreateSiteClient().GetDocumentAsync("/account/login")).QuerySelectorAll(".national-login-button").Select(b => b.TextContent).ToList();
        Assert.Equal(["الدخول عبر النفاذ الوطني", "الدخول بالإقامة"], buttons);
        Assert.DoesNotContain(OidcTestProvider.ClientSecret, await (await admin.GetAsync("/admin/users/national-login")).Content.ReadAsStringAsync());

        // The provider saved in the admin signs people in too.
        var person = fixture.NewPerson();
        var (_, finish) = await fixture.Provider.SignInAsync(fixture.Site.CreateSiteClient(), "iqama", person.Login);
        Assert.StartsWith("/account/national-login/finish", finish);

        // Staff with a password are sent to the national login; the administrator keeps the break-glass password.
        var name = "editor" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = name, ["DisplayName"] = name, ["Email"] = $"{name}@ministry.example", ["Password"] = "Staff-pass-2026", ["Roles"] = "Editor",
        })).StatusCode);
        var staff = await fixture.Site.CreateSiteClient().SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = name, ["Password"] = "Staff-pass-2026" });
        Assert.Contains("يدخل الموظفون عبر النفاذ الوطني", string.Join(" ", (await staff.ReadDocumentAsync()).ValidationMessages()));
        await fixture.AdminAsync();

        var reset = await admin.SubmitFormAsync("/admin/users/national-login", new Dictionary<string, string> { ["Remove"] = "iqama", ["StaffOnly"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Single((await fixture.Site.CreateSiteClient().GetDocumentAsync("/account/login")).QuerySelectorAll(".national-login-button"));
    }

    [Fact]
    public async Task A_recipe_sets_the_providers_and_a_wrong_field_is_named_with_its_step()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var recipes = scope.ServiceProvider.GetRequiredService<Participation.Recipes.IRecipeHarvester>();
        var executor = scope.ServiceProvider.GetRequiredService<Participation.Recipes.IRecipeExecutor>();
        var broken = recipes.Parse("""
            { "name": "Login", "steps": [ { "name": "NationalLogin", "Providers": [ { "Key": "gov", "Authority": "ftp://idp.example", "ClientId": "site", "NationalIdClaim": "nin", "LabelAr": "دخول", "LabelEn": "Sign in" } ] } ] }
            """, "test");
        var error = await Assert.ThrowsAsync<Participation.Recipes.RecipeExecutionException>(() => executor.ExecuteAsync(broken));
        Assert.Equal("NationalLogin", error.StepName);
        Assert.Equal("Providers[0].Authority", error.Field);

        var good = recipes.Parse("""
            { "name": "Login", "steps": [ { "name": "NationalLogin", "StaffOnly": false, "Providers": [ { "Key": "gov", "Authority": "https://idp.example", "ClientId": "site", "ClientSecret": "s3cret", "NationalIdClaim": "nin", "LabelAr": "الدخول الحكومي", "LabelEn": "Government sign-in" } ] } ] }
            """, "test");
        await executor.ExecuteAsync(good);
        var buttons = (await fixture.Site.CreateSiteClient().GetDocumentAsync("/account/login?culture=en")).QuerySelectorAll(".national-login-button").Select(b => b.TextContent).ToList();
        Assert.Contains("Government sign-in", buttons);
        var stored = await fixture.QueryAsync(s => s.Set<SiteDocument>().Where(d => d.Type == "Participation.Users.NationalLogin").Select(d => d.Content).FirstAsync());
        Assert.DoesNotContain("s3cret", stored);

        await executor.ExecuteAsync(recipes.Parse("""{ "name": "Off", "steps": [ { "name": "NationalLogin", "Providers": [] } ] }""", "test"));
    }
}

/// <summary>A provider that is down: the sign-in ends on a page that says so, in the person's language.</summary>
public class NationalLoginOutageTests
{
    [Fact]
    public async Task A_stopped_provider_gets_the_localised_page_in_arabic_and_english()
    {
        var provider = await OidcTestProvider.StartAsync();
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, Settings = provider.SiteSettings("nafath") });
        await provider.DisposeAsync();

        var arabic = await site.CreateSiteClient().SubmitFormAsync("/account/login", new Dictionary<string, string>(), "form[action='/account/national-login/nafath']");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, arabic.StatusCode);
        Assert.Contains("لا يستجيب النفاذ الوطني الآن", (await arabic.ReadDocumentAsync()).QuerySelector(".national-login-problem")!.TextContent);
        var english = await site.CreateSiteClient().SubmitFormAsync("/account/login?culture=en", new Dictionary<string, string>(), "form[action='/account/national-login/nafath']");
        Assert.Contains("The national login is not answering right now", (await english.ReadDocumentAsync()).QuerySelector(".national-login-problem")!.TextContent);
    }
}
