/* bench-filter.c — filtering 100k ideas by text as the facilitator types
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "bench-common.h"
#include "tp-backlog.h"

#define N_IDEAS 100000
#define RUNS 5
#define TARGET_MS 16.0

static const char *words[] = {
  "call-back", "line", "quote", "self-service", "portal", "survey", "journey",
  "engineer", "visit", "sales", "inbound", "chat", "onboarding", "refund",
  "status", "update", "proactive", "delivery", "invoice", "reminder",
};

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  return tp_backlog_filter_matches (user_data, item);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  g_autoptr(GtkFilterListModel) filtered = NULL;
  const char *typed[] = { "proactive delivery update", "Call-back line for quotes" };
  GtkCustomFilter *custom;
  GRand *rand = g_rand_new_with_seed (7);
  double median, worst;

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autoptr(GString) title = g_string_new (NULL);
      const char *tags[] = { words[i % 20], words[(i / 20) % 20], NULL };

      for (guint k = 0, n = g_rand_int_range (rand, 3, 8); k < n; k++)
        g_string_append_printf (title, "%s%s", k ? " " : "", words[g_rand_int_range (rand, 0, 20)]);

      g_ptr_array_add (items, g_object_new (TP_TYPE_IDEA,
                                            "id", (gint64)i + 1,
                                            "title", title->str,
                                            "details", "Noted on a sticky during the capture round",
                                            "author", i % 3 ? "Sam" : NULL,
                                            "tags", tags,
                                            NULL));
    }
  g_list_store_splice (ideas, 0, 0, items->pdata, items->len);
  g_rand_free (rand);

  custom = gtk_custom_filter_new (match_cb, filter, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (ideas)), GTK_FILTER (custom));
  /* The list shows everything before the first keystroke. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, N_IDEAS);

  for (guint run = 0; run < RUNS; run++)
    for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
      {
        /* Type the text a character at a time, then erase it the same way. */
        for (gsize len = 1; len <= strlen (typed[w]) * 2; len++)
          {
            gsize shown = len <= strlen (typed[w]) ? len : strlen (typed[w]) * 2 - len;
            g_autofree char *text = g_strndup (typed[w], shown);
            gint64 start = g_get_monotonic_time ();
            double ms;

            /* As the backlog view does on each keystroke. */
            switch (tp_backlog_filter_change_text (filter, text))
              {
              case TP_FILTER_SAME:
                break;
              case TP_FILTER_STRICTER:
                gtk_filter_changed (GTK_FILTER (custom), GTK_FILTER_CHANGE_MORE_STRICT);
                break;
              case TP_FILTER_LOOSER:
                gtk_filter_changed (GTK_FILTER (custom), GTK_FILTER_CHANGE_LESS_STRICT);
                break;
              case TP_FILTER_DIFFERENT:
              default:
                gtk_filter_changed (GTK_FILTER (custom), GTK_FILTER_CHANGE_DIFFERENT);
              }
            (void)g_list_model_get_n_items (G_LIST_MODEL (filtered));
            ms = (g_get_monotonic_time () - start) / 1000.0;
            g_array_append_val (keystrokes, ms);
          }
      }

  median = bench_percentile (keystrokes, 0.5);
  worst = bench_percentile (keystrokes, 1.0);
  g_print ("text filter over %u ideas, %u keystrokes: median %.2f ms, p99 %.2f ms, worst %.2f ms "
           "(target %.0f ms a keystroke)\n",
           N_IDEAS, keystrokes->len, median, bench_percentile (keystrokes, 0.99), worst, TARGET_MS);

  return worst <= TARGET_MS ? 0 : 1;
}
