/* tp-walk-private.h — how the store builds and amends walks
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-walk.h"

G_BEGIN_DECLS

TpWalk *tp_walk_new             (gint64        id,
                                 const char   *uuid,
                                 gint64        idea_id,
                                 gint64        persona_id,
                                 const char   *persona_name,
                                 gint64        journey_revision,
                                 gint64        persona_revision,
                                 guint         expected_satisfaction,
                                 const char   *created_at,
                                 TpWalkResult *result);
void    tp_walk_set_note        (TpWalk       *self,
                                 guint         step,
                                 const char   *note);
void    tp_walk_set_acceptance  (TpWalk       *self,
                                 guint         finding,
                                 const char   *reason);

G_END_DECLS
