#!/usr/bin/env python3
# check-potfiles.py — every file with user-visible strings is in po/POTFILES.in
#
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A string missing from POTFILES.in never reaches translators, and nothing
# else would notice. Also fails on listed files that no longer exist.

import pathlib
import re
import sys

source_root = pathlib.Path(sys.argv[1])
potfiles = source_root / 'po' / 'POTFILES.in'

listed = set()
for line in potfiles.read_text(encoding='utf-8').splitlines():
    line = line.strip()
    if line and not line.startswith('#'):
        listed.add(line)

marker = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dngettext|ngettext)\s*\(|translatable="yes"')
translatable = set()
for path in sorted((source_root / 'app').rglob('*')):
    if path.suffix not in ('.c', '.h', '.ui') or not path.is_file():
        continue
    if marker.search(path.read_text(encoding='utf-8')):
        translatable.add(path.relative_to(source_root).as_posix())

missing = sorted(translatable - listed)
stale = sorted(name for name in listed if not (source_root / name).exists())

for name in missing:
    print(f'{name}: has translatable strings but is not in po/POTFILES.in')
for name in stale:
    print(f'po/POTFILES.in lists {name}, which does not exist')

if missing or stale:
    sys.exit(1)

print(f'{len(listed)} files listed, every translatable file among them')
