/* test-filter-model.c — the backlog's filter over ideas in memory: what
 * each change of text, tags and status shows, announced change by change
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-backlog-filter-model.h"
#include "tp-backlog.h"
#include "tp-follower.h"

static TpIdea *
new_idea (gint64              id,
          const char         *title,
          const char * const *tags,
          TpIdeaStatus        status)
{
  return g_object_new (TP_TYPE_IDEA,
                       "id", id,
                       "title", title,
                       "tags", tags,
                       "status", status,
                       NULL);
}

static GListStore *
make_ideas (const char * const *titles)
{
  GListStore *ideas = g_list_store_new (TP_TYPE_IDEA);

  for (guint i = 0; titles[i]; i++)
    {
      g_autoptr(TpIdea) idea = new_idea (i + 1, titles[i], NULL, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }

  return ideas;
}

static void
test_filter_model_narrow_and_widen (void)
{
  const char *titles[] = { "Call-back line", "Callback survey", "Inbound route",
                           "Self-service portal", "Call centre hours", "Chat", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));

  g_assert_true (g_type_is_a (g_list_model_get_item_type (G_LIST_MODEL (model)), TP_TYPE_IDEA));
  g_assert_true (tp_backlog_filter_model_get_model (model) == G_LIST_MODEL (ideas));
  assert_shown (follower, "Call-back line,Callback survey,Inbound route,Self-service portal,"
                          "Call centre hours,Chat");

  /* Typing narrows, a character at a time. */
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Call-back line,Callback survey,Self-service portal,Call centre hours,Chat");
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Callback survey,Call centre hours");
  tp_backlog_filter_model_set_text (model, "cal");
  assert_shown (follower, "Call-back line,Callback survey,Call centre hours");
  tp_backlog_filter_model_set_text (model, "callb");
  assert_shown (follower, "Callback survey");

  /* The same text, trimmed or in another case, changes nothing. */
  follower->n_changes = 0;
  tp_backlog_filter_model_set_text (model, "  CALLB ");
  g_assert_cmpuint (follower->n_changes, ==, 0);

  /* Erasing widens again. */
  tp_backlog_filter_model_set_text (model, "cal");
  assert_shown (follower, "Call-back line,Callback survey,Call centre hours");
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Call-back line,Callback survey,Self-service portal,Call centre hours,Chat");

  /* Another text altogether, then nothing found, then no text. */
  tp_backlog_filter_model_set_text (model, "route");
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_model_set_text (model, "routes");
  assert_shown (follower, "");
  tp_backlog_filter_model_set_text (model, "");
  assert_shown (follower, "Call-back line,Callback survey,Inbound route,Self-service portal,"
                          "Call centre hours,Chat");
}

/* The titles of @ideas that contain @text, as shown_titles() gives them. */
static char *
titles_containing (GListModel *ideas,
                   const char *text)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  guint n = g_list_model_get_n_items (ideas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      if (strstr (tp_idea_get_title (idea), text) != NULL)
        g_string_append_printf (titles, "%s%s", titles->len ? "," : "", tp_idea_get_title (idea));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* A keystroke is told as one change, or as a few where one would both
 * take rows out and put more than 64 in, or would cost a list its place
 * or its widgets: see announce_difference(). A list follows each. */
static void
test_filter_model_changes (void)
{
  const char *fruit[] = { "apple", "banana", "cherry", "damson", "elder", "fig", "grape" };
  const char *typed[] = { "a", "an", "a", "e", "fi", "", "ap", "apple 1", "apple 12", "", "9",
                          "apple 1", "e", "", NULL };
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", fruit[i % G_N_ELEMENTS (fruit)], i);
      g_autoptr(TpIdea) idea = new_idea (i + 1, title, NULL, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));

  for (guint t = 0; typed[t] != NULL; t++)
    {
      g_autofree char *expected = titles_containing (G_LIST_MODEL (ideas), typed[t]);

      follower->n_changes = 0;
      tp_backlog_filter_model_set_text (model, typed[t]);
      assert_shown (follower, expected);
      g_assert_cmpuint (follower->n_changes, <=, 4);
      g_assert_cmpuint (follower->most_replaced, <=, 64);
    }

  /* Fewer rows than that, the first one going: one change. */
  tp_backlog_filter_model_set_text (model, "apple 1");
  follower->n_changes = 0;
  tp_backlog_filter_model_set_text (model, "apple 10");
  assert_shown (follower, "apple 105");
  g_assert_cmpuint (follower->n_changes, ==, 1);

  /* The first one staying, with others before it: first the new first
   * row alone, so that a list keeps its place at the top. */
  follower->n_changes = 0;
  tp_backlog_filter_model_set_text (model, "apple 1");
  assert_shown (follower, "apple 14,apple 105,apple 112,apple 119,apple 126,apple 133,apple 140,"
                          "apple 147,apple 154,apple 161,apple 168,apple 175,apple 182,apple 189,apple 196");
  g_assert_cmpuint (follower->n_changes, ==, 2);
}

static void
test_filter_model_source_changes (void)
{
  const char *titles[] = { "Call-back line", "Inbound route", "Callback survey", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));
  g_autoptr(TpIdea) chat = new_idea (10, "Call us by chat", NULL, TP_IDEA_STATUS_NEW);
  g_autoptr(TpIdea) letter = new_idea (11, "Letter", NULL, TP_IDEA_STATUS_NEW);
  g_autoptr(TpIdea) route = NULL;
  TpIdea *both[2];

  tp_backlog_filter_model_set_text (model, "call");
  assert_shown (follower, "Call-back line,Callback survey");

  /* Ideas come in shown or hidden, wherever the source puts them. */
  g_list_store_insert (ideas, 1, chat);
  assert_shown (follower, "Call-back line,Call us by chat,Callback survey");
  g_list_store_insert (ideas, 0, letter);
  assert_shown (follower, "Call-back line,Call us by chat,Callback survey");

  /* An idea edited to match, announced as the store does, shows up. */
  route = g_list_model_get_item (G_LIST_MODEL (ideas), 3);
  g_assert_cmpstr (tp_idea_get_title (route), ==, "Inbound route");
  g_object_set (route, "title", "Inbound call route", NULL);
  g_list_store_splice (ideas, 3, 1, (gpointer *)&route, 1);
  assert_shown (follower, "Call-back line,Call us by chat,Inbound call route,Callback survey");

  /* One edited not to match goes. */
  g_object_set (chat, "title", "Chat", NULL);
  g_list_store_splice (ideas, 2, 1, (gpointer *)&chat, 1);
  assert_shown (follower, "Call-back line,Inbound call route,Callback survey");

  /* Removed, then reordered from scratch as a sync does. */
  g_list_store_remove (ideas, 1);
  assert_shown (follower, "Inbound call route,Callback survey");
  both[0] = g_list_model_get_item (G_LIST_MODEL (ideas), 3);
  both[1] = g_list_model_get_item (G_LIST_MODEL (ideas), 2);
  g_list_store_splice (ideas, 0, g_list_model_get_n_items (G_LIST_MODEL (ideas)), (gpointer *)both, 2);
  g_object_unref (both[0]);
  g_object_unref (both[1]);
  assert_shown (follower, "Callback survey,Inbound call route");

  /* Erasing brings back what the source holds now, and only that. */
  tp_backlog_filter_model_set_text (model, NULL);
  assert_shown (follower, "Callback survey,Inbound call route");
}

static void
test_filter_model_tags_and_status (void)
{
  const char * const phone[] = { "phone", NULL };
  const char * const web[] = { "Web", NULL };
  const char * const both[] = { "phone", "web", NULL };
  const char * const tags[] = { "#PHONE", "web", NULL };
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  TpIdea *items[] = {
    new_idea (1, "Call-back line", phone, TP_IDEA_STATUS_NEW),
    new_idea (2, "Chat or call", both, TP_IDEA_STATUS_SHORTLISTED),
    new_idea (3, "Web form", web, TP_IDEA_STATUS_PARKED),
    new_idea (4, "Call by letter", NULL, TP_IDEA_STATUS_NEW),
  };
  TpBacklogFilter *filter;

  g_list_store_splice (ideas, 0, 0, (gpointer *)items, G_N_ELEMENTS (items));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_object_unref (items[i]);
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));
  filter = tp_backlog_filter_model_get_filter (model);

  /* Any of the tags, whatever their case, then all of them. */
  tp_backlog_filter_set_tags (filter, tags, FALSE);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Call-back line,Chat or call,Web form");
  tp_backlog_filter_set_tags (filter, tags, TRUE);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Chat or call");

  /* Text on top of the tags: typing and erasing keep to them. */
  tp_backlog_filter_set_tags (filter, tags, FALSE);
  tp_backlog_filter_model_refilter (model);
  tp_backlog_filter_model_set_text (model, "call");
  assert_shown (follower, "Call-back line,Chat or call");
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Call-back line,Chat or call");
  tp_backlog_filter_model_set_text (model, "");
  assert_shown (follower, "Call-back line,Chat or call,Web form");

  /* The statuses on top of both. */
  tp_backlog_filter_set_statuses (filter, (1u << TP_IDEA_STATUS_PARKED) | (1u << TP_IDEA_STATUS_SHORTLISTED));
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Chat or call,Web form");
  tp_backlog_filter_model_set_text (model, "form");
  assert_shown (follower, "Web form");

  /* A status change announced by the source counts at once. */
  g_object_set (items[0], "status", TP_IDEA_STATUS_PARKED, NULL);
  g_list_store_splice (ideas, 0, 1, (gpointer *)&items[0], 1);
  tp_backlog_filter_model_set_text (model, "");
  assert_shown (follower, "Call-back line,Chat or call,Web form");

  /* Clearing it all shows everything. */
  tp_backlog_filter_set_tags (filter, NULL, FALSE);
  tp_backlog_filter_set_statuses (filter, 0);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Call-back line,Chat or call,Web form,Call by letter");
}

/* Checks that the model shows what its filter, asked idea by idea,
 * lets through, and that the follower agrees. */
static void
assert_filtered (Follower             *follower,
                 TpBacklogFilterModel *model)
{
  GListModel *ideas = tp_backlog_filter_model_get_model (model);
  TpBacklogFilter *filter = tp_backlog_filter_model_get_filter (model);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *shown = shown_titles (follower);
  guint n = g_list_model_get_n_items (ideas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      if (tp_backlog_filter_matches (filter, idea))
        g_string_append_printf (expected, "%s%s", expected->len ? "," : "", tp_idea_get_title (idea));
    }

  g_assert_cmpstr (shown, ==, expected->str);
}

/* Typing "ca", "cal", then erasing back, shows what each text finds. */
static void
type_and_erase (Follower             *follower,
                TpBacklogFilterModel *model)
{
  const char *texts[] = { "c", "ca", "cal", "ca", "c", "" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      tp_backlog_filter_model_set_text (model, texts[i]);
      assert_filtered (follower, model);
    }
}

/* The model remembers what recent texts found, so that erasing back to
 * one is no scan; what it remembers must not outlive a change of the
 * ideas, their order, or the tags and statuses the filter lets through. */
static void
test_filter_model_remembers (void)
{
  const char *titles[] = { "Call-back line", "Callback survey", "Inbound route", "Chat", "Letter", NULL };
  const char * const calls[] = { "calls", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));
  g_autoptr(TpIdea) cat = new_idea (10, "Cat flap", NULL, TP_IDEA_STATUS_NEW);
  TpBacklogFilter *filter = tp_backlog_filter_model_get_filter (model);
  TpIdea *idea;
  GPtrArray *order;

  type_and_erase (follower, model);
  type_and_erase (follower, model);

  /* Added while "cal" hides it, found when erasing back to "ca". */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  g_list_store_insert (ideas, 1, cat);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Cat flap,Callback survey");
  type_and_erase (follower, model);

  /* Edited to match, then not to. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  idea = g_list_model_get_item (G_LIST_MODEL (ideas), 4);
  g_object_set (idea, "title", "Chat or call", NULL);
  g_list_store_splice (ideas, 4, 1, (gpointer *)&idea, 1);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Cat flap,Callback survey,Chat or call");
  g_object_set (idea, "title", "Chat", NULL);
  g_list_store_splice (ideas, 4, 1, (gpointer *)&idea, 1);
  g_object_unref (idea);
  tp_backlog_filter_model_set_text (model, "cal");
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Cat flap,Callback survey");
  type_and_erase (follower, model);

  /* Re-tagged: the tags are part of what the text finds. */
  tp_backlog_filter_model_set_text (model, "cal");
  tp_backlog_filter_model_set_text (model, "calls");
  idea = g_list_model_get_item (G_LIST_MODEL (ideas), 3);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Inbound route");
  g_object_set (idea, "tags", calls, NULL);
  g_list_store_splice (ideas, 3, 1, (gpointer *)&idea, 1);
  g_object_unref (idea);
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_model_set_text (model, "cal");
  assert_shown (follower, "Call-back line,Callback survey,Inbound route");
  type_and_erase (follower, model);

  /* Removed. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  g_list_store_remove (ideas, 0);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Cat flap,Callback survey,Inbound route");
  type_and_erase (follower, model);

  /* Sorted afresh, as a sort list model tells it: all out, all back in. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  order = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (ideas)); i > 0; i--)
    g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (ideas), i - 1));
  g_list_store_splice (ideas, 0, order->len, order->pdata, order->len);
  g_ptr_array_unref (order);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Inbound route,Callback survey,Cat flap");
  type_and_erase (follower, model);

  /* The statuses, then the tags, change what each text shows. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  g_object_set (cat, "status", TP_IDEA_STATUS_PARKED, NULL);
  g_list_store_splice (ideas, 4, 1, (gpointer *)&cat, 1);
  tp_backlog_filter_set_statuses (filter, 1u << TP_IDEA_STATUS_NEW);
  tp_backlog_filter_model_refilter (model);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Inbound route,Callback survey");
  type_and_erase (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_set_tags (filter, calls, FALSE);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_set_tags (filter, NULL, FALSE);
  tp_backlog_filter_set_statuses (filter, 0);
  tp_backlog_filter_model_refilter (model);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Inbound route,Callback survey,Cat flap");
  type_and_erase (follower, model);
}

/* Many more texts than the model remembers, typed and erased in turn,
 * over more ideas than fit one word of a set. */
static void
test_filter_model_many_texts (void)
{
  const char *fruit[] = { "apple", "banana", "cherry", "damson", "elder", "fig", "grape" };
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  const char *typed = "an apple a day keeps the damson away";
  GRand *rand = g_rand_new_with_seed (3);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %s %u", fruit[i % G_N_ELEMENTS (fruit)],
                                                fruit[(i / 7) % G_N_ELEMENTS (fruit)], i);
      g_autoptr(TpIdea) idea = new_idea (i + 1, title, NULL, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));

  for (guint round = 0; round < 3; round++)
    {
      gsize length = strlen (typed);

      for (gsize i = 1; i <= length; i++)
        {
          g_autofree char *text = g_strndup (typed, i);

          tp_backlog_filter_model_set_text (model, text);
          assert_filtered (follower, model);
        }
      /* Erase some way back, at random, then jump to another text. */
      for (gsize i = length; i > 0;)
        {
          gsize step = (gsize)g_rand_int_range (rand, 1, 4);
          g_autofree char *text = NULL;

          i -= MIN (i, step);
          text = g_strndup (typed, i);
          tp_backlog_filter_model_set_text (model, text);
          assert_filtered (follower, model);
        }
      tp_backlog_filter_model_set_text (model, fruit[round]);
      assert_filtered (follower, model);
      tp_backlog_filter_model_set_text (model, "");
      assert_filtered (follower, model);
    }

  g_rand_free (rand);
}

/* Ideas replaced over and over, as sorting and editing do, with the text
 * found anywhere in their keys: at the start, at the very end, after a
 * false start. */
static void
test_filter_model_churn (void)
{
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  const char *texts[] = { "ccall", "call", "idea 1", "rear", "zz", "q", "a rather long title", NULL };
  GString *padding = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (padding, "a rather long title ");

  for (guint i = 0; i < 1500; i++)
    {
      const char * const tags[] = { i % 5 ? "rear" : "front", NULL };
      g_autofree char *title = g_strdup_printf ("%sidea %u %s", i % 2 ? "ccall " : "", i, padding->str);
      g_autoptr(TpIdea) idea = new_idea (i + 1, title, tags, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }
  g_string_free (padding, TRUE);
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));

  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (ideas));

      /* Every idea out and back in, in another order, then one edited. */
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (ideas), (i * 7 + round) % n));
      g_list_store_splice (ideas, 0, n, order->pdata, order->len);
      g_list_store_splice (ideas, round, 1, &order->pdata[round], 1);

      for (guint t = 0; texts[t] != NULL; t++)
        {
          tp_backlog_filter_model_set_text (model, texts[t]);
          assert_filtered (follower, model);
        }
      tp_backlog_filter_model_set_text (model, NULL);
      assert_filtered (follower, model);
    }
}

static void
test_filter_model_unicode (void)
{
  const char *titles[] = { "Rückruf für Kundinnen", "Ru\xcc\x88""ckmeldung", "STRAẞE", "Café au lait",
                           "Cafe\xcc\x81 noir", "ﬁle a complaint", "Plain", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  g_autoptr(TpIdea) decomposed = g_list_model_get_item (G_LIST_MODEL (ideas), 1);

  /* Any case, and an accent written either as one character or two. */
  tp_backlog_filter_model_set_text (model, "RÜCK");
  assert_shown (follower, "Rückruf für Kundinnen,Ru\xcc\x88""ckmeldung");
  tp_backlog_filter_model_set_text (model, "ru\xcc\x88""ck");
  assert_shown (follower, "Rückruf für Kundinnen,Ru\xcc\x88""ckmeldung");
  tp_backlog_filter_model_set_text (model, "café");
  assert_shown (follower, "Café au lait,Cafe\xcc\x81 noir");
  tp_backlog_filter_model_set_text (model, "cafe");
  assert_shown (follower, "");

  /* Case folding beyond lower case, and ligatures. */
  tp_backlog_filter_model_set_text (model, "strasse");
  assert_shown (follower, "STRAẞE");
  tp_backlog_filter_model_set_text (model, "FILE");
  assert_shown (follower, "ﬁle a complaint");

  /* Not UTF-8 at all: no text filter. */
  tp_backlog_filter_model_set_text (model, "\xff\xfe");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);

  /* The backlog's other lists match alike. */
  tp_backlog_filter_set_text (filter, "RU\xcc\x88""CK");
  g_assert_true (tp_backlog_filter_matches (filter, decomposed));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter-model/narrow-and-widen", test_filter_model_narrow_and_widen);
  g_test_add_func ("/filter-model/changes", test_filter_model_changes);
  g_test_add_func ("/filter-model/source-changes", test_filter_model_source_changes);
  g_test_add_func ("/filter-model/tags-and-status", test_filter_model_tags_and_status);
  g_test_add_func ("/filter-model/unicode", test_filter_model_unicode);
  g_test_add_func ("/filter-model/remembers", test_filter_model_remembers);
  g_test_add_func ("/filter-model/many-texts", test_filter_model_many_texts);
  g_test_add_func ("/filter-model/churn", test_filter_model_churn);

  return g_test_run ();
}
