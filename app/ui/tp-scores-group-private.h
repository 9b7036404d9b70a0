/* tp-scores-group-private.h — what the tests reach inside the scores group
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-scores-group.h"

G_BEGIN_DECLS

typedef enum
{
  TP_SCORES_PART_IMPACT,
  TP_SCORES_PART_EFFORT,
  TP_SCORES_PART_RICE_REACH,
  TP_SCORES_PART_RICE_IMPACT,
  TP_SCORES_PART_RICE_CONFIDENCE,
  TP_SCORES_PART_RICE_EFFORT,
  TP_SCORES_PART_MOSCOW,
} TpScoresPart;

/* An AdwComboRow for impact, effort, RICE impact and MoSCoW; a
 * GtkSpinButton for the other RICE parts. */
GtkWidget  *tp_scores_group_get_editor     (TpScoresGroup *self,
                                            TpScoresPart   part);
const char *tp_scores_group_get_rice_text  (TpScoresGroup *self);

G_END_DECLS
