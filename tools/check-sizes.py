#!/usr/bin/env python3
"""Keeps the house small: no source file over 500 lines, no function over 80 lines.

Checks the C++ sources of core/, ui/, app/, bench/, fuzz/ and tests/ (the project's own code;
generated files live in the build folder). A function is counted from the line that opens its
body ('{' alone in the first column, the project's style) to the matching '}' in the first
column. Prints every offender and exits 1 if there is one; run by ctest as tst_sizes.
Usage: tools/check-sizes.py [project root]
"""
import os
import re
import sys

MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
FOLDERS = ("core", "ui", "app", "bench", "fuzz", "tests")


TYPE_HEAD = re.compile(r"^\s*(template\s*<.*>\s*)?(class|struct|namespace|enum|union)\b")


def is_type_head(lines, brace_index):
    """Whether the '{' at brace_index opens a class, struct, namespace or enum (not a function)."""
    for index in range(brace_index - 1, -1, -1):
        text = lines[index].strip()
        if text:
            return bool(TYPE_HEAD.match(lines[index]))
    return False


def functions(lines):
    """(name line number, body lines) of each function body opened by '{' in the first column."""
    start = None
    for number, line in enumerate(lines, 1):
        if line.rstrip("\n") == "{" and not is_type_head(lines, number - 1):
            start = number
        elif start is not None and line.startswith("}"):
            yield start - 1, number - start - 1
            start = None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    problems = []
    for folder in FOLDERS:
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not re.search(r"\.(cpp|h)$", name):
                    continue
                path = os.path.join(directory, name)
                rel = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as f:
                    lines = f.readlines()
                if len(lines) > MAX_FILE_LINES:
                    problems.append(f"{rel}: {len(lines)} lines (at most {MAX_FILE_LINES})")
                for line_number, body in functions(lines):
                    if body > MAX_FUNCTION_LINES:
                        head = lines[line_number - 1].strip() if line_number >= 1 else "?"
                        problems.append(f"{rel}:{line_number}: function of {body} lines (at most "
                                        f"{MAX_FUNCTION_LINES}): {head[:90]}")
    for problem in problems:
        print(problem)
    print(f"check-sizes: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
