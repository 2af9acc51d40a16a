#!/usr/bin/env bash
# Runs Stryker.NET (the local tool) on folders of src/PolicyEvents and writes its JSON and Markdown reports to
# out/stryker/<name> (ignored by git). Outside CI: a folder takes from minutes to an hour on two cores.
#
#   eng/mutation.sh <name> <folder> [<folder>...]       e.g. eng/mutation.sh queries Queries
#   eng/mutation.sh <name> <folder>/<file glob>...     e.g. eng/mutation.sh converters 'Serialization/*JsonConverter.cs'
#
# Interop's tests live in their own project: a run that names Interop uses both test projects. Iso3166Data.cs (a table of
# country names) is never mutated. STRYKER_CONCURRENCY sets the number of test runners (default 2).
# The filter leaves out the tests marked [Trait("Category", "Slow")] (fuzz replay, the schema, synthetic datasets,
# property and concurrency tests, the large generated inputs): each mutant would run them in full.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/mutation.sh <name> <folder>...}
shift
[ $# -gt 0 ] || { echo "usage: eng/mutation.sh <name> <folder>..." >&2; exit 2; }

args=()
tests=(--test-project tests/PolicyEvents.Tests/PolicyEvents.Tests.csproj)
for folder in "$@"; do
  if [ -d "src/PolicyEvents/$folder" ]; then
    args+=(--mutate "**/$folder/**/*.cs")
  elif compgen -G "src/PolicyEvents/$folder" >/dev/null; then
    args+=(--mutate "**/$folder")
  else
    echo "no folder or file src/PolicyEvents/$folder" >&2; exit 2
  fi
  if [ "$folder" = Interop ]; then
    tests+=(--test-project tests/PolicyEvents.Interop.Tests/PolicyEvents.Interop.Tests.csproj)
  fi
done
args+=(--mutate '!**/Iso3166Data.cs')

filter="Category!=Slow"

dotnet tool restore >/dev/null
cd tests/PolicyEvents.Tests
dotnet stryker --project PolicyEvents.csproj "${tests[@]/#tests\//../../tests/}" "${args[@]}" \
  --configuration Release --concurrency "${STRYKER_CONCURRENCY:-2}" --test-case-filter "$filter" \
  --output "../../out/stryker/$name" --reporter json --reporter markdown --reporter progress
