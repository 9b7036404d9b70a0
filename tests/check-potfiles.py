#!/usr/bin/env python3
# check-potfiles.py — every user-visible string is in a file po/POTFILES.in lists
#
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A string missing from POTFILES.in never reaches translators, and nothing
# else would notice. xgettext, with the project's keywords and the ITS rules
# for GtkBuilder, desktop, metainfo, schema and MIME files, runs over every
# file under app/ and data/ that POTFILES.in leaves out; each msgid it finds
# there fails the test. Also fails on listed files that no longer exist and
# on anything xgettext warns about in the listed ones, such as a msgid cut
# short by a G_*_FORMAT macro.
#
# Usage: check-potfiles.py SOURCE_ROOT [XGETTEXT]

import pathlib
import sys
import tempfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import po_template  # noqa: E402

# Where user-visible strings can be, by the end of the file's name.
CANDIDATES = {
    'app': ('.c', '.h', '.ui'),
    'data': ('.desktop.in', '.xml.in', '.desktop', '.metainfo.xml', '.gschema.xml'),
}


def candidate_files(source_root):
    for top, endings in CANDIDATES.items():
        for path in sorted((source_root / top).rglob('*')):
            if path.is_file() and path.name.endswith(endings):
                yield path.relative_to(source_root).as_posix()


def main():
    source_root = pathlib.Path(sys.argv[1]).resolve()
    xgettext = sys.argv[2] if len(sys.argv) > 2 else 'xgettext'
    listed = po_template.listed_files(source_root)
    failed = False

    existing = []
    for name in listed:
        if (source_root / name).is_file():
            existing.append(name)
        else:
            print(f'po/POTFILES.in lists {name}, which does not exist')
            failed = True

    unlisted = [name for name in candidate_files(source_root) if name not in listed]

    with tempfile.TemporaryDirectory() as directory:
        diagnostics = po_template.extract(xgettext, source_root, existing,
                                          pathlib.Path(directory) / 'touchpoint.pot')
        for line in diagnostics:
            print(f'xgettext: {line}')
            failed = True

        found = {}
        if unlisted:
            pot = pathlib.Path(directory) / 'unlisted.pot'
            po_template.extract(xgettext, source_root, unlisted, pot)
            if pot.exists():
                for entry in po_template.read_entries(pot):
                    for reference in entry['references']:
                        name, _, line = reference.rpartition(':')
                        found.setdefault(name, []).append((line, po_template.describe(entry)))

    for name, strings in sorted(found.items()):
        print(f'{name} has translatable strings but is not in po/POTFILES.in:')
        for line, text in sorted(strings, key=lambda item: int(item[0] or 0)):
            print(f'  {name}:{line}: {text}')
        failed = True

    if failed:
        return 1

    print(f'{len(listed)} files listed; no translatable string outside them '
          f'({len(unlisted)} other files under app/ and data/ checked)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
