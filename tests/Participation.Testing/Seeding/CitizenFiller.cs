using Microsoft.AspNetCore.Identity;
using Participation.Users;

namespace Participation.Testing.Seeding;

/// <summary>
/// Confirmed citizen accounts (Identity's users table) named <c>{prefix}{n}</c>, all with the
/// plan's password hashed once: the benchmark's distinct voters and signed-in visitors.
/// </summary>
public sealed class CitizenFiller : ITableFiller
{
    private static readonly string[] Columns = ["Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "DisplayName", "PreferredCulture", "CreatedUtc"];

    public string Name => "citizens (AspNetUsers)";

    /// <summary>The login of citizen <paramref name="n"/> of a plan.</summary>
    public static string Login(SeedPlan plan, long n) => $"{plan.CitizenPrefix}{n}";

    public async Task<long> FillAsync(SeedContext context)
    {
        var plan = context.Plan;
        var hash = new PasswordHasher<ParticipationUser>().HashPassword(new ParticipationUser(), plan.CitizenPassword);
        var ids = Enumerable.Range(0, plan.Citizens).Select(_ => Guid.NewGuid().ToString()).ToList();
        await context.InsertAsync("AspNetUsers", Columns, plan.Citizens, (i, v) =>
        {
            var login = Login(plan, i);
            var email = $"{login}@mail.example";
            v[0] = ids[(int)i]; v[1] = login; v[2] = login.ToUpperInvariant(); v[3] = email; v[4] = email.ToUpperInvariant(); v[5] = true; v[6] = hash;
            v[7] = Guid.NewGuid().ToString("N").ToUpperInvariant(); v[8] = Guid.NewGuid().ToString(); v[9] = false; v[10] = false; v[11] = true; v[12] = 0;
            v[13] = $"مواطن {i + 1}"; v[14] = "ar"; v[15] = context.NowUtc;
        });
        context.UserIds.AddRange(ids);
        return ids.Count;
    }
}
