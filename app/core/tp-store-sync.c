/* tp-store-sync.c — bringing every loaded model in line with the database
 *
 * Writes made through this store update its models as they go. Writes
 * made elsewhere — touchpoint-cli while the window is open, or a workshop
 * file merged in — are picked up here, keeping the objects views are
 * bound to so that selections and bindings survive.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-store-private.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *changes)
{
  (*changes)++;
}

/* Copies every writable property of @from onto @to; the setters announce
 * only real changes. Returns whether anything changed. */
static gboolean
copy_properties (GObject *to,
                 GObject *from)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  guint changes = 0;
  gulong handler;

  handler = g_signal_connect (to, "notify", G_CALLBACK (count_notify_cb), &changes);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_pspecs);

  g_object_freeze_notify (to);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) || (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (from, pspecs[i]->name, &value);
      g_object_set_property (to, pspecs[i]->name, &value);
    }
  g_object_thaw_notify (to);

  g_signal_handler_disconnect (to, handler);
  return changes > 0;
}

/**
 * tp_store_reconcile:
 * @cached: the model views are bound to
 * @fresh: the same kind of objects, just read, in the order to show
 *
 * Makes @cached hold @fresh's content in @fresh's order, reusing the
 * cached object wherever the id is the same.
 */
void
tp_store_reconcile (GListStore *cached,
                    GListModel *fresh)
{
  guint n_cached = g_list_model_get_n_items (G_LIST_MODEL (cached));
  guint n_fresh = g_list_model_get_n_items (fresh);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new_full (n_fresh, g_object_unref);
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean same_order = n_cached == n_fresh;

  for (guint i = 0; i < n_cached; i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (cached), i);
      gint64 id = 0;

      g_object_get (item, "id", &id, NULL);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), item);
    }

  for (guint i = 0; i < n_fresh; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);
      GObject *known;
      gint64 id = 0;

      g_object_get (item, "id", &id, NULL);
      known = g_hash_table_lookup (by_id, &id);

      if (known != NULL)
        {
          if (copy_properties (known, item))
            g_array_append_val (changed, i);
          g_ptr_array_add (order, g_object_ref (known));
        }
      else
        g_ptr_array_add (order, g_object_ref (item));

      if (same_order)
        {
          g_autoptr(GObject) at = g_list_model_get_item (G_LIST_MODEL (cached), i);
          same_order = at == order->pdata[i];
        }
    }

  if (!same_order)
    {
      g_list_store_splice (cached, 0, n_cached, order->pdata, order->len);
      return;
    }

  for (guint i = 0; i < changed->len; i++)
    {
      guint position = g_array_index (changed, guint, i);

      g_list_store_splice (cached, position, 1, &order->pdata[position], 1);
    }
}
