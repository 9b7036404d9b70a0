#!/usr/bin/env python3
# test-dogtail.py — the real app driven over AT-SPI with dogtail, by keyboard only
#
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built touchpoint with its own database and XDG directories,
# with GTK's AT-SPI backend on, and drives it the way a keyboard user
# would: every action is a key press or typed text, sent by dogtail through
# the AT-SPI registry (which fakes them with XTest). AT-SPI is only read:
# where the focus is (focus events), names, states, descriptions and text.
#
# Checks, one per run:
#   journey  create a workshop, capture an idea, find Done refused with the
#            gate's words, walk the journey as every persona, mark it done
#            (and read the status back from the database with sqlite3)
#   names    every control in the ideas, groups, backlog and matrix views,
#            the idea editor and the walkthrough has an accessible name,
#            every chart a description, and Tab reaches each view's controls
#
# Usage: test-dogtail.py CHECK APP [CLI]
#
# TP_A11Y_DEBUG=1 prints each key and where the focus went; TP_A11Y_SLOW=N
# waits N times longer for the app.
#
# Needs a display and a session bus (build-aux/dev test gives both), and
# python3-dogtail and at-spi2-core: a missing package fails the test.
#
# GTK 4.8 and dogtail, worked around here:
# - GTK 4.8 warns when asked for screen coordinates, and the suite's
#   G_DEBUG makes warnings fatal: nothing here asks for a position, so
#   dogtail's Node.position, .size and click() are never used.
# - GTK 4.8 exposes no SHOWING state, so pages of a stack that are not on
#   screen are in the tree too: a view's page is found through the view
#   switcher's selected tab.
# - GTK 4.8 names a nameless widget after its type ("GtkMenuButton"), and
#   a button with a mnemonic "_Save Save": both are read for what they are.
# - Focus is followed through object:state-changed:focused events; a
#   search of the tree for the focused state takes seconds on GTK 4.8,
#   which has no AT-SPI cache. Under Xvfb there is no window manager, so
#   a window a dialog closed over gets the keys back without becoming
#   active: there its last focus event says where the keyboard is.
# - dogtail replaces sys.excepthook with one that hides tracebacks; the
#   default is put back.

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

CHECKS = ('journey', 'names')

if len(sys.argv) < 3 or sys.argv[1] not in CHECKS:
    print('Usage: test-dogtail.py journey|names APP [CLI]', file=sys.stderr)
    sys.exit(2)

CHECK = sys.argv[1]
APP = os.path.abspath(sys.argv[2])
CLI = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None

# Time limits, longer where the app runs slowly (TP_A11Y_SLOW).
SLOW = float(os.environ.get('TP_A11Y_SLOW', '1'))
WAIT = 20 * SLOW          # for the app to show something
SETTLE = 0.8 * SLOW       # for a focus event after a key press
DEBUG = bool(os.environ.get('TP_A11Y_DEBUG'))
T0 = time.monotonic()

if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('No display or session bus: run the UI tests under xvfb-run and dbus-run-session', file=sys.stderr)
    sys.exit(77)

# The app gets the suite's environment (warnings fatal) with AT-SPI on;
# the driver does not: libatspi warns about other clients on the bus.
APP_ENV = dict(os.environ)
APP_ENV.pop('NO_AT_BRIDGE', None)
APP_ENV['GTK_A11Y'] = 'atspi'
os.environ.pop('G_DEBUG', None)
os.environ.pop('NO_AT_BRIDGE', None)
# Settings in memory, for the driver too: dogtail reads one below.
os.environ['GSETTINGS_BACKEND'] = 'memory'


def fail(message):
    print(f'FAIL: {message}', file=sys.stderr)
    sys.exit(1)


try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Gio, GLib
    import pyatspi
    from dogtail.config import config
except (ImportError, ValueError) as error:
    fail(f'{error}: install python3-dogtail and at-spi2-core (see README.md)')

# dogtail refuses to start unless the desktop says accessibility is on;
# say so in this process's own settings (in memory), never the user's.
try:
    Gio.Settings(schema_id='org.gnome.desktop.interface').set_boolean('toolkit-accessibility', True)
except (TypeError, GLib.Error):
    config.checkForA11y = False
config.logDebugToFile = False
config.logDebugToStdOut = False
config.actionDelay = 0.05
config.typingDelay = 0.02
config.defaultDelay = 0.05
config.searchBackoffDuration = 0.1
config.searchCutoffCount = 5

from dogtail import rawinput, tree  # noqa: E402

# dogtail's exception hook prints nothing for most errors: a failure here
# must say where it happened.
sys.excepthook = sys.__excepthook__

# The accessibility bus comes from at-spi2-core, started on demand.
activatable = Gio.bus_get_sync(Gio.BusType.SESSION).call_sync(
    'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
    'ListActivatableNames', None, GLib.VariantType('(as)'), Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
if 'org.a11y.Bus' not in activatable:
    fail('the session bus cannot start the accessibility bus: install at-spi2-core')

pyatspi.setTimeout(int(10000 * SLOW), int(15000 * SLOW))

STATE = {
    'focusable': pyatspi.STATE_FOCUSABLE,
    'focused': pyatspi.STATE_FOCUSED,
    'sensitive': pyatspi.STATE_SENSITIVE,
    'checked': pyatspi.STATE_CHECKED,
    'pressed': pyatspi.STATE_PRESSED,
    'selected': pyatspi.STATE_SELECTED,
    'editable': pyatspi.STATE_EDITABLE,
    'active': pyatspi.STATE_ACTIVE,
}

IDEA = 'An inbound line for quotes'
PERSONAS = ('The careful switcher', 'The mover', 'The app native')
STEPS = 7


# Reading the tree

def clean(name):
    """What a person hears: GTK 4.8 names a nameless widget after its
    type, and a button with a mnemonic twice, once with the underscore."""
    if not name or re.fullmatch(r'(Gtk|Adw|Tp)[A-Z]\w*', name):
        return ''
    words = name.replace('_', '').split(' ')
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return ' '.join(words[:half])
    return name


def has(node, state):
    try:
        return node.getState().contains(STATE[state])
    except GLib.Error:
        return False


def alive(node):
    try:
        node.roleName
        return True
    except GLib.Error:
        return False


def describe(node):
    if node is None:
        return 'nothing'
    try:
        return f'{node.roleName} “{clean(node.name)}”'
    except GLib.Error:
        return 'a control that went away'


def text_of(node):
    if node.roleName == 'label' or 'Text' not in pyatspi.listInterfaces(node):
        return node.name
    text = node.queryText()
    return text.getText(0, text.characterCount)


def walk(node, skip=lambda node: False):
    """Every node under @node, depth first, each read once."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if skip(current):
            continue
        try:
            children = list(current.children)
        except GLib.Error:
            continue
        stack.extend(reversed(children))


def find(root, pred, what=None):
    for node in walk(root):
        try:
            if pred(node):
                return node
        except GLib.Error:
            continue
    if what:
        fail(f'found no {what}')
    return None


def role_named(role, name):
    return lambda node: node.roleName == role and clean(node.name) == name


# A GtkListView is a list of list items, a GtkGridView a table of cells.
LISTS = ('list', 'table', 'tree table', 'list box')
ITEMS = ('list item', 'table cell', 'tree item')


def list_named(name):
    return lambda node: node.roleName in LISTS and clean(node.name) == name


def inside(pred):
    return lambda node: any(pred(parent) for parent in ancestors(node))


def item(name=None):
    return lambda node: node.roleName in ITEMS and (name is None or clean(node.name) == name)


def ancestors(node):
    while True:
        try:
            node = node.parent
            if node is None or node.roleName == 'application':
                return
        except GLib.Error:
            return
        yield node


# The app and its events

class App:
    def __init__(self):
        self.focus_events = []
        self.windows = {}
        self.process = None
        self.app = None
        pyatspi.Registry.registerEventListener(self._on_focus, 'object:state-changed:focused')

    def _on_focus(self, event):
        if event.detail1:
            self.focus_events.append(event.source)
            if DEBUG:
                print(f'#   focus event: {describe(event.source)}')

    def start(self):
        self.process = subprocess.Popen([APP], env=APP_ENV)
        self.app = self.wait(self._find_app, 'the app shows up on the accessibility bus', timeout=3 * WAIT)
        self.wait(lambda: self.toplevel('Touchpoint'), 'the main window shows')

    def _find_app(self):
        for app in tree.root.applications():
            try:
                if app.name == 'touchpoint' and app.get_process_id() == self.process.pid:
                    return app
            except GLib.Error:
                continue
        return None

    def pump(self, seconds=0.0):
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.iteration(False):
                pass
            if self.process.poll() is not None:
                fail(f'the app exited with status {self.process.returncode}')
            if time.monotonic() >= end:
                return
            time.sleep(0.02)

    def wait(self, condition, what, timeout=WAIT):
        end = time.monotonic() + timeout
        while True:
            self.pump()
            try:
                result = condition()
            except GLib.Error:
                result = None
            if result:
                return result
            if time.monotonic() >= end:
                fail(f'timed out waiting until {what}')
            self.pump(0.05)

    def toplevels(self):
        try:
            return list(self.app.children)
        except GLib.Error:
            return []

    def toplevel(self, name):
        for window in self.toplevels():
            if alive(window) and window.name == name:
                return window
        return None

    # Keys

    def key(self, key, settle=SETTLE):
        """Presses @key ("Tab", "space", "<Control>n"), then waits for the
        focus to move, or @settle seconds if it does not."""
        seen = len(self.focus_events)
        if key.startswith('<'):
            rawinput.keyCombo(key)
        else:
            rawinput.pressKey(key)
        end = time.monotonic() + settle
        while len(self.focus_events) == seen and time.monotonic() < end:
            self.pump(0.02)
        self.pump(0.05)
        if DEBUG:
            print(f'# {time.monotonic() - T0:6.1f} {key} -> {describe(self.focus())}')

    def type(self, text):
        rawinput.typeText(text)
        self.pump(0.1)

    def focus(self):
        """The control that has the keyboard, as the last focus event in
        the window that gets the keys said. GTK 4.8 also moves the focus
        in windows behind a dialog, and says so: those are passed over.
        Under Xvfb, with no window manager, a window a dialog closed over
        gets the keys back without becoming active, and so without its
        focused control saying it is focused: there the last event holds."""
        windows = [window for window in self.toplevels() if alive(window)]
        active = [window for window in windows if has(window, 'active')]
        current = active[0] if active else (windows[-1] if windows else None)
        for node in reversed(self.focus_events[-100:]):
            if not alive(node) or self.window_of(node) != current:
                continue
            if active and not has(node, 'focused'):
                continue
            return node
        return None

    def focus_on(self, pred):
        """The focused control if @pred accepts it."""
        node = self.focus()
        return node if node is not None and pred(node) else None

    def window_of(self, node):
        if node not in self.windows:
            self.windows[node] = ([None] + list(ancestors(node)))[-1]
        return self.windows[node]

    def tab_to(self, pred, what, key='Tab', limit=60):
        """Presses @key until the focus is on a control @pred accepts;
        returns it and what the focus went through on the way."""
        visited = []
        for _ in range(limit):
            node = self.focus()
            try:
                if node is not None and pred(node):
                    return node, visited
            except GLib.Error:
                pass
            visited.append(describe(node))
            self.key(key)
        fail(f'{key} never reached {what}; the focus went through: ' + ', '.join(visited))

    def quit(self):
        if self.process is None or self.process.poll() is not None:
            return
        rawinput.keyCombo('<Control>q')
        try:
            self.process.wait(timeout=10 * SLOW)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            fail('Ctrl+Q did not quit the app')
        if self.process.returncode != 0:
            fail(f'the app exited with status {self.process.returncode}')


# The journey

def idea_status(db_path, title):
    connection = sqlite3.connect(f'file:{db_path}?mode=ro', uri=True)
    try:
        row = connection.execute('SELECT status FROM ideas WHERE title = ?', (title,)).fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def walk_as(app, journey, persona):
    """Start Walkthrough, as @persona: expect 4, walk every step, close."""
    app.tab_to(role_named('push button', 'Start Walkthrough'), 'Start Walkthrough')
    app.key('space')
    window = app.wait(lambda: app.toplevel('Walkthrough'), f'the walkthrough for {persona} opens')
    parts = index(window)
    lookup(parts, 'label', f'You are {persona}')

    # The team says what it expects before walking.
    start = lookup(parts, 'push button', 'Start Walk')
    if has(start, 'sensitive'):
        fail('Start Walk is available before the team said what it expects')
    expect, _ = app.tab_to(role_named('push button', '4: Happy'), 'the expectation “4: Happy”')
    app.key('space')
    app.wait(lambda: has(expect, 'checked') or has(expect, 'pressed'), '“4: Happy” is chosen')
    app.wait(lambda: has(start, 'sensitive'), 'Start Walk becomes available')
    app.tab_to(role_named('push button', 'Start Walk'), 'Start Walk')
    app.key('Return')

    # One page per step, then the summary; Page Down turns the page
    # wherever the focus is, and the focus follows.
    next_button = lookup(parts, 'push button', 'Next Step')
    app.wait(lambda: has(next_button, 'sensitive'), 'the walk starts')
    heading, page = app.wait(lambda: current_page(app), 'the focus is on the first page of the walk')
    seen = [heading]
    while has(next_button, 'sensitive') and len(seen) <= STEPS:
        app.key('Page_Down')
        heading, page = app.wait(lambda: (lambda now: now if now and now[0] != seen[-1] else None)(current_page(app)),
                                 f'Page Down turns the page after “{seen[-1]}”')
        seen.append(heading)
    expected = [f'Step {step} of {STEPS}' for step in range(1, STEPS + 1)] + ['Completed']
    if seen != expected:
        fail(f'walking as {persona}, the pages the keyboard went through were {seen}, not {expected}')
    find(page, role_named('label', f'{persona} got through every step'), 'the walk’s outcome on its last page')

    app.key('Escape')
    app.wait(lambda: app.toplevel('Walkthrough') is None, 'Escape closes the walkthrough')
    app.wait(lambda: find(journey, lambda n: n.roleName == 'list item' and clean(n.name) == persona
                          and find(n, role_named('label', 'Passed'))),
             f'{persona}’s row in the editor says Passed')


def current_page(app):
    """The heading of the walkthrough page the focus is on, and the page."""
    focus = app.focus()
    if focus is None:
        return None
    for node in ancestors(focus):
        if node.roleName == 'scroll pane':
            label = find(node, lambda n: n.roleName == 'label' and (
                re.fullmatch(r'Step \d+ of \d+', n.name) or n.name == 'Completed'))
            return (label.name, node) if label else None
    return None


def index(root):
    """Every node under @root by role and name, read in one pass."""
    found = {}
    for node in walk(root, skip=lambda n: n.roleName == 'scroll bar'):
        try:
            found.setdefault((node.roleName, clean(node.name)), node)
        except GLib.Error:
            continue
    return found


def lookup(parts, role, name):
    node = parts.get((role, name))
    if node is None:
        fail(f'found no {role} “{name}”')
    return node


def check_journey(app, db_path):
    main = app.toplevel('Touchpoint')
    find(main, role_named('label', 'Start a Workshop'), 'the empty library page')

    # Ctrl+N creates a workshop and puts the keyboard in the capture entry.
    app.key('<Control>n')
    entry = app.wait(lambda: app.focus_on(role_named('text', 'New idea')), 'the capture entry has the keyboard')
    # The sidebar: the leaflet's side that does not hold the entry.
    lineage = [entry] + list(ancestors(entry))
    leaflet = next(node for node in lineage if node.name == 'AdwLeaflet')
    workshops = None
    for side in leaflet.children:
        if side not in lineage:
            workshops = workshops or find(side, list_named('Workshops'))
    if workshops is None:
        fail('found no list of workshops')
    row = app.wait(lambda: find(workshops, item()), 'a workshop appears in the sidebar')
    title = app.wait(lambda: clean(row.name), 'the workshop’s row has a name')
    if not title.startswith('Workshop'):
        fail(f'the new workshop is called “{title}”')

    # Type, Enter: the idea is in the list and the entry is empty again.
    app.type(IDEA)
    app.wait(lambda: text_of(entry) == IDEA, 'the capture entry shows what was typed')
    app.key('Return')
    page = next(node for node in ancestors(entry) if node.name == 'TpWorkshopView').children[0].children[0]
    ideas = app.wait(lambda: find(page, list_named('Ideas')), 'the list of ideas shows')
    app.wait(lambda: find(ideas, role_named('label', IDEA)), 'the idea appears in the list')
    app.wait(lambda: text_of(entry) == '', 'the capture entry is cleared')
    app.wait(lambda: find(ideas, item(IDEA)), 'the idea’s item in the list is named after it')

    # Tab to the idea's Edit button; Enter opens the editor.
    app.tab_to(role_named('push button', 'Edit Idea'), 'the idea’s Edit button')
    app.key('Return')
    editor = app.wait(lambda: app.toplevel('Edit Idea'), 'the idea editor opens')
    parts = index(editor)
    journey = lookup(parts, 'list', 'Customer Journey')

    # Done is refused: greyed out, skipped by Tab, and the gate says why,
    # on Done itself and in the card beside it.
    done = lookup(parts, 'check box', 'Done')
    gate = next((node for (role, name), node in parts.items()
                 if role == 'label' and name.startswith(f'“{IDEA}” cannot be done yet: ')), None)
    if gate is None:
        fail('found no refusal from the done gate in the editor')
    refusal = text_of(gate)
    for persona in PERSONAS:
        if persona not in refusal:
            fail(f'the refusal does not name {persona}: “{refusal}”')
    if has(done, 'sensitive'):
        fail('Done is offered before any persona walked the journey')
    if done.description != refusal:
        fail(f'Done does not say why it is unavailable: its description is “{done.description}”')
    _, visited = app.tab_to(role_named('push button', 'Start Walkthrough'), 'Start Walkthrough, past the statuses')
    if 'list item “Parked”' not in visited or any('“Done”' in v for v in visited):
        fail('Tab should go from Parked to Start Walkthrough, past the refused Done; it went through: '
             + ', '.join(visited))
    if idea_status(db_path, IDEA) != 'new':
        fail(f'the idea is “{idea_status(db_path, IDEA)}” in the database before any walk')
    print(f'# Done refused: {refusal}')

    for persona in PERSONAS:
        walk_as(app, journey, persona)
        print(f'# walked as {persona}')

    # Every persona got through: Done is offered, and Space chooses it.
    app.wait(lambda: has(done, 'sensitive'), 'Done becomes available')
    app.wait(lambda: not done.description, 'Done no longer says why it is unavailable')
    app.tab_to(lambda n: clean(n.name) == 'Done' and n.roleName in ('list item', 'check box'), 'Done')
    app.key('space')
    app.wait(lambda: has(done, 'checked'), 'Done is chosen')
    app.wait(lambda: idea_status(db_path, IDEA) == 'done', 'the database says the idea is done')

    # Ctrl+Return saves and closes; the list says the journey passed.
    app.key('<Control>Return')
    app.wait(lambda: app.toplevel('Edit Idea') is None, 'Ctrl+Return saves and closes the editor')
    app.wait(lambda: find(ideas, role_named('label', 'Journey: Passed')), 'the idea’s row says its journey passed')


# Names, descriptions, and Tab in each view

# What a person can focus or act on, by AT-SPI role.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'entry', 'password text',
    'spin button', 'combo box', 'list item', 'slider', 'page tab', 'link', 'switch',
    'menu item', 'check menu item', 'radio menu item', 'table cell', 'text', 'tree item',
}

# The charts, by the name each gives itself (or GTK 4.8's type name).
CHARTS = {'Emotion curve': 'emotion chart', 'TpEmotionChart': 'emotion chart',
          'Impact and effort matrix': 'impact matrix', 'TpImpactMatrix': 'impact matrix'}


def is_control(node):
    role = node.roleName
    if role not in CONTROL_ROLES:
        return False
    if role == 'text' and not has(node, 'editable'):
        return False
    if has(node, 'focusable'):
        return True
    if 'Action' in pyatspi.listInterfaces(node):
        return node.queryAction().nActions > 0
    return False


def in_dropdown_popup(node):
    """The items of a drop-down's list are the drop-down's own business."""
    parents = list(ancestors(node))
    return any(p.roleName == 'combo box' for p in parents) and any(p.roleName in LISTS for p in parents)


def audit(view, root, skip=lambda node: False, parts=None):
    """Controls without a name and charts without a description under @root;
    @parts, if given, gets every node by role and name on the way."""
    problems = []
    charts = set()
    for node in walk(root, skip=lambda n: n.roleName == 'scroll bar' or skip(n)):
        try:
            name = node.name
            if parts is not None:
                parts.setdefault((node.roleName, clean(name)), node)
            if name in CHARTS:
                charts.add(CHARTS[name])
                if not node.description:
                    problems.append(f'{view}: {CHARTS[name]} without a description, in {where(node)}')
            if is_control(node) and not clean(name):
                if node.roleName in ITEMS and in_dropdown_popup(node):
                    continue
                problems.append(f'{view}: {node.roleName} without a name, in {where(node)}')
        except GLib.Error:
            continue
    return problems, charts


def where(node):
    names = [f'{p.roleName} “{clean(p.name)}”' for p in ancestors(node) if clean(p.name)]
    inside = ' in '.join(names[:3]) or 'the window'
    children = [clean(c.name) for c in walk(node) if c is not node and clean(c.name)]
    return inside + (f' (showing “{children[0]}”)' if children else '')


def view_page(main, index):
    """The page of the workshop view's stack that is on screen."""
    view = find(main, lambda n: n.name == 'TpWorkshopView', 'the workshop view')
    return view.children[0].children[index]


VIEWS = (
    # shortcut, tab, what Tab must reach in it
    ('<Control>1', 'Ideas', [role_named('text', 'New idea'), role_named('push button', 'Edit Idea'),
                             role_named('push button', 'Delete Idea')]),
    ('<Control>2', 'Groups', [item(IDEA),
                              lambda n: n.roleName == 'push button' and clean(n.name).startswith('Actions for')]),
    ('<Control>3', 'Backlog', [role_named('entry', 'Search Ideas'), inside(list_named('Prioritised Backlog'))]),
    ('<Control>4', 'Matrix', [lambda n: n.roleName in ITEMS and clean(n.name).startswith(IDEA)]),
)


def tab_through(app, view, wanted, key='Tab', limit=60):
    """Presses Tab until the focus went through a control for each of
    @wanted, or came back to where it started: what Tab never reached."""
    reached = []
    missing = list(wanted)
    first = app.focus()
    for _ in range(limit):
        app.key(key)
        node = app.focus()
        if node is None:
            continue
        if node == first and reached:
            break
        first = first or node
        reached.append(describe(node))
        missing = [pred for pred in missing if not pred(node)]
        if not missing:
            return []
    return [f'{view}: {key} never reached {len(missing)} of its controls; it went through ' + ', '.join(reached)]


def seed(db_path):
    """A workshop with something in every view, made with the CLI."""
    env = dict(APP_ENV, TOUCHPOINT_DB=db_path)
    def cli(*args):
        result = subprocess.run([CLI, *args], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            fail(f'touchpoint-cli {" ".join(args)}: {result.stderr.strip()}')
    cli('new-workshop', 'Faster onboarding')
    cli('add', 'Faster onboarding', f'{IDEA} #sales @Jerry')
    cli('add', 'Faster onboarding', 'Call back within an hour #sales')
    cli('add', 'Faster onboarding', 'A status page for every order')
    cli('score', IDEA, '--impact', '4', '--effort', '2')
    cli('score', 'Call back within an hour', '--impact', '2', '--effort', '4')
    cli('participants', 'Faster onboarding', '--add', 'Jerry')
    cli('cluster', 'new', 'Faster onboarding', 'Call back within an hour', 'A status page for every order',
        '--name', 'Follow-up')
    cli('walk', IDEA, '--all', '--expect', '4')


def check_names(app):
    main = app.toplevel('Touchpoint')
    problems = []
    charts = set()

    # The window around the views: header bar, phases, sidebar.
    app.wait(lambda: find(main, list_named('Ideas')), 'the seeded workshop opens')
    switcher = find(main, lambda n: n.roleName == 'page tab list', 'the view switcher')
    found, _ = audit('window', main, skip=lambda n: n.name == 'TpWorkshopView')
    problems += found

    # Each view, one shortcut away.
    for position, (shortcut, tab_name, wanted) in enumerate(VIEWS):
        tab = find(switcher, role_named('page tab', tab_name), f'the {tab_name} tab')
        app.key(shortcut)
        app.wait(lambda: has(tab, 'selected'), f'{shortcut} shows the {tab_name} view')
        app.pump(0.3 * SLOW)
        found, shown = audit(tab_name.lower(), view_page(main, position))
        problems += found
        charts |= shown
        problems += tab_through(app, tab_name.lower(), wanted)

    # The idea editor, opened with Enter on the walked idea's Edit button.
    app.key('<Control>1')
    app.tab_to(lambda n: role_named('push button', 'Edit Idea')(n) and inside(item(IDEA))(n),
               f'the Edit button of “{IDEA}”')
    app.key('Return')
    editor = app.wait(lambda: app.toplevel('Edit Idea'), 'the idea editor opens')
    app.pump(0.3 * SLOW)
    found, shown = audit('editor', editor)
    problems += found
    charts |= shown
    problems += tab_through(app, 'editor', [
        role_named('combo box', 'Impact'), role_named('push button', 'Edit Journey…'),
        role_named('push button', 'Walk Again'), role_named('list item', 'Parked'),
        role_named('push button', 'Cancel'), role_named('push button', 'Save'),
    ])

    # The walkthrough of the recorded walk: its steps, charts and summary.
    # Tab goes from step to step, and the carousel follows it.
    app.tab_to(role_named('push button', 'Review the Latest Walk'), 'Review the Latest Walk')
    app.key('space')
    window = app.wait(lambda: app.toplevel('Walkthrough'), 'the walkthrough opens')
    app.pump(0.3 * SLOW)
    parts = {}
    found, shown = audit('walkthrough', window, parts=parts)
    problems += found
    charts |= shown
    previous, following = lookup(parts, 'push button', 'Previous Step'), lookup(parts, 'push button', 'Next Step')
    if has(previous, 'sensitive') or not has(following, 'sensitive'):
        problems.append('walkthrough: a recorded walk does not open on its first step')
    # Backwards from the first step, past the navigation, into the summary.
    problems += tab_through(app, 'walkthrough', [role_named('push button', 'Walk Again')], key='<Shift>Tab')
    if has(following, 'sensitive') or not has(previous, 'sensitive'):
        problems.append('walkthrough: the focus went to the summary, but the carousel did not follow it there')
    app.key('Escape')
    app.wait(lambda: app.toplevel('Walkthrough') is None, 'Escape closes the walkthrough')
    app.key('Escape')
    app.wait(lambda: app.toplevel('Edit Idea') is None, 'Escape closes the editor')

    for chart in ('emotion chart', 'impact matrix'):
        if chart not in charts:
            problems.append(f'no {chart} was found to check')
    if problems:
        fail(f'{len(problems)} accessibility problems:\n  ' + '\n  '.join(problems))
    print(f'# every control named and every chart described ({", ".join(sorted(charts))})')


def main():
    started = time.monotonic()
    data = tempfile.mkdtemp(prefix='touchpoint-a11y-')
    db_path = os.path.join(data, 'touchpoint.db')
    for name, sub in (('HOME', 'home'), ('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                      ('XDG_CACHE_HOME', 'cache'), ('XDG_STATE_HOME', 'state')):
        APP_ENV[name] = os.path.join(data, sub)
        os.makedirs(APP_ENV[name])
    APP_ENV['TOUCHPOINT_DB'] = db_path

    app = App()
    try:
        if CHECK == 'names':
            if CLI is None:
                fail('the names check needs touchpoint-cli')
            seed(db_path)
        app.start()
        if CHECK == 'journey':
            check_journey(app, db_path)
        else:
            check_names(app)
        app.quit()
    finally:
        if app.process is not None and app.process.poll() is None:
            app.process.kill()
            app.process.wait()
        shutil.rmtree(data, ignore_errors=True)
    print(f'# {CHECK}: passed in {time.monotonic() - started:.1f} s')


if __name__ == '__main__':
    main()
