namespace Participation.Setup;

/// <summary>
/// A module's part in installing the site, inside setup's one transaction (Orchard's setup
/// event handler). The Users module creates the default roles and the administrator here,
/// so the host knows nothing of accounts.
/// </summary>
public interface ISetupEventHandler
{
    /// <summary>After every module's migrations, before the recipe runs.</summary>
    Task SchemaCreatedAsync(SetupContext context) => Task.CompletedTask;

    /// <summary>
    /// After the recipe. Errors go into <paramref name="result"/>, keyed by the
    /// <see cref="SetupContext"/> property they concern, and undo the whole setup.
    /// </summary>
    Task RecipeExecutedAsync(SetupContext context, SetupResult result) => Task.CompletedTask;
}
