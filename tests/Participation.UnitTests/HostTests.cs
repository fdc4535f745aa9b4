using System.Reflection;
using System.Reflection.Emit;
using Participation.Modules;
using Participation.Recipes;

namespace Participation.UnitTests;

public class ModuleCatalogTests
{
    private static Assembly Module(string name, params string[] dependencies)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run);
        var ctor = typeof(ModuleAttribute).GetConstructor(Type.EmptyTypes)!;
        assembly.SetCustomAttribute(new CustomAttributeBuilder(ctor, [],
            [typeof(ModuleAttribute).GetProperty(nameof(ModuleAttribute.Name))!, typeof(ModuleAttribute).GetProperty(nameof(ModuleAttribute.Dependencies))!],
            [name, dependencies]));
        return assembly;
    }

    [Fact]
    public void Orders_modules_so_dependencies_come_first()
    {
        var catalog = new ModuleCatalog([Module("Setup", "Users", "Recipes"), Module("Users", "Email"), Module("Recipes"), Module("Email")]);
        var names = catalog.Modules.Select(m => m.Name).ToList();
        Assert.True(names.IndexOf("Email") < names.IndexOf("Users"));
        Assert.True(names.IndexOf("Users") < names.IndexOf("Setup"));
        Assert.True(names.IndexOf("Recipes") < names.IndexOf("Setup"));
    }

    [Fact]
    public void Names_a_missing_dependency()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([Module("Polls", "Workflows")]));
        Assert.Contains("'Polls' depends on 'Workflows'", error.Message);
    }

    [Fact]
    public void Refuses_a_dependency_cycle()
        => Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([Module("A", "B"), Module("B", "A")]));

    [Fact]
    public void Ignores_assemblies_that_are_not_modules()
        => Assert.Empty(new ModuleCatalog([typeof(object).Assembly]).Modules);
}

public class RecipeParsingTests
{
    private readonly RecipeHarvester _harvester = new(new ModuleCatalog([]));

    [Fact]
    public void Reads_the_header_and_steps_without_regard_to_key_case()
    {
        var recipe = _harvester.Parse("""{ "Name": "Mini", "DisplayName": "Mini site", "IsSetupRecipe": true, "steps": [ { "name": "settings", "SiteNameEn": "x" } ] }""", "mini.json");
        Assert.Equal("Mini", recipe.Name);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Single(recipe.Steps);
    }

    [Theory]
    [InlineData("{ not json", "(file)")]
    [InlineData("""{ "steps": [] }""", "name")]
    [InlineData("""{ "name": "x" }""", "steps")]
    public void Says_which_field_of_a_broken_recipe_is_wrong(string json, string field)
    {
        var error = Assert.Throws<RecipeExecutionException>(() => _harvester.Parse(json, "broken.json"));
        Assert.Equal(field, error.Field);
        Assert.Contains("broken.json", error.Message);
    }

    [Fact]
    public void Names_the_step_without_a_name()
    {
        var error = Assert.Throws<RecipeExecutionException>(() => _harvester.Parse("""{ "name": "x", "steps": [ { "name": "settings" }, { "data": [] } ] }""", "f"));
        Assert.Equal(1, error.StepIndex);
        Assert.Contains("step 2", error.Message);
    }
}
