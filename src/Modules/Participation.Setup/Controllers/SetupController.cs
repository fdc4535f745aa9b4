using Microsoft.Extensions.DependencyInjection;
using Participation.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Participation.Data;
using Participation.Recipes;
using Participation.Setup.ViewModels;

namespace Participation.Setup.Controllers;

[Area("Participation.Setup"), Route("setup")]
public sealed class SetupController(ISetupService setup, IShellSettingsStore shell, IRecipeHarvester recipes, IServiceProvider services) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
        => shell.IsRunning ? NotFound() : View(new SetupViewModel { Recipes = SetupRecipes() });

    [HttpPost("")]
    public async Task<IActionResult> Index(SetupViewModel model)
    {
        if (shell.IsRunning) return NotFound();
        var result = await setup.SetupAsync(new SetupContext
        {
            SiteName = model.SiteName ?? "",
            AdminUserName = model.AdminUserName ?? "",
            AdminEmail = model.AdminEmail ?? "",
            AdminPassword = model.AdminPassword ?? "",
            Recipe = model.Recipe ?? "",
            DatabaseProvider = model.DatabaseProvider,
            ConnectionString = model.ConnectionString ?? "",
        }, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors)
                foreach (var message in messages) ModelState.AddModelError(field, message);
            model.Recipes = SetupRecipes();
            model.AdminPassword = "";
            return View(model);
        }

        // The request began before the site existed: sign in through a fresh scope bound to the new database.
        await using var scope = services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ParticipationUser>>();
        signIn.Context = HttpContext;
        var admin = await signIn.UserManager.FindByIdAsync(result.AdminUserId!);
        await signIn.SignInAsync(admin!, isPersistent: false);
        return Redirect("/admin");
    }

    private IReadOnlyList<RecipeDescriptor> SetupRecipes() => recipes.GetRecipes().Where(r => r.IsSetupRecipe).ToList();
}
