/* tp-error.c — the error domain shared by the core, the CLI and the window
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-error.h"

G_DEFINE_QUARK (tp-error-quark, tp_error)
