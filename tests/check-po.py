#!/usr/bin/env python3
# check-po.py — a translation compiles, says which language it is, and is complete
#
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/LANG.po must pass `msgfmt --check` (format strings, plural forms,
# header), name LANG in its Language header, and, merged with msgmerge into
# a template freshly extracted from the files POTFILES.in lists, leave no
# message untranslated or fuzzy. A string added to the code without its
# translation fails here, naming the language and what is missing.
#
# Usage: check-po.py SOURCE_ROOT LANG [XGETTEXT MSGMERGE MSGFMT]

import pathlib
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import po_template  # noqa: E402

SHOWN_MAX = 20


def run(command):
    return subprocess.run(command, env=po_template.TOOL_ENV, capture_output=True, text=True)


def header_field(po, name):
    match = re.search(r'^"' + re.escape(name) + r': *([^"\\]*)', po.read_text(encoding='utf-8'), re.M)
    return match.group(1).strip() if match else None


def main():
    source_root = pathlib.Path(sys.argv[1]).resolve()
    language = sys.argv[2]
    xgettext, msgmerge, msgfmt = (sys.argv[3:6] if len(sys.argv) >= 6
                                  else ('xgettext', 'msgmerge', 'msgfmt'))
    po = source_root / 'po' / f'{language}.po'
    problems = []

    if not po.is_file():
        print(f'{language}: po/LINGUAS names it, but there is no po/{language}.po')
        return 1

    checked = run([msgfmt, '--check', '--output-file=/dev/null', str(po)])
    if checked.returncode != 0:
        problems.append(f'msgfmt --check fails:\n{checked.stderr.rstrip()}')

    if header_field(po, 'Language') != language:
        problems.append(f'the header says “Language: {header_field(po, "Language")}”, not {language}')
    if header_field(po, 'Plural-Forms') is None:
        problems.append('the header has no Plural-Forms')
    if header_field(po, 'Content-Type') != 'text/plain; charset=UTF-8':
        problems.append('the header does not say “Content-Type: text/plain; charset=UTF-8”')

    with tempfile.TemporaryDirectory() as directory:
        pot, _ = po_template.extract_template(xgettext, source_root, directory)
        merged = pathlib.Path(directory) / f'{language}.po'
        merging = run([msgmerge, '--quiet', '--output-file', str(merged), str(po), str(pot)])
        if merging.returncode != 0:
            print(f'{language}: msgmerge failed:\n{merging.stderr.rstrip()}')
            return 1

        statistics = run([msgfmt, '--check', '--statistics', '--output-file=/dev/null', str(merged)])
        if statistics.returncode != 0:
            problems.append(f'msgfmt --check fails once merged with the template:\n'
                            f'{statistics.stderr.rstrip()}')

        missing = [entry for entry in po_template.read_entries(merged)
                   if 'fuzzy' in entry['flags'] or not all(entry['msgstr'])]
        n_fuzzy = sum('fuzzy' in entry['flags'] for entry in missing)
        if missing:
            problems.append(f'{len(missing)} of {len(po_template.read_entries(pot))} strings are not '
                            f'translated against the current template '
                            f'({len(missing) - n_fuzzy} untranslated, {n_fuzzy} fuzzy; '
                            f'msgfmt: {statistics.stderr.strip()})')
            for entry in missing[:SHOWN_MAX]:
                where = entry['references'][0] if entry['references'] else '?'
                state = 'fuzzy' if 'fuzzy' in entry['flags'] else 'untranslated'
                problems.append(f'  {where}: {state}: {po_template.describe(entry)}')
            if len(missing) > SHOWN_MAX:
                problems.append(f'  … and {len(missing) - SHOWN_MAX} more')

        if not problems:
            print(f'{language}: {statistics.stderr.strip()}')
            return 0

    print(f'{language} (po/{language}.po):')
    for problem in problems:
        print(f'  {problem}')
    return 1


if __name__ == '__main__':
    sys.exit(main())
