/* tp-impact-matrix-private.h — what the tests reach inside the matrix
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-impact-matrix.h"

G_BEGIN_DECLS

/* The cell of @quadrant; TP_QUADRANT_NONE is the "Not scored yet" strip. */
GtkWidget *tp_impact_matrix_get_cell (TpImpactMatrix *self,
                                      TpQuadrant      quadrant);
/* The card showing @idea, or NULL. */
GtkWidget *tp_impact_matrix_find_card (TpImpactMatrix *self,
                                       TpIdea         *idea);

G_END_DECLS
