using Microsoft.EntityFrameworkCore.Metadata;

namespace Participation.Data;

/// <summary>
/// A model <c>dotnet ef dbcontext optimize</c> compiled for one provider, handed to the host by the
/// project that holds it (the web host: the model names every module's entities, which Core may not).
/// Loaded only when the site runs on that provider.
/// </summary>
public sealed record CompiledDataModel(DatabaseProvider Provider, Func<IModel> Load);
