#!/usr/bin/env python3
"""Counts Java sources the same way for every generator: files, physical lines, and non-blank non-comment lines.

    sloc.py DIR...   ->  one line per DIR: "files lines code_lines"

A code line holds at least one non-whitespace character outside `//` line comments and `/* ... */` blocks (javadoc
included). Comment markers inside string and char literals and text blocks are not comments: a line holding only
`"https://..."` is code. Files: every *.java under DIR.
"""
import os
import sys


def count_file(text):
    """(physical lines, code lines) of one Java source."""
    code_lines = set()
    line = 0
    i, n = 0, len(text)
    state = None  # None, 'line', 'block', 'str', 'char', 'text'
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            if state == 'line':
                state = None
            i += 1
            continue
        if state == 'line':
            i += 1
        elif state == 'block':
            if text.startswith('*/', i):
                state = None
                i += 2
            else:
                i += 1
        elif state == 'text':
            if not c.isspace():
                code_lines.add(line)
            if c == '\\':
                i += 2 if i + 1 < n and text[i + 1] != '\n' else 1
            elif text.startswith('"""', i):
                state = None
                i += 3
            else:
                i += 1
        elif state in ('str', 'char'):
            code_lines.add(line)
            if c == '\\':
                i += 2 if i + 1 < n and text[i + 1] != '\n' else 1
            elif (c == '"' and state == 'str') or (c == "'" and state == 'char'):
                state = None
                i += 1
            else:
                i += 1
        else:
            if text.startswith('//', i):
                state = 'line'
                i += 2
            elif text.startswith('/*', i):
                state = 'block'
                i += 2
            elif text.startswith('"""', i):
                code_lines.add(line)
                state = 'text'
                i += 3
            elif c == '"':
                code_lines.add(line)
                state = 'str'
                i += 1
            elif c == "'":
                code_lines.add(line)
                state = 'char'
                i += 1
            else:
                if not c.isspace():
                    code_lines.add(line)
                i += 1
    physical = line + (1 if text and not text.endswith('\n') else 0)
    return physical, len(code_lines)


def count_dir(root):
    files = lines = code = 0
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.endswith('.java'):
                with open(os.path.join(dirpath, name), encoding='utf-8') as f:
                    p, c = count_file(f.read())
                files += 1
                lines += p
                code += c
    return files, lines, code


def self_test():
    src = ('/** doc\n * more\n */\n'
           'package a; // tail\n'
           '\n'
           '   // only a comment\n'
           'class A { String u = "http://x/*y*/"; /* c */ }\n'
           '/* a */ int b; /* c\n'
           'd */\n'
           'char q = \'"\'; String t = """\n'
           '   // in a text block\n'
           '   """;\n')
    assert count_file(src) == (12, 6), count_file(src)


if __name__ == '__main__':
    self_test()
    if len(sys.argv) < 2:
        sys.exit('usage: sloc.py DIR...')
    for d in sys.argv[1:]:
        if not os.path.isdir(d):
            sys.exit(f'sloc.py: no directory {d}')
        print(*count_dir(d))
