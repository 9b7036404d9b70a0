/* tp-template.h — a workshop template: question, timer presets, personas, stages
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tp-persona.h"

G_BEGIN_DECLS

#define TP_TYPE_TEMPLATE (tp_template_get_type ())

G_DECLARE_FINAL_TYPE (TpTemplate, tp_template, TP, TEMPLATE, GObject)

/* @personas: (element-type TpPersona): drafts, copied */
TpTemplate         *tp_template_new               (gint64              id,
                                                   const char         *name,
                                                   const char         *question,
                                                   const char         *timer_presets,
                                                   const char * const *stages,
                                                   GPtrArray          *personas);
GPtrArray          *tp_template_new_builtins      (void);

gint64              tp_template_get_id            (TpTemplate *self);
gboolean            tp_template_is_builtin        (TpTemplate *self);
const char         *tp_template_get_name          (TpTemplate *self);
const char         *tp_template_get_question      (TpTemplate *self);
const char         *tp_template_get_timer_presets (TpTemplate *self);
const char * const *tp_template_get_stages        (TpTemplate *self);
GPtrArray          *tp_template_get_personas      (TpTemplate *self);

G_END_DECLS
