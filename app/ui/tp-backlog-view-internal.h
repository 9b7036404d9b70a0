/* tp-backlog-view-internal.h — what the backlog view's files share
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-backlog-filter-model.h"
#include "tp-backlog-filters.h"
#include "tp-backlog-view.h"

G_BEGIN_DECLS

struct _TpBacklogView
{
  GtkWidget             parent_instance;

  TpStore              *store;
  TpWorkshop           *workshop;
  TpParticipant        *voter;
  TpSortKey             sort_key;
  char                 *message;

  /* Sorted first and filtered after, so that a keystroke never sorts. */
  GListModel           *ideas;
  GtkCustomSorter      *custom_sorter;
  GtkSortListModel     *sort_model;
  TpBacklogFilterModel *filter_model;
  GtkMultiSelection    *selection;
  /* Rows whose list items let them go, for the next ones to take */
  GPtrArray            *spare_rows;
  guint                 spare_rows_id;

  /* Template children */
  GtkDropDown          *sort_dropdown;
  GtkSearchEntry       *search_entry;
  TpBacklogFilters     *filters;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  /* One column of a grid view: see setup_row_cb() */
  GtkGridView          *list_view;
  GtkRevealer          *selection_revealer;
  GtkLabel             *selection_label;
  GtkMenuButton        *tag_selection_button;
  GtkMenuButton        *untag_button;
  GtkEditable          *tag_entry;
  GtkEditable          *untag_entry;
};

void tp_backlog_view_set_up_list (TpBacklogView *self);

G_END_DECLS
