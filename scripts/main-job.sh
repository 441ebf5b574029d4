#!/usr/bin/env bash
# The main job on the bundled docs: build everything, then regenerate the normalized spec.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q install -DskipTests
java -jar generator/target/scpgen.jar spec --docs spec/docs/virtualserver --out spec/virtualserver.json

echo
echo "spec:      spec/virtualserver.json"
echo "generator: generator/target/scpgen.jar"
