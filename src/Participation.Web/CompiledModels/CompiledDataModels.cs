using Participation.Data;

namespace Participation.Web.CompiledModels;

/// <summary>
/// The EF models <c>tools/compile-models.sh</c> compiled for this host's modules, one per provider:
/// a start then skips building the model (about half of the start's schema check). Generated code
/// beside this file; regenerate after any change to the data model (CompiledModelTests says so).
/// </summary>
public static class CompiledDataModels
{
    public static IReadOnlyList<CompiledDataModel> All { get; } =
    [
        new(DatabaseProvider.Sqlite, () => Sqlite.ParticipationDbContextModel.Instance),
        new(DatabaseProvider.Postgres, () => Npgsql.ParticipationDbContextModel.Instance),
    ];
}
