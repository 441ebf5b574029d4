#!/usr/bin/env bash
# scpgen against openapi-generator, on this machine, in one run. Prints Markdown tables on stdout; progress and
# tool output go to stderr and to $WORK. Public tools only: /usr/bin/time, javac, Maven, JMH.
#
#   benchmarks/run.sh                 # everything (about 25 minutes on 2 cores, 15 of them downstream builds)
#   RUNS=9 benchmarks/run.sh          # more cold runs per tool (default 5)
#   SKIP_JMH=1 benchmarks/run.sh      # no JMH
#   SKIP_DOWNSTREAM=1 benchmarks/run.sh   # no downstream Maven builds (4., benchmarks/downstream.sh)
#   OAG_VERSION=7.25.0 WORK=/tmp/x KEEP=1 benchmarks/run.sh
#   JDK25_HOME=/opt/jdk-25 benchmarks/run.sh   # default /usr/lib/jvm/temurin-25-jdk-amd64; absent: that tool is skipped
#
# 1. cold JVM, end to end, alternating: `scpgen generate` of the seed docs (all versions, with tests) via
#    `java -jar` and via scripts/scpgen (default java, and JDK 25 if at $JDK25_HOME), against openapi-generator-cli (java, native library) on scpgen's own
#    virtualserver-1.1.openapi.json; medians of wall, CPU (user+sys) and peak RSS.
# 2. generated code: files, lines, top-level types and javac time (median of 3) of each.
# 3. JMH, warm JVM: the generator's stages (GeneratorBenchmark) and the runtime's call overhead
#    (InMemoryImageCallBenchmark, LoopbackImageCallBenchmark).
# 4. downstream Maven build (benchmarks/downstream.sh, also runnable alone): a project with scpgen-maven-plugin
#    against one with openapi-generator-maven-plugin, `mvn -o -q package -DskipTests` from clean and up to date,
#    and both generators' main code counted alike (files; non-blank, non-comment lines).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
RUNS="${RUNS:-5}"
OAG_VERSION="${OAG_VERSION:-7.25.0}"
JAVAC_RUNS="${JAVAC_RUNS:-3}"
# the generator's operations take 0.1-0.5 s each, so they get longer iterations than the microsecond-scale calls
JMH_GEN_ARGS="${JMH_GEN_ARGS:--f 1 -wi 5 -w 3s -i 5 -r 3s}"
JMH_CALL_ARGS="${JMH_CALL_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s}"
work="${WORK:-$(mktemp -d -t scpgen-bench.XXXXXX)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
log() { echo "run.sh: $*" >&2; }

[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

# ---- prerequisites -------------------------------------------------------------------------------------------
jar="$root/generator/target/scpgen.jar"
if [ ! -f "$jar" ]; then
  log "building scpgen (mvn install -DskipTests)"
  mvn -B -q install -DskipTests -Dinvoker.skip=true >&2
fi
if [ -z "${SKIP_JMH:-}" ] && [ ! -f benchmarks/target/benchmarks.jar -o "$jar" -nt benchmarks/target/benchmarks.jar ]; then
  log "building benchmarks/target/benchmarks.jar"
  mvn -B -q -f benchmarks/pom.xml package -DskipTests >&2
fi
oag_dir="$root/benchmarks/target/openapi-generator"
oag="$oag_dir/openapi-generator-cli-$OAG_VERSION.jar"
if [ ! -f "$oag" ]; then
  log "fetching openapi-generator-cli $OAG_VERSION from Maven Central"
  mvn -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$OAG_VERSION" \
      -DoutputDirectory="$oag_dir" >&2
fi
docs="spec/docs/virtualserver"
java -jar "$jar" openapi --docs "$docs" --out "$work/openapi" 2>"$work/openapi.log"
spec11="$work/openapi/virtualserver-1.1.openapi.json"
[ -f "$spec11" ] || { echo "run.sh: no $spec11" >&2; exit 1; }

# ---- 1. cold JVM, end to end ---------------------------------------------------------------------------------
# scpgen-launcher-jdk25: scripts/scpgen on JDK 25 (AOT cache instead of CDS), where that JDK is installed
JDK25_HOME="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
tools=(scpgen-jar scpgen-launcher scpgen-launcher-1.1)
skipped=()
if [ -x "$JDK25_HOME/bin/java" ]; then tools+=(scpgen-launcher-jdk25)
else log "no JDK 25 at $JDK25_HOME (JDK25_HOME=...): scpgen-launcher-jdk25 skipped"; skipped+=(scpgen-launcher-jdk25); fi
tools+=(openapi-generator)
run_tool() { # tool outdir
  case "$1" in
    scpgen-jar) java -jar "$jar" generate --docs "$docs" --out "$2/main" --tests "$2/test" ;;
    scpgen-launcher) scripts/scpgen generate --docs "$docs" --out "$2/main" --tests "$2/test" ;;
    scpgen-launcher-jdk25) SCPGEN_JAVA_HOME="$JDK25_HOME" scripts/scpgen generate --docs "$docs" --out "$2/main" \
        --tests "$2/test" ;;
    scpgen-launcher-1.1) scripts/scpgen generate --docs "$docs" --versions 1.1 --out "$2/main" --tests "$2/test" ;;
    openapi-generator) java -jar "$oag" generate -g java --library native -i "$spec11" -o "$2" ;;
  esac
}
# one untimed run each: the page cache holds the jars and the launcher's class-data archive exists
for t in "${tools[@]}"; do
  rm -rf "$work/warm"; run_tool "$t" "$work/warm" >"$work/warm-$t.log" 2>&1
done
for i in $(seq 1 "$RUNS"); do
  for t in "${tools[@]}"; do
    out="$work/out-$t"; rm -rf "$out"
    log "run $i/$RUNS: $t"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.$t.$i" bash -c "$(declare -f run_tool); \
      jar='$jar' oag='$oag' docs='$docs' spec11='$spec11' JDK25_HOME='$JDK25_HOME'; cd '$root'; run_tool $t '$out'" \
      >"$work/log-$t-$i" 2>&1 || { echo "run.sh: $t failed, see $work/log-$t-$i" >&2; exit 1; }
  done
done
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
declare -A wall cpu rss
for t in "${tools[@]}"; do
  wall[$t]=$(cat "$work"/time.$t.* | awk '{print $1}' | median)
  cpu[$t]=$(cat "$work"/time.$t.* | awk '{print $2+$3}' | median)
  rss[$t]=$(cat "$work"/time.$t.* | awk '{printf "%.0f\n", $4/1024}' | median)
done
o=openapi-generator
echo "## End to end, cold JVM (median of $RUNS runs each, alternating)"
echo
echo "scpgen: \`generate --docs $docs\` (all versions, SDK + tests; -1.1: \`--versions 1.1\` only). openapi-generator-cli $OAG_VERSION:"
echo "\`generate -g java --library native\` on scpgen's virtualserver-1.1.openapi.json (one version)."
echo "scpgen-jar: \`java -jar\`; scpgen-launcher: scripts/scpgen on the default java (CDS archive); -jdk25: scripts/scpgen"
echo "on $JDK25_HOME (AOT cache)."
echo
echo "| tool | wall s | CPU s (user+sys) | peak RSS MB | openapi-generator wall / this | CPU ratio | RSS ratio |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for t in "${tools[@]}"; do
  awk -v t="$t" -v w="${wall[$t]}" -v c="${cpu[$t]}" -v r="${rss[$t]}" \
      -v ow="${wall[$o]}" -v oc="${cpu[$o]}" -v orr="${rss[$o]}" \
      'BEGIN {printf "| %s | %.2f | %.2f | %d | %.2fx | %.2fx | %.2fx |\n", t, w, c, r, ow/w, oc/c, orr/r}'
done
for t in "${skipped[@]}"; do echo "| $t | skipped: no JDK 25 at $JDK25_HOME | | | | | |"; done
echo
echo "Raw runs (wall s, user s, sys s, max RSS KB):"
echo
for t in "${tools[@]}"; do
  echo "- $t: $(for f in "$work"/time.$t.*; do printf '[%s] ' "$(cat "$f")"; done)"
done
echo

# ---- 2. generated code ---------------------------------------------------------------------------------------
count() { # dir -> "files lines types"
  if [ ! -d "$1" ]; then echo "0 0 0"; return; fi
  local files lines types
  files=$(find "$1" -name '*.java' | wc -l)
  lines=$(find "$1" -name '*.java' -print0 | xargs -0 cat | wc -l)
  types=$(find "$1" -name '*.java' -print0 | xargs -0 grep -hE '^(public |final |abstract |sealed |non-sealed )*(class|interface|enum|record|@interface) ' | wc -l)
  echo "$files $lines $types"
}
sg="$work/out-scpgen-jar"; s1="$work/out-scpgen-launcher-1.1"; og="$work/out-openapi-generator"
read -r sm_f sm_l sm_t <<<"$(count "$sg/main")"
read -r st_f st_l st_t <<<"$(count "$sg/test")"
read -r s1m_f s1m_l s1m_t <<<"$(count "$s1/main")"
read -r s1t_f s1t_l s1t_t <<<"$(count "$s1/test")"
read -r om_f om_l om_t <<<"$(count "$og/src/main/java")"
read -r ot_f ot_l ot_t <<<"$(count "$og/src/test/java")"

log "resolving compile classpaths"
mvn -B -q -o -f generated-sdk/pom.xml dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$work/cp-scpgen.txt" >&2
mvn -B -q -f "$og/pom.xml" dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$work/cp-oag.txt" >&2
javac_time() { # name srcdir classpathfile -> median wall s, CPU s
  find "$2" -name '*.java' >"$work/srcs-$1"
  for i in $(seq 1 "$JAVAC_RUNS"); do
    rm -rf "$work/classes-$1"; mkdir -p "$work/classes-$1"
    /usr/bin/time -f "%e %U %S %M" -o "$work/jtime-$1-$i" javac -nowarn -proc:none -encoding UTF-8 \
        -cp "$(cat "$3")" -d "$work/classes-$1" @"$work/srcs-$1" >"$work/javac-$1-$i.log" 2>&1 \
        || { echo "run.sh: javac $1 failed, see $work/javac-$1-$i.log" >&2; exit 1; }
  done
  echo "$(cat "$work"/jtime-$1-* | awk '{print $1}' | median) $(cat "$work"/jtime-$1-* | awk '{print $2+$3}' | median)"
}
# openapi-generator's client does not compile as generated: the anyOf of a string and a list of strings (query
# parameter product_offering of GET /v1/servers) becomes `List<String>.class` and `getList<String>()`. A copy with
# those two spellings fixed (List.class, getListString()) is compiled instead; the number of files touched is printed.
rm -rf "$work/oag-src"; cp -r "$og/src/main/java" "$work/oag-src"
oag_patched=$(grep -rlE 'List<String>\.class|getList<String>\(' "$work/oag-src" | tee "$work/oag-patched.txt" | wc -l)
[ "$oag_patched" -eq 0 ] || xargs sed -i -e 's/List<String>\.class/List.class/g' -e 's/getList<String>(/getListString(/g' \
    <"$work/oag-patched.txt"
log "javac (x$JAVAC_RUNS each)"
javac_time scpgen "$sg/main" "$work/cp-scpgen.txt" >"$work/javac-scpgen.median"
javac_time scpgen11 "$s1/main" "$work/cp-scpgen.txt" >"$work/javac-scpgen11.median"
javac_time oag "$work/oag-src" "$work/cp-oag.txt" >"$work/javac-oag.median"
read -r sj_w sj_c <"$work/javac-scpgen.median"
read -r s1j_w s1j_c <"$work/javac-scpgen11.median"
read -r oj_w oj_c <"$work/javac-oag.median"
echo "## Generated code"
echo
echo "Types: top-level class/interface/enum/record declarations. javac: \`javac -proc:none\` of the main sources"
echo "against the Maven compile classpath of each (generated-sdk's; openapi-generator's generated pom.xml), median"
echo "of $JAVAC_RUNS. openapi-generator's client as generated does not compile; $oag_patched file(s) patched first"
echo "(\`List<String>.class\` -> \`List.class\`, \`getList<String>()\` -> \`getListString()\`)."
echo
echo "| | scpgen SDK, all versions | scpgen SDK, 1.1 | openapi-generator client, 1.1 | oag / scpgen all | oag / scpgen 1.1 |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
r() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a/b; else print "-"}'; }
echo "| main .java files | $sm_f | $s1m_f | $om_f | $(r "$om_f" "$sm_f") | $(r "$om_f" "$s1m_f") |"
echo "| main lines | $sm_l | $s1m_l | $om_l | $(r "$om_l" "$sm_l") | $(r "$om_l" "$s1m_l") |"
echo "| main top-level types | $sm_t | $s1m_t | $om_t | $(r "$om_t" "$sm_t") | $(r "$om_t" "$s1m_t") |"
echo "| test .java files | $st_f | $s1t_f | $ot_f | $(r "$ot_f" "$st_f") | $(r "$ot_f" "$s1t_f") |"
echo "| test lines | $st_l | $s1t_l | $ot_l | $(r "$ot_l" "$st_l") | $(r "$ot_l" "$s1t_l") |"
echo "| javac main, wall s | $sj_w | $s1j_w | $oj_w | $(r "$oj_w" "$sj_w") | $(r "$oj_w" "$s1j_w") |"
echo "| javac main, CPU s | $sj_c | $s1j_c | $oj_c | $(r "$oj_c" "$sj_c") | $(r "$oj_c" "$s1j_c") |"
echo

# ---- 3. JMH, warm JVM ----------------------------------------------------------------------------------------
if [ -z "${SKIP_JMH:-}" ]; then
  log "JMH; several minutes"
  jmh() { # csv regex args...
    local csv="$1" regex="$2"; shift 2
    java -jar benchmarks/target/benchmarks.jar "$regex" "$@" -jvmArgsAppend "-Dscpgen.docs=$root/$docs" \
        -rf csv -rff "$csv" >>"$work/jmh.log" 2>&1 \
        || { echo "run.sh: JMH failed, see $work/jmh.log" >&2; tail -30 "$work/jmh.log" >&2; exit 1; }
  }
  # shellcheck disable=SC2086
  jmh "$work/jmh-gen.csv" 'GeneratorBenchmark' $JMH_GEN_ARGS
  # shellcheck disable=SC2086
  jmh "$work/jmh-call.csv" 'InMemoryImageCallBenchmark|LoopbackImageCallBenchmark' $JMH_CALL_ARGS
  echo "## Warm JVM (JMH, average time per operation)"
  echo
  echo "Generator on the seed docs (all versions): \`$JMH_GEN_ARGS\`. SDK call against a bare java.net.http +"
  echo "Jackson call: \`$JMH_CALL_ARGS\`."
  echo
  echo "| benchmark | score | ± 99.9% | unit |"
  echo "| --- | ---: | ---: | --- |"
  tail -q -n +2 "$work/jmh-gen.csv" "$work/jmh-call.csv" | tr -d '"' | awk -F, '{sub(/^io\.scpgen\.benchmarks\./, "", $1);
      printf "| %s | %.3f | %.3f | %s |\n", $1, $5, $6, $7}'
  echo
fi

# ---- 4. downstream Maven build -------------------------------------------------------------------------------
if [ -z "${SKIP_DOWNSTREAM:-}" ]; then
  log "downstream Maven builds (benchmarks/downstream.sh); about 15 minutes"
  RUNS="$RUNS" OAG_VERSION="$OAG_VERSION" WORK="$work/downstream" KEEP="${KEEP:-}" DOWNSTREAM_FROM_RUN=1 \
      benchmarks/downstream.sh || { echo "run.sh: benchmarks/downstream.sh failed" >&2; exit 1; }
fi

echo "## Machine"
echo
echo "- nproc: $(nproc); memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "- java: $(java -version 2>&1 | head -2 | tail -1)"
echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $(date -u '+%Y-%m-%d %H:%M UTC')"
