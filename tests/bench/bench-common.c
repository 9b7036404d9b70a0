/* bench-common.c — a realistic library to measure against, and statistics
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "bench-common.h"
#include "tp-test.h"

static const char *words[] = {
  "call-back", "line", "for", "quotes", "self-service", "portal", "survey",
  "whole", "journey", "engineer", "visit", "sales", "inbound", "chat",
  "onboarding", "refund", "status", "updates", "proactive", "delivery",
};

static const char *tags[] = { "#contact", "#sales", "#support", "#billing", "#app", "#web" };

static const char *authors[] = { "@Sam", "@Jerry", "@Ana", "@Priya", "@Tom", "" };

void
bench_fill_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = tp_store_new (path, &error);
  guint per_other = (BENCH_IDEAS - BENCH_LARGEST) / (BENCH_WORKSHOPS - 1);
  GRand *rand = g_rand_new_with_seed (42);

  g_assert_no_error (error);

  for (guint w = 0; w < BENCH_WORKSHOPS; w++)
    {
      g_autofree char *title = g_strdup_printf ("Workshop %u", w + 1);
      TpWorkshop *workshop = tp_store_create_workshop (store, title, &error);
      guint n = w == BENCH_WORKSHOPS - 1 ? BENCH_LARGEST : per_other;

      g_assert_no_error (error);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint n_words = g_rand_int_range (rand, 3, 9);

          for (guint k = 0; k < n_words; k++)
            g_string_append_printf (text, "%s ", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append_printf (text, "%s %s %s", tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))],
                                  tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))],
                                  authors[g_rand_int_range (rand, 0, G_N_ELEMENTS (authors))]);

          tp_store_capture_idea (store, workshop, text->str, &error);
          g_assert_no_error (error);
        }
    }

  g_rand_free (rand);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

double
bench_percentile (GArray *values_ms,
                  double  fraction)
{
  guint index;

  g_assert (values_ms->len > 0);
  g_array_sort (values_ms, compare_doubles);
  index = (guint)(fraction * (values_ms->len - 1) + 0.5);

  return g_array_index (values_ms, double, index);
}

char *
bench_temp_db (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-bench-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "touchpoint.db", NULL);
}

void
bench_remove_db (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (dir);

  /* Only ever the folder bench_temp_db() made. */
  g_return_if_fail (g_str_has_prefix (name, "touchpoint-bench-"));

  tp_test_remove_tree (dir);
}
