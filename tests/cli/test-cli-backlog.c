/* test-cli-backlog.c — tags, participants, dot votes, scores, rank and the backlog's order through the real touchpoint-cli
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-runner.h"
#include "tp-store.h"

#define WORKSHOP "Backlog"

static void
create_workshop (CliFixture *fixture)
{
  g_autofree char *out = cli_run_ok (fixture, (const char *[]) { "new-workshop", WORKSHOP, NULL });
}

/* Captures @text and returns the new idea's id. */
static char *
add_idea (CliFixture *fixture,
          const char *text)
{
  g_autofree char *out = cli_run_ok (fixture, (const char *[]) { "add", WORKSHOP, text, NULL });
  g_auto(GStrv) fields = g_strsplit (g_strchomp (out), "\t", -1);

  g_assert_cmpuint (g_strv_length (fields), ==, 2);
  return g_strdup (fields[0]);
}

/* The ids `ideas` prints, in order, joined by spaces. */
static char *
ideas_order (CliFixture         *fixture,
             const char * const *options)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  g_ptr_array_add (args, (gpointer)"ideas");
  g_ptr_array_add (args, (gpointer)WORKSHOP);
  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer)options[i]);
  g_ptr_array_add (args, NULL);

  out = cli_run_ok (fixture, (const char * const *)args->pdata);
  lines = cli_split_lines (out);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 13);
      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, fields[0]);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* One field of an idea's `ideas` row, counted from 0. */
static char *
idea_field (CliFixture *fixture,
            const char *id,
            guint       column)
{
  g_autofree char *out = cli_run_ok (fixture, (const char *[]) { "ideas", WORKSHOP, NULL });
  g_auto(GStrv) lines = cli_split_lines (out);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (g_strcmp0 (fields[0], id) == 0)
        return g_strdup (fields[column]);
    }

  g_assert_not_reached ();
}

/* The value on the line `score` prints for @name. */
static char *
score_field (const char *out,
             const char *name)
{
  g_auto(GStrv) lines = cli_split_lines (out);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      if (g_strcmp0 (fields[0], name) == 0)
        return g_strdup (fields[1]);
    }

  g_assert_not_reached ();
}

static void
test_tags (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *tags = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *tag;

  create_workshop (fixture);
  id = add_idea (fixture, "Call-back line #sales");

  out = cli_run_ok (fixture, (const char *[]) { "tag", id, "phone", "#Web", "SALES", NULL });
  g_assert_true (g_str_has_prefix (out, id));
  tags = idea_field (fixture, id, 5);
  g_assert_cmpstr (tags, ==, "sales,phone,Web");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tags", WORKSHOP, NULL });
  g_assert_nonnull (strstr (out, "phone\t"));
  g_assert_nonnull (strstr (out, "\t1\n"));
  lines = cli_split_lines (out);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);

  result = cli_run_args (fixture, (const char *[]) { "tag", id, "ok", "#", NULL });
  cli_assert_failure (result, 2, "“#”");

  /* Taking off is case-insensitive; a tag the idea lacks is an error
   * that changes nothing. */
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_args (fixture, (const char *[]) { "tag", "--remove", id, "web", "nosuch", NULL });
  cli_assert_failure (result, 2, "nosuch");
  g_clear_pointer (&tags, g_free);
  tags = idea_field (fixture, id, 5);
  g_assert_cmpstr (tags, ==, "sales,phone,Web");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tag", "--remove", id, "web", NULL });
  g_clear_pointer (&tags, g_free);
  tags = idea_field (fixture, id, 5);
  g_assert_cmpstr (tags, ==, "sales,phone");

  /* Tags that would take the idea past its limit of twenty are refused
   * together: none of them is written. */
  {
    g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (args, g_strdup ("tag"));
    g_ptr_array_add (args, g_strdup (id));
    for (guint i = 1; i <= 19; i++)
      g_ptr_array_add (args, g_strdup_printf ("theme%02u", i));
    g_ptr_array_add (args, NULL);

    g_clear_pointer (&result, cli_result_free);
    result = cli_run_args (fixture, (const char **)args->pdata);
    cli_assert_failure (result, 2, "at most 20 tags");
    g_clear_pointer (&tags, g_free);
    tags = idea_field (fixture, id, 5);
    g_assert_cmpstr (tags, ==, "sales,phone");
  }

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tag", "--rename", WORKSHOP, "phone", "Telephone", NULL });
  g_assert_true (g_str_has_prefix (out, "Telephone\t"));
  g_assert_true (g_str_has_suffix (out, "\t1\n"));
  g_clear_pointer (&tags, g_free);
  tags = idea_field (fixture, id, 5);
  g_assert_cmpstr (tags, ==, "sales,Telephone");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tag", "--colour", WORKSHOP, "telephone", "green", NULL });
  g_assert_cmpstr (out, ==, "Telephone\tgreen\t1\n");

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_args (fixture, (const char *[]) { "tag", "--colour", WORKSHOP, "Telephone", "pink", NULL });
  cli_assert_failure (result, 2, "pink");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tags", WORKSHOP, "--json", NULL });
  node = cli_parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 3);
  tag = json_array_get_object_element (json_node_get_array (node), 1);
  g_assert_cmpstr (json_object_get_string_member (tag, "name"), ==, "Telephone");
  g_assert_cmpstr (json_object_get_string_member (tag, "colour"), ==, "green");
  g_assert_cmpint (json_object_get_int_member (tag, "ideas"), ==, 1);

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tag", "--delete", WORKSHOP, "Telephone", NULL });
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&tags, g_free);
  tags = idea_field (fixture, id, 5);
  g_assert_cmpstr (tags, ==, "sales");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "tags", WORKSHOP, NULL });
  g_assert_null (strstr (out, "Telephone"));

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_args (fixture, (const char *[]) { "tag", "--delete", WORKSHOP, "Telephone", NULL });
  cli_assert_failure (result, 2, "Telephone");
}

static void
test_participants (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *sam;

  create_workshop (fixture);

  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Sam", NULL });
  g_assert_cmpstr (out, ==, "Sam\t3\t0\t3\n");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Jo", "--budget", "5", NULL });
  g_assert_cmpstr (out, ==, "Jo\t5\t0\t5\n");

  result = cli_run_args (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "sam", NULL });
  cli_assert_failure (result, 2, "sam");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--set", "sam", "--budget", "4", NULL });
  g_assert_cmpstr (out, ==, "Sam\t4\t0\t4\n");

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_args (fixture, (const char *[]) { "participants", WORKSHOP, "--set", "Sam", "--budget", "100", NULL });
  cli_assert_failure (result, 2, "budget");
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_args (fixture, (const char *[]) { "participants", WORKSHOP, "--set", "Sam", "--budget", "2x", NULL });
  cli_assert_failure (result, 2, "“2x”");
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_args (fixture, (const char *[]) { "participants", WORKSHOP, "--remove", "Nobody", NULL });
  cli_assert_failure (result, 2, "Nobody");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--remove", "Jo", NULL });
  g_assert_cmpstr (out, ==, "");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "Sam\t4\t0\t4\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--json", NULL });
  node = cli_parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 1);
  sam = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (sam, "name"), ==, "Sam");
  g_assert_cmpint (json_object_get_int_member (sam, "budget"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (sam, "left"), ==, 4);
}

static void
test_vote_budget (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *other = NULL;
  g_autofree char *votes = NULL;
  g_autofree char *out = NULL;
  g_autoptr(CliResult) refused = NULL;

  create_workshop (fixture);
  id = add_idea (fixture, "Call-back line");
  other = add_idea (fixture, "Quote by post");
  g_free (cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Sam", NULL }));

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *expected = g_strdup_printf ("left\tSam\t%u\t3\n", 3 - i);

      g_clear_pointer (&out, g_free);
      out = cli_run_ok (fixture, (const char *[]) { "vote", i == 3 ? other : id, "--as", "sam", NULL });
      g_assert_cmpstr (out, ==, expected);
    }

  refused = cli_run_args (fixture, (const char *[]) { "vote", id, "--as", "Sam", NULL });
  cli_assert_failure (refused, 1, "has used all 3 votes");
  votes = idea_field (fixture, id, 6);
  g_assert_cmpstr (votes, ==, "2");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "vote", id, "--as", "Sam", "--remove", NULL });
  g_assert_cmpstr (out, ==, "left\tSam\t1\t3\n");
  g_clear_pointer (&votes, g_free);
  votes = idea_field (fixture, id, 6);
  g_assert_cmpstr (votes, ==, "1");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "vote", id, "--as", "Sam", "--json", NULL });
  {
    g_autoptr(JsonNode) node = cli_parse_json (out);
    JsonObject *object = json_node_get_object (node);

    g_assert_cmpint (json_object_get_int_member (object, "left"), ==, 0);
    g_assert_cmpint (json_object_get_int_member (object, "budget"), ==, 3);
    g_assert_cmpint (json_object_get_int_member (object, "votes"), ==, 2);
  }

  /* Taking back more than were placed changes nothing. */
  g_clear_pointer (&refused, cli_result_free);
  refused = cli_run_args (fixture, (const char *[]) { "vote", other, "--as", "Sam", "--remove", "--count", "2", NULL });
  cli_assert_failure (refused, 2, "Quote by post");
  g_clear_pointer (&votes, g_free);
  votes = idea_field (fixture, other, 6);
  g_assert_cmpstr (votes, ==, "1");
}

static void
test_vote_count (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *votes = NULL;
  g_autofree char *out = NULL;
  g_autoptr(CliResult) refused = NULL;

  create_workshop (fixture);
  id = add_idea (fixture, "Call-back line");
  g_free (cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Jo", NULL }));

  out = cli_run_ok (fixture, (const char *[]) { "vote", id, "--as", "Jo", "--count", "2", NULL });
  g_assert_cmpstr (out, ==, "left\tJo\t1\t3\n");

  refused = cli_run_args (fixture, (const char *[]) { "vote", id, "--as", "Jo", "--count", "2", NULL });
  cli_assert_failure (refused, 1, "Jo");
  votes = idea_field (fixture, id, 6);
  g_assert_cmpstr (votes, ==, "2");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "Jo\t3\t2\t1\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "vote", id, "--as", "Jo", NULL });
  g_assert_cmpstr (out, ==, "left\tJo\t0\t3\n");

  g_clear_pointer (&refused, cli_result_free);
  refused = cli_run_args (fixture, (const char *[]) { "vote", id, "--as", "Jo", "--count", "2", NULL });
  cli_assert_failure (refused, 1, "has used all 3 votes");

  g_clear_pointer (&refused, cli_result_free);
  refused = cli_run_args (fixture, (const char *[]) { "vote", id, "--as", "Jo", "--count", "0", NULL });
  cli_assert_failure (refused, 2, "--count");
  g_clear_pointer (&refused, cli_result_free);
  refused = cli_run_args (fixture, (const char *[]) { "vote", id, "--as", "Nobody", NULL });
  cli_assert_failure (refused, 2, "Nobody");

  g_clear_pointer (&votes, g_free);
  votes = idea_field (fixture, id, 6);
  g_assert_cmpstr (votes, ==, "3");
}

static void
test_scores (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *value = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  const struct {
    const char *option;
    const char *value;
    const char *needle;
  } bad[] = {
    { "--impact", "6", "Impact" },
    { "--impact", "0", "Impact" },
    { "--impact", "3x", "Impact" },
    { "--effort", "", "Effort" },
    { "--rice-impact", "0.7", "RICE impact" },
    { "--confidence", "101", "confidence" },
    { "--confidence", "-1", "confidence" },
    { "--reach", "-5", "reach" },
    { "--reach", "1e999", "reach" },
    { "--rice-effort", "0", "effort" },
    { "--moscow", "maybe", "MoSCoW" },
    { "--clear", "colour", "“colour”" },
  };

  create_workshop (fixture);
  id = add_idea (fixture, "Call-back line");

  out = cli_run_ok (fixture, (const char *[]) { "score", id, "--impact", "4", "--effort=2", "--moscow", "must", NULL });
  value = score_field (out, "impact");
  g_assert_cmpstr (value, ==, "4");
  g_clear_pointer (&value, g_free);
  value = score_field (out, "quadrant");
  g_assert_cmpstr (value, ==, "quick-win");
  g_clear_pointer (&value, g_free);
  value = score_field (out, "rice-score");
  g_assert_cmpstr (value, ==, "");

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CliResult) result = cli_run_args (fixture, (const char *[]) { "score", id, bad[i].option, bad[i].value, NULL });

      cli_assert_failure (result, 2, bad[i].needle);
    }

  /* Nothing a bad line tried was saved. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "score", id, NULL });
  g_clear_pointer (&value, g_free);
  value = score_field (out, "impact");
  g_assert_cmpstr (value, ==, "4");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "score", id, "--reach", "100", "--rice-impact", "2",
                                                "--confidence", "80", "--rice-effort", "4", NULL });
  g_clear_pointer (&value, g_free);
  value = score_field (out, "rice-score");
  g_assert_cmpstr (value, ==, "40");
  g_clear_pointer (&value, g_free);
  value = score_field (out, "moscow");
  g_assert_cmpstr (value, ==, "must");
  g_clear_pointer (&value, g_free);
  value = idea_field (fixture, id, 9);
  g_assert_cmpstr (value, ==, "40");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "score", id, "--clear", "impact", "--clear", "moscow", "--json", NULL });
  node = cli_parse_json (out);
  object = json_node_get_object (node);
  g_assert_true (json_object_get_null_member (object, "impact"));
  g_assert_true (json_object_get_null_member (object, "moscow"));
  g_assert_true (json_object_get_null_member (object, "quadrant"));
  g_assert_cmpint (json_object_get_int_member (object, "effort"), ==, 2);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "rice_score"), 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "rice_impact"), 2, 1e-9);

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "score", id, "--clear", "rice", NULL });
  g_clear_pointer (&value, g_free);
  value = score_field (out, "reach");
  g_assert_cmpstr (value, ==, "");
  g_clear_pointer (&value, g_free);
  value = score_field (out, "rice-score");
  g_assert_cmpstr (value, ==, "");

  {
    g_autoptr(CliResult) both = cli_run_args (fixture, (const char *[]) { "score", id, "--impact", "3", "--clear", "impact", NULL });

    cli_assert_failure (both, 2, "cleared");
  }
}

static void
score (CliFixture *fixture,
       const char *id,
       const char *impact,
       const char *effort)
{
  g_free (cli_run_ok (fixture, (const char *[]) { "score", id, "--impact", impact, "--effort", effort, NULL }));
}

static void
vote (CliFixture *fixture,
      const char *id,
      const char *name)
{
  g_free (cli_run_ok (fixture, (const char *[]) { "vote", id, "--as", name, NULL }));
}

static void
test_sort (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(CliResult) bad = NULL;

  create_workshop (fixture);
  a = add_idea (fixture, "Money pit");
  b = add_idea (fixture, "Big bet");
  c = add_idea (fixture, "Quick win");
  d = add_idea (fixture, "Fill-in");
  e = add_idea (fixture, "Not scored");
  g_free (cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Sam", NULL }));
  g_free (cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Jo", NULL }));

  /* Ties on votes go to the oldest idea. */
  vote (fixture, d, "Sam");
  vote (fixture, d, "Jo");
  vote (fixture, c, "Sam");
  vote (fixture, a, "Jo");
  order = ideas_order (fixture, (const char *[]) { "--sort", "votes", NULL });
  expected = g_strdup_printf ("%s %s %s %s %s", d, a, c, b, e);
  g_assert_cmpstr (order, ==, expected);

  score (fixture, a, "1", "5");
  score (fixture, b, "4", "4");
  score (fixture, c, "5", "1");
  score (fixture, d, "1", "1");
  g_clear_pointer (&order, g_free);
  g_clear_pointer (&expected, g_free);
  order = ideas_order (fixture, (const char *[]) { "--sort", "impact-effort", NULL });
  expected = g_strdup_printf ("%s %s %s %s %s", c, b, d, a, e);
  g_assert_cmpstr (order, ==, expected);

  {
    g_autofree char *quadrant = idea_field (fixture, c, 11);

    g_assert_cmpstr (quadrant, ==, "quick-win");
  }

  bad = cli_run_args (fixture, (const char *[]) { "ideas", WORKSHOP, "--sort", "sideways", NULL });
  cli_assert_failure (bad, 2, "“sideways”");
}

static void
test_filters (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(CliResult) bad = NULL;
  g_autoptr(GError) error = NULL;

  create_workshop (fixture);
  a = add_idea (fixture, "Call-back line #phone #sales");
  b = add_idea (fixture, "Visit reports #sales");
  c = add_idea (fixture, "Phone tree #support");

  order = ideas_order (fixture, (const char *[]) { "--tag", "phone", "--tag", "#Sales", NULL });
  g_assert_cmpstr (order, ==, a);

  g_clear_pointer (&order, g_free);
  order = ideas_order (fixture, (const char *[]) { "--tag", "phone", "--any", "--tag", "support", NULL });
  expected = g_strdup_printf ("%s %s", a, c);
  g_assert_cmpstr (order, ==, expected);

  g_free (cli_run_ok (fixture, (const char *[]) { "status", b, "shortlisted", NULL }));
  g_free (cli_run_ok (fixture, (const char *[]) { "status", c, "parked", NULL }));
  g_clear_pointer (&order, g_free);
  order = ideas_order (fixture, (const char *[]) { "--status", "shortlisted", NULL });
  g_assert_cmpstr (order, ==, b);
  g_clear_pointer (&order, g_free);
  g_clear_pointer (&expected, g_free);
  order = ideas_order (fixture, (const char *[]) { "--status", "parked", "--status", "new", NULL });
  expected = g_strdup_printf ("%s %s", a, c);
  g_assert_cmpstr (order, ==, expected);

  /* Details have no command of their own yet, so the core writes them. */
  {
    g_autoptr(TpStore) store = tp_store_new (fixture->db_path, &error);
    TpIdea *idea;

    g_assert_no_error (error);
    idea = tp_store_find_idea (store, b, &error);
    g_assert_no_error (error);
    tp_store_update_idea (store, idea, tp_idea_get_title (idea), "Ring the CUSTOMER after the visit",
                          tp_idea_get_author (idea), tp_idea_get_tags (idea), &error);
    g_assert_no_error (error);
  }

  g_clear_pointer (&order, g_free);
  order = ideas_order (fixture, (const char *[]) { "--search", "customer", NULL });
  g_assert_cmpstr (order, ==, b);
  g_clear_pointer (&order, g_free);
  g_clear_pointer (&expected, g_free);
  order = ideas_order (fixture, (const char *[]) { "--search", "SALES", NULL });
  expected = g_strdup_printf ("%s %s", a, b);
  g_assert_cmpstr (order, ==, expected);
  g_clear_pointer (&order, g_free);
  order = ideas_order (fixture, (const char *[]) { "--search", "Support", "--status", "parked", NULL });
  g_assert_cmpstr (order, ==, c);
  g_clear_pointer (&order, g_free);
  order = ideas_order (fixture, (const char *[]) { "--search", "nowhere", NULL });
  g_assert_cmpstr (order, ==, "");

  bad = cli_run_args (fixture, (const char *[]) { "ideas", WORKSHOP, "--status", "sideways", NULL });
  cli_assert_failure (bad, 2, "“sideways”");
}

static void
test_rank (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autofree char *order = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autoptr(CliResult) bad = NULL;

  create_workshop (fixture);
  a = add_idea (fixture, "First");
  b = add_idea (fixture, "Second");
  c = add_idea (fixture, "Third");

  order = ideas_order (fixture, NULL);
  expected = g_strdup_printf ("%s %s %s", a, b, c);
  g_assert_cmpstr (order, ==, expected);

  out = cli_run_ok (fixture, (const char *[]) { "rank", c, "1", NULL });
  g_assert_true (g_str_has_prefix (out, c));

  g_clear_pointer (&order, g_free);
  g_clear_pointer (&expected, g_free);
  order = ideas_order (fixture, (const char *[]) { "--sort", "rank", NULL });
  expected = g_strdup_printf ("%s %s %s", c, a, b);
  g_assert_cmpstr (order, ==, expected);

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "rank", "Third", "3", NULL });
  g_clear_pointer (&order, g_free);
  g_clear_pointer (&expected, g_free);
  order = ideas_order (fixture, NULL);
  expected = g_strdup_printf ("%s %s %s", a, b, c);
  g_assert_cmpstr (order, ==, expected);

  bad = cli_run_args (fixture, (const char *[]) { "rank", c, "0", NULL });
  cli_assert_failure (bad, 2, "POSITION");
  g_clear_pointer (&bad, cli_result_free);
  bad = cli_run_args (fixture, (const char *[]) { "rank", c, "4", NULL });
  cli_assert_failure (bad, 2, "“4”");
}

static void
test_ideas_json (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *idea;

  create_workshop (fixture);
  id = add_idea (fixture, "Call-back line");

  out = cli_run_ok (fixture, (const char *[]) { "ideas", WORKSHOP, "--json", NULL });
  node = cli_parse_json (out);
  idea = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpint (json_object_get_int_member (idea, "votes"), ==, 0);
  g_assert_true (json_object_get_null_member (idea, "impact"));
  g_assert_true (json_object_get_null_member (idea, "effort"));
  g_assert_true (json_object_get_null_member (idea, "rice_score"));
  g_assert_true (json_object_get_null_member (idea, "moscow"));
  g_assert_true (json_object_get_null_member (idea, "quadrant"));
  g_assert_cmpstr (json_object_get_string_member (idea, "verdict"), ==, "not-walked");
}

static void
test_arguments (CliFixture    *fixture,
                gconstpointer  data)
{
  const struct {
    const char *args[8];
    const char *needle;
  } cases[] = {
    { { "tag", "1", NULL }, "TAG" },
    { { "tag", "--rename", WORKSHOP, "old", NULL }, "NEW" },
    { { "tag", "--delete", WORKSHOP, "a", "b", NULL }, "“b”" },
    { { "tag", "--rename", "--delete", WORKSHOP, "a", NULL }, "--delete" },
    { { "tags", NULL }, "WORKSHOP" },
    { { "participants", WORKSHOP, "--add", NULL }, "--add" },
    { { "participants", WORKSHOP, "--budget", "4", NULL }, "--budget" },
    { { "vote", "1", NULL }, "--as" },
    { { "vote", "1", "--as", "a", "--as", "b", NULL }, "--as" },
    { { "score", NULL }, "IDEA" },
    { { "score", "1", "--bogus", NULL }, "“--bogus”" },
    { { "rank", "1", NULL }, "POSITION" },
    { { "ideas", WORKSHOP, "--sort", NULL }, "--sort" },
  };

  create_workshop (fixture);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CliResult) result = cli_run_args (fixture, cases[i].args);

      cli_assert_failure (result, 2, cases[i].needle);
    }
}

static void
test_help (CliFixture    *fixture,
           gconstpointer  data)
{
  const char *lines[] = {
    "\n  tag IDEA TAG",
    "\n  tag --remove IDEA TAG",
    "\n  tag --rename WORKSHOP OLD NEW ",
    "\n  tag --colour WORKSHOP TAG COLOUR ",
    "\n  tag --delete WORKSHOP TAG ",
    "\n  tags WORKSHOP ",
    "\n  participants WORKSHOP ",
    "\n  vote IDEA --as NAME",
    "\n  score IDEA ",
    "\n  rank IDEA POSITION ",
    "\n  ideas WORKSHOP ",
  };
  g_autoptr(CliResult) help = cli_run (fixture, "--help", NULL);

  cli_assert_success (help);
  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_nonnull (strstr (help->out, lines[i]));
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_add_test ("/cli/backlog/tags", test_tags);
  cli_add_test ("/cli/backlog/participants", test_participants);
  cli_add_test ("/cli/backlog/vote-budget", test_vote_budget);
  cli_add_test ("/cli/backlog/vote-count", test_vote_count);
  cli_add_test ("/cli/backlog/scores", test_scores);
  cli_add_test ("/cli/backlog/sort", test_sort);
  cli_add_test ("/cli/backlog/filters", test_filters);
  cli_add_test ("/cli/backlog/rank", test_rank);
  cli_add_test ("/cli/backlog/ideas-json", test_ideas_json);
  cli_add_test ("/cli/backlog/arguments", test_arguments);
  cli_add_test ("/cli/backlog/help", test_help);

  return g_test_run ();
}
