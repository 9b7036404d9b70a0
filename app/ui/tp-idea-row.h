/* tp-idea-row.h — one idea in the list: title, tags, author, journey verdict, actions
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_IDEA_ROW (tp_idea_row_get_type ())

G_DECLARE_FINAL_TYPE (TpIdeaRow, tp_idea_row, TP, IDEA_ROW, GtkWidget)

/* Shows ideas of @workshop, with their tags in the colours @store gives them. */
TpIdeaRow *tp_idea_row_new      (TpStore    *store,
                                 TpWorkshop *workshop);
TpIdea    *tp_idea_row_get_idea (TpIdeaRow *self);
void       tp_idea_row_set_idea (TpIdeaRow *self,
                                 TpIdea    *idea);
gboolean   tp_idea_row_get_hide_author (TpIdeaRow *self);
void       tp_idea_row_set_hide_author (TpIdeaRow *self,
                                        gboolean   hide_author);
/* The author's name and icon, hidden with "hide-author". */
GtkWidget *tp_idea_row_get_author_box  (TpIdeaRow *self);

/* Shows a journey verdict on a pill-shaped label, in the colour that
 * says how urgent it is; the idea editor's journey section uses it too. */
void       tp_idea_row_show_verdict (GtkLabel  *pill,
                                     TpVerdict  verdict,
                                     guint      blocked_at);

G_END_DECLS
