#!/usr/bin/env bash
# Consumer test: packs PolicyEvents and PolicyEvents.Parquet as NuGet packages into a local feed, creates a throwaway
# console project outside the repository that references PolicyEvents from that feed (not the source), builds and
# runs the quick start (samples/PolicyEvents.Samples.QuickStart/Program.cs, copied as it is), and checks that it
# prints exactly what the in-repository sample prints. Then it runs the AOT smoke app's program
# (samples/PolicyEvents.Samples.Aot/Program.cs): load the dataset embedded in the package, validate, query, save in
# both forms, export CSV, each checked by the program itself. Last it adds PolicyEvents.Parquet from the feed and writes a Parquet file, checking its magic bytes. This catches what only a package user would
# see: missing dependencies, assets left out of a package, APIs that only work through a project reference.
# The consumer's nuget.config lists the local feed and the default nuget.org source; package source mapping takes
# PolicyEvents from the local feed only; packages restore into a throwaway folder, so a stale cached copy of the
# same version cannot be used instead of the one just packed.
# Exit code 0 when everything passed; the output says what failed otherwise.
# With --no-build (as .ci/run passes it, after the tests built the libraries in Release), the packages are packed
# from the existing Release build instead of building again. (`dotnet test` builds the test projects and what they
# reference, not the samples, so the in-repository quick start is always built here.)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
no_build=()
if [ "${1:-}" = "--no-build" ]; then
  no_build=(--no-build)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
consumer="$work/consumer"
log="$work/log.txt"

fail() {
  cat "$log" 2>/dev/null || true
  echo "consumer-test: FAILED: $*" >&2
  exit 1
}

dotnet pack src/PolicyEvents -c Release "${no_build[@]}" -o "$feed" >"$log" 2>&1 || fail "dotnet pack src/PolicyEvents"
dotnet pack src/PolicyEvents.Parquet -c Release "${no_build[@]}" -o "$feed" >"$log" 2>&1 || fail "dotnet pack src/PolicyEvents.Parquet"
package=$(find "$feed" -maxdepth 1 -name 'PolicyEvents.[0-9]*.nupkg' -printf '%f\n' | head -n 1)
[ -n "$package" ] || fail "no PolicyEvents package in the feed"
version=${package#PolicyEvents.}
version=${version%.nupkg}
echo "consumer-test: packed PolicyEvents $version"

mkdir -p "$consumer"
cd "$consumer"
{
  dotnet new console --framework net10.0 --name Consumer --output . &&
  dotnet new nugetconfig --output . &&
  dotnet nuget add source "$feed" --name local --configfile nuget.config
} >"$log" 2>&1 || fail "creating the consumer project"
# Package source mapping: PolicyEvents comes from the local feed only, everything else from nuget.org. The source
# that `dotnet new nugetconfig` adds is read from the file, so no host is named here.
default_source=$(sed -nE 's/.*<add key="([^"]+)" value="http[^"]*".*/\1/p' nuget.config | head -n 1)
[ -n "$default_source" ] || fail "no default source in the generated nuget.config"
sed -i "s#</configuration>#  <packageSourceMapping>\n    <packageSource key=\"local\">\n      <package pattern=\"PolicyEvents\" />\n      <package pattern=\"PolicyEvents.*\" />\n    </packageSource>\n    <packageSource key=\"$default_source\">\n      <package pattern=\"*\" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>#" nuget.config

# A throwaway project: no vulnerability audit on restore (it would query the feed's audit data on every run).
sed -i 's#</PropertyGroup>#  <NuGetAudit>false</NuGetAudit>\n  </PropertyGroup>#' Consumer.csproj
cp "$repo/samples/PolicyEvents.Samples.QuickStart/Program.cs" Program.cs
export NUGET_PACKAGES="$work/packages"
dotnet add package PolicyEvents --version "$version" >"$log" 2>&1 || fail "dotnet add package PolicyEvents $version"
dotnet build -c Release --no-restore >"$log" 2>&1 || fail "building the consumer"
grep -A2 "\"PolicyEvents/$version\": {" obj/project.assets.json | grep -q '"type": "package"' \
  || fail "the consumer does not resolve PolicyEvents $version as a package"
actual=$(dotnet run -c Release --no-build 2>&1) || { echo "$actual" >"$log"; fail "running the consumer"; }
cd "$repo"
unset NUGET_PACKAGES
expected=$(dotnet run --project samples/PolicyEvents.Samples.QuickStart -c Release 2>&1) || { echo "$expected" >"$log"; fail "running the in-repository quick start"; }

echo "$actual"
if [ -z "$actual" ]; then
  : >"$log"
  fail "the consumer printed nothing"
fi
if [ "$actual" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$actual") >"$log" || true
  fail "the consumer's output differs from the in-repository quick start's (diff above: < sample, > consumer)"
fi
echo "consumer-test: the quick start from the package prints what the in-repository sample prints"

# The bundled dataset through the package: load, validate, query, save (the AOT smoke app's program, run here on JIT).
cd "$consumer"
export NUGET_PACKAGES="$work/packages"
cp "$repo/samples/PolicyEvents.Samples.Aot/Program.cs" Program.cs
dotnet build -c Release --no-restore >"$log" 2>&1 || fail "building the dataset consumer"
dataset=$(dotnet run -c Release --no-build 2>&1) || { echo "$dataset" >"$log"; fail "running the dataset consumer (load, validate, query, save)"; }
echo "$dataset"
grep -qxF "smoke: OK" <<<"$dataset" || { echo "$dataset" >"$log"; fail "the dataset consumer did not report smoke: OK"; }
echo "consumer-test: the bundled dataset loads, queries and saves through the package"

# The Parquet package, resolving its PolicyEvents dependency from the same feed.
cat >Program.cs <<'CS'
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Interop;
using PolicyEvents.Time;

var pause = new PolicyEvent(new EventId("zoom-hk-2020-07"), new CompanyId("zoom"), new JurisdictionCode("HK"),
    new RequestPolicy(PolicyStance.Paused), effective: null, announced: PartialDate.Parse("2020-07-07"),
    recorded: Instant.FromUtc(2026, 11, 28, 15, 0));
using var file = new MemoryStream();
await PolicyEventParquet.WriteAsync([pause], file, JurisdictionRegistry.Default);
var bytes = file.ToArray();
var magic = "PAR1"u8.ToArray();
var ok = bytes.Length > 8 && bytes.AsSpan(0, 4).SequenceEqual(magic) && bytes.AsSpan(bytes.Length - 4).SequenceEqual(magic);
Console.WriteLine($"parquet: {bytes.Length} bytes, {(ok ? "PAR1 at both ends" : "NOT A PARQUET FILE")}");
return ok ? 0 : 1;
CS
dotnet add package PolicyEvents.Parquet --version "$version" >"$log" 2>&1 || fail "dotnet add package PolicyEvents.Parquet $version"
dotnet build -c Release --no-restore >"$log" 2>&1 || fail "building the Parquet consumer"
grep -A2 "\"PolicyEvents.Parquet/$version\": {" obj/project.assets.json | grep -q '"type": "package"' \
  || fail "the consumer does not resolve PolicyEvents.Parquet $version as a package"
parquet=$(dotnet run -c Release --no-build 2>&1) || { echo "$parquet" >"$log"; fail "running the Parquet consumer"; }
echo "$parquet"
echo "consumer-test: passed (PolicyEvents and PolicyEvents.Parquet $version from a local feed)"
