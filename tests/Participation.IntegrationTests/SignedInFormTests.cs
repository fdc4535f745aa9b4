using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Testing;
using Participation.Users;

namespace Participation.IntegrationTests;

/// <summary>
/// A signed-in person's forms are filled in with their name and email, which the site keeps with
/// their security stamp rather than reading the account on every page: a change to the account
/// shows on the next page.
/// </summary>
public class SignedInFormTests
{
    [Fact]
    public async Task The_complaint_form_is_filled_in_with_the_signed_in_persons_name_and_email_and_follows_a_change_to_the_account()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        var login = (await site.CreateCitizensAsync(1, "Citizen-pass-2026", "form"))[0];
        var client = site.CreateSiteClient();
        await client.SignInAsync(login, "Citizen-pass-2026");

        var form = await client.GetDocumentAsync("/requests/complaint");
        Assert.Equal(login, form.QuerySelector("#f-Name")!.GetAttribute("value"));
        Assert.Equal($"{login}@mail.example", form.QuerySelector("#f-Email")!.GetAttribute("value"));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ParticipationUser>>();
            var user = (await users.FindByNameAsync(login))!;
            user.DisplayName = "سلمى الحربي";
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }
        var again = await client.GetDocumentAsync("/requests/complaint");
        Assert.Equal("سلمى الحربي", again.QuerySelector("#f-Name")!.GetAttribute("value"));

        var visitor = await site.CreateSiteClient().GetDocumentAsync("/requests/complaint");
        Assert.True(string.IsNullOrEmpty(visitor.QuerySelector("#f-Name")!.GetAttribute("value")));
    }
}
