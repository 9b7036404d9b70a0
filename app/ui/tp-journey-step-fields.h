/* tp-journey-step-fields.h — the fields that edit one journey step
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

/* Called when the user changes @field; the handler saves the change with
 * tp_journey_step_fields_apply() or puts the field back with
 * tp_journey_step_fields_load(). */
typedef void (*TpJourneyFieldChanged) (GtkWidget *field,
                                       gpointer   user_data);

void        tp_journey_step_fields_add       (AdwExpanderRow        *row,
                                              guint                  index,
                                              TpJourneyStep         *step,
                                              TpJourneyFieldChanged  changed,
                                              gpointer               user_data);
GtkWidget  *tp_journey_step_fields_get       (GtkWidget             *row,
                                              const char            *field);
guint       tp_journey_step_fields_get_index (GtkWidget             *widget);
void        tp_journey_step_fields_load      (GtkWidget             *widget,
                                              TpJourneyStep         *step);
void        tp_journey_step_fields_apply     (GtkWidget             *widget,
                                              TpJourneyStep         *step);

G_END_DECLS
