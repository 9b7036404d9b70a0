/* tp-backlog-filter-model.c — the ideas a backlog filter lets through, as you type
 *
 * A GtkFilterListModel asks its filter about each idea through
 * g_list_model_get_item(), folding nothing in advance, and tells the list
 * above it that everything between the first and the last idea that
 * changed is new. This model keeps, for each idea of its source, the
 * idea's folded search key and whether the tags and statuses let it
 * through, so that a keystroke is a scan of strings already in memory; and
 * it tells the list only which rows changed, so that the rows that stay
 * keep their widgets.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-backlog-filter-model.h"

typedef struct
{
  TpIdea   *idea;
  char     *key;      /* folded for tp_backlog_filter_matches_search_key() */
  gboolean  passes;   /* the tags and statuses let it through */
  gboolean  shown;
} Entry;

struct _TpBacklogFilterModel
{
  GObject          parent_instance;

  GListModel      *model;
  TpBacklogFilter *filter;
  GArray          *entries;   /* Entry: one for each item of model, in its order */
  GArray          *shown;     /* guint: the indexes in entries of those shown, ascending */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TpBacklogFilterModel, tp_backlog_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a change of the filter can change, and so what to look at again. */
typedef enum
{
  LOOK_AT_SHOWN = 1 << 0,
  LOOK_AT_HIDDEN = 1 << 1,
  LOOK_AT_TAGS_AND_STATUSES = 1 << 2,
} Look;

#define LOOK_AT_ALL (LOOK_AT_SHOWN | LOOK_AT_HIDDEN | LOOK_AT_TAGS_AND_STATUSES)

static void
set_up_entry (TpBacklogFilterModel *self,
              Entry                *entry,
              TpIdea               *idea)
{
  const char *key = tp_idea_get_search_key (idea);
  char *folded = tp_backlog_fold_search_key (key);

  entry->idea = idea;
  entry->key = folded != NULL ? folded : g_strdup (key);
  entry->passes = tp_backlog_filter_matches_tags_and_status (self->filter, idea);
  entry->shown = entry->passes && tp_backlog_filter_matches_search_key (self->filter, entry->key);
}

static void
clear_entries (Entry *entries,
               guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      g_clear_object (&entries[i].idea);
      g_clear_pointer (&entries[i].key, g_free);
    }
}

/* GTK 4.8's list views keep a few rows by their idea rather than their
 * place: the anchor, the top row they show, and the rows last focused
 * and selected. When one change takes such a row out and puts rows in,
 * the list looks for it among all the rows put in, asking this model for
 * each; GtkMultiSelection does the same for each selected row taken out.
 * For 100,000 ideas that takes longer than all the rest of a keystroke.
 * So no change this model announces both takes rows out and puts more
 * than MAX_ROWS_REPLACED in: a bigger one is told as that many rows
 * first, more than a list shows at once, then the rest put in after
 * them, where a list showing the top has nothing to do. */
#define MAX_ROWS_REPLACED 64

/* Tells the list that @removed rows at @position made way for @added,
 * which self->shown holds already. */
static void
announce (TpBacklogFilterModel *self,
          guint                 position,
          guint                 removed,
          guint                 added)
{
  GArray *now = self->shown;
  GArray *first_part;
  guint head, rest;

  if (removed == 0 && added == 0)
    return;

  if (removed == 0 || added <= MAX_ROWS_REPLACED)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* What is shown between the two: all of it but the rest. */
  head = position + MAX_ROWS_REPLACED;
  rest = added - MAX_ROWS_REPLACED;
  first_part = g_array_sized_new (FALSE, FALSE, sizeof (guint), now->len - rest);
  g_array_append_vals (first_part, now->data, head);
  g_array_append_vals (first_part, &g_array_index (now, guint, head + rest), now->len - head - rest);

  self->shown = first_part;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, MAX_ROWS_REPLACED);
  self->shown = now;
  g_array_unref (first_part);
  g_list_model_items_changed (G_LIST_MODEL (self), head, 0, rest);
}

/* Tells the list the one run of rows that differs between @before and
 * what is shown now: the rows either side of it stay. */
static void
announce_difference (TpBacklogFilterModel *self,
                     GArray               *before)
{
  const guint *old = (const guint *)(void *)before->data;
  const guint *now = (const guint *)(void *)self->shown->data;
  guint n_old = before->len;
  guint n_now = self->shown->len;
  guint n_common = MIN (n_old, n_now);
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_common && old[prefix] == now[prefix])
    prefix++;
  while (suffix < n_common - prefix && old[n_old - 1 - suffix] == now[n_now - 1 - suffix])
    suffix++;

  announce (self, prefix, n_old - prefix - suffix, n_now - prefix - suffix);
}

static void
update (TpBacklogFilterModel *self,
        Look                  look)
{
  g_autoptr(GArray) before = self->shown;
  Entry *entries = (Entry *)(void *)self->entries->data;
  guint n = self->entries->len;
  guint *shown;
  guint n_shown = 0;

  self->shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_array_set_size (self->shown, n);
  shown = (guint *)(void *)self->shown->data;

  for (guint i = 0; i < n; i++)
    {
      Entry *entry = &entries[i];

      if (look & LOOK_AT_TAGS_AND_STATUSES)
        entry->passes = tp_backlog_filter_matches_tags_and_status (self->filter, entry->idea);

      if (entry->shown ? (look & LOOK_AT_SHOWN) : (look & LOOK_AT_HIDDEN))
        entry->shown = entry->passes && tp_backlog_filter_matches_search_key (self->filter, entry->key);

      if (entry->shown)
        shown[n_shown++] = i;
    }

  g_array_set_size (self->shown, n_shown);
  announce_difference (self, before);
}

/* The first index in shown whose entry is at @position or after. */
static guint
find_shown (TpBacklogFilterModel *self,
            guint                 position)
{
  const guint *shown = (const guint *)(void *)self->shown->data;
  guint low = 0;
  guint high = self->shown->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (shown[middle] < position)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
items_changed_cb (GListModel           *model,
                  guint                 position,
                  guint                 removed,
                  guint                 added,
                  TpBacklogFilterModel *self)
{
  g_autoptr(GArray) before = self->shown;
  g_autoptr(GArray) fresh = g_array_sized_new (FALSE, TRUE, sizeof (Entry), added);
  guint first = find_shown (self, position);
  guint last = find_shown (self, position + removed);
  const guint *old;
  Entry *entries;
  guint n_added = 0;

  clear_entries (&g_array_index (self->entries, Entry, position), removed);
  g_array_remove_range (self->entries, position, removed);

  g_array_set_size (fresh, added);
  for (guint i = 0; i < added; i++)
    set_up_entry (self, &g_array_index (fresh, Entry, i), g_list_model_get_item (model, position + i));
  g_array_insert_vals (self->entries, position, fresh->data, added);
  entries = (Entry *)(void *)self->entries->data;

  /* Those before the change stay; those after it move along. */
  old = (const guint *)(void *)before->data;
  self->shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), before->len - (last - first) + added);
  g_array_append_vals (self->shown, old, first);
  for (guint i = position; i < position + added; i++)
    if (entries[i].shown)
      {
        g_array_append_val (self->shown, i);
        n_added++;
      }
  for (guint i = last; i < before->len; i++)
    {
      guint moved = old[i] - removed + added;

      g_array_append_val (self->shown, moved);
    }

  announce (self, first, last - first, n_added);
}

static void
set_model (TpBacklogFilterModel *self,
           GListModel           *model)
{
  g_assert (self->model == NULL);

  self->model = g_object_ref (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self, 0);
  items_changed_cb (model, 0, 0, g_list_model_get_n_items (model), self);
}

/**
 * tp_backlog_filter_model_new:
 * @model: TpIdea items, in the order to show them
 *
 * Returns: (transfer full): a model of the ideas of @model that an empty
 *   filter lets through: all of them, until the filter changes
 */
TpBacklogFilterModel *
tp_backlog_filter_model_new (GListModel *model)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  return g_object_new (TP_TYPE_BACKLOG_FILTER_MODEL, "model", model, NULL);
}

GListModel *
tp_backlog_filter_model_get_model (TpBacklogFilterModel *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_FILTER_MODEL (self), NULL);

  return self->model;
}

void
tp_backlog_filter_model_set_text (TpBacklogFilterModel *self,
                                  const char           *text)
{
  g_return_if_fail (TP_IS_BACKLOG_FILTER_MODEL (self));

  switch (tp_backlog_filter_change_text (self->filter, text))
    {
    case TP_FILTER_SAME:
      break;
    case TP_FILTER_STRICTER:
      update (self, LOOK_AT_SHOWN);
      break;
    case TP_FILTER_LOOSER:
      update (self, LOOK_AT_HIDDEN);
      break;
    case TP_FILTER_DIFFERENT:
    default:
      update (self, LOOK_AT_SHOWN | LOOK_AT_HIDDEN);
      break;
    }
}

guint
tp_backlog_filter_model_get_source_position (TpBacklogFilterModel *self,
                                             guint                 position)
{
  g_return_val_if_fail (TP_IS_BACKLOG_FILTER_MODEL (self), G_MAXUINT);
  g_return_val_if_fail (position < self->shown->len, G_MAXUINT);

  return g_array_index (self->shown, guint, position);
}

gboolean
tp_backlog_filter_model_find_source_position (TpBacklogFilterModel *self,
                                              guint                 source_position,
                                              guint                *position)
{
  guint found;

  g_return_val_if_fail (TP_IS_BACKLOG_FILTER_MODEL (self), FALSE);

  found = find_shown (self, source_position);
  if (found >= self->shown->len || g_array_index (self->shown, guint, found) != source_position)
    return FALSE;

  if (position != NULL)
    *position = found;
  return TRUE;
}

/**
 * tp_backlog_filter_model_get_filter:
 *
 * Returns: (transfer none): the filter, whose changes take effect at the
 *   next tp_backlog_filter_model_refilter()
 */
TpBacklogFilter *
tp_backlog_filter_model_get_filter (TpBacklogFilterModel *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_FILTER_MODEL (self), NULL);

  return self->filter;
}

void
tp_backlog_filter_model_refilter (TpBacklogFilterModel *self)
{
  g_return_if_fail (TP_IS_BACKLOG_FILTER_MODEL (self));

  update (self, LOOK_AT_ALL);
}

/* GListModel */

static GType
get_item_type (GListModel *model)
{
  return TP_TYPE_IDEA;
}

static guint
get_n_items (GListModel *model)
{
  return TP_BACKLOG_FILTER_MODEL (model)->shown->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  /* Unchecked: a list view asks for every row a change puts in. */
  TpBacklogFilterModel *self = (TpBacklogFilterModel *)model;

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_array_index (self->entries, Entry,
                                      g_array_index (self->shown, guint, position)).idea);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Life cycle */

static void
tp_backlog_filter_model_dispose (GObject *object)
{
  TpBacklogFilterModel *self = TP_BACKLOG_FILTER_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  clear_entries ((Entry *)(void *)self->entries->data, self->entries->len);
  g_array_set_size (self->entries, 0);
  g_array_set_size (self->shown, 0);

  G_OBJECT_CLASS (tp_backlog_filter_model_parent_class)->dispose (object);
}

static void
tp_backlog_filter_model_finalize (GObject *object)
{
  TpBacklogFilterModel *self = TP_BACKLOG_FILTER_MODEL (object);

  g_array_unref (self->entries);
  g_array_unref (self->shown);
  tp_backlog_filter_free (self->filter);

  G_OBJECT_CLASS (tp_backlog_filter_model_parent_class)->finalize (object);
}

static void
tp_backlog_filter_model_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TpBacklogFilterModel *self = TP_BACKLOG_FILTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_filter_model_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TpBacklogFilterModel *self = TP_BACKLOG_FILTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_filter_model_class_init (TpBacklogFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tp_backlog_filter_model_dispose;
  object_class->finalize = tp_backlog_filter_model_finalize;
  object_class->get_property = tp_backlog_filter_model_get_property;
  object_class->set_property = tp_backlog_filter_model_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_backlog_filter_model_init (TpBacklogFilterModel *self)
{
  self->filter = tp_backlog_filter_new ();
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
}
