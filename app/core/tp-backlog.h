/* tp-backlog.h — how the prioritised backlog sorts and filters ideas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-idea.h"

G_BEGIN_DECLS

typedef enum
{
  TP_SORT_RANK,
  TP_SORT_VOTES,
  TP_SORT_IMPACT_EFFORT,
  TP_SORT_RICE,
  TP_SORT_MOSCOW,
} TpSortKey;

/* Orders by @key, then by votes (most first), then by age (oldest first). */
int              tp_backlog_compare          (TpIdea     *a,
                                              TpIdea     *b,
                                              TpSortKey   key);
int              tp_idea_compare_rank        (gconstpointer a,
                                              gconstpointer b);
const char      *tp_sort_key_to_string       (TpSortKey   key);
gboolean         tp_sort_key_from_string     (const char *text,
                                              TpSortKey  *key);
const char      *tp_sort_key_get_label       (TpSortKey   key);

typedef struct _TpBacklogFilter TpBacklogFilter;

GPtrArray       *tp_backlog_list             (GListModel      *ideas,
                                              TpBacklogFilter *filter,
                                              TpSortKey        key);

TpBacklogFilter *tp_backlog_filter_new       (void);
void             tp_backlog_filter_free      (TpBacklogFilter    *filter);
void             tp_backlog_filter_set_text  (TpBacklogFilter    *filter,
                                              const char         *text);

/* How a new search text relates to the last: typing more can only drop
 * ideas, erasing can only bring them back, so a list need only look at
 * the ideas it shows, or at those it hides. */
typedef enum
{
  TP_FILTER_SAME,
  TP_FILTER_STRICTER,
  TP_FILTER_LOOSER,
  TP_FILTER_DIFFERENT,
} TpFilterChange;

TpFilterChange   tp_backlog_filter_change_text (TpBacklogFilter *filter,
                                                const char      *text);
/* The text as the filter searches for it, trimmed and folded; NULL for none. */
const char      *tp_backlog_filter_get_text    (TpBacklogFilter *filter);
void             tp_backlog_filter_set_tags  (TpBacklogFilter    *filter,
                                              const char * const *tags,
                                              gboolean            match_all);
/* A bit per TpIdeaStatus (1 << status); 0 lets every status through. */
void             tp_backlog_filter_set_statuses (TpBacklogFilter *filter,
                                                 guint            mask);
gboolean         tp_backlog_filter_is_empty  (TpBacklogFilter    *filter);
gboolean         tp_backlog_filter_matches   (TpBacklogFilter    *filter,
                                              TpIdea             *idea);

/* tp_backlog_filter_matches() in two halves, for a list that keeps each
 * idea's folded search key and looks again only where a change can tell. */
char            *tp_backlog_fold_search_key  (const char         *search_key);
gboolean         tp_backlog_filter_matches_tags_and_status (TpBacklogFilter *filter,
                                                            TpIdea          *idea);
gboolean         tp_backlog_filter_matches_search_key      (TpBacklogFilter *filter,
                                                            const char      *search_key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpBacklogFilter, tp_backlog_filter_free)

G_END_DECLS
