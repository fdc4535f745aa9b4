using Microsoft.EntityFrameworkCore;
using Participation.Data;

namespace Participation.Files;

/// <summary>The database file store's table in the EF model, beside its migrations (<see cref="StoredFileMigrations"/>).</summary>
public sealed class StoredFileModel : IModelContributor
{
    public void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<StoredFile>(e =>
    {
        e.ToTable("StoredFiles");
        e.HasKey(x => x.Path);
        e.Property(x => x.Path).HasMaxLength(StoredFileMigrations.MaxPathLength);
    });
}
