/* tp-workshop-view-private.h — the workshop view's parts, for the window and the UI tests
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-workshop-view.h"

G_BEGIN_DECLS

typedef enum
{
  TP_WORKSHOP_VIEW_PART_CAPTURE_ENTRY,
  TP_WORKSHOP_VIEW_PART_CAPTURE_ERROR,
  TP_WORKSHOP_VIEW_PART_IDEAS_VIEW,
  TP_WORKSHOP_VIEW_PART_NO_IDEAS_PAGE,
  TP_WORKSHOP_VIEW_PART_CLUSTER_BOARD,
  TP_WORKSHOP_VIEW_PART_VOTE_BAR,
  TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW,
  TP_WORKSHOP_VIEW_PART_IMPACT_MATRIX,
} TpWorkshopViewPart;

GtkWidget *tp_workshop_view_get_part (TpWorkshopView     *self,
                                      TpWorkshopViewPart  part);

G_END_DECLS
