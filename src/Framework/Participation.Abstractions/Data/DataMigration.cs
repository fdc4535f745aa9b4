using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Participation.Data;

/// <summary>
/// A module's schema, versioned the Orchard way: <c>Create</c> builds version 1 and returns
/// the version it reached; <c>UpdateFromN</c> moves version N on. Operations are EF Core's
/// provider-neutral migration operations, turned into SQL for SQLite or PostgreSQL by the
/// provider in use, so one class serves both databases.
/// </summary>
public abstract class DataMigration
{
    /// <summary>The name the version is recorded under; the module's name by default.</summary>
    public virtual string Feature => GetType().Assembly.GetName().Name!;
}

/// <summary>
/// Adds a module's entities to the suite's one database model. Tables themselves are
/// created by the module's <see cref="DataMigration"/>.
/// </summary>
public interface IModelContributor
{
    void Build(ModelBuilder modelBuilder);
}

/// <summary>Which database the site runs on.</summary>
public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Marks columns so each provider's own auto-increment is used (SQLite AUTOINCREMENT, PostgreSQL identity).</summary>
public static class SchemaColumnExtensions
{
    public const string IdentityAnnotation = "Participation:Identity";

    public static OperationBuilder<AddColumnOperation> Identity(this OperationBuilder<AddColumnOperation> column)
        => column.Annotation(IdentityAnnotation, true);
}
