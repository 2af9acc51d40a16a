#!/usr/bin/env bash
# Records every public API change of the library in src/PolicyEvents/PublicAPI.Unshipped.txt (the build fails with
# RS0016/RS0017 until the change is recorded). Review the diff of the file: it is the API change under review.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/PolicyEvents/PolicyEvents.csproj --diagnostics RS0016 RS0017 --severity info
git --no-pager diff --stat -- src/PolicyEvents/PublicAPI.Unshipped.txt
