/* tp-test-ui.h — waiting on windows and widgets in the UI tests
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-test.h"

G_BEGIN_DECLS

gboolean   tp_test_init_display       (void);
gboolean   tp_test_widget_is_mapped   (gpointer    widget);
void       tp_test_present_and_wait   (GtkWidget  *window);
void       tp_test_wait_for_n_items   (GListModel *model,
                                       guint       n);
void       tp_test_close_and_finalize (gpointer    window);
GtkWidget *tp_test_find_toplevel      (GType       type);
void       tp_test_wait_for_frames    (GtkWidget  *widget,
                                       guint       n);

G_END_DECLS
