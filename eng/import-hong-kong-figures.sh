#!/usr/bin/env bash
# Replaces the published figures of data/hong-kong-2020.json with the Hong Kong rows of the companies' exports,
# imported with the library's own importers (eng/ImportHongKongFigures), and writes the file canonically.
#
#   bash eng/import-hong-kong-figures.sh [EXPORTS_FOLDER] [DATASET]
#
# EXPORTS_FOLDER defaults to the copies of the exports kept in the tests (tests/PolicyEvents.Tests/Fixtures/figures,
# provenance in its PROVENANCE.md); any folder holding the exports (in subfolders or not) will do. DATASET defaults to
# data/hong-kong-2020.json. Only the figure sets and the figure sources the tool owns are replaced: companies,
# sources, statements, triggers and events are kept as they are. Running it twice changes nothing the second time.
# HongKongFigureTests checks that the dataset holds exactly what this import yields.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exports="${1:-$root/tests/PolicyEvents.Tests/Fixtures/figures}"
dataset="${2:-$root/data/hong-kong-2020.json}"
dotnet run --project "$root/eng/ImportHongKongFigures" -c Release -- "$dataset" "$exports"
