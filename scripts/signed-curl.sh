#!/usr/bin/env bash
# Calls the docs mock (scpgen mock) with curl, signing the request with openssl as SCP expects:
# Scp-Signature = Base64(HMAC-SHA256(secret, METHOD + URL + timestamp + accessKey + accountId + "Openapi")).
# usage: scripts/signed-curl.sh URL [API_VERSION]    e.g. scripts/signed-curl.sh "http://127.0.0.1:8080/v1/images?limit=20" 1.1
set -euo pipefail
url=$1; version=${2:-1.1}
# the docs mock's test credentials only, never SCP_SECRET_KEY: openssl takes the key on its command line, where
# other local users can read it (ps, /proc)
key=docs-mock-access-key; secret=docs-mock-secret-key
ts=$(date +%s%3N)
sig=$(printf '%s' "GET${url}${ts}${key}Openapi" | openssl dgst -sha256 -hmac "$secret" -binary | base64)
curl -sS --fail-with-body "$url" -H "Scp-AccessKey: $key" -H "Scp-Timestamp: $ts" -H "Scp-ClientType: Openapi" \
  -H "Scp-Signature: $sig" -H "Scp-Api-Version: virtualserver $version"
