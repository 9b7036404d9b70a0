/* tp-backlog.c — how the prioritised backlog sorts and filters ideas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-backlog.h"

static const struct {
  const char *id;
  const char *label;
} sort_keys[] = {
  [TP_SORT_RANK] = { "rank", N_("Manual Rank") },
  [TP_SORT_VOTES] = { "votes", N_("Votes") },
  [TP_SORT_IMPACT_EFFORT] = { "impact-effort", N_("Impact and Effort") },
  [TP_SORT_RICE] = { "rice", N_("RICE Score") },
  [TP_SORT_MOSCOW] = { "moscow", N_("MoSCoW") },
};

struct _TpBacklogFilter
{
  char     *text;       /* case-folded; NULL for none */
  GStrv     tags;       /* case-folded; NULL for none */
  gboolean  match_all;
  guint     statuses;
};

static int
compare_numbers (double a,
                 double b)
{
  return (a > b) - (a < b);
}

/* Quick wins first, then big bets, fill-ins, money pits, unscored. */
static int
quadrant_order (TpQuadrant quadrant)
{
  switch (quadrant)
    {
    case TP_QUADRANT_QUICK_WIN: return 0;
    case TP_QUADRANT_BIG_BET: return 1;
    case TP_QUADRANT_FILL_IN: return 2;
    case TP_QUADRANT_MONEY_PIT: return 3;
    case TP_QUADRANT_NONE:
    default: return 4;
    }
}

static int
moscow_order (TpMoscow moscow)
{
  return moscow == TP_MOSCOW_NONE ? 5 : (int)moscow;
}

static int
compare_by_key (TpIdea    *a,
                TpIdea    *b,
                TpSortKey  key)
{
  TpScores sa, sb;
  int cmp;

  switch (key)
    {
    case TP_SORT_RANK:
      return compare_numbers (tp_idea_get_rank (a), tp_idea_get_rank (b));

    case TP_SORT_VOTES:
      return 0;

    case TP_SORT_IMPACT_EFFORT:
      tp_idea_get_scores (a, &sa);
      tp_idea_get_scores (b, &sb);
      if ((cmp = compare_numbers (quadrant_order (tp_idea_get_quadrant (a)),
                                  quadrant_order (tp_idea_get_quadrant (b)))) != 0)
        return cmp;
      /* Within a quadrant: more impact first, then less effort. */
      if ((cmp = compare_numbers (sb.impact, sa.impact)) != 0)
        return cmp;
      return compare_numbers (sa.effort, sb.effort);

    case TP_SORT_RICE:
      /* Highest first; unscored (-1) last. */
      return compare_numbers (tp_idea_get_rice_score (b), tp_idea_get_rice_score (a));

    case TP_SORT_MOSCOW:
      tp_idea_get_scores (a, &sa);
      tp_idea_get_scores (b, &sb);
      return compare_numbers (moscow_order (sa.moscow), moscow_order (sb.moscow));

    default:
      g_assert_not_reached ();
    }
}

int
tp_backlog_compare (TpIdea    *a,
                    TpIdea    *b,
                    TpSortKey  key)
{
  int cmp;

  g_return_val_if_fail (TP_IS_IDEA (a), 0);
  g_return_val_if_fail (TP_IS_IDEA (b), 0);

  if ((cmp = compare_by_key (a, b, key)) != 0)
    return cmp;

  if ((cmp = compare_numbers (tp_idea_get_votes (b), tp_idea_get_votes (a))) != 0)
    return cmp;

  if ((cmp = g_strcmp0 (tp_idea_get_created_at (a), tp_idea_get_created_at (b))) != 0)
    return cmp;

  return compare_numbers (tp_idea_get_id (a), tp_idea_get_id (b));
}

/* For g_ptr_array_sort: the elements are pointers to ideas. */
int
tp_idea_compare_rank (gconstpointer a,
                      gconstpointer b)
{
  return tp_backlog_compare (*(TpIdea **)a, *(TpIdea **)b, TP_SORT_RANK);
}

static int
compare_with_key (gconstpointer a,
                  gconstpointer b,
                  gpointer      key)
{
  return tp_backlog_compare (*(TpIdea **)a, *(TpIdea **)b, GPOINTER_TO_UINT (key));
}

/**
 * tp_backlog_list:
 * @ideas: TpIdea items
 * @filter: (nullable): which ideas to keep; %NULL keeps them all
 *
 * Returns: (transfer full) (element-type TpIdea): the backlog as shown:
 *   the ideas @filter lets through, in @key's order
 */
GPtrArray *
tp_backlog_list (GListModel      *ideas,
                 TpBacklogFilter *filter,
                 TpSortKey        key)
{
  guint n = g_list_model_get_n_items (ideas);
  GPtrArray *shown = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      TpIdea *idea = g_list_model_get_item (ideas, i);

      if (filter == NULL || tp_backlog_filter_matches (filter, idea))
        g_ptr_array_add (shown, idea);
      else
        g_object_unref (idea);
    }

  g_ptr_array_sort_with_data (shown, compare_with_key, GUINT_TO_POINTER (key));
  return shown;
}

const char *
tp_sort_key_to_string (TpSortKey key)
{
  g_return_val_if_fail (key < G_N_ELEMENTS (sort_keys), NULL);
  return sort_keys[key].id;
}

gboolean
tp_sort_key_from_string (const char *text,
                         TpSortKey  *key)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sort_keys); i++)
    if (g_ascii_strcasecmp (text, sort_keys[i].id) == 0)
      {
        if (key)
          *key = i;
        return TRUE;
      }

  return FALSE;
}

const char *
tp_sort_key_get_label (TpSortKey key)
{
  g_return_val_if_fail (key < G_N_ELEMENTS (sort_keys), NULL);
  return _(sort_keys[key].label);
}

TpBacklogFilter *
tp_backlog_filter_new (void)
{
  return g_new0 (TpBacklogFilter, 1);
}

void
tp_backlog_filter_free (TpBacklogFilter *filter)
{
  if (filter == NULL)
    return;

  g_free (filter->text);
  g_strfreev (filter->tags);
  g_free (filter);
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *c = (const guchar *)text; *c != '\0'; c++)
    if (*c >= 0x80)
      return FALSE;

  return TRUE;
}

/* Compatibility forms on both sides of a case fold, so that what one
 * side writes with a compatibility character or a combining accent the
 * other finds written plainly, in either case. */
static char *
fold_unicode (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (composed, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

/**
 * tp_backlog_fold_search_key:
 * @search_key: what tp_idea_get_search_key() gives
 *
 * Brings a search key to the form the filter's text is in, so that an
 * accent typed one way finds it written the other (é as one character or
 * as e and a combining accent), and a ligature finds its letters.
 *
 * Returns: (transfer full) (nullable): the key to search instead, or
 *   %NULL when @search_key is plain ASCII and can be searched as it is
 */
char *
tp_backlog_fold_search_key (const char *search_key)
{
  g_return_val_if_fail (search_key != NULL, NULL);

  if (is_ascii (search_key))
    return NULL;

  return fold_unicode (search_key);
}

void
tp_backlog_filter_set_text (TpBacklogFilter *filter,
                            const char      *text)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (filter != NULL);

  g_clear_pointer (&filter->text, g_free);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;

  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    return;

  filter->text = is_ascii (trimmed) ? g_ascii_strdown (trimmed, -1) : fold_unicode (trimmed);
}

/**
 * tp_backlog_filter_change_text:
 *
 * Sets the search text, as tp_backlog_filter_set_text() does, and says
 * how what matches can have changed.
 */
TpFilterChange
tp_backlog_filter_change_text (TpBacklogFilter *filter,
                               const char      *text)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (filter != NULL, TP_FILTER_DIFFERENT);

  before = g_steal_pointer (&filter->text);
  tp_backlog_filter_set_text (filter, text);

  if (g_strcmp0 (before, filter->text) == 0)
    return TP_FILTER_SAME;
  if (before == NULL || (filter->text != NULL && strstr (filter->text, before) != NULL))
    return TP_FILTER_STRICTER;
  if (filter->text == NULL || strstr (before, filter->text) != NULL)
    return TP_FILTER_LOOSER;

  return TP_FILTER_DIFFERENT;
}

const char *
tp_backlog_filter_get_text (TpBacklogFilter *filter)
{
  g_return_val_if_fail (filter != NULL, NULL);

  return filter->text;
}

void
tp_backlog_filter_set_tags (TpBacklogFilter    *filter,
                            const char * const *tags,
                            gboolean            match_all)
{
  g_autoptr(GStrvBuilder) folded = g_strv_builder_new ();

  g_return_if_fail (filter != NULL);

  g_clear_pointer (&filter->tags, g_strfreev);
  filter->match_all = match_all;

  if (tags == NULL || tags[0] == NULL)
    return;

  for (guint i = 0; tags[i]; i++)
    {
      g_autofree char *key = g_utf8_casefold (tags[i][0] == '#' ? tags[i] + 1 : tags[i], -1);
      g_strv_builder_add (folded, key);
    }
  filter->tags = g_strv_builder_end (folded);
}

void
tp_backlog_filter_set_statuses (TpBacklogFilter *filter,
                                guint            mask)
{
  g_return_if_fail (filter != NULL);
  filter->statuses = mask;
}

gboolean
tp_backlog_filter_is_empty (TpBacklogFilter *filter)
{
  g_return_val_if_fail (filter != NULL, TRUE);
  return filter->text == NULL && filter->tags == NULL && filter->statuses == 0;
}

static gboolean
has_tag (TpIdea     *idea,
         const char *folded)
{
  const char * const *tags = tp_idea_get_tags (idea);

  for (guint i = 0; tags[i]; i++)
    {
      g_autofree char *other = NULL;

      /* Most tags are plain ASCII: no need to fold a copy of each. */
      if (is_ascii (tags[i]))
        {
          if (g_ascii_strcasecmp (tags[i], folded) == 0)
            return TRUE;
          continue;
        }

      other = g_utf8_casefold (tags[i], -1);
      if (strcmp (other, folded) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * tp_backlog_filter_matches_tags_and_status:
 *
 * Returns: whether @idea passes the tag and status parts of @filter,
 *   whatever its text
 */
gboolean
tp_backlog_filter_matches_tags_and_status (TpBacklogFilter *filter,
                                           TpIdea          *idea)
{
  g_return_val_if_fail (filter != NULL, TRUE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (filter->statuses != 0 && (filter->statuses & (1u << tp_idea_get_status (idea))) == 0)
    return FALSE;

  if (filter->tags != NULL)
    {
      gboolean any = FALSE;

      for (guint i = 0; filter->tags[i]; i++)
        {
          gboolean found = has_tag (idea, filter->tags[i]);

          if (filter->match_all && !found)
            return FALSE;
          any |= found;
        }

      if (!any)
        return FALSE;
    }

  return TRUE;
}

/**
 * tp_backlog_filter_matches_search_key:
 * @search_key: an idea's search key, passed through
 *   tp_backlog_fold_search_key() where that returned one
 *
 * Returns: whether the text part of @filter finds @search_key
 */
gboolean
tp_backlog_filter_matches_search_key (TpBacklogFilter *filter,
                                      const char      *search_key)
{
  g_return_val_if_fail (filter != NULL, TRUE);

  return filter->text == NULL || strstr (search_key, filter->text) != NULL;
}

gboolean
tp_backlog_filter_matches (TpBacklogFilter *filter,
                           TpIdea          *idea)
{
  g_autofree char *folded = NULL;
  const char *key;

  g_return_val_if_fail (filter != NULL, TRUE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (!tp_backlog_filter_matches_tags_and_status (filter, idea))
    return FALSE;
  if (filter->text == NULL)
    return TRUE;

  key = tp_idea_get_search_key (idea);
  folded = tp_backlog_fold_search_key (key);

  return tp_backlog_filter_matches_search_key (filter, folded != NULL ? folded : key);
}
