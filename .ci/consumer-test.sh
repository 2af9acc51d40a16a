#!/usr/bin/env bash
# Consumer test: packs PolicyEvents and PolicyEvents.Parquet as NuGet packages into a local feed, creates a throwaway
# console project outside the repository that references PolicyEvents from that feed (not the source), builds and
# runs the quick start (samples/PolicyEvents.Samples.QuickStart/Program.cs, copied as it is), and checks that it
# prints exactly what the in-repository sample prints. Then it runs the AOT smoke app's program
# (samples/PolicyEvents.Samples.Aot/Program.cs): load the dataset embedded in the package, validate, query, save in
# both forms, export CSV, each checked by the program itself. Then it adds PolicyEvents.Parquet from the feed and writes a Parquet file, checking its magic bytes.
# Last the policyevents tool: it packs PolicyEvents.Cli (one small package that points to one package per platform),
# holds every one of those packages to 15 MB, installs the tool from the feed into a throwaway tool path as a user
# would, checks that the installed library is precompiled (ReadyToRun), and draws a PNG chart with the installed
# command, checking its PNG signature and size. This catches what only a package user would see: missing dependencies,
# assets left out of a package, APIs that only work through a project reference, a native library missing from (or a
# symbol file bloating) the tool's packages, and a package that embeds the CC-BY-4.0 dataset without declaring that
# licence (MIT AND CC-BY-4.0) and carrying its text.
# The consumer's nuget.config lists the local feed and NuGet's default source; package source mapping takes
# PolicyEvents from the local feed only; packages restore into a throwaway folder, so a stale cached copy of the
# same version cannot be used instead of the one just packed.
# Exit code 0 when everything passed; the output says what failed otherwise.
# With --no-build (as .ci/run passes it, after the tests built the libraries in Release), the packages are packed
# from the existing Release build instead of building again. (`dotnet test` builds the test projects and what they
# reference, not the samples, so the in-repository quick start is always built here; the tool is always packed with a
# build too, since its per-platform packages are published for each platform, which the tests' build does not do.)
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
# Licences where they travel: the library and the tool embed the Hong Kong 2020 dataset (CC-BY-4.0) beside MIT code, so
# their packages declare both and carry the MIT text, the data's licence notice and attribution, and its legal code.
check_licences() {
  local nupkg=$1 name nuspec entries
  name=$(basename "$nupkg")
  nuspec=$(unzip -p "$nupkg" '*.nuspec') || { : >"$log"; fail "cannot read the nuspec of $name"; }
  grep -qF '<license type="expression">MIT AND CC-BY-4.0</license>' <<<"$nuspec" \
    || { echo "$nuspec" >"$log"; fail "$name does not declare the licence expression MIT AND CC-BY-4.0"; }
  entries=$(unzip -Z1 "$nupkg") || { : >"$log"; fail "cannot list $name"; }
  for entry in LICENSE data/LICENSE.md data/LICENSE-CC-BY-4.0.txt; do
    grep -qxF "$entry" <<<"$entries" || { echo "$entries" >"$log"; fail "$name does not hold $entry"; }
  done
  unzip -p "$nupkg" data/LICENSE.md | grep -qF 'Creative Commons Attribution 4.0 International' \
    || { : >"$log"; fail "data/LICENSE.md in $name does not name the data's licence"; }
  echo "consumer-test: $name declares MIT AND CC-BY-4.0 and holds LICENSE, data/LICENSE.md and data/LICENSE-CC-BY-4.0.txt"
}
check_licences "$feed/$package"
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
# Package source mapping: PolicyEvents comes from the local feed only, everything else from NuGet's default source. The source
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

# The policyevents tool, packed and installed as a user does (docs/cli.md, "Platforms"). It packs
# with the machine's package folder (its restore takes the .NET runtime packs of every platform it packs for) and
# installs with the throwaway one, so no cached copy can stand in for the one just packed.
cd "$repo"
unset NUGET_PACKAGES
dotnet pack src/PolicyEvents.Cli -c Release -o "$feed" >"$log" 2>&1 || fail "dotnet pack src/PolicyEvents.Cli"
max_bytes=15000000
tool_packages=0
for nupkg in "$feed"/PolicyEvents.Cli.*.nupkg; do
  [ -e "$nupkg" ] || continue
  name=$(basename "$nupkg")
  bytes=$(stat -c %s "$nupkg")
  echo "consumer-test: $name $bytes bytes"
  [ "$bytes" -le "$max_bytes" ] || { : >"$log"; fail "$name is $bytes bytes, over $max_bytes"; }
  if [ "$name" != "PolicyEvents.Cli.$version.nupkg" ]; then
    # A platform's package: SkiaSharp's native library for that platform, and no native symbol file.
    entries=$(unzip -Z1 "$nupkg") || { : >"$log"; fail "cannot list $name"; }
    grep -qE '/libSkiaSharp\.(so|dylib|dll)$' <<<"$entries" || { echo "$entries" >"$log"; fail "$name has no libSkiaSharp"; }
    if grep -qE '/libSkiaSharp\.pdb$' <<<"$entries"; then echo "$entries" >"$log"; fail "$name holds libSkiaSharp.pdb"; fi
  fi
  check_licences "$nupkg"
  tool_packages=$((tool_packages + 1))
done
[ -e "$feed/PolicyEvents.Cli.$version.nupkg" ] || { ls -l "$feed" >"$log"; fail "no PolicyEvents.Cli $version package in the feed"; }
[ "$tool_packages" -ge 2 ] || { ls -l "$feed" >"$log"; fail "no per-platform PolicyEvents.Cli package in the feed"; }

tools="$work/tools"
cd "$work"
NUGET_PACKAGES="$work/packages" dotnet tool install PolicyEvents.Cli --tool-path "$tools" --add-source "$feed" \
  --version "$version" >"$log" 2>&1 || fail "dotnet tool install PolicyEvents.Cli $version"
installed=$(readlink "$tools/policyevents") || { ls -lR "$tools" >"$log"; fail "no policyevents command in the tool path"; }
echo "consumer-test: installed policyevents from ${installed#.store/policyevents.cli/$version/}"
# Each platform's tool package is precompiled for it (ReadyToRun, PolicyEvents.Cli.csproj): the library in the installed
# tool must not be plain IL, whose PE header names the machine 0x014c (any CPU).
library=$(find "$tools/.store" -path '*/tools/net10.0/*/PolicyEvents.dll' | head -n 1)
[ -n "$library" ] || { ls -lR "$tools" >"$log"; fail "no PolicyEvents.dll in the installed tool"; }
pe_offset=$(od -An -tu4 -j60 -N4 "$library" | tr -d ' ')
machine=$(od -An -tx2 -j$((pe_offset + 4)) -N2 "$library" | tr -d ' ')
echo "consumer-test: the installed tool's PolicyEvents.dll names the machine 0x$machine"
[ "$machine" != "014c" ] || { : >"$log"; fail "the installed tool's PolicyEvents.dll is not precompiled (ReadyToRun)"; }
chart=$("$tools/policyevents" chart -j HK -o "$work/chart.png" 2>&1) || { echo "$chart" >"$log"; fail "policyevents chart -o chart.png (installed tool)"; }
png_signature=$(head -c 8 "$work/chart.png" | od -An -tx1 | tr -d ' \n')
png_bytes=$(stat -c %s "$work/chart.png")
echo "consumer-test: installed tool drew chart.png, $png_bytes bytes, signature $png_signature"
[ "$png_signature" = "89504e470d0a1a0a" ] || { : >"$log"; fail "chart.png does not start with the PNG signature"; }
[ "$png_bytes" -gt 20000 ] || { : >"$log"; fail "chart.png is only $png_bytes bytes"; }
echo "consumer-test: passed (PolicyEvents and PolicyEvents.Parquet $version from a local feed; the policyevents tool installed from it draws a PNG)"
