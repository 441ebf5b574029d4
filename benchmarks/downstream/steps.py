#!/usr/bin/env python3
"""Where one Maven build's time goes, from its log with timestamps.

    steps.py LOG WALL   ->  lines "step seconds", in build order

LOG: the output of `mvn -B ... -Dorg.slf4j.simpleLogger.showDateTime=true
-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS`; WALL: the build's wall time in seconds (from /usr/bin/time).
Steps: `jvm` (the wall time outside Maven's log: the JVM's start before its first line and its exit after the
last), `project` (reading the project, to its first mojo), then one step per mojo by its kind (`generator` for
scpgen-maven-plugin and openapi-generator-maven-plugin, `fix` for maven-antrun-plugin, `compile` for
compiler:compile, `jar`, `other` for every other mojo: resources, testCompile, surefire...). Kinds seen twice are
summed.
"""
import re
import sys

KINDS = [
    (re.compile(r'^(scpgen-maven-plugin|openapi-generator-maven-plugin):'), 'generator'),
    (re.compile(r'^maven-antrun-plugin:'), 'fix'),
    (re.compile(r'^maven-compiler-plugin:[^:]+:compile '), 'compile'),
    (re.compile(r'^maven-jar-plugin:'), 'jar'),
]
STAMP = re.compile(r'^(\d\d):(\d\d):(\d\d)\.(\d\d\d) ')
MOJO = re.compile(r'\[INFO\] --- (\S+:\S+:\S+ .*?) @ ')


def seconds(m):
    h, mi, s, ms = (int(g) for g in m.groups())
    return h * 3600 + mi * 60 + s + ms / 1000


def main(log, wall):
    marks = []  # (time, the step that starts then)
    last = None
    with open(log, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = re.sub(r'\x1b\[[0-9;]*m', '', line)
            m = STAMP.match(line)
            if not m:
                continue
            t = seconds(m)
            if last is not None and t < last:  # past midnight
                t += 86400
            if not marks:
                marks.append((t, 'project'))
            mojo = MOJO.search(line)
            if mojo:
                marks.append((t, next((k for p, k in KINDS if p.search(mojo.group(1))), 'other')))
            last = t
    if not marks:
        sys.exit(f'steps.py: no timestamped lines in {log}')
    out = {'jvm': max(0.0, float(wall) - (last - marks[0][0]))}
    for (t, kind), (t2, _) in zip(marks, marks[1:] + [(last, None)]):
        out[kind] = out.get(kind, 0.0) + t2 - t
    for k, v in out.items():
        print(k, f'{v:.2f}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: steps.py LOG WALL')
    main(sys.argv[1], sys.argv[2])
