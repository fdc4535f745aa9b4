using Participation.Data;
using Participation.Setup;

namespace Participation.Users.Services;

/// <summary>Setup makes the site's identity key, so every national ID is hashed under one key from the first sign-in on.</summary>
public sealed class NationalIdentityKeySetup(NationalIdentityHasher hasher, ISiteDocuments documents) : ISetupEventHandler
{
    public Task SchemaCreatedAsync(SetupContext context) => hasher.EnsureKeyAsync(documents);
}
