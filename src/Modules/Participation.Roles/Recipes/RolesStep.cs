using Participation.Users;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Roles.Recipes;

/// <summary>
/// The <c>Roles</c> step: <c>{ "name": "Roles", "Roles": [ { "Name": "Editor", "Description": "…", "Permissions": ["EditContent"] } ] }</c>.
/// A role's permissions become exactly the list given; a new role is created.
/// </summary>
public sealed class RolesStep(RoleManager<ParticipationRole> roles, IRolePermissions rolePermissions, IPermissionCatalog permissions) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.Get("Roles") is not JsonArray list) throw new RecipeStepException("Roles", "the Roles step needs a 'Roles' list");
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"Roles[{i}]";
            if (list[i] is not JsonObject entry) throw new RecipeStepException(at, "each role is a JSON object");
            var name = (entry.Get("Name") as JsonValue)?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(name)) throw new RecipeStepException($"{at}.Name", "each role needs a name");
            var names = (entry.Get("Permissions") as JsonArray)?.Select(p => p?.GetValue<string>() ?? "").ToList() ?? [];
            var unknown = names.FirstOrDefault(n => permissions.Find(n) is null);
            if (unknown is not null) throw new RecipeStepException($"{at}.Permissions", $"unknown permission '{unknown}'");

            var role = await roles.FindByNameAsync(name);
            var description = (entry.Get("Description") as JsonValue)?.GetValue<string>();
            if (role is null)
            {
                var created = await roles.CreateAsync(new ParticipationRole(name) { Description = description ?? "" });
                if (!created.Succeeded) throw new RecipeStepException($"{at}.Name", string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            else if (description is not null)
            {
                role.Description = description;
                await roles.UpdateAsync(role);
            }
            await rolePermissions.SetAsync(name, names);
        }
    }

}
