/* tp-backlog-view-private.h — what the tests reach inside the backlog view
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-backlog-filters.h"
#include "tp-backlog-row.h"
#include "tp-backlog-view.h"

G_BEGIN_DECLS

/* The sorted and filtered ideas the list shows. */
GListModel   *tp_backlog_view_get_model        (TpBacklogView *self);
GtkEditable  *tp_backlog_view_get_search_entry (TpBacklogView *self);
/* The Tags and Status buttons. */
TpBacklogFilters *tp_backlog_view_get_filters  (TpBacklogView *self);
/* The row showing @idea, when the list has made one. */
TpBacklogRow *tp_backlog_view_find_row         (TpBacklogView *self,
                                                TpIdea        *idea);
/* The text of the last message shown in a toast, or NULL. */
const char   *tp_backlog_view_get_message      (TpBacklogView *self);
const char   *tp_backlog_view_get_visible_page (TpBacklogView *self);

G_END_DECLS
