#!/usr/bin/env bash
# Downstream Maven build (issue 15): a project generating the SDK with scpgen-maven-plugin against one generating
# openapi-generator's client with openapi-generator-maven-plugin, each built with plain `mvn -o -q package
# -DskipTests`. Prints Markdown tables on stdout; progress goes to stderr, Maven's output to $WORK. Called by
# benchmarks/run.sh (SKIP_DOWNSTREAM=1 skips it there) or alone:
#
#   benchmarks/downstream.sh                      # 5 rounds (about 10 minutes on 2 cores)
#   RUNS=9 OAG_VERSION=7.25.0 WORK=/tmp/ds KEEP=1 benchmarks/downstream.sh   # KEEP: leave $WORK and the install
#   MAVEN_REPO_LOCAL=/work/m2-me benchmarks/downstream.sh   # every mvn call uses that local repository, not ~/.m2
#
# The projects are built in $WORK, outside this checkout, so a .mvn/maven.config of the checkout does not apply to
# them (nor to the install, made from a copy without untracked ignored files): MAVEN_REPO_LOCAL is the way to keep
# the install, the plugins and the dependencies out of the default ~/.m2/repository.
#
# The projects are made under $WORK from the templates in benchmarks/downstream/:
#   scpgen/             scpgen-maven-plugin (this checkout) on spec/docs/virtualserver, all versions,
#                       generateTests=false; depends on io.scpgen:scpgen-runtime.
#   openapi-generator/  openapi-generator-maven-plugin $OAG_VERSION (java, library native) on scpgen's own
#                       virtualserver-1.1.openapi.json, with the dependencies its generated pom names, and a
#                       maven-antrun-plugin step that fixes the one file that does not compile (see that pom).
# scpgen is built from a copy of this checkout and installed into the local repository ($MAVEN_REPO_LOCAL, by default
# ~/.m2/repository) as <version>-bench.<commit> (`mvn -q install -DskipTests -Dinvoker.skip=true -pl
# runtime,maven-plugin -am`), so that others installing 0.1.0-SNAPSHOT into a shared repository meanwhile cannot
# change what is measured; that version is removed at the end. The install and the first build of each project run
# offline; where that fails (first run: plugins and dependencies not in the repository yet) they run once online. Everything timed runs with -o.
#
# Per round, each project in turn: `mvn -o -q clean` (untimed); `generate-sources` from clean (the generator alone);
# `clean` again; `package -DskipTests` from clean; `package -DskipTests` again (up to date); on the
# openapi-generator side also the up-to-date build without the fix step (`-DnoFix`, the sources being fixed
# already); `validate` (Maven's start and the project's model, no plugin run); once per round `mvn -o -q -v`.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
RUNS="${RUNS:-5}"
OAG_VERSION="${OAG_VERSION:-7.25.0}"
work="${WORK:-$(mktemp -d -t scpgen-downstream.XXXXXX)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
mvn_repo() { mvn -Dmaven.repo.local="$repo" "$@"; }
mvn_in() { (cd "$1" && shift && mvn_repo "$@"); }
log() { echo "downstream.sh: $*" >&2; }
die() { echo "downstream.sh: $*" >&2; exit 1; }

[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (apt-get install time)"
command -v mvn >/dev/null || die "needs mvn on the PATH"
[ -d "$repo" ] || die "MAVEN_REPO_LOCAL: $repo is not a folder"
command -v python3 >/dev/null || die "needs python3 (to read pom.xml and count lines)"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$RUNS'"
templates="$root/benchmarks/downstream"
sloc="$templates/sloc.py"
for f in "$templates/scpgen/pom.xml" "$templates/openapi-generator/pom.xml" "$sloc"; do
  [ -f "$f" ] || die "missing $f"
done

pom_value() { # xpath-ish key of the root pom: version | jackson.version
  python3 - "$root/pom.xml" "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {'m': 'http://maven.apache.org/POM/4.0.0'}
p = ET.parse(sys.argv[1]).getroot()
e = p.find('m:version', ns) if sys.argv[2] == 'version' else p.find('m:properties/m:' + sys.argv[2], ns)
if e is None: sys.exit('no ' + sys.argv[2] + ' in ' + sys.argv[1])
print(e.text.strip())
PY
}
version="$(pom_value version)"
jackson="$(pom_value jackson.version)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain -- pom.xml runtime generator maven-plugin 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes in pom.xml, runtime/, generator/ or maven-plugin/)"
fi

# ---- scpgen in the local repository, under a version of its own ----------------------------------------------
# ~/.m2 may be shared: another checkout installing io.scpgen 0.1.0-SNAPSHOT while this runs would change the plugin
# being measured (or break it mid-build). So a copy of this checkout (tracked and untracked files, no target/) is
# built and installed as $bench_version, taken out of the repository again at the end (unless KEEP=1).
bench_version="${version%-SNAPSHOT}-bench.${commit%% *}"
[ "$commit" = "${commit%% *}" ] || bench_version="$bench_version.dirty"
src="$work/src"
rm -rf "$src"; mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null \
    | tar -C "$src" -xf - || die "could not copy this checkout to $src"
find "$src" -name pom.xml -exec sed -i "s/<version>$version<\/version>/<version>$bench_version<\/version>/" {} +
m2="$repo/io/scpgen"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work" "$m2"/*/"$bench_version"' EXIT
log "installing scpgen as $bench_version into $repo (runtime, generator, maven-plugin; no tests), about a minute"
install=(install -DskipTests -Dinvoker.skip=true -pl runtime,maven-plugin -am)
if ! mvn_in "$src" -B -q -o "${install[@]}" >"$work/install.log" 2>&1; then
  log "offline install failed; once online to fetch what the reactor needs from Maven Central"
  mvn_in "$src" -B -q "${install[@]}" >"$work/install.log" 2>&1 \
      || { tail -30 "$work/install.log" >&2; die "mvn install failed, see $work/install.log"; }
fi
scpgen_jar="$src/generator/target/scpgen.jar"
[ -f "$scpgen_jar" ] || die "the install built no $scpgen_jar"
m2_digest() { cat "$m2"/scpgen-{runtime,generator,maven-plugin}/"$bench_version"/*.jar | sha256sum; }
digest_before="$(m2_digest)"

# ---- the two projects ----------------------------------------------------------------------------------------
docs="spec/docs/virtualserver"
sg="$work/scpgen"; og="$work/openapi-generator"
rm -rf "$sg" "$og" "$work/openapi"
mkdir -p "$sg/src/main/scp-docs" "$og/src/main/openapi"
sed -e "s/@SCPGEN_VERSION@/$bench_version/g" "$templates/scpgen/pom.xml" >"$sg/pom.xml"
sed -e "s/@OAG_VERSION@/$OAG_VERSION/g" -e "s/@JACKSON_VERSION@/$jackson/g" \
    "$templates/openapi-generator/pom.xml" >"$og/pom.xml"
cp -r "$docs/." "$sg/src/main/scp-docs/"
java -jar "$scpgen_jar" openapi --docs "$docs" --out "$work/openapi" >"$work/openapi.log" 2>&1 \
    || die "scpgen openapi failed, see $work/openapi.log"
[ -f "$work/openapi/virtualserver-1.1.openapi.json" ] || die "scpgen openapi wrote no virtualserver-1.1.openapi.json"
cp "$work/openapi/virtualserver-1.1.openapi.json" "$og/src/main/openapi/"

projects=(scpgen openapi-generator)
declare -A dir=([scpgen]="$sg" [openapi-generator]="$og")
for p in "${projects[@]}"; do
  if mvn_in "${dir[$p]}" -o -q clean package -DskipTests >"$work/first-$p.log" 2>&1; then
    log "first build of $p (offline): ok"
  else
    log "first build of $p failed offline; once online to fetch its plugins and dependencies from Maven Central"
    mvn_in "${dir[$p]}" -q clean package -DskipTests >"$work/first-$p-online.log" 2>&1 \
        || { tail -30 "$work/first-$p-online.log" >&2; die "$p does not build, see $work/first-$p-online.log"; }
  fi
done

# ---- timed runs ----------------------------------------------------------------------------------------------
timed() { # name round dir mvn-args...
  local name="$1" i="$2" d="$3"; shift 3
  (cd "$d" && /usr/bin/time -f "%e %U %S" -o "$work/time.$name.$i" mvn -Dmaven.repo.local="$repo" "$@") >"$work/log.$name.$i" 2>&1 \
      || { tail -20 "$work/log.$name.$i" >&2; die "$name failed in round $i: mvn $*, see $work/log.$name.$i"; }
}
untimed() { # dir mvn-args...
  local d="$1"; shift
  mvn_in "$d" "$@" >"$work/untimed.log" 2>&1 || { tail -20 "$work/untimed.log" >&2; die "mvn $* failed in $d"; }
}
for i in $(seq 1 "$RUNS"); do
  for p in "${projects[@]}"; do
    d="${dir[$p]}"
    log "round $i/$RUNS: $p"
    untimed "$d" -o -q clean
    timed "$p-gen" "$i" "$d" -o -q generate-sources
    untimed "$d" -o -q clean
    timed "$p-clean" "$i" "$d" -o -q package -DskipTests
    timed "$p-uptodate" "$i" "$d" -o -q package -DskipTests
    [ "$p" != openapi-generator ] || timed "$p-uptodate-nofix" "$i" "$d" -o -q package -DskipTests -DnoFix
    timed "$p-validate" "$i" "$d" -o -q validate
  done
  timed "mvn-v" "$i" "$root" -o -q -v
done
# one more build of each, from clean and up to date, with Maven's log timestamped: where the time goes
stamped=(-o -B package -DskipTests -Dorg.slf4j.simpleLogger.showDateTime=true
         -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
for p in "${projects[@]}"; do
  untimed "${dir[$p]}" -o -q clean
  timed "$p-stamped-clean" 1 "${dir[$p]}" "${stamped[@]}"
  timed "$p-stamped-uptodate" 1 "${dir[$p]}" "${stamped[@]}"
done
[ "$(m2_digest)" = "$digest_before" ] \
    || die "$repo's scpgen $bench_version jars changed during the runs: figures discarded, run again"

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
wall() { cat "$work"/time."$1".* | awk '{print $1}' | median; }
cpu() { cat "$work"/time."$1".* | awk '{print $2+$3}' | median; }
r() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a/b; else print "-"}'; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a-b}'; }
declare -A W C
for k in scpgen-gen scpgen-clean scpgen-uptodate scpgen-validate openapi-generator-gen openapi-generator-clean \
         openapi-generator-uptodate openapi-generator-uptodate-nofix openapi-generator-validate mvn-v; do
  W[$k]="$(wall "$k")"; C[$k]="$(cpu "$k")"
done
jar_classes() { # project dir -> number of .class entries in its jar
  python3 - "$1"/target/*.jar <<'PY'
import sys, zipfile
print(sum(1 for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.endswith('.class')))
PY
}
read -r sg_f sg_l sg_c <<<"$(python3 "$sloc" "$sg/target/generated-sources/scpgen")"
read -r og_f og_l og_c <<<"$(python3 "$sloc" "$og/target/generated-sources/openapi/src/main/java")"
sg_versions="$(find "$sg/target/generated-sources/scpgen" -type d -name 'v[0-9]*_[0-9]*' -printf '%f\n' | sort -u \
    | sed 's/^v//; s/_/./' | paste -sd, - | sed 's/,/, /g')"
oag_fixed="$(grep -rlE 'List\.class|getListString\(' "$og/target/generated-sources/openapi/src/main/java" | wc -l)"

s=scpgen; o=openapi-generator
echo "## Downstream Maven build (median of $RUNS runs each, alternating)"
echo
echo "Commit $commit (installed as scpgen $bench_version). Two projects made by benchmarks/downstream.sh from benchmarks/downstream/:"
echo "scpgen-maven-plugin on \`$docs\` (versions $sg_versions; \`generateTests=false\`) and"
echo "openapi-generator-maven-plugin $OAG_VERSION (\`java\`, library \`native\`, tests and docs off,"
echo "\`skipIfSpecIsUnchanged\`) on scpgen's virtualserver-1.1.openapi.json (one version), plus a maven-antrun-plugin step"
echo "in process-sources that makes its client compile ($oag_fixed file fixed: \`List<String>.class\` -> \`List.class\`,"
echo "\`getList<String>()\` -> \`getListString()\`; openapi-generator side only). Same Maven plugins and versions"
echo "otherwise, Jackson $jackson on both. Every build \`mvn -o -q ...\`; wall and CPU (user+sys) by /usr/bin/time."
echo
echo "| mvn -o -q ... | scpgen wall s | openapi-generator wall s | oag / scpgen | scpgen CPU s | openapi-generator CPU s | oag / scpgen |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
row() { # label key
  echo "| $1 | ${W[$s-$2]} | ${W[$o-$2]} | $(r "${W[$o-$2]}" "${W[$s-$2]}") | ${C[$s-$2]} | ${C[$o-$2]} | $(r "${C[$o-$2]}" "${C[$s-$2]}") |"
}
row "\`clean\`, then \`package -DskipTests\` (clean build)" clean
row "\`package -DskipTests\` again (up to date)" uptodate
row "\`clean\`, then \`generate-sources\` (the generator alone)" gen
row "\`validate\` (Maven's start, the project read)" validate
echo "| up to date minus \`validate\` | $(sub "${W[$s-uptodate]}" "${W[$s-validate]}") | $(sub "${W[$o-uptodate]}" "${W[$o-validate]}") | | | | |"
echo
echo "- \`mvn -o -q -v\` (Maven's JVM alone, no project): ${W[mvn-v]} s wall, ${C[mvn-v]} s CPU."
echo "- openapi-generator's up-to-date build without the fix step (\`-DnoFix\`): ${W[$o-uptodate-nofix]} s wall"
echo "  (with it $(sub "${W[$o-uptodate]}" "${W[$o-uptodate-nofix]}") s more, medians; a difference below 0 is noise)."
echo "- Classes in the jar after the up-to-date build: scpgen $(jar_classes "$sg"), openapi-generator $(jar_classes "$og")."
echo
echo "Where the time goes: one more build of each (\`mvn -o -B package -DskipTests\`, not -q), its steps by the"
echo "timestamps of Maven's log (benchmarks/downstream/steps.py; jvm: the wall time outside the log, the JVM's start"
echo "and exit; other: resources, testCompile, surefire), in seconds:"
echo
declare -A ST
for k in scpgen-stamped-clean scpgen-stamped-uptodate openapi-generator-stamped-clean openapi-generator-stamped-uptodate; do
  while read -r step secs; do ST[$k.$step]="$secs"; done \
      < <(python3 "$templates/steps.py" "$work/log.$k.1" "$(awk '{print $1}' "$work/time.$k.1")")
done
echo "| step | scpgen, clean | scpgen, up to date | openapi-generator, clean | openapi-generator, up to date |"
echo "| --- | ---: | ---: | ---: | ---: |"
for step in jvm project generator fix compile jar other; do
  printf '| %s |' "$step"
  for k in scpgen-stamped-clean scpgen-stamped-uptodate openapi-generator-stamped-clean \
           openapi-generator-stamped-uptodate; do
    printf ' %s |' "${ST[$k.$step]:--}"
  done
  echo
done
printf '| wall (/usr/bin/time) |'
for k in scpgen-stamped-clean scpgen-stamped-uptodate openapi-generator-stamped-clean openapi-generator-stamped-uptodate; do
  printf ' %s |' "$(awk '{print $1}' "$work/time.$k.1")"
done
echo
echo
echo "## Generated main code, counted alike"
echo
echo "Every \`*.java\` under target/generated-sources/scpgen and target/generated-sources/openapi/src/main/java"
echo "(benchmarks/downstream/sloc.py): code lines are non-blank lines with something outside \`//\` and \`/* */\`"
echo "comments (javadoc included; comment markers inside string literals do not count)."
echo
echo "| | scpgen, versions $sg_versions | openapi-generator $OAG_VERSION, 1.1 | scpgen / oag |"
echo "| --- | ---: | ---: | ---: |"
echo "| main .java files | $sg_f | $og_f | $(r "$sg_f" "$og_f") |"
echo "| non-blank non-comment lines | $sg_c | $og_c | $(r "$sg_c" "$og_c") |"
echo "| physical lines | $sg_l | $og_l | $(r "$sg_l" "$og_l") |"
echo
echo "## Issue 15's goals, on these figures"
echo
verdict() { # a b le|lt|ge
  awk -v a="$1" -v b="$2" -v op="$3" \
      'BEGIN {ok = op == "le" ? a <= b : op == "lt" ? a < b : a >= b; print ok ? "met" : "missed"}'
}
clean_ratio="$(awk -v a="${W[$o-clean]}" -v b="${W[$s-clean]}" 'BEGIN {printf "%.2f", a/b}')"
above="$(sub "${W[$s-uptodate]}" "${W[$s-validate]}")"
above_v="$(sub "${W[$s-uptodate]}" "${W[mvn-v]}")"
code_ratio="$(awk -v a="$sg_c" -v b="$og_c" 'BEGIN {printf "%.2f", a/b}')"
echo "| goal | measured | |"
echo "| --- | --- | --- |"
fix_cost="$(sub "${W[$o-uptodate]}" "${W[$o-uptodate-nofix]}")"
clean_nofix_ratio="$(awk -v a="${W[$o-clean]}" -v f="$fix_cost" -v b="${W[$s-clean]}" \
    'BEGIN {if (f < 0) f = 0; printf "%.2f", (a - f)/b}')"
echo "| clean build at least 3x faster than openapi-generator's | ${clean_ratio}x (${W[$s-clean]} s vs ${W[$o-clean]} s;\
 ${clean_nofix_ratio}x with the fix step's cost taken off) | $(verdict "$clean_ratio" 3 ge) |"
echo "| up-to-date rebuild under 1 s above Maven's own start | $above s above \`validate\` ($above_v s above \`mvn -v\`) | $(verdict "$above" 1 lt) |"
echo "| main code at most 0.8x openapi-generator's one-version client (code lines) | ${code_ratio}x ($sg_c vs $og_c) | $(verdict "$code_ratio" 0.8 le) |"
echo
echo "Raw runs (wall s, user s, sys s):"
echo
for k in scpgen-clean openapi-generator-clean scpgen-uptodate openapi-generator-uptodate openapi-generator-uptodate-nofix \
         scpgen-gen openapi-generator-gen scpgen-validate openapi-generator-validate mvn-v; do
  echo "- $k: $(for f in "$work"/time.$k.*; do printf '[%s] ' "$(cat "$f")"; done)"
done
echo
if [ -z "${DOWNSTREAM_FROM_RUN:-}" ]; then
  echo "## Machine"
  echo
  echo "- nproc: $(nproc); memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- java: $(java -version 2>&1 | head -2 | tail -1); $(mvn -B -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $(date -u '+%Y-%m-%d %H:%M UTC')"
fi
