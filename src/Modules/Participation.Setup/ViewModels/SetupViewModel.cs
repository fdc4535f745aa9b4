using System.ComponentModel.DataAnnotations;
using Participation.Data;
using Participation.Recipes;

namespace Participation.Setup.ViewModels;

public sealed class SetupViewModel
{
    [Display(Name = "Site name")]
    public string SiteName { get; set; } = "منصة المشاركة";

    [Display(Name = "Administrator's user name")]
    public string AdminUserName { get; set; } = "admin";

    [Display(Name = "Administrator's email")]
    public string AdminEmail { get; set; } = "";

    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string AdminPassword { get; set; } = "";

    [Display(Name = "Recipe")]
    public string Recipe { get; set; } = "Participation";

    [Display(Name = "Database")]
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    [Display(Name = "Connection string")]
    public string ConnectionString { get; set; } = "";

    public IReadOnlyList<RecipeDescriptor> Recipes { get; set; } = [];
}
