#!/usr/bin/env python3
"""Compiles the Qt layer (core/, ui/, app/) for Windows with mingw-w64, against Debian's Qt headers.

Qt for Windows cannot be installed here, so the Qt programs cannot be built for Windows. The Qt
*headers* are the same on every system, though, and a mingw-w64 compiler defines _WIN32, so Qt
defines Q_OS_WIN by itself: each source file that the Windows build compiles is checked here with
x86_64-w64-mingw32-g++ -fsyntax-only (warnings are errors), with the include paths and definitions
of its Linux compile command. This catches what check-windows-branches.py cannot: POSIX headers
and calls outside the Windows branches, code that only compiles with glibc, Windows-only Qt classes
(QWinEventNotifier) misused. It does not link or run anything.

The files that the Windows build leaves out are listed in WINDOWS_EXCLUDED (mirroring the
`if(NOT WIN32)` blocks of the CMake files); the Qt-free back-ends in core/platform are built for
real with mingw by tools/wine-tests.sh.

Usage: tools/check-windows-compile.py BUILD_DIR [FILE...]
       (BUILD_DIR: a Linux build of the whole program; FILEs: only these, relative to the source)
"""
import concurrent.futures
import json
import os
import shlex
import shutil
import subprocess
import sys

COMPILER = "x86_64-w64-mingw32-g++-posix"
# Sources of the Linux build that the Windows build does not compile (see core/CMakeLists.txt).
WINDOWS_EXCLUDED = {
    "core/netio/networkbridge.cpp",
    "core/netio/datagramreceiver.cpp",
}
CHECKED_DIRS = ("core/", "ui/", "app/")
# Flags of the Linux compile command that are kept: include paths, definitions, the standard.
KEPT_PREFIXES = ("-I", "-D", "-std=", "-isystem")


def windows_flags(command, source_dir):
    args = shlex.split(command)
    kept = []
    i = 1
    while i < len(args):
        a = args[i]
        if a in ("-isystem", "-I", "-D") and i + 1 < len(args):
            kept += [a, args[i + 1]]
            i += 2
            continue
        if a.startswith(KEPT_PREFIXES) and not a.startswith("-D_FORTIFY_SOURCE"):
            kept.append(a)
        i += 1
    # Debian's Linux mkspec is not for this compiler.
    cleaned = []
    skip_next = False
    for j, a in enumerate(kept):
        if skip_next:
            skip_next = False
            continue
        if a == "-isystem" and "mkspecs" in kept[j + 1]:
            skip_next = True
            continue
        cleaned.append(a)
    return cleaned


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    if not shutil.which(COMPILER):
        print(f"check-windows-compile: {COMPILER} is missing (apt-get install g++-mingw-w64-x86-64)", file=sys.stderr)
        return 1
    build = os.path.abspath(sys.argv[1])
    only = set(sys.argv[2:])
    source = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    for excluded in WINDOWS_EXCLUDED:
        if not os.path.exists(os.path.join(source, excluded)):
            print(f"check-windows-compile: {excluded} no longer exists: update WINDOWS_EXCLUDED", file=sys.stderr)
            return 1
    jobs = []
    for entry in json.load(open(os.path.join(build, "compile_commands.json"))):
        rel = os.path.relpath(entry["file"], source)
        if not rel.startswith(CHECKED_DIRS) or rel.startswith("core/platform/") or rel in WINDOWS_EXCLUDED:
            continue
        if "_autogen" in rel or not rel.endswith(".cpp") or (only and rel not in only):
            continue
        flags = windows_flags(entry["command"], source)
        jobs.append((rel, [COMPILER, "-fsyntax-only", "-Wall", "-Wextra", "-Werror", *flags, entry["file"]],
                     entry["directory"]))
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(lambda job: (job[0], subprocess.run(job[1], cwd=job[2], capture_output=True, text=True)), jobs)
        for rel, result in results:
            if result.returncode != 0:
                failures += 1
                print(f"FAIL {rel}\n{result.stderr}")
    print(f"check-windows-compile: {len(jobs) - failures} of {len(jobs)} files of core/, ui/ and app/ compile for "
          f"Windows (mingw-w64, Q_OS_WIN)")
    return 1 if failures or not jobs else 0


if __name__ == "__main__":
    sys.exit(main())
