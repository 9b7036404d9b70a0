/* tp-impact-matrix.h — the impact/effort 2×2 of a workshop's ideas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_IMPACT_MATRIX (tp_impact_matrix_get_type ())

G_DECLARE_FINAL_TYPE (TpImpactMatrix, tp_impact_matrix, TP, IMPACT_MATRIX, GtkWidget)

/* Shows @workshop's ideas in four cells, impact up and effort right,
 * with the unscored ones below. Dragging a card to another cell, or
 * Alt+Arrow on a focused card, re-scores the idea through @store.
 * Activating a card emits "idea-activated" with the TpIdea. */
GtkWidget  *tp_impact_matrix_new          (TpStore        *store,
                                           TpWorkshop     *workshop);
TpWorkshop *tp_impact_matrix_get_workshop (TpImpactMatrix *self);

G_END_DECLS
