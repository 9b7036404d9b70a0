# po_template.py — extract Touchpoint's translation template the way the build does
#
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by check-potfiles.py and check-po.py. xgettext gets the arguments
# of meson's glib gettext preset plus the extra ones in po/meson.build, so a
# test sees the same msgids as `meson compile touchpoint-pot`.

import os
import pathlib
import re
import subprocess
import tempfile

# meson's i18n.gettext(preset: 'glib')
GLIB_PRESET_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

# Everything msgfmt, msgmerge and xgettext say is parsed, so keep it English.
TOOL_ENV = dict(os.environ, LC_ALL='C', LANGUAGE='')


def xgettext_args(source_root):
    """The preset's arguments and the project's own from po/meson.build."""
    meson_build = (source_root / 'po' / 'meson.build').read_text(encoding='utf-8')
    extra = re.findall(r"'(--[a-z-]+=[^']*)'", meson_build)
    return GLIB_PRESET_ARGS + extra


def listed_files(source_root):
    """The files po/POTFILES.in names, in its order."""
    names = []
    text = (source_root / 'po' / 'POTFILES.in').read_text(encoding='utf-8')
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith('#'):
            names.append(line)
    return names


def extract(xgettext, source_root, names, output):
    """Runs xgettext over names (relative to source_root) into output.

    Returns xgettext's diagnostics, one per line; raises on failure.
    """
    with tempfile.NamedTemporaryFile('w', suffix='.files', encoding='utf-8') as files:
        files.write(''.join(name + '\n' for name in names))
        files.flush()
        result = subprocess.run(
            [xgettext, '--package-name=touchpoint', '--directory', str(source_root),
             '--files-from', files.name, '--output', str(output)]
            + xgettext_args(source_root),
            env=TOOL_ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f'xgettext failed:\n{result.stderr}')
    return [line for line in result.stderr.splitlines() if line.strip()]


def extract_template(xgettext, source_root, directory):
    """The current template from the files POTFILES.in lists, in directory."""
    pot = pathlib.Path(directory) / 'touchpoint.pot'
    diagnostics = extract(xgettext, source_root, listed_files(source_root), pot)
    return pot, diagnostics


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\'}


def _unquote(quoted):
    body = quoted.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def read_entries(path):
    """The entries of a PO or POT file, without the header and obsolete ones.

    Each is a dict with 'msgctxt' (or None), 'msgid', 'msgid_plural' (or
    None), 'msgstr' (a list, one per plural form), 'flags' (a set) and
    'references' (a list of 'file:line'). Entries are separated by blank
    lines, as the gettext tools write them.
    """
    entries = []
    text = pathlib.Path(path).read_text(encoding='utf-8')
    for block in re.split(r'\n\s*\n', text):
        entry = {'msgctxt': None, 'msgid': None, 'msgid_plural': None, 'msgstr': [],
                 'flags': set(), 'references': []}
        field = None
        for line in block.splitlines():
            if line.startswith('#,'):
                entry['flags'].update(flag.strip() for flag in line[2:].split(','))
            elif line.startswith('#:'):
                entry['references'].extend(line[2:].split())
            elif line.startswith('#'):
                continue
            elif line.startswith('"'):
                if field == 'msgstr':
                    entry['msgstr'][-1] += _unquote(line)
                else:
                    entry[field] += _unquote(line)
            elif line.strip():
                keyword, _, value = line.partition(' ')
                if keyword.startswith('msgstr'):
                    field = 'msgstr'
                    entry['msgstr'].append(_unquote(value))
                else:
                    field = keyword
                    entry[field] = _unquote(value)
        if entry['msgid']:
            entries.append(entry)
    return entries


def describe(entry):
    """An entry's msgid as a reader would look for it in the source."""
    text = entry['msgid']
    if entry['msgid_plural'] is not None:
        text += f'” / “{entry["msgid_plural"]}'
    if entry['msgctxt'] is not None:
        text = f'{entry["msgctxt"]}|{text}'
    return f'“{text}”'
