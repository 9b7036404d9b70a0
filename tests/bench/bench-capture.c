/* bench-capture.c — how long a captured idea takes to reach the list
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-common.h"

#define N_CAPTURES 1000
#define TARGET_P99_MS 5.0

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bench_temp_db ();
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(TpStore) store = NULL;
  TpWorkshop *workshop;
  GListModel *ideas;
  double median, p99, worst;

  bench_fill_library (path);
  store = tp_store_new (path, &error);
  g_assert_no_error (error);

  workshop = g_list_model_get_item (tp_store_get_workshops (store), 0);
  g_object_unref (workshop);
  ideas = tp_store_get_ideas (store, workshop);

  for (guint i = 0; i < N_CAPTURES; i++)
    {
      g_autofree char *text = g_strdup_printf ("Captured idea number %u #bench #capture @Sam", i);
      guint before = g_list_model_get_n_items (ideas);
      gint64 start = g_get_monotonic_time ();
      TpIdea *idea = tp_store_capture_idea (store, workshop, text, &error);
      g_autoptr(TpIdea) listed = NULL;
      gint64 end;

      g_assert_no_error (error);
      listed = g_list_model_get_item (ideas, before);
      end = g_get_monotonic_time ();
      g_assert_true (listed == idea);

      g_array_append_val (latencies, ((double[]) { (end - start) / 1000.0 })[0]);
    }

  median = bench_percentile (latencies, 0.5);
  p99 = bench_percentile (latencies, 0.99);
  worst = bench_percentile (latencies, 1.0);

  g_print ("capture latency over %u captures into a %u-idea workshop: "
           "median %.3f ms, p99 %.3f ms, worst %.3f ms (target p99 < %.1f ms)\n",
           N_CAPTURES, BENCH_LARGEST, median, p99, worst, TARGET_P99_MS);

  g_clear_object (&store);
  bench_remove_db (path);

  return p99 < TARGET_P99_MS ? 0 : 1;
}
