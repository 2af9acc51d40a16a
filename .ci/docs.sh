#!/usr/bin/env bash
# Documentation check: builds the documentation site with docfx (the local tool of .config/dotnet-tools.json) from docs/
# and the XML documentation of the Release build, with warnings as errors: a broken link between articles, an include of
# a sample region that does not exist, or a cross-reference (<xref:…>, cref) to an API that does not exist fails it.
# A public member without XML documentation already fails the build (CS1591, warnings as errors). The API reference is
# generated from the built assemblies (src/*/bin/Release), so run it after a Release build: .ci/run does.
# The site is written to artifacts/docs (ignored by git); `dotnet docfx docfx.json --serve` serves it locally.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

for assembly in src/PolicyEvents/bin/Release/net10.0/PolicyEvents.dll src/PolicyEvents.Parquet/bin/Release/net10.0/PolicyEvents.Parquet.dll; do
  [ -f "$assembly" ] || { echo "docs: $assembly is missing: build the solution in Release first" >&2; exit 1; }
done
dotnet tool restore >/dev/null
rm -rf artifacts/docs docs/api/*.yml docs/api/.manifest
dotnet docfx metadata docfx.json --warningsAsErrors
dotnet docfx build docfx.json --warningsAsErrors
echo "docs: site built in artifacts/docs"
