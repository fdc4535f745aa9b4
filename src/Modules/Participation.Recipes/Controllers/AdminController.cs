using Microsoft.AspNetCore.Http;
using Participation.AuditTrail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Security;
using Participation.Notify;

namespace Participation.Recipes.Controllers;

[Admin, Area("Participation.Recipes"), Route("admin/recipes")]
public sealed class AdminController(
    IRecipeHarvester harvester,
    IRecipeExecutor executor,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller
{
    /// <summary>A recipe file larger than this is refused before it is read.</summary>
    private const long MaxRecipeBytes = 5 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index()
        => await CanAsync() ? View(harvester.GetRecipes()) : Forbid();

    [HttpPost("run/{name}")]
    public async Task<IActionResult> Run(string name)
    {
        if (!await CanAsync()) return Forbid();
        var recipe = harvester.Find(name);
        if (recipe is null) return NotFound();
        return await ExecuteAsync(recipe);
    }

    [HttpPost("import"), RequestSizeLimit(MaxRecipeBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file)
    {
        if (!await CanAsync()) return Forbid();
        if (file is null || file.Length == 0)
        {
            notifier.Error(T["Choose a recipe file (.json) to import."]);
            return RedirectToAction(nameof(Index));
        }
        if (file.Length > MaxRecipeBytes)
        {
            notifier.Error(T["The file is too large: a recipe is at most 5 MB."]);
            return RedirectToAction(nameof(Index));
        }
        using var reader = new StreamReader(file.OpenReadStream());
        RecipeDescriptor recipe;
        try
        {
            recipe = harvester.Parse(await reader.ReadToEndAsync(), file.FileName);
        }
        catch (RecipeExecutionException ex)
        {
            notifier.Error(T["The recipe was not imported: {0}", ex.Message]);
            return RedirectToAction(nameof(Index));
        }
        return await ExecuteAsync(recipe);
    }

    private async Task<IActionResult> ExecuteAsync(RecipeDescriptor recipe)
    {
        try
        {
            await executor.ExecuteAsync(recipe);
        }
        catch (RecipeExecutionException ex)
        {
            notifier.Error(T["The recipe was not applied and nothing changed. {0}", ex.Message]);
            return RedirectToAction(nameof(Index));
        }
        await auditTrail.RecordAsync("Recipe", "Executed", recipe.Name);
        notifier.Success(T["Recipe “{0}” applied.", recipe.DisplayName]);
        return RedirectToAction(nameof(Index));
    }

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageRecipes);
}
