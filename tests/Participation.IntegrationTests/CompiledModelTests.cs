using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Testing;
using Participation.Web.CompiledModels;

namespace Participation.IntegrationTests;

/// <summary>
/// The compiled EF models the site starts with (one per provider, in the web host) must be the model
/// the module contributors build today: a stale one would map a table or column the migrations
/// changed, and every query on it would fail or lose data. No database is needed, only the provider.
/// </summary>
public class CompiledModelTests
{
    private const string Regenerate = "the compiled model is stale: regenerate it with ./tools/compile-models.sh (after any change to a *Model.cs or to ParticipationDbContext) and commit src/Participation.Web/CompiledModels";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_compiled_model_is_the_one_the_contributors_build(DatabaseProvider provider)
    {
        using var site = new SiteFactory();
        var contributors = site.Services.GetServices<IModelContributor>().ToList();
        using var built = Context(provider, contributors, model: null);
        using var compiled = Context(provider, contributors, CompiledDataModels.All.Single(m => m.Provider == provider).Load());

        // EF's migrations differ needs design-time metadata a compiled model does not keep, so both
        // models are compared by what a read-optimized model keeps: what the site reads and writes through.
        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count + extra.Count == 0, $"{Regenerate}.{Environment.NewLine}Built, not compiled:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}{Environment.NewLine}Compiled, not built:{Environment.NewLine}{string.Join(Environment.NewLine, extra)}");
        Assert.True(expected.Count > 100, $"only {expected.Count} facts compared");
        Assert.True(site.Services.GetRequiredService<CompiledModelChoice>().For(provider) is not null, $"{Regenerate}: it was compiled from other model contributors than the host registers");
    }

    [Fact]
    public void The_site_runs_on_the_compiled_model()
    {
        using var site = new SiteFactory();
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        Assert.Same(CompiledDataModels.All.Single(m => m.Provider == DatabaseProvider.Sqlite).Load(), db.Model);
    }

    [Fact]
    public void A_host_with_a_contributor_of_its_own_builds_its_model()
    {
        using var site = new SiteFactory(new SiteOptions { Services = s => s.AddSingleton<IModelContributor, ExtraModel>() });
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        Assert.NotNull(db.Model.FindEntityType(typeof(ExtraRow)));
        Assert.NotSame(CompiledDataModels.All.Single(m => m.Provider == DatabaseProvider.Sqlite).Load(), db.Model);
    }

    private static ParticipationDbContext Context(DatabaseProvider provider, IEnumerable<IModelContributor> contributors, IModel? model)
    {
        var options = new DbContextOptionsBuilder<ParticipationDbContext>();
        DatabaseConfigurator.Configure(options, new ShellSettings { DatabaseProvider = provider, ConnectionString = provider == DatabaseProvider.Postgres ? "Host=localhost" : "" }, "Data Source=:memory:");
        if (model is not null) options.UseModel(model);
        return new ParticipationDbContext(options.Options, contributors);
    }

    /// <summary>The model's mapping, one line per fact: tables, columns, keys, indexes, foreign keys, and each property's type, converter and value generation.</summary>
    private static HashSet<string> Describe(IModel model)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var name = $"{table.Schema}.{table.Name}";
            foreach (var column in table.Columns) facts.Add($"{name}.{column.Name}: {column.StoreType}{(column.IsNullable ? " null" : " not null")}, max length {column.MaxLength}");
            facts.Add($"{name}: key {table.PrimaryKey?.Name} ({Columns(table.PrimaryKey?.Columns)})");
            foreach (var unique in table.UniqueConstraints) facts.Add($"{name}: unique {unique.Name} ({Columns(unique.Columns)})");
            foreach (var index in table.Indexes) facts.Add($"{name}: index {index.Name} ({Columns(index.Columns)}){(index.IsUnique ? " unique" : "")}");
            foreach (var foreignKey in table.ForeignKeyConstraints) facts.Add($"{name}: foreign key {foreignKey.Name} ({Columns(foreignKey.Columns)}) → {foreignKey.PrincipalTable.Name} ({Columns(foreignKey.PrincipalColumns)}) on delete {foreignKey.OnDeleteAction}");
        }
        foreach (var entity in model.GetEntityTypes())
        {
            facts.Add($"entity {entity.Name} in {entity.GetTableName()}, base {entity.BaseType?.Name}");
            foreach (var property in entity.GetProperties())
                facts.Add($"{entity.Name}.{property.Name}: {property.ClrType}, converter {property.GetValueConverter()?.GetType()}, generated {property.ValueGenerated}, concurrency {property.IsConcurrencyToken}, shadow {property.IsShadowProperty()}");
            foreach (var navigation in entity.GetNavigations()) facts.Add($"{entity.Name}.{navigation.Name} → {navigation.TargetEntityType.Name}");
        }
        return facts;
    }

    private static string Columns(IEnumerable<IColumn>? columns) => string.Join(", ", columns?.Select(c => c.Name) ?? []);

    public sealed class ExtraRow
    {
        public int Id { get; set; }
    }

    private sealed class ExtraModel : IModelContributor
    {
        public void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<ExtraRow>().ToTable("ExtraRows");
    }
}
