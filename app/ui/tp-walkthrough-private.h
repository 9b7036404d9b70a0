/* tp-walkthrough-private.h — what the tests reach inside the walkthrough
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-walkthrough.h"

G_BEGIN_DECLS

/* Pages are the steps walked, then the summary; 0 is step 1. */
GtkWidget        *tp_walkthrough_get_expect_button (TpWalkthrough *self,
                                                    guint          satisfaction);
guint             tp_walkthrough_get_n_pages       (TpWalkthrough *self);
guint             tp_walkthrough_get_page          (TpWalkthrough *self);
GtkWidget        *tp_walkthrough_get_accept_button (TpWalkthrough *self,
                                                    guint          finding);
gboolean          tp_walkthrough_has_edit_button   (TpWalkthrough *self,
                                                    guint          step);
AdwMessageDialog *tp_walkthrough_get_accept_dialog (TpWalkthrough *self);
const char       *tp_walkthrough_get_outcome_text  (TpWalkthrough *self);
const char       *tp_walkthrough_get_gap_text      (TpWalkthrough *self);
GtkWidget        *tp_walkthrough_get_chart         (TpWalkthrough *self);

G_END_DECLS
