/* tp-walkthrough-page.h — the pages of a walkthrough: one per step, then the summary
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

/* The widgets of a summary page that change after it is built, or that
 * the tests read. */
typedef struct
{
  GtkLabel  *outcome_label;
  GtkWidget *gap_row;
  GtkLabel  *open_label;
  GtkWidget *chart;
} TpWalkthroughSummary;

GtkWidget *tp_walkthrough_page_make_label            (const char           *text,
                                                      const char           *css_class,
                                                      float                 xalign);
GtkWidget *tp_walkthrough_page_make_value_row        (const char           *title,
                                                      const char           *value);
GtkWidget *tp_walkthrough_page_new_step              (TpWalk               *walk,
                                                      TpPersona            *persona,
                                                      GListModel           *journey,
                                                      guint                 step,
                                                      GPtrArray            *accept_buttons,
                                                      GCallback             accept_clicked,
                                                      gpointer              user_data,
                                                      GtkWidget           **note_row_out);
GtkWidget *tp_walkthrough_page_new_summary           (TpStore              *store,
                                                      TpWalk               *walk,
                                                      TpPersona            *persona,
                                                      GListModel           *journey,
                                                      TpWalkthroughSummary *summary);
gboolean   tp_walkthrough_page_offers_edit           (GtkWidget            *page);
guint      tp_walkthrough_page_get_finding           (GtkWidget            *accept_button);
void       tp_walkthrough_page_show_accepted         (GtkWidget            *accept_button,
                                                      const char           *acceptance);
void       tp_walkthrough_page_update_open_frictions (GtkLabel             *open_label,
                                                      TpWalk               *walk);

G_END_DECLS
