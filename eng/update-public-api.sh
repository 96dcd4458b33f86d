#!/usr/bin/env bash
# Adds every new public symbol of the package to PublicAPI.Unshipped.txt (the analyzer's own code fix),
# so that a change of the public surface is one visible diff. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/TalkEngine/TalkEngine.csproj --diagnostics RS0016 RS0017 --severity warn -v q "$@" || true
# Keep the file sorted (after its #nullable header) and free of duplicates, so that merges stay clean.
f=src/TalkEngine/PublicAPI.Unshipped.txt
{ head -n 1 "$f"; tail -n +2 "$f" | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
