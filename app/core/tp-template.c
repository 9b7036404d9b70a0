/* tp-template.c — a workshop template: question, timer presets, personas, stages
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-journey-step.h"
#include "tp-template.h"

struct _TpTemplate
{
  GObject parent_instance;

  gint64     id;             /* 0 for the built-in ones */
  char      *name;
  char      *question;
  char      *timer_presets;
  GStrv      stages;
  GPtrArray *personas;
};

G_DEFINE_FINAL_TYPE (TpTemplate, tp_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_template_finalize (GObject *object)
{
  TpTemplate *self = (TpTemplate *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->timer_presets, g_free);
  g_clear_pointer (&self->stages, g_strfreev);
  g_clear_pointer (&self->personas, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_template_parent_class)->finalize (object);
}

static void
tp_template_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TpTemplate *self = TP_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_template_class_init (TpTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tp_template_finalize;
  object_class->get_property = tp_template_get_property;

  /* Readable, for list rows to bind; a template does not change. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_template_init (TpTemplate *self)
{
  self->personas = g_ptr_array_new_with_free_func (g_object_unref);
}

static TpPersona *
copy_persona (TpPersona *persona)
{
  return g_object_new (TP_TYPE_PERSONA,
                       "name", tp_persona_get_name (persona),
                       "summary", tp_persona_get_summary (persona),
                       "channels", tp_persona_get_channels (persona),
                       "digital-confidence", tp_persona_get_digital_confidence (persona),
                       "needs-time-to-decide", tp_persona_get_needs_time_to_decide (persona),
                       "patience", tp_persona_get_patience (persona),
                       "relationship", tp_persona_get_relationship (persona),
                       NULL);
}

TpTemplate *
tp_template_new (gint64              id,
                 const char         *name,
                 const char         *question,
                 const char         *timer_presets,
                 const char * const *stages,
                 GPtrArray          *personas)
{
  TpTemplate *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (timer_presets != NULL, NULL);
  g_return_val_if_fail (stages != NULL, NULL);
  g_return_val_if_fail (personas != NULL, NULL);

  self = g_object_new (TP_TYPE_TEMPLATE, NULL);
  self->id = id;
  self->name = g_strdup (name);
  self->question = g_strdup (question ? question : "");
  self->timer_presets = g_strdup (timer_presets);
  self->stages = g_strdupv ((char **)stages);

  for (guint i = 0; i < personas->len; i++)
    g_ptr_array_add (self->personas, copy_persona (g_ptr_array_index (personas, i)));

  return self;
}

/**
 * tp_template_new_builtins:
 *
 * Returns: (transfer full) (element-type TpTemplate): the templates that
 *   come with Touchpoint
 */
GPtrArray *
tp_template_new_builtins (void)
{
  GPtrArray *templates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) personas = tp_persona_new_defaults ();
  g_auto(GStrv) stages = tp_journey_default_stages ();
  const char *retro_stages[] = {
    /* Translators: the journey stages of the Retrospective template */
    N_("Notice the problem"), N_("Contact us"), N_("Get an answer"),
    N_("Get it fixed"), N_("Hear back"), NULL
  };
  g_autoptr(GStrvBuilder) retro = g_strv_builder_new ();

  g_ptr_array_add (templates,
                   tp_template_new (0, _("Customer experience ideation"),
                                    _("How might we make every step of the customer journey effortless?"),
                                    "180,300,600", (const char * const *)stages, personas));

  for (guint i = 0; retro_stages[i]; i++)
    g_strv_builder_add (retro, _(retro_stages[i]));
  g_clear_pointer (&stages, g_strfreev);
  stages = g_strv_builder_end (retro);

  g_ptr_array_add (templates,
                   tp_template_new (0, _("Retrospective"),
                                    _("What went well for our customers, what went wrong, and what do we change?"),
                                    "60,180,300,600", (const char * const *)stages, personas));

  return templates;
}

gint64
tp_template_get_id (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), 0);
  return self->id;
}

gboolean
tp_template_is_builtin (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), FALSE);
  return self->id == 0;
}

const char *
tp_template_get_name (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), NULL);
  return self->name;
}

const char *
tp_template_get_question (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), NULL);
  return self->question;
}

const char *
tp_template_get_timer_presets (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), NULL);
  return self->timer_presets;
}

const char * const *
tp_template_get_stages (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), NULL);
  return (const char * const *)self->stages;
}

/**
 * tp_template_get_personas:
 *
 * Returns: (transfer none) (element-type TpPersona): drafts of the
 *   personas a workshop made from this template starts with
 */
GPtrArray *
tp_template_get_personas (TpTemplate *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE (self), NULL);
  return self->personas;
}
