#!/usr/bin/env bash
# NativeAOT smoke test: publishes samples/PolicyEvents.Samples.Aot for linux-x64 with NativeAOT, fails on any trim or
# AOT warning (IL2xxx, IL3xxx), then runs the native binary and checks what it prints.
# NativeAOT needs a C toolchain to link: the SDK uses `clang`, or `gcc` when there is no `clang` (this machine kind
# has gcc, and clang only as clang-14, which the SDK does not look for). .NET 10 links its own zlib (libz.a in the
# runtime pack), so zlib1g-dev is not needed. When neither compiler is there and the script runs as root (as CI
# does), it installs Debian's clang (with zlib1g-dev, as Microsoft's prerequisites list it) first.
# Exit code 0 when everything passed; the output says what failed otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The SDK looks for `clang` and falls back to `gcc` (a versioned clang-NN alone is not used).
have_compiler() {
  command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1
}
if ! have_compiler; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "aot-smoke: NativeAOT needs clang (or gcc); install it (apt-get install clang zlib1g-dev) and rerun." >&2
    exit 1
  fi
  echo "aot-smoke: no C compiler: installing NativeAOT prerequisites (clang, zlib1g-dev)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev
fi

echo "aot-smoke: linking with $(command -v clang || command -v gcc)"
publish_log="$work/publish.log"
status=0
dotnet publish samples/PolicyEvents.Samples.Aot -c Release -r linux-x64 -o "$work/out" >"$publish_log" 2>&1 || status=$?
if grep -E '(warning|error) IL[23][0-9]{3}' "$publish_log" >"$work/il.txt"; then
  cat "$publish_log"
  echo "aot-smoke: FAILED: trim or AOT warnings:" >&2
  sort -u "$work/il.txt" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  cat "$publish_log"
  echo "aot-smoke: FAILED: dotnet publish exited with $status" >&2
  exit 1
fi

binary="$work/out/PolicyEvents.Samples.Aot"
if [ ! -x "$binary" ] || [ -e "$work/out/PolicyEvents.dll" ]; then
  ls -la "$work/out"
  echo "aot-smoke: FAILED: no native binary (or a managed PolicyEvents.dll beside it: not a NativeAOT publish)" >&2
  exit 1
fi

output=$("$binary") || { echo "$output"; echo "aot-smoke: FAILED: the native binary exited with $?" >&2; exit 1; }
echo "$output"
expected_lines=(
  "HK (Hong Kong, SpecialAdministrativeRegion, Asia/Hong_Kong)"
  "2020-07-07 in Hong Kong is 2020-07-06T16:00:00Z/2020-07-07T16:00:00Z"
  "smoke: OK"
)
for line in "${expected_lines[@]}"; do
  if ! grep -qxF "$line" <<<"$output"; then
    echo "aot-smoke: FAILED: the output lacks the line: $line" >&2
    exit 1
  fi
done
echo "aot-smoke: passed ($(du -h "$binary" | cut -f1) native binary, no trim or AOT warnings)"
