#!/usr/bin/env bash
# The main job on the bundled docs: build everything (the plugin generates, compiles and tests the Virtual Server
# SDK in generated-sdk/), regenerate the normalized spec, export OpenAPI, write the version-diff reports, run a
# sample against the docs mock.
set -euo pipefail
cd "$(dirname "$0")/.."

# the generator first: the committed spec is refreshed from the docs before generated-sdk checks it against them
mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true -pl generator -am
scpgen() { scripts/scpgen "$@"; }
scpgen spec --docs spec/docs/virtualserver --out spec/virtualserver.json
mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true
scpgen openapi --docs spec/docs/virtualserver --out target/scpgen/openapi
scpgen diff --docs spec/docs/virtualserver --format md --out target/scpgen/reports/versions.md
scpgen diff --docs spec/docs/virtualserver --format html --out target/scpgen/reports/versions.html
echo
java -jar samples/target/scpgen-samples.jar list-images

echo
echo "spec:     spec/virtualserver.json"
echo "SDK:      generated-sdk/target/generated-sources/scpgen (jar: generated-sdk/target/scp-virtualserver-sdk-0.1.0-SNAPSHOT.jar)"
echo "tests:    generated-sdk/target/generated-test-sources/scpgen"
echo "OpenAPI:  target/scpgen/openapi"
echo "reports:  target/scpgen/reports/versions.md, target/scpgen/reports/versions.html"
echo "archetype: io.scpgen:scpgen-archetype installed; a new project: README.md, \"Quick start\""
