/* tp-template-chooser.h — a new workshop from a template, and saving one as a template
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_TEMPLATE_CHOOSER (tp_template_chooser_get_type ())

G_DECLARE_FINAL_TYPE (TpTemplateChooser, tp_template_chooser, TP, TEMPLATE_CHOOSER, AdwWindow)

GtkWidget *tp_template_chooser_new              (TpStore           *store);
TpStore   *tp_template_chooser_get_store        (TpTemplateChooser *self);
/* Chooses the template called @name; %FALSE when there is none. */
gboolean   tp_template_chooser_select_template  (TpTemplateChooser *self,
                                                 const char        *name);
TpTemplate *tp_template_chooser_get_selected    (TpTemplateChooser *self);

/* The "Save as Template" dialog, transient for @parent. */
GtkWidget *tp_template_save_dialog_present      (GtkWindow         *parent,
                                                 TpStore           *store,
                                                 TpWorkshop        *workshop);

G_END_DECLS
