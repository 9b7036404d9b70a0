/* tp-workshop-view.h — one open workshop: its ideas, groups, backlog and matrix
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_WORKSHOP_VIEW (tp_workshop_view_get_type ())

G_DECLARE_FINAL_TYPE (TpWorkshopView, tp_workshop_view, TP, WORKSHOP_VIEW, GtkWidget)

/* The view names of the stack, in the order of Ctrl+1 … Ctrl+4. */
#define TP_WORKSHOP_VIEW_IDEAS   "ideas"
#define TP_WORKSHOP_VIEW_GROUPS  "groups"
#define TP_WORKSHOP_VIEW_BACKLOG "backlog"
#define TP_WORKSHOP_VIEW_MATRIX  "matrix"

/* Made for one workshop; the window makes another for another workshop.
 * Activating an idea anywhere in it activates "win.edit-idea" with the
 * idea's id, and the phase of @workshop picks the view put forward. */
GtkWidget    *tp_workshop_view_new              (TpStore        *store,
                                                 TpWorkshop     *workshop);
TpWorkshop   *tp_workshop_view_get_workshop     (TpWorkshopView *self);
AdwViewStack *tp_workshop_view_get_stack        (TpWorkshopView *self);
const char   *tp_workshop_view_get_visible_view (TpWorkshopView *self);
void          tp_workshop_view_set_visible_view (TpWorkshopView *self,
                                                 const char     *name);
/* Shows the view and sort order that @phase works with. */
void          tp_workshop_view_show_phase       (TpWorkshopView *self,
                                                 TpPhase         phase);
void          tp_workshop_view_focus_capture    (TpWorkshopView *self);
gboolean      tp_workshop_view_focus_page       (TpWorkshopView *self);
/* The idea whose row has the keyboard focus in the idea list, or else the
 * selected one; %NULL when there is neither. */
TpIdea       *tp_workshop_view_get_focused_idea (TpWorkshopView *self);

G_END_DECLS
