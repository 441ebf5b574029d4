#!/usr/bin/env bash
# How scpgen scales with the number of services in its docs. For N services (default 1, 10 and 50) it builds one
# synthetic whole-site page, a category print view holding the Virtual Server reference page
# (spec/docs/virtualserver/virtualserver-api-reference-print-1.1.txt) N times, each copy a service of its own:
#
#   Benchmark                                  category title, after the print view's chrome lines
#   k - Service NN                             copy k; then its service header (Overview, Version, OpenAPI URL,
#   ...                                        Environment and Region List) with 'Virtual Server' -> 'Service NN' and
#   https://svcNN.{region}.{environment}...    'https://virtualserver.' -> 'https://svcNN.'
#   k.1 - APIs, k.1.1 - Accept a volume ...    every numbered heading of the copy under k (k.1.1.1 - 1.1 ...)
#   "Scp-Api-Version = svcNN 1.1"              example request headers name the copy's service too
#   k.2 - Models, k.2.1 - AutoScalingGroup
#
# and times cold runs (a new JVM each) of
#
#   java -jar generator/target/scpgen.jar spec --docs PAGE --out DIR/spec       (several services: DIR/spec/<id>.json)
#   java -jar generator/target/scpgen.jar generate --docs PAGE --out DIR/main --tests DIR/test
#
# RUNS times each, alternating, and prints a Markdown table on stdout: N, command, median wall seconds, median peak
# RSS (MB) and median wall seconds per service. Progress goes to stderr. Public tools only: bash, awk, java and GNU
# time at /usr/bin/time (apt-get install time). Not part of `mvn verify`.
#
#   benchmarks/services-scale.sh                  # N = 1, 10, 50; 3 runs each of both commands
#   RUNS=1 benchmarks/services-scale.sh           # one run each
#   SIZES="1 5" RUNS=5 benchmarks/services-scale.sh
#   JAVA_OPTS="-Xmx4g" WORK=/tmp/scale KEEP=1 benchmarks/services-scale.sh   # keep pages, outputs and logs
#   LAUNCHER=1 benchmarks/services-scale.sh       # scripts/scpgen instead of java -jar
#
# A run counts when scpgen exits 0 (diagnostics are fine: they go to the logs in $WORK). A failed run is not timed:
# its row in the table says so with the last line of its log, and the script exits 1 after printing the table.
# Until scpgen reads several services, the N copies come out as one merged service; the line under the table says
# how many services each N gave.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
RUNS="${RUNS:-3}"
SIZES="${SIZES:-1 10 50}"
read -r -a java_opts <<<"${JAVA_OPTS:-}"
work="${WORK:-$(mktemp -d -t scpgen-scale.XXXXXX)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
log() { echo "services-scale.sh: $*" >&2; }
fail() { echo "services-scale.sh: $*" >&2; exit 1; }

case "$RUNS" in ''|*[!0-9]*|0) echo "services-scale.sh: RUNS must be a positive number, not '$RUNS'" >&2; exit 2 ;; esac
for n in $SIZES; do
  case "$n" in ''|*[!0-9]*|0) echo "services-scale.sh: SIZES must be positive numbers, not '$n'" >&2; exit 2 ;; esac
done
[ -x /usr/bin/time ] || { echo "services-scale.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v java >/dev/null || { echo "services-scale.sh: needs java on the PATH" >&2; exit 2; }

jar="$root/generator/target/scpgen.jar"
if [ ! -f "$jar" ]; then
  log "building scpgen (mvn -pl generator -am package -DskipTests)"
  mvn -B -q -pl generator -am package -DskipTests >&2
fi
source_page="$root/spec/docs/virtualserver/virtualserver-api-reference-print-1.1.txt"
[ -f "$source_page" ] || fail "no $source_page"
grep -qx '1 - APIs' "$source_page" || fail "$source_page has no '1 - APIs' heading: its layout changed"

# ---- the synthetic pages ---------------------------------------------------------------------------------------
# copy k of the reference page as service NN, its headings under 'k - Service NN'
copy() { # k nn
  awk -v k="$1" -v nn="$2" '
    BEGIN { preamble = 1 }
    preamble && $0 == "1 - APIs" { preamble = 0 }
    preamble {
      if (!titled && $0 ~ /[^[:space:]]/) { print k " - Service " nn; titled = 1; next }
      gsub(/https:\/\/virtualserver\./, "https://svc" nn ".")
      gsub(/Virtual Server/, "Service " nn)
      print; next
    }
    /^[0-9]+(\.[0-9]+)* - [^ ]/ { print k "." $0; next }
    { sub(/"Scp-Api-Version = virtualserver /, "\"Scp-Api-Version = svc" nn " "); print }
  ' "$source_page"
}
site_page() { # n -> path of the page with n services
  local n="$1" page="$work/pages/services-$1.txt" width k
  if [ ! -f "$page" ]; then
    mkdir -p "$work/pages"
    width=${#n}; [ "$width" -ge 2 ] || width=2
    {
      printf '%s\n\n%s\n\n%s\n\n' 'This is the multi-page printable view of this section. Click here to print.' \
          'Return to the regular view of this page.' 'Benchmark'
      for k in $(seq 1 "$n"); do
        copy "$k" "$(printf "%0${width}d" "$k")"
        echo
      done
    } >"$page.tmp"
    mv "$page.tmp" "$page"
  fi
  echo "$page"
}

# ---- cold runs ---------------------------------------------------------------------------------------------------
args_for() { # command page outdir -> the scpgen arguments, in the array args
  case "$1" in
    spec) args=(spec --docs "$2" --out "$3/spec") ;;
    generate) args=(generate --docs "$2" --out "$3/main" --tests "$3/test") ;;
  esac
}
commands=(spec generate)
# LAUNCHER=1: scripts/scpgen (serial GC, C1, a class-data archive made by the warm-up run) instead of java -jar
if [ "${LAUNCHER:-0}" = 1 ]; then scpgen=("$root/scripts/scpgen"); else scpgen=(java "${java_opts[@]}" -jar "$jar"); fi
declare -A pages
for n in $SIZES; do
  pages[$n]="$(site_page "$n")"
  log "N=$n: $(wc -l <"${pages[$n]}") lines, $(du -k "${pages[$n]}" | cut -f1) KB"
done
# one untimed run: the page cache holds the jar and the JVM's files before the first timed run
first=${SIZES%% *}
rm -rf "$work/warm"; mkdir -p "$work/warm"
args_for spec "${pages[$first]}" "$work/warm"
"${scpgen[@]}" "${args[@]}" >"$work/warm.log" 2>&1 || fail "warm-up run failed, see $work/warm.log"

for i in $(seq 1 "$RUNS"); do
  for n in $SIZES; do
    for c in "${commands[@]}"; do
      out="$work/out-$n-$c"; rm -rf "$out"; mkdir -p "$out"
      log "run $i/$RUNS: N=$n $c"
      args_for "$c" "${pages[$n]}" "$out"
      rc=0
      /usr/bin/time -f "%e %M" -o "$work/time.$n.$c.$i" "${scpgen[@]}" "${args[@]}" \
          >"$work/log-$n-$c-$i" 2>&1 || rc=$?
      if [ "$rc" -ne 0 ]; then
        log "N=$n $c failed (exit $rc), see $work/log-$n-$c-$i"
        echo "$rc" >"$work/failed.$n.$c.$i"; rm -f "$work/time.$n.$c.$i"
      fi
    done
  done
done

# services in the spec output: DIR/spec is a folder of <service>.json once several services are read, else one file
services_out() { # n
  local spec="$work/out-$1-spec/spec"
  if [ -d "$spec" ]; then find "$spec" -maxdepth 1 -name '*.json' | wc -l
  elif [ -f "$spec" ]; then echo 1
  else echo 0; fi
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "## scpgen and the number of services (cold JVM, median of $RUNS runs each)"
echo
echo "One page of N services: $(basename "$source_page") repeated N times, each copy under its own service header"
echo "(\`k - Service NN\`, \`https://svcNN.{region}.{environment}.samsungsdscloud.com\`). spec: \`spec --docs PAGE --out DIR\`;"
echo "generate: \`generate --docs PAGE --out DIR/main --tests DIR/test\` (all versions, with tests). $([ "${LAUNCHER:-0}" = 1 ] && echo "\`scripts/scpgen\`" || echo "\`java -jar\`${JAVA_OPTS:+ with \`$JAVA_OPTS\`}")."
echo
echo "| N | command | wall s (median) | peak RSS MB (median) | wall s per service |"
echo "| ---: | --- | ---: | ---: | ---: |"
for n in $SIZES; do
  for c in "${commands[@]}"; do
    if ls "$work"/failed.$n.$c.* >/dev/null 2>&1; then
      failed=$(ls "$work"/failed.$n.$c.* | wc -l)
      last=$(tail -n 1 "$work/log-$n-$c-$(basename "$(ls "$work"/failed.$n.$c.* | head -1)" | awk -F. '{print $NF}')" \
          | cut -c1-120 | sed 's/|/\\|/g')
      echo "| $n | $c | failed in $failed of $RUNS runs (exit $(cat "$(ls "$work"/failed.$n.$c.* | head -1)")): $last | | |"
      continue
    fi
    wall=$(cat "$work"/time.$n.$c.* | awk '{print $1}' | median)
    rss=$(cat "$work"/time.$n.$c.* | awk '{printf "%.0f\n", $2/1024}' | median)
    awk -v n="$n" -v c="$c" -v w="$wall" -v r="$rss" \
        'BEGIN {printf "| %d | %s | %.2f | %d | %.3f |\n", n, c, w, r, w/n}'
  done
done
echo
merged=yes
printf 'Services in the spec output:'
for n in $SIZES; do
  s=$(services_out "$n"); printf ' N=%s: %s;' "$n" "$s"
  [ "$s" -eq 1 ] || merged=no
done
if [ "$merged" = yes ] && [ "$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)" -gt 1 ]; then
  echo " one for every N: this scpgen merged the copies into one service."
else
  echo
fi
echo
echo "Raw runs (wall s, max RSS KB):"
echo
for n in $SIZES; do
  for c in "${commands[@]}"; do
    echo "- N=$n $c: $(for i in $(seq 1 "$RUNS"); do if [ -f "$work/time.$n.$c.$i" ]; then printf '[%s] ' "$(cat "$work/time.$n.$c.$i")"
        else printf '[failed, exit %s] ' "$(cat "$work/failed.$n.$c.$i")"; fi; done)"
  done
done
echo
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; $(java -version 2>&1 | head -1);" \
     "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
if ls "$work"/failed.* >/dev/null 2>&1; then
  log "$(ls "$work"/failed.* | wc -l) run(s) failed: their logs are in $work$([ -n "${KEEP:-}" ] || echo ' (removed: KEEP=1 keeps them)')"
  exit 1
fi
