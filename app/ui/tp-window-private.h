/* tp-window-private.h — the window's insides, shared by its files and the UI tests
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-window.h"

G_BEGIN_DECLS

struct _TpWindow
{
  AdwApplicationWindow  parent_instance;

  TpStore              *store;
  GSettings            *settings;

  TpWorkshop           *workshop;
  GListModel           *ideas;
  GtkSingleSelection   *workshop_selection;
  GtkSingleSelection   *idea_selection;
  GtkSortListModel     *sorted_ideas;
  gulong                anonymous_notify_id;
  gulong                title_notify_id;

  /* The one deletion that an Undo toast still offers to take back. */
  AdwToast             *undo_toast;
  GObject              *undo_item;
  gint64                undo_toast_added_at;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_library_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListView          *workshops_view;
  AdwWindowTitle       *content_title;
  GtkToggleButton      *anonymous_button;
  GtkRevealer          *gap_revealer;
  GtkLabel             *gap_label;
  GtkEntry             *capture_entry;
  GtkRevealer          *capture_error_revealer;
  GtkLabel             *capture_error_label;
  GtkStack             *ideas_stack;
  AdwStatusPage        *no_ideas_page;
  GtkScrolledWindow    *ideas_scroller;
  GtkListView          *ideas_view;
};

/* tp-window-actions.c: the window's actions, the Undo toast and the
 * rename dialog. */
void       _tp_window_class_actions_init     (GtkWidgetClass *widget_class);
void       _tp_window_actions_dispose        (TpWindow       *self);
void       _tp_window_update_actions         (TpWindow       *self);

/* tp-window.c */
void       _tp_window_show_toast             (TpWindow       *self,
                                              const char     *message);
void       _tp_window_update_perception_gap  (TpWindow       *self);

/* For the UI tests. */
typedef enum
{
  TP_WINDOW_PART_CAPTURE_ENTRY,
  TP_WINDOW_PART_CAPTURE_ERROR,
  TP_WINDOW_PART_IDEAS_VIEW,
  TP_WINDOW_PART_NO_IDEAS_PAGE,
  TP_WINDOW_PART_EMPTY_LIBRARY_PAGE,
  TP_WINDOW_PART_WORKSHOPS_VIEW,
  TP_WINDOW_PART_ANONYMOUS_BUTTON,
  TP_WINDOW_PART_GAP_REVEALER,
  TP_WINDOW_PART_GAP_LABEL,
} TpWindowPart;

GtkWidget *tp_window_get_part (TpWindow     *self,
                               TpWindowPart  part);

G_END_DECLS
