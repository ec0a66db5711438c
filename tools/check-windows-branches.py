#!/usr/bin/env python3
"""Compiles the Windows branches of the Qt code on Linux.

Qt for Windows cannot be installed here, so the `#ifdef Q_OS_WIN` branches of core/, app/ and ui/
would otherwise never be compiled before they reach a Windows machine. For each source file that
has such a branch, this takes a copy with Q_OS_WIN taken as defined (`#ifdef Q_OS_WIN` -> `#if 1`,
`#ifndef Q_OS_WIN` -> `#if 0`) and checks it with the file's own compile command from the Linux
build (compile_commands.json, -fsyntax-only). It catches typos, missing includes and POSIX calls
left in the Windows branches. Branches that use Windows-only Qt classes (QWinEventNotifier) are
listed in SKIP: Linux Qt does not have them.

Usage: tools/check-windows-branches.py BUILD_DIR     (a Linux build of the whole program)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

SKIP = {"core/slots/mailslotworker.cpp"}  # QWinEventNotifier exists in Qt for Windows only


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    build = os.path.abspath(sys.argv[1])
    source = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    entries = {e["file"]: e for e in json.load(open(os.path.join(build, "compile_commands.json")))}
    failed = 0
    checked = 0
    with tempfile.TemporaryDirectory(prefix="windows-branches-") as tmp:
        for path, entry in sorted(entries.items()):
            rel = os.path.relpath(path, source)
            if rel.split(os.sep)[0] not in ("core", "app", "ui") or rel in SKIP:
                continue
            text = open(path, encoding="utf-8").read()
            if not re.search(r"^#\s*if(n?def)?\s.*Q_OS_WIN", text, flags=re.M):
                continue
            text = re.sub(r"^#ifdef Q_OS_WIN\b", "#if 1 // Q_OS_WIN", text, flags=re.M)
            text = re.sub(r"^#ifndef Q_OS_WIN\b", "#if 0 // !Q_OS_WIN", text, flags=re.M)
            copy = os.path.join(tmp, rel.replace(os.sep, "_"))
            with open(copy, "w", encoding="utf-8") as f:
                f.write(text)
            command = entry["command"].replace("ccache ", "", 1)
            command = re.sub(r" -o \S+", "", command)
            command = re.sub(r" -MD -MT \S+ -MF \S+", "", command)
            command = command.replace(" -c " + path, " -fsyntax-only " + copy)
            command += " -I" + os.path.dirname(path)
            result = subprocess.run(command, shell=True, cwd=entry["directory"], capture_output=True, text=True)
            checked += 1
            if result.returncode:
                failed += 1
                print("FAIL " + rel)
                print(result.stderr)
            else:
                print("PASS " + rel)
    print("%d file(s) with Windows branches checked, %d failed" % (checked, failed))
    return 1 if failed or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
