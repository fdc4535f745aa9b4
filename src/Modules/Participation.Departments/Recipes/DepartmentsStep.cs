using Participation.Text;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments.Models;
using Participation.Departments.Services;
using Participation.Recipes;

namespace Participation.Departments.Recipes;

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
            if (!StableKey.IsValid(key)) throw new RecipeStepException($"{at}.Key", "each department needs a key of lower-case Latin letters, digits and '-'");
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
