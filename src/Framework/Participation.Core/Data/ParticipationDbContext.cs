using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Participation.ContentManagement;

namespace Participation.Data;

/// <summary>
/// The suite's one database: the content items, site documents, and what each module adds
/// through <see cref="IModelContributor"/> (Identity's tables come from the Users module).
/// Tables are created by the modules' <see cref="DataMigration"/>s, never by EnsureCreated.
/// </summary>
public sealed class ParticipationDbContext(DbContextOptions<ParticipationDbContext> options, IEnumerable<IModelContributor> contributors)
    : DbContext(options), IDataSession
{
    /// <summary>The model contributors a model was built from, so a compiled model is used only by a host with the same ones.</summary>
    public const string ContributorsAnnotation = "Participation:ModelContributors";

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<SiteDocument> Documents => Set<SiteDocument>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored and read as UTC, whatever the provider keeps of the kind.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<ContentItem>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.DisplayText).HasMaxLength(500);
            e.Property(x => x.Path).HasMaxLength(300);
            e.Property(x => x.Culture).HasMaxLength(10);
            e.Property(x => x.Stage).HasMaxLength(50);
            e.Property(x => x.Owner).HasMaxLength(450);
            e.Property(x => x.Author).HasMaxLength(256);
            e.HasIndex(x => x.ContentItemVersionId).IsUnique().HasDatabaseName("IX_ContentItems_VersionId");
            e.HasIndex(x => new { x.ContentItemId, x.Latest }).HasDatabaseName("IX_ContentItems_Item_Latest");
            e.HasIndex(x => new { x.ContentItemId, x.Published }).HasDatabaseName("IX_ContentItems_Item_Published");
            e.HasIndex(x => new { x.ContentType, x.Latest, x.Published }).HasDatabaseName("IX_ContentItems_Type");
            e.HasIndex(x => new { x.Path, x.Published }).HasDatabaseName("IX_ContentItems_Path");
            e.HasIndex(x => x.Owner).HasDatabaseName("IX_ContentItems_Owner");
            // Parts live in a parsed JSON object; read and write Data through its property so edits are saved.
            e.Property(x => x.Data).UsePropertyAccessMode(PropertyAccessMode.Property);
            e.Ignore(x => x.Content);
        });

        builder.Entity<SiteDocument>(e =>
        {
            e.ToTable("Documents");
            e.HasKey(x => x.Type);
            e.Property(x => x.Type).HasMaxLength(200);
        });

        builder.Entity<Cluster.DataProtectionKey>(e =>
        {
            e.ToTable("DataProtectionKeys");
            e.HasKey(x => x.Id);
            e.Property(x => x.FriendlyName).HasMaxLength(200);
        });

        foreach (var contributor in contributors) contributor.Build(builder);
        builder.HasAnnotation(ContributorsAnnotation, ContributorList(contributors));
    }

    internal string ContributorNames => ContributorList(contributors);

    public static string ContributorList(IEnumerable<IModelContributor> contributors)
        => string.Join(";", contributors.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal));

    // Public for the compiled models, which construct them.
    public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value.ToUniversalTime(), DateTimeKind.Utc),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
