using System.Net.Mail;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Departments.Models;
using Participation.Departments.Services;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Departments;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, DepartmentsModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddScoped<IRecipeStepHandler, DepartmentsStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<DepartmentDirectory>();
        services.AddScoped<IDepartmentDirectory>(sp => sp.GetRequiredService<DepartmentDirectory>());
        services.AddScoped<DepartmentAdministration>();
    }
}

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageDepartments = new("ManageDepartments", "Manage departments, missions and officials' offices", StandardPermissions.SiteOwner) { Category = "Departments" };
    public IEnumerable<Permission> GetPermissions() => [ManageDepartments];
}

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Admin) items.Add(new MenuItem { Text = "Departments", Url = "/admin/departments", Position = "83", Permission = Permissions.ManageDepartments });
    }
}

public sealed class DepartmentsModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<DepartmentRecord>(e =>
    {
        e.ToTable("Departments");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique().HasDatabaseName("IX_Departments_Key");
        e.Property(x => x.Key).HasMaxLength(50);
        e.Property(x => x.NameAr).HasMaxLength(200);
        e.Property(x => x.NameEn).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.ParentKey).HasMaxLength(50);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
    }).Entity<DepartmentMemberRecord>(e =>
    {
        e.ToTable("DepartmentMembers");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.DepartmentKey, x.UserId }).IsUnique().HasDatabaseName("IX_DepartmentMembers_Department_User");
        e.HasIndex(x => x.UserId).HasDatabaseName("IX_DepartmentMembers_User");
        e.Property(x => x.DepartmentKey).HasMaxLength(50);
        e.Property(x => x.UserId).HasMaxLength(450);
    });
}

public sealed class Migrations : DataMigration
{
    public int Create(MigrationBuilder schema)
    {
        schema.CreateTable("Departments", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            Key = t.Column<string>(maxLength: 50, nullable: false),
            NameAr = t.Column<string>(maxLength: 200, nullable: false),
            NameEn = t.Column<string>(maxLength: 200, nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            ParentKey = t.Column<string>(maxLength: 50, nullable: true),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            IsActive = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Departments", x => x.Id));
        schema.CreateIndex("IX_Departments_Key", "Departments", "Key", unique: true);
        return 1;
    }

    /// <summary>Officers and heads, for request inboxes and escalations.</summary>
    public int UpdateFrom1(MigrationBuilder schema)
    {
        schema.CreateTable("DepartmentMembers", t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            DepartmentKey = t.Column<string>(maxLength: 50, nullable: false),
            UserId = t.Column<string>(maxLength: 450, nullable: false),
            IsHead = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DepartmentMembers", x => x.Id));
        schema.CreateIndex("IX_DepartmentMembers_Department_User", "DepartmentMembers", ["DepartmentKey", "UserId"], unique: true);
        schema.CreateIndex("IX_DepartmentMembers_User", "DepartmentMembers", "UserId");
        return 2;
    }
}

/// <summary>
/// The <c>Departments</c> step: <c>{ "name": "Departments", "Departments": [ { "Key": "planning", "NameAr": "…", "NameEn": "…", "Email": "…", "Kind": "Department", "ParentKey": null } ] }</c>.
/// </summary>
public sealed class DepartmentsStep(IDataSession session, DepartmentDirectory directory) : IRecipeStepHandler
{
    public string StepName => "Departments";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.Get("Departments") is not JsonArray list)
            throw new RecipeStepException("Departments", "the Departments step needs a 'Departments' list");
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"Departments[{i}]";
            string? Text(string key) => (list[i] as JsonObject)?.Text(key);
            var key = Text("Key");
            if (string.IsNullOrWhiteSpace(key) || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) throw new RecipeStepException($"{at}.Key", "each department needs a key of lower-case Latin letters, digits and '-'");
            if (string.IsNullOrWhiteSpace(Text("NameAr")) || string.IsNullOrWhiteSpace(Text("NameEn"))) throw new RecipeStepException($"{at}.NameAr", "each department needs an Arabic and an English name");
            var email = Text("Email") ?? "";
            if (email.Length > 0 && !MailAddress.TryCreate(email, out _)) throw new RecipeStepException($"{at}.Email", $"'{email}' is not an email address");
            var kind = DepartmentKind.Department;
            if (Text("Kind") is { } k && !Enum.TryParse(k, out kind)) throw new RecipeStepException($"{at}.Kind", $"'{k}' is not Department, Mission or OfficialOffice");
            var department = await session.Set<DepartmentRecord>().FirstOrDefaultAsync(d => d.Key == key);
            if (department is null) session.Set<DepartmentRecord>().Add(department = new DepartmentRecord { Key = key });
            department.NameAr = Text("NameAr")!;
            department.NameEn = Text("NameEn")!;
            department.Email = email;
            department.Kind = kind;
            department.ParentKey = Text("ParentKey");
            department.IsActive = true;
        }
        await session.SaveChangesAsync();
        directory.Forget();
    }
}
