/* tp-cluster.c — a named group of ideas, made while grouping
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-cluster.h"

struct _TpCluster
{
  GObject parent_instance;

  gint64   id;
  gint64   workshop_id;
  char *   uuid;
  char *   name;
  gboolean collapsed;
  guint    n_ideas;
  guint    votes;
};

G_DEFINE_FINAL_TYPE (TpCluster, tp_cluster, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_COLLAPSED,
  PROP_N_IDEAS,
  PROP_VOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_cluster_finalize (GObject *object)
{
  TpCluster *self = (TpCluster *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (tp_cluster_parent_class)->finalize (object);
}

static void
tp_cluster_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TpCluster *self = TP_CLUSTER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COLLAPSED:
      g_value_set_boolean (value, self->collapsed);
      break;
    case PROP_N_IDEAS:
      g_value_set_uint (value, self->n_ideas);
      break;
    case PROP_VOTES:
      g_value_set_uint (value, self->votes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_cluster_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TpCluster *self = TP_CLUSTER (object);

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
    case PROP_UUID:
      if (g_strcmp0 (self->uuid, g_value_get_string (value)) != 0)
        {
          g_free (self->uuid);
          self->uuid = g_value_dup_string (value);
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
    case PROP_COLLAPSED:
      if (self->collapsed != g_value_get_boolean (value))
        {
          self->collapsed = g_value_get_boolean (value);
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
    case PROP_VOTES:
      if (self->votes != g_value_get_uint (value))
        {
          self->votes = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_cluster_class_init (TpClusterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_cluster_finalize;
  object_class->get_property = tp_cluster_get_property;
  object_class->set_property = tp_cluster_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COLLAPSED] =
    g_param_spec_boolean ("collapsed", NULL, NULL, FALSE, flags);
  properties[PROP_N_IDEAS] =
    g_param_spec_uint ("n-ideas", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_VOTES] =
    g_param_spec_uint ("votes", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_cluster_init (TpCluster *self)
{
}

gint64
tp_cluster_get_id (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), 0);
  return self->id;
}

gint64
tp_cluster_get_workshop_id (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), 0);
  return self->workshop_id;
}

const char *
tp_cluster_get_uuid (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), NULL);
  return self->uuid;
}

const char *
tp_cluster_get_name (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), NULL);
  return self->name;
}

gboolean
tp_cluster_get_collapsed (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), FALSE);
  return self->collapsed;
}

guint
tp_cluster_get_n_ideas (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), 0);
  return self->n_ideas;
}

guint
tp_cluster_get_votes (TpCluster *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER (self), 0);
  return self->votes;
}
