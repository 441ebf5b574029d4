#!/usr/bin/env bash
# The main job on the bundled docs: build everything (the plugin generates and compiles the Virtual Server SDK in
# generated-sdk/), regenerate the normalized spec, export OpenAPI.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true
java -jar generator/target/scpgen.jar spec --docs spec/docs/virtualserver --out spec/virtualserver.json
java -jar generator/target/scpgen.jar openapi --docs spec/docs/virtualserver --out target/scpgen/openapi

echo
echo "spec:     spec/virtualserver.json"
echo "SDK:      generated-sdk/target/generated-sources/scpgen (jar: generated-sdk/target/scp-virtualserver-sdk-*.jar)"
echo "tests:    generated-sdk/target/generated-test-sources/scpgen"
echo "OpenAPI:  target/scpgen/openapi"
