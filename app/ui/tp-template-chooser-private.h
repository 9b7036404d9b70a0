/* tp-template-chooser-private.h — what the tests reach inside the template chooser
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-template-chooser.h"

G_BEGIN_DECLS

GtkEditable *tp_template_chooser_get_title_entry   (TpTemplateChooser *self);
GtkWidget   *tp_template_chooser_get_create_button (TpTemplateChooser *self);
const char  *tp_template_chooser_get_error_text    (TpTemplateChooser *self);

G_END_DECLS
