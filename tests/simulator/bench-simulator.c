/* bench-simulator.c — how long 10,000 idea × persona walks take
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "tp-simulator.h"

#define N_WALKS   10000
#define N_RUNS    9
#define TARGET_MS 50.0

/* Every idea of a workshop is walked for each of its personas; a large
 * workshop's re-check after editing the personas is the case to keep fast. */

/* Most steps offer both the phone and the web, some only one of them,
 * half of them another channel as well. */
static TpChannel
random_channels (GRand *rand)
{
  TpChannel channels = TP_CHANNEL_PHONE | TP_CHANNEL_WEB;
  int roll = g_rand_int_range (rand, 0, 10);

  if (roll == 0)
    channels = TP_CHANNEL_PHONE;
  else if (roll == 1)
    channels = TP_CHANNEL_WEB;

  if (g_rand_boolean (rand))
    channels |= 1 << g_rand_int_range (rand, 0, 7);

  return channels;
}

/* Effort is mostly low: 4 one step in twenty, 5 one in forty. */
static guint
random_effort (GRand *rand)
{
  int roll = g_rand_int_range (rand, 0, 40);

  if (roll == 0)
    return 5;
  if (roll <= 2)
    return 4;
  return 1 + roll % 3;
}

static GListStore *
random_journey (GRand              *rand,
                const char * const *stages)
{
  GListStore *steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);

  for (guint i = 0; stages[i] != NULL; i++)
    {
      g_autoptr(TpJourneyStep) step = NULL;
      gboolean deciding = g_str_equal (stages[i], "Decide");
      gboolean feedback = stages[i + 1] == NULL;

      step = g_object_new (TP_TYPE_JOURNEY_STEP,
                           "stage", stages[i],
                           "channels", random_channels (rand),
                           "initiated-by", g_rand_boolean (rand) ? TP_INITIATOR_COMPANY : TP_INITIATOR_CUSTOMER,
                           "can-come-back", g_rand_int_range (rand, 0, 10) < 7,
                           "immediate-decision", deciding && g_rand_int_range (rand, 0, 10) < 3,
                           "self-service-only", g_rand_int_range (rand, 0, 10) < 1,
                           "resolved-in-one-contact", g_rand_int_range (rand, 0, 20) < 19,
                           "proactive-update", g_rand_int_range (rand, 0, 10) < 3,
                           "effort", random_effort (rand),
                           "feedback", feedback ? g_rand_int_range (rand, 0, 3) : TP_FEEDBACK_NONE,
                           NULL);
      g_list_store_append (steps, step);
    }

  return steps;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) personas = tp_persona_new_defaults ();
  g_autoptr(GPtrArray) journeys = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) stages = tp_journey_default_stages ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  guint n_ideas = (N_WALKS + personas->len - 1) / personas->len;
  double times[N_RUNS];
  guint abandoned = 0;
  double median;

  for (guint i = 0; i < n_ideas; i++)
    g_ptr_array_add (journeys, random_journey (rand, (const char * const *) stages));

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      abandoned = 0;
      for (guint i = 0; i < journeys->len; i++)
        for (guint p = 0; p < personas->len; p++)
          {
            TpWalkResult *walk = tp_simulate (g_ptr_array_index (personas, p),
                                              g_ptr_array_index (journeys, i));

            abandoned += tp_walk_result_get_outcome (walk) == TP_OUTCOME_ABANDONED;
            tp_walk_result_unref (walk);
          }

      times[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  median = times[N_RUNS / 2];

  printf ("%u walks (%u ideas × %u personas, %u steps each), %u abandoned\n",
          n_ideas * personas->len, n_ideas, personas->len, g_strv_length (stages), abandoned);
  printf ("median %.2f ms, worst %.2f ms over %d runs (target ≤ %.0f ms)\n",
          median, times[N_RUNS - 1], N_RUNS, TARGET_MS);

  return median <= TARGET_MS ? EXIT_SUCCESS : EXIT_FAILURE;
}
