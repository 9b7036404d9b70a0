/* tp-tag.c — a tag of a workshop, with its colour
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-tag.h"

struct _TpTag
{
  GObject parent_instance;

  gint64   id;
  gint64   workshop_id;
  char *   name;
  char *   colour;
  guint    n_ideas;
};

G_DEFINE_FINAL_TYPE (TpTag, tp_tag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_NAME,
  PROP_COLOUR,
  PROP_N_IDEAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_tag_finalize (GObject *object)
{
  TpTag *self = (TpTag *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->colour, g_free);

  G_OBJECT_CLASS (tp_tag_parent_class)->finalize (object);
}

static void
tp_tag_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  TpTag *self = TP_TAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_N_IDEAS:
      g_value_set_uint (value, self->n_ideas);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_tag_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  TpTag *self = TP_TAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      if (self->id != g_value_get_int64 (value))
        {
          self->id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_WORKSHOP_ID:
      if (self->workshop_id != g_value_get_int64 (value))
        {
          self->workshop_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_NAME:
      if (g_strcmp0 (self->name, g_value_get_string (value)) != 0)
        {
          g_free (self->name);
          self->name = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_COLOUR:
      if (g_strcmp0 (self->colour, g_value_get_string (value)) != 0)
        {
          g_free (self->colour);
          self->colour = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_N_IDEAS:
      if (self->n_ideas != g_value_get_uint (value))
        {
          self->n_ideas = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_tag_class_init (TpTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_tag_finalize;
  object_class->get_property = tp_tag_get_property;
  object_class->set_property = tp_tag_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL, NULL, flags);
  properties[PROP_N_IDEAS] =
    g_param_spec_uint ("n-ideas", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_tag_init (TpTag *self)
{
}

gint64
tp_tag_get_id (TpTag *self)
{
  g_return_val_if_fail (TP_IS_TAG (self), 0);
  return self->id;
}

gint64
tp_tag_get_workshop_id (TpTag *self)
{
  g_return_val_if_fail (TP_IS_TAG (self), 0);
  return self->workshop_id;
}

const char *
tp_tag_get_name (TpTag *self)
{
  g_return_val_if_fail (TP_IS_TAG (self), NULL);
  return self->name;
}

const char *
tp_tag_get_colour (TpTag *self)
{
  g_return_val_if_fail (TP_IS_TAG (self), NULL);
  return self->colour;
}

guint
tp_tag_get_n_ideas (TpTag *self)
{
  g_return_val_if_fail (TP_IS_TAG (self), 0);
  return self->n_ideas;
}

static const char * const colours[] = {
  "blue", "green", "yellow", "orange", "red", "purple", "brown", NULL,
};

const char * const *
tp_tag_get_colours (void)
{
  return colours;
}

gboolean
tp_tag_is_colour (const char *colour)
{
  return colour != NULL && g_strv_contains (colours, colour);
}

/* A stable colour for a new tag, so the same word gets the same colour in
 * every workshop. */
const char *
tp_tag_pick_colour (const char *key)
{
  return colours[g_str_hash (key) % (G_N_ELEMENTS (colours) - 1)];
}
