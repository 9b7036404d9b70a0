/* tp-scores-group.h — the preferences group that edits one idea's scores
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_SCORES_GROUP (tp_scores_group_get_type ())

G_DECLARE_FINAL_TYPE (TpScoresGroup, tp_scores_group, TP, SCORES_GROUP, AdwPreferencesGroup)

/* Impact, effort, RICE and MoSCoW of @idea; each change is saved through
 * @store at once, and a refused one is shown in the group's description
 * and undone in the rows. Add it to an AdwPreferencesPage. */
GtkWidget *tp_scores_group_new      (TpStore       *store,
                                     TpIdea        *idea);
TpIdea    *tp_scores_group_get_idea (TpScoresGroup *self);

G_END_DECLS
