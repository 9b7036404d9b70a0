/* tp-window-private.h — the window's insides, shared by its files and the UI tests
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-timer.h"
#include "tp-window.h"
#include "tp-workshop-view.h"

G_BEGIN_DECLS

struct _TpWindow
{
  AdwApplicationWindow  parent_instance;

  TpStore              *store;
  TpTimer              *timer;
  GSettings            *settings;

  TpWorkshop           *workshop;
  GListModel           *ideas;
  GtkSingleSelection   *workshop_selection;
  GBinding             *presets_binding;
  gulong                anonymous_notify_id;
  gulong                title_notify_id;
  gulong                hide_authors_notify_id;

  GtkWidget            *timer_button;
  GtkWidget            *phase_stepper;
  TpWorkshopView       *workshop_view;
  gboolean              presenting;
  gboolean              was_fullscreen;
  gboolean              painted;

  GtkFileChooserNative *file_chooser;

  /* The one deletion that an Undo toast still offers to take back. */
  AdwToast             *undo_toast;
  GObject              *undo_item;
  gint64                undo_toast_added_at;

  /* The page shown while the library is empty, made the first time */
  AdwStatusPage        *empty_library_page;
  GtkWidget            *empty_template_button;
  GtkMenuButton        *app_menu_button;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_separator;
  GtkWidget            *content;
  AdwHeaderBar         *content_header;
  AdwViewSwitcherTitle *view_title;
  GtkListView          *workshops_view;
  GtkToggleButton      *anonymous_button;
  GtkScrolledWindow    *phase_bar;
  GtkRevealer          *gap_revealer;
  GtkLabel             *gap_label;
  AdwBin               *view_bin;
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *primary_menu_button;
  GtkWidget            *new_workshop_button;
  GtkWidget            *back_button;
  GMenuModel           *app_menu;
  GMenuModel           *primary_menu;
};

/* tp-window-actions.c: the window's actions, the Undo toast and the
 * rename dialog. */
void       _tp_window_class_actions_init     (GtkWidgetClass *widget_class);
void       _tp_window_actions_init           (TpWindow       *self);
void       _tp_window_actions_dispose        (TpWindow       *self);
void       _tp_window_update_actions         (TpWindow       *self);

/* tp-window-files.c: files in and out. The file choosers end in these,
 * which the UI tests call with a file of their own. */
void       _tp_window_class_files_init       (GtkWidgetClass *widget_class);
void       _tp_window_files_dispose          (TpWindow       *self);
gboolean   _tp_window_export_backlog_csv     (TpWindow       *self,
                                              GFile          *file,
                                              GError        **error);
gboolean   _tp_window_export_workshop_file   (TpWindow       *self,
                                              GFile          *file,
                                              GError        **error);
gboolean   _tp_window_export_report          (TpWindow       *self,
                                              GFile          *file,
                                              GError        **error);
GtkWidget *_tp_window_import_csv             (TpWindow       *self,
                                              GFile          *file);
TpWorkshop *_tp_window_import_workshop_file  (TpWindow       *self,
                                              GFile          *file);

/* tp-window.c */
void       _tp_window_show_toast             (TpWindow       *self,
                                              const char     *message);
void       _tp_window_update_perception_gap  (TpWindow       *self);

/* For the UI tests. The parts of the open workshop are %NULL while none
 * is open. */
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
  TP_WINDOW_PART_WORKSHOP_VIEW,
  TP_WINDOW_PART_PHASE_STEPPER,
  TP_WINDOW_PART_TIMER_BUTTON,
  TP_WINDOW_PART_VIEW_SWITCHER_TITLE,
  TP_WINDOW_PART_VIEW_SWITCHER_BAR,
  TP_WINDOW_PART_SIDEBAR,
  TP_WINDOW_PART_EMPTY_TEMPLATE_BUTTON,
} TpWindowPart;

GtkWidget *tp_window_get_part (TpWindow     *self,
                               TpWindowPart  part);

G_END_DECLS
