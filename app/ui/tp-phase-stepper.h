/* tp-phase-stepper.h — the six phases of a workshop, one click or key apart
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_PHASE_STEPPER (tp_phase_stepper_get_type ())

G_DECLARE_FINAL_TYPE (TpPhaseStepper, tp_phase_stepper, TP, PHASE_STEPPER, GtkWidget)

GtkWidget  *tp_phase_stepper_new          (TpStore        *store,
                                           TpWorkshop     *workshop);
TpStore    *tp_phase_stepper_get_store    (TpPhaseStepper *self);
TpWorkshop *tp_phase_stepper_get_workshop (TpPhaseStepper *self);
void        tp_phase_stepper_set_workshop (TpPhaseStepper *self,
                                           TpWorkshop     *workshop);
/* The button of @phase, for tests and for pointing at it in a tour. */
GtkWidget  *tp_phase_stepper_get_button   (TpPhaseStepper *self,
                                           TpPhase         phase);

G_END_DECLS
