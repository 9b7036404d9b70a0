/* tp-window-private.h — the window's parts, for the UI tests
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-window.h"

G_BEGIN_DECLS

typedef enum
{
  TP_WINDOW_PART_CAPTURE_ENTRY,
  TP_WINDOW_PART_CAPTURE_ERROR,
  TP_WINDOW_PART_IDEAS_VIEW,
  TP_WINDOW_PART_NO_IDEAS_PAGE,
  TP_WINDOW_PART_EMPTY_LIBRARY_PAGE,
  TP_WINDOW_PART_WORKSHOPS_VIEW,
  TP_WINDOW_PART_ANONYMOUS_BUTTON,
} TpWindowPart;

GtkWidget *tp_window_get_part (TpWindow     *self,
                               TpWindowPart  part);

G_END_DECLS
