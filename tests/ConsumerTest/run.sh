#!/usr/bin/env bash
# Consumer test: packs every package (NewsExtraction, NewsExtraction.Models, NewsExtraction.ML, NewsExtraction.Cli)
# into a temporary folder with a version of its own (as the README's install section does), then, as a user would:
# builds and runs this program against NewsExtraction and NewsExtraction.ML from that folder (nuget.config), with an
# empty package cache, and installs the newsx tool from it and runs it. Exits non-zero when a check fails.
set -euo pipefail
# Greps read their whole input (no -q): under pipefail, a writer cut off by an early exit would fail the step (141).
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(dotnet msbuild src/NewsExtraction -getProperty:VersionPrefix)-ci.$(date -u +%Y%m%d%H%M%S)"
suffix="${version#*-}"
dotnet pack NewsExtraction.sln -c Release -o "$work/feed" -p:VersionSuffix="$suffix" -v quiet
for package in NewsExtraction NewsExtraction.Models NewsExtraction.ML NewsExtraction.Cli; do
  ls "$work/feed/$package.$version.nupkg" "$work/feed/$package.$version.snupkg" > /dev/null
done
# The library's package depends on the models' package; the models' package states the data terms.
unzip -p "$work/feed/NewsExtraction.$version.nupkg" NewsExtraction.nuspec | grep "<dependency id=\"NewsExtraction.Models\" version=\"$version\"" > /dev/null
unzip -p "$work/feed/NewsExtraction.$version.nupkg" NewsExtraction.nuspec | grep '<license type="expression">MIT</license>' > /dev/null
unzip -p "$work/feed/NewsExtraction.Models.$version.nupkg" NewsExtraction.Models.nuspec | grep '<license type="file">LICENSE-MODELS.md</license>' > /dev/null
unzip -l "$work/feed/NewsExtraction.Models.$version.nupkg" | grep LICENSE-MODELS.md > /dev/null
export NEWSX_PACKAGES="$work/feed" NUGET_PACKAGES="$work/nuget"
dotnet build tests/ConsumerTest -c Release --artifacts-path "$work/out" -p:NewsExtractionVersion="$version" -v quiet
dotnet "$work/out/bin/ConsumerTest/release/ConsumerTest.dll"
# The newsx tool from the same folder.
dotnet tool install NewsExtraction.Cli --version "$version" --tool-path "$work/tool" --configfile tests/ConsumerTest/nuget.config > /dev/null
"$work/tool/newsx" extract samples/fr-otan-sommet.txt 2> /dev/null | grep '"iso2":"UA"' > /dev/null
echo "consumer test: newsx $version installed as a tool from the local folder extracts samples/fr-otan-sommet.txt"
