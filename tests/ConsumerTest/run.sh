#!/usr/bin/env bash
# Consumer test: packs src/NewsExtraction into a temporary folder, then builds and runs this program against
# that package, restored from that folder only (nuget.config), with an empty package cache so that an older
# package of the same version cannot be used. Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(dotnet msbuild src/NewsExtraction -getProperty:Version)"
dotnet pack src/NewsExtraction -c Release -o "$work/feed" -v quiet
ls "$work/feed/NewsExtraction.$version.nupkg" "$work/feed/NewsExtraction.$version.snupkg" > /dev/null
export NEWSX_PACKAGES="$work/feed" NUGET_PACKAGES="$work/nuget"
dotnet build tests/ConsumerTest -c Release --artifacts-path "$work/out" -p:NewsExtractionVersion="$version" -v quiet
dotnet "$work/out/bin/ConsumerTest/release/ConsumerTest.dll"
