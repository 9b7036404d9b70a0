/* tp-error.h — the error domain shared by the core, the CLI and the window
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TP_ERROR (tp_error_quark ())

/* Each code maps to one CLI exit status: INVALID and NOT_FOUND are bad
 * input (2), REFUSED is a rule that said no (1), STORAGE is the disk or
 * the database failing underneath us. */
typedef enum
{
  TP_ERROR_INVALID,
  TP_ERROR_NOT_FOUND,
  TP_ERROR_AMBIGUOUS,
  TP_ERROR_REFUSED,
  TP_ERROR_STORAGE,
  TP_ERROR_DAMAGED,
} TpError;

GQuark tp_error_quark (void);

G_END_DECLS
