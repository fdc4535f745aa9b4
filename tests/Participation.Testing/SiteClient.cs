using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Testing;

/// <summary>The steps most tests start with: sign in, register and confirm a citizen.</summary>
public static partial class SiteClient
{
    public static async Task SignInAsync(this HttpClient client, string login, string password)
    {
        var response = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await response.ReadDocumentAsync();
            throw new InvalidOperationException($"Sign-in as {login} failed ({(int)response.StatusCode}): {string.Join(" | ", page.ValidationMessages())}");
        }
    }

    /// <summary>Registers a citizen, opens the confirmation link from the email that reaches <paramref name="mailbox"/>, and signs in.</summary>
    public static async Task RegisterCitizenAsync(this HttpClient client, IMailbox mailbox, string email, string password, string displayName = "مواطن")
    {
        var response = await client.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = displayName,
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["AcceptPolicy"] = "true",
        });
        response.EnsureSuccessStatusCode();
        var link = await mailbox.ConfirmationLinkAsync(email);
        (await client.GetAsync(link)).EnsureSuccessStatusCode();
        await client.SignInAsync(email, password);
    }

    /// <summary>What the account emails' subjects start with, for a person whose language is Arabic.</summary>
    public const string ConfirmationSubject = "أكّد بريدك الإلكتروني";
    public const string PasswordResetSubject = "إعادة تعيين كلمة المرور";

    /// <summary>The link in the email confirming <paramref name="email"/>, made relative to the site.</summary>
    public static Task<string> ConfirmationLinkAsync(this IMailbox mailbox, string email) => mailbox.LinkInMailAsync(email, ConfirmationSubject);

    /// <summary>The link in the one email to <paramref name="to"/> about <paramref name="subject"/>, made relative to the site.</summary>
    public static async Task<string> LinkInMailAsync(this IMailbox mailbox, string to, string subject)
    {
        var mail = await mailbox.WaitForMailAsync(to, subject);
        return LinkIn(mail);
    }

    /// <summary>The link in <paramref name="mail"/>, made relative to the site.</summary>
    public static string LinkIn(ReceivedMail mail)
    {
        var match = LinkPattern().Match(mail.Message.TextBody ?? "");
        if (!match.Success) throw new InvalidOperationException($"No link in the email «{mail.Subject}»: {mail.Message.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}

public static class SiteUsers
{
    /// <summary>
    /// Confirmed citizen accounts made straight in the store (hashing the password once for all
    /// of them): for tests and benchmarks that need many distinct voters.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateCitizensAsync(this SiteFactory site, int count, string password, string prefix = "voter")
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Participation.Users.ParticipationUser>>();
        var hash = users.PasswordHasher.HashPassword(new Participation.Users.ParticipationUser(), password);
        var logins = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{prefix}{i}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 14)];
            var user = new Participation.Users.ParticipationUser
            {
                UserName = name, Email = $"{name}@mail.example", EmailConfirmed = true, DisplayName = name, PasswordHash = hash, CreatedUtc = DateTime.UtcNow,
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            logins.Add(name);
        }
        return logins;
    }

    /// <summary>Citizens made as <see cref="CreateCitizensAsync"/> makes them, each signed in on a client of their own.</summary>
    public static async Task<(IReadOnlyList<string> Logins, List<HttpClient> Clients)> SignedInCitizensAsync(this SiteFactory site, int count, string password, string prefix)
    {
        var logins = await site.CreateCitizensAsync(count, password, prefix);
        var clients = logins.Select(_ => site.CreateSiteClient()).ToList();
        await Task.WhenAll(clients.Select((c, i) => c.SignInAsync(logins[i], password)));
        return (logins, clients);
    }
}
