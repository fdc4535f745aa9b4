namespace Participation.Testing.Seeding;

/// <summary>
/// Fills one module's tables for the seeder. One small class per table family, so a module that
/// adds a table (an index table, an Ideas module) adds a filler beside the others in
/// <see cref="DatabaseSeeder.Fillers"/>.
/// </summary>
public interface ITableFiller
{
    /// <summary>What it fills, for the progress lines.</summary>
    string Name { get; }

    /// <summary>Adds the rows the plan asks for; returns how many rows it wrote.</summary>
    Task<long> FillAsync(SeedContext context);
}
