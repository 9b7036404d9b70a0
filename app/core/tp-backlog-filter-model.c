/* tp-backlog-filter-model.c — the ideas a backlog filter lets through, as you type
 *
 * A GtkFilterListModel asks its filter about each idea through
 * g_list_model_get_item(), folding nothing in advance, and tells the list
 * above it that everything between the first and the last idea that
 * changed is new. This model keeps, for each idea of its source, the
 * idea's folded search key and whether the tags and statuses let it
 * through, so that a keystroke is a scan of strings already in memory, of
 * only the ideas it can change; it remembers what the last few texts
 * found, so that erasing back to one is no scan at all; and it tells the
 * list only which rows changed, so that the rows that stay keep their
 * widgets.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-backlog-filter-model.h"

typedef struct
{
  TpIdea     *idea;
  const char *key;        /* folded for tp_backlog_filter_matches_search_key(), in keys */
  guint       key_length;
  gboolean    passes;     /* the tags and statuses let it through */
} Entry;

/* The search keys, one after the other in a few large blocks rather than
 * wherever malloc() finds room for each: a keystroke reads them in order,
 * and reads them several times faster so. */
typedef struct
{
  GPtrArray *blocks;  /* char[]: the last one being filled */
  gsize      used;    /* in the last block */
  gsize      size;    /* of the last block */
  gsize      live;    /* bytes of the keys of entries */
  gsize      dead;    /* bytes of keys no entry has any more */
} Keys;

#define KEY_BLOCK_SIZE (256 * 1024)

/* Sets of entries, a bit for each */
typedef guint64 Word;

#define WORD_BITS 64
#define N_WORDS(n_bits) (((n_bits) + WORD_BITS - 1) / WORD_BITS)

/* What a search text found: the entries shown for it. */
typedef struct
{
  char *text;
  Word *shown;
} Result;

/* Enough to erase a search of this many characters back to its first
 * without a scan; for 100,000 ideas, 12.5 kB each. */
#define MAX_RESULTS 32

struct _TpBacklogFilterModel
{
  GObject          parent_instance;

  GListModel      *model;
  TpBacklogFilter *filter;
  GArray          *entries;   /* Entry: one for each item of model, in its order */
  Keys             keys;
  Word            *passing;   /* the entries whose tags and statuses pass */
  Word            *shown_set; /* the entries shown */
  GArray          *shown;     /* guint: the indexes in entries of those shown, ascending */
  /* While a change is told in steps, what the list is told is shown
   * between two of them: two runs of indexes, one after the other. */
  const guint     *between[2];
  guint            n_between[2];
  gboolean         is_between;
  /* Arrays for what is shown next, kept rather than allocated for each
   * keystroke: 400 kB for 100,000 ideas, which malloc() maps afresh. */
  GArray          *spare[2];
  /* Result: what the last texts found, the latest first, for these
   * entries, tags and statuses; forgotten when any of them changes. */
  GQueue           results;
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

static const char *
keep_key (Keys       *keys,
          const char *key,
          gsize       length)
{
  char *kept;

  length++;

  if (keys->blocks == NULL)
    keys->blocks = g_ptr_array_new_with_free_func (g_free);

  if (keys->blocks->len == 0 || keys->used + length > keys->size)
    {
      keys->size = MAX (KEY_BLOCK_SIZE, length);
      keys->used = 0;
      g_ptr_array_add (keys->blocks, g_malloc (keys->size));
    }

  kept = (char *)g_ptr_array_index (keys->blocks, keys->blocks->len - 1) + keys->used;
  memcpy (kept, key, length);
  keys->used += length;
  keys->live += length;

  return kept;
}

static void
forget_keys (Keys *keys)
{
  g_clear_pointer (&keys->blocks, g_ptr_array_unref);
  keys->used = keys->size = keys->live = keys->dead = 0;
}

/* Once most of what the blocks hold is keys no entry has any more, the
 * keys of the entries move to new blocks, in order. */
static void
compact_keys (TpBacklogFilterModel *self)
{
  Entry *entries = (Entry *)(void *)self->entries->data;
  Keys old = self->keys;

  if (old.dead < KEY_BLOCK_SIZE || old.dead < old.live)
    return;

  self->keys = (Keys) { NULL, 0, 0, 0, 0 };
  for (guint i = 0; i < self->entries->len; i++)
    entries[i].key = keep_key (&self->keys, entries[i].key, entries[i].key_length);
  forget_keys (&old);
}

static void
set_up_entry (TpBacklogFilterModel *self,
              Entry                *entry,
              TpIdea               *idea)
{
  const char *key = tp_idea_get_search_key (idea);
  g_autofree char *folded = tp_backlog_fold_search_key (key);

  if (folded != NULL)
    key = folded;
  entry->idea = idea;
  entry->key_length = strlen (key);
  entry->key = keep_key (&self->keys, key, entry->key_length);
  entry->passes = tp_backlog_filter_matches_tags_and_status (self->filter, idea);
}

static inline gboolean
has_bit (const Word *set,
         guint       bit)
{
  return (set[bit / WORD_BITS] >> (bit % WORD_BITS)) & 1;
}

static inline void
add_bit (Word  *set,
         guint  bit)
{
  set[bit / WORD_BITS] |= (Word)1 << (bit % WORD_BITS);
}

static Word *
new_set (guint n_bits)
{
  return g_new0 (Word, MAX (N_WORDS (n_bits), 1));
}

/* An empty array of guint, with room for every entry: growing one as it
 * fills would map fresh memory, page by page. */
static GArray *
take_array (TpBacklogFilterModel *self)
{
  GArray *array = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->spare) && array == NULL; i++)
    array = g_steal_pointer (&self->spare[i]);
  if (array == NULL)
    array = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_set_size (array, self->entries->len);
  g_array_set_size (array, 0);
  return array;
}

static void
give_back_array (TpBacklogFilterModel *self,
                 GArray               *array)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->spare); i++)
    if (self->spare[i] == NULL)
      {
        self->spare[i] = array;
        return;
      }

  g_array_unref (array);
}

/* The members of @set, of @n_bits, in order, in @members. */
static GArray *
list_set (const Word *set,
          guint       n_bits,
          GArray     *members)
{
  guint n_words = N_WORDS (n_bits);
  guint n_members = 0;
  guint *member;

  for (guint w = 0; w < n_words; w++)
    n_members += __builtin_popcountll (set[w]);

  g_array_set_size (members, n_members);
  member = (guint *)(void *)members->data;
  for (guint w = 0; w < n_words; w++)
    for (Word bits = set[w]; bits != 0; bits &= bits - 1)
      *member++ = w * WORD_BITS + __builtin_ctzll (bits);

  return members;
}

static void
result_free (Result *result)
{
  g_free (result->text);
  g_free (result->shown);
  g_free (result);
}

static void
forget_results (TpBacklogFilterModel *self)
{
  g_queue_clear_full (&self->results, (GDestroyNotify)result_free);
}

static const Word *
recall_result (TpBacklogFilterModel *self,
               const char           *text)
{
  for (GList *l = self->results.head; l != NULL; l = l->next)
    {
      Result *result = l->data;

      if (strcmp (result->text, text) == 0)
        {
          g_queue_unlink (&self->results, l);
          g_queue_push_head_link (&self->results, l);
          return result->shown;
        }
    }

  return NULL;
}

static void
remember_result (TpBacklogFilterModel *self,
                 const char           *text,
                 const Word           *shown)
{
  Result *result;

  if (self->results.length >= MAX_RESULTS)
    result_free (g_queue_pop_tail (&self->results));

  result = g_new (Result, 1);
  result->text = g_strdup (text);
  result->shown = g_memdup2 (shown, MAX (N_WORDS (self->entries->len), 1) * sizeof (Word));
  g_queue_push_head (&self->results, result);
}

/* The sets again, after the entries changed. */
static void
make_sets (TpBacklogFilterModel *self)
{
  Entry *entries = (Entry *)(void *)self->entries->data;
  guint n = self->entries->len;

  g_free (self->passing);
  g_free (self->shown_set);
  self->passing = new_set (n);
  self->shown_set = new_set (n);

  for (guint i = 0; i < n; i++)
    if (entries[i].passes)
      add_bit (self->passing, i);
  for (guint i = 0; i < self->shown->len; i++)
    add_bit (self->shown_set, g_array_index (self->shown, guint, i));
}

static void
clear_entries (TpBacklogFilterModel *self,
               Entry                *entries,
               guint                 n)
{
  for (guint i = 0; i < n; i++)
    {
      self->keys.live -= entries[i].key_length + 1;
      self->keys.dead += entries[i].key_length + 1;
      g_clear_object (&entries[i].idea);
      entries[i].key = NULL;
    }
}

/* How many rows at the top a GTK 4.8 grid view of one column keeps
 * widgets for: thirty, and one either side. */
#define ROWS_KEPT 32

/* Tells the list of a change that led to @first followed by @second:
 * what it is told is shown while the change is told in steps. */
static void
announce_through (TpBacklogFilterModel *self,
                  const guint          *first,
                  guint                 n_first,
                  const guint          *second,
                  guint                 n_second,
                  guint                 position,
                  guint                 removed,
                  guint                 added)
{
  self->between[0] = first;
  self->n_between[0] = n_first;
  self->between[1] = second;
  self->n_between[1] = n_second;
  self->is_between = TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  self->is_between = FALSE;
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
  const guint *now = (const guint *)(void *)self->shown->data;
  guint n_now = self->shown->len;
  guint head, rest;

  if (removed == 0 && added == 0)
    return;

  if (removed == 0 || added <= MAX_ROWS_REPLACED)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* Between the two, all of it but the rest. */
  head = position + MAX_ROWS_REPLACED;
  rest = added - MAX_ROWS_REPLACED;
  announce_through (self, now, head, now + head + rest, n_now - head - rest,
                    position, removed, MAX_ROWS_REPLACED);
  g_list_model_items_changed (G_LIST_MODEL (self), head, 0, rest);
}

#define BLOCK 256

/* How many of @a and @b are the same from @from on; then, of what is
 * left, how many at the end. */
static void
find_common (const guint *a,
             guint        n_a,
             const guint *b,
             guint        n_b,
             guint        from,
             guint       *prefix,
             guint       *suffix)
{
  guint n_common = MIN (n_a, n_b);
  guint start = MIN (from, n_common);
  guint end = 0;

  /* Block by block first: memcmp() is far quicker than a loop. */
  while (start + BLOCK <= n_common && memcmp (a + start, b + start, BLOCK * sizeof (guint)) == 0)
    start += BLOCK;
  while (start < n_common && a[start] == b[start])
    start++;
  while (end + BLOCK <= n_common - start &&
         memcmp (a + n_a - end - BLOCK, b + n_b - end - BLOCK, BLOCK * sizeof (guint)) == 0)
    end += BLOCK;
  while (end < n_common - start && a[n_a - 1 - end] == b[n_b - 1 - end])
    end++;

  *prefix = start;
  *suffix = end;
}

/* How many entries two ascending runs share. */
static guint
count_shared (const guint *a,
              guint        n_a,
              const guint *b,
              guint        n_b)
{
  guint i = 0, j = 0, shared = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] < b[j])
        i++;
      else if (a[i] > b[j])
        j++;
      else
        shared++, i++, j++;
    }

  return shared;
}

/* A GTK 4.8 list builds a new widget for each row put in and destroys
 * the widget of each row taken out, unless the same idea comes back in
 * the same change; but it reuses the widgets of rows that move out of
 * the top it shows. So where most of the rows shown change, the new
 * ones are put in above the old ones first, which takes over their
 * widgets, and the old ones go after, out of sight. */
static gboolean
reuse_widgets (const guint *old,
               guint        n_old,
               const guint *now,
               guint        n_now,
               guint        prefix,
               guint        suffix)
{
  guint n_old_shown, n_now_shown;

  if (prefix >= ROWS_KEPT || n_old - suffix == prefix || n_now - suffix == prefix)
    return FALSE;

  n_old_shown = MIN (n_old - suffix, ROWS_KEPT) - prefix;
  n_now_shown = MIN (n_now - suffix, ROWS_KEPT) - prefix;

  return 2 * count_shared (old + prefix, n_old_shown, now + prefix, n_now_shown) < n_now_shown;
}

/* Tells the list how to go from @before to what is shown now. */
static void
announce_difference (TpBacklogFilterModel *self,
                     GArray               *before)
{
  GArray *now = self->shown;
  const guint *old = (const guint *)(void *)before->data;
  const guint *fresh = (const guint *)(void *)now->data;
  guint n_old = before->len;
  guint n_now = now->len;
  guint prefix, suffix, n_removed, n_added;
  gboolean reuse;

  find_common (old, n_old, fresh, n_now, 0, &prefix, &suffix);
  reuse = reuse_widgets (old, n_old, fresh, n_now, prefix, suffix);

  /* A GTK 4.8 list keeps its place on its top row. Where that row stays
   * but others come before it, the list would follow it down and build
   * the rows around it, then build them again at the top, where the view
   * goes after a keystroke; and rows put in above it would not take over
   * the widgets below. So the new first row takes its place first, on
   * its own, and the old one comes back with the rest if it stays. */
  if (prefix == 0 && n_old > 0 && n_now > 0 && (reuse || has_bit (self->shown_set, old[0])))
    {
      announce_through (self, fresh, 1, old + 1, n_old - 1, 0, 1, 1);

      /* From here on, the first of old is the first of fresh. */
      find_common (old, n_old, fresh, n_now, 1, &prefix, &suffix);
      reuse = reuse_widgets (old, n_old, fresh, n_now, prefix, suffix);
    }

  n_removed = n_old - prefix - suffix;
  n_added = n_now - prefix - suffix;

  if (reuse)
    {
      guint above = MIN (n_added, MAX_ROWS_REPLACED);

      /* For a moment, the first new rows and all the old ones. */
      announce_through (self, fresh, prefix + above, old + prefix, n_old - prefix, prefix, 0, above);
      announce (self, prefix + above, n_removed, n_added - above);
    }
  else
    announce (self, prefix, n_removed, n_added);
}

/* How far ahead find_text() asks for keys: a keystroke reads the keys
 * from memory rather than from the cache, the frame before it having
 * filled that, and each read waits on the one before without this. */
#define PREFETCH_AHEAD 8

/* Adds to @found the @candidates whose key contains @text. */
static void
find_text (TpBacklogFilterModel *self,
           const guint          *candidates,
           guint                 n_candidates,
           const char           *text,
           Word                 *found)
{
  const Entry *entries = (const Entry *)(void *)self->entries->data;

  for (guint i = 0; i < n_candidates; i++)
    {
      const Entry *entry = &entries[candidates[i]];

      if (i + PREFETCH_AHEAD < n_candidates)
        {
          const char *ahead = entries[candidates[i + PREFETCH_AHEAD]].key;

          __builtin_prefetch (ahead);
          __builtin_prefetch (ahead + 64);
        }

      if (strstr (entry->key, text) != NULL)
        add_bit (found, candidates[i]);
    }
}

/* Finds what the filter shows now. Typing more can only hide ideas and
 * erasing only bring them back, so @look says which to look at again. */
static void
update (TpBacklogFilterModel *self,
        Look                  look)
{
  GArray *before = self->shown;
  Entry *entries = (Entry *)(void *)self->entries->data;
  guint n = self->entries->len;
  guint n_words = N_WORDS (n);
  const char *text = tp_backlog_filter_get_text (self->filter);
  Word *shown = new_set (n);
  const Word *recalled;

  if (look & LOOK_AT_TAGS_AND_STATUSES)
    {
      forget_results (self);
      memset (self->passing, 0, MAX (n_words, 1) * sizeof (Word));
      for (guint i = 0; i < n; i++)
        {
          entries[i].passes = tp_backlog_filter_matches_tags_and_status (self->filter, entries[i].idea);
          if (entries[i].passes)
            add_bit (self->passing, i);
        }
    }

  /* As tp_backlog_filter_matches_search_key() does, without a call for
   * each idea. */
  if (text == NULL)
    memcpy (shown, self->passing, n_words * sizeof (Word));
  else if ((recalled = recall_result (self, text)) != NULL)
    memcpy (shown, recalled, n_words * sizeof (Word));
  else
    {
      /* Typing more, only those shown can still be; erasing, those shown
       * still are and only the others can change; for another text
       * altogether, any idea that passes can. */
      GArray *candidates;

      if (look == LOOK_AT_SHOWN)
        candidates = g_array_ref (before);
      else if (look == LOOK_AT_HIDDEN)
        {
          for (guint w = 0; w < n_words; w++)
            shown[w] = self->passing[w] & ~self->shown_set[w];
          candidates = list_set (shown, n, take_array (self));
          memcpy (shown, self->shown_set, n_words * sizeof (Word));
        }
      else
        candidates = list_set (self->passing, n, take_array (self));

      find_text (self, (const guint *)(void *)candidates->data, candidates->len, text, shown);
      remember_result (self, text, shown);
      if (candidates == before)
        g_array_unref (candidates);
      else
        give_back_array (self, candidates);
    }

  g_free (self->shown_set);
  self->shown_set = shown;
  self->shown = list_set (shown, n, take_array (self));
  announce_difference (self, before);
  give_back_array (self, before);
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
  GArray *before = self->shown;
  g_autoptr(GArray) fresh = g_array_sized_new (FALSE, TRUE, sizeof (Entry), added);
  guint first = find_shown (self, position);
  guint last = find_shown (self, position + removed);
  const char *text = tp_backlog_filter_get_text (self->filter);
  const guint *old;
  Entry *entries;
  guint n_added = 0;

  forget_results (self);
  clear_entries (self, &g_array_index (self->entries, Entry, position), removed);
  g_array_remove_range (self->entries, position, removed);

  g_array_set_size (fresh, added);
  for (guint i = 0; i < added; i++)
    set_up_entry (self, &g_array_index (fresh, Entry, i), g_list_model_get_item (model, position + i));
  g_array_insert_vals (self->entries, position, fresh->data, added);
  compact_keys (self);
  entries = (Entry *)(void *)self->entries->data;

  /* Those before the change stay; those after it move along. */
  old = (const guint *)(void *)before->data;
  self->shown = take_array (self);
  g_array_append_vals (self->shown, old, first);
  for (guint i = position; i < position + added; i++)
    if (entries[i].passes &&
        (text == NULL || strstr (entries[i].key, text) != NULL))
      {
        g_array_append_val (self->shown, i);
        n_added++;
      }
  for (guint i = last; i < before->len; i++)
    {
      guint moved = old[i] - removed + added;

      g_array_append_val (self->shown, moved);
    }

  make_sets (self);
  announce (self, first, last - first, n_added);
  give_back_array (self, before);
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
  TpBacklogFilterModel *self = (TpBacklogFilterModel *)model;

  if (self->is_between)
    return self->n_between[0] + self->n_between[1];

  return self->shown->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  /* Unchecked: a list view asks for every row a change puts in. */
  TpBacklogFilterModel *self = (TpBacklogFilterModel *)model;
  guint entry;

  if (self->is_between)
    {
      if (position < self->n_between[0])
        entry = self->between[0][position];
      else if (position - self->n_between[0] < self->n_between[1])
        entry = self->between[1][position - self->n_between[0]];
      else
        return NULL;
    }
  else if (position < self->shown->len)
    entry = g_array_index (self->shown, guint, position);
  else
    return NULL;

  return g_object_ref (g_array_index (self->entries, Entry, entry).idea);
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
  clear_entries (self, (Entry *)(void *)self->entries->data, self->entries->len);
  g_array_set_size (self->entries, 0);
  forget_keys (&self->keys);
  g_array_set_size (self->shown, 0);
  forget_results (self);

  G_OBJECT_CLASS (tp_backlog_filter_model_parent_class)->dispose (object);
}

static void
tp_backlog_filter_model_finalize (GObject *object)
{
  TpBacklogFilterModel *self = TP_BACKLOG_FILTER_MODEL (object);

  g_array_unref (self->entries);
  g_array_unref (self->shown);
  g_free (self->passing);
  g_free (self->shown_set);
  for (guint i = 0; i < G_N_ELEMENTS (self->spare); i++)
    g_clear_pointer (&self->spare[i], g_array_unref);
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
  self->passing = new_set (0);
  self->shown_set = new_set (0);
  g_queue_init (&self->results);
}
