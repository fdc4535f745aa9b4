#!/usr/bin/env bash
# Regenerates the compiled EF models the site starts with (src/Participation.Web/CompiledModels/Sqlite
# and /Npgsql) from the model contributors the host registers. Run it after any change to the data
# model (a module's *Model.cs, ParticipationDbContext, an entity's mapped properties) and commit the
# result: CompiledModelTests fails while they are stale, and a site whose contributors differ from the
# compiled ones builds its model at start instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build -c Release tools/Participation.ModelCompiler -nologo -v quiet -clp:ErrorsOnly
for pair in Sqlite:Sqlite Npgsql:Postgres; do
  folder=${pair%%:*} provider=${pair##*:}
  rm -rf "src/Participation.Web/CompiledModels/$folder"
  dotnet ef dbcontext optimize --project src/Participation.Web --startup-project tools/Participation.ModelCompiler \
    --configuration Release --no-build --context ParticipationDbContext \
    --output-dir "CompiledModels/$folder" --namespace "Participation.Web.CompiledModels.$folder" -- --provider "$provider" >/dev/null
  # Two models for one context: the host chooses (CompiledDataModels), EF must not discover one by itself.
  rm "src/Participation.Web/CompiledModels/$folder/ParticipationDbContextAssemblyAttributes.cs"
done
echo "Compiled models written to src/Participation.Web/CompiledModels"
