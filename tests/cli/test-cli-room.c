/* test-cli-room.c — phases, clusters, templates and room settings through the real touchpoint-cli
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-runner.h"

#define WORKSHOP "Room"
#define RETRO_QUESTION "What went well for our customers, what went wrong, and what do we change?"

static void
run_fails (CliFixture         *fixture,
           const char * const *args,
           int                 status,
           const char         *needle)
{
  g_autoptr(CliResult) result = cli_run_args (fixture, args);

  cli_assert_failure (result, status, needle);
}

static void
create_workshop (CliFixture *fixture,
                 const char *title)
{
  g_autofree char *out = cli_run_ok (fixture, (const char *[]) { "new-workshop", title, NULL });
}

/* Captures @text in @workshop and returns the new idea's id. */
static char *
add_idea (CliFixture *fixture,
          const char *workshop,
          const char *text)
{
  g_autofree char *out = cli_run_ok (fixture, (const char *[]) { "add", workshop, text, NULL });
  g_auto(GStrv) fields = g_strsplit (g_strchomp (out), "\t", -1);

  g_assert_cmpuint (g_strv_length (fields), ==, 2);
  return g_strdup (fields[0]);
}

/* The value on the "FIELD VALUE" line `room` prints for @name. */
static char *
room_field (CliFixture *fixture,
            const char *workshop,
            const char *name)
{
  g_autofree char *out = cli_run_ok (fixture, (const char *[]) { "room", workshop, NULL });
  g_auto(GStrv) lines = cli_split_lines (out);

  g_assert_cmpuint (g_strv_length (lines), ==, 4);
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
test_phase (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autoptr(JsonNode) node = NULL;

  create_workshop (fixture, WORKSHOP);
  id = add_idea (fixture, WORKSHOP, "Call-back line");

  out = cli_run_ok (fixture, (const char *[]) { "phase", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "phase\tcapture\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "phase", WORKSHOP, "vote", NULL });
  g_assert_cmpstr (out, ==, "phase\tvote\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "phase", "1", NULL });
  g_assert_cmpstr (out, ==, "phase\tvote\n");

  /* Both spellings, any case; the stored one is the British. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "phase", WORKSHOP, "Prioritize", NULL });
  g_assert_cmpstr (out, ==, "phase\tprioritise\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "--json", "phase", WORKSHOP, NULL });
  node = cli_parse_json (out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "phase"), ==, "prioritise");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "label"), !=, "");

  /* Back to the start: nothing is lost by moving. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "phase", WORKSHOP, "capture", NULL });
  g_assert_cmpstr (out, ==, "phase\tcapture\n");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "ideas", WORKSHOP, NULL });
  g_assert_true (g_str_has_prefix (out, id));

  run_fails (fixture, (const char *[]) { "phase", WORKSHOP, "brainstorm", NULL }, 2, "“brainstorm”");
  run_fails (fixture, (const char *[]) { "phase", WORKSHOP, "brainstorm", NULL }, 2,
             "capture, group, vote, prioritise, walk, review");
  run_fails (fixture, (const char *[]) { "phase", "Nowhere", "vote", NULL }, 2, "“Nowhere”");
  run_fails (fixture, (const char *[]) { "phase", NULL }, 2, "WORKSHOP");
  run_fails (fixture, (const char *[]) { "phase", WORKSHOP, "vote", "walk", NULL }, 2, "“walk”");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "phase", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "phase\tcapture\n");
}

static void
test_clusters (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *call = NULL;
  g_autofree char *mail = NULL;
  g_autofree char *chat = NULL;
  g_autofree char *other = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *cluster;

  create_workshop (fixture, WORKSHOP);
  create_workshop (fixture, "Elsewhere");
  call = add_idea (fixture, WORKSHOP, "Call-back line");
  mail = add_idea (fixture, WORKSHOP, "Email receipts");
  chat = add_idea (fixture, WORKSHOP, "Chat on the website");
  other = add_idea (fixture, "Elsewhere", "Somebody else's idea");

  /* Named after its first idea unless given a name. */
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "new", WORKSHOP, call, "Email receipts", NULL });
  g_assert_cmpstr (out, ==, "cluster\tCall-back line\t2\t0\tno\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "add", WORKSHOP, "call-back LINE", chat, NULL });
  g_assert_cmpstr (out, ==, "cluster\tCall-back line\t3\t0\tno\n");

  g_free (cli_run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Sam", "--budget", "5", NULL }));
  g_free (cli_run_ok (fixture, (const char *[]) { "vote", call, "--as", "Sam", "--count", "2", NULL }));
  g_free (cli_run_ok (fixture, (const char *[]) { "vote", chat, "--as", "Sam", NULL }));

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "cluster\tCall-back line\t3\t3\tno\n");

  /* --ideas puts each idea under its cluster, in the order captured. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, "--ideas", NULL });
  lines = cli_split_lines (out);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "cluster\tCall-back line\t3\t3\tno");
  expected = g_strdup_printf ("idea\t%s\t", call);
  g_assert_true (g_str_has_prefix (lines[1], expected));
  g_assert_true (g_str_has_suffix (lines[1], "\tCall-back line\t2"));
  g_assert_true (g_str_has_suffix (lines[2], "\tEmail receipts\t0"));
  g_assert_true (g_str_has_suffix (lines[3], "\tChat on the website\t1"));

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "rename", WORKSHOP, "Call-back line", "Talk to us", NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t3\t3\tno\n");

  /* A new cluster takes its ideas out of the one they were in. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "new", WORKSHOP, chat, "--name", "Digital", NULL });
  g_assert_cmpstr (out, ==, "cluster\tDigital\t1\t1\tno\n");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t2\t2\tno\ncluster\tDigital\t1\t1\tno\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "merge", WORKSHOP, "Talk to us", "digital", NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t3\t3\tno\n");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t3\t3\tno\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "collapse", WORKSHOP, "Talk to us", NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t3\t3\tyes\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "--json", "cluster", "list", WORKSHOP, "--ideas", NULL });
  node = cli_parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 1);
  cluster = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (cluster, "name"), ==, "Talk to us");
  g_assert_cmpint (json_object_get_int_member (cluster, "ideas"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (cluster, "votes"), ==, 3);
  g_assert_true (json_object_get_boolean_member (cluster, "collapsed"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cluster, "members")), ==, 3);

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "expand", WORKSHOP, "Talk to us", NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t3\t3\tno\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "remove", mail, NULL });
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t2\t3\tno\n");

  /* Mistakes change nothing. */
  run_fails (fixture, (const char *[]) { "cluster", "add", WORKSHOP, "Nonesuch", mail, NULL }, 2, "“Nonesuch”");
  run_fails (fixture, (const char *[]) { "cluster", "add", WORKSHOP, "Talk to us", mail, other, NULL }, 2,
             "workshop");
  run_fails (fixture, (const char *[]) { "cluster", "new", WORKSHOP, mail, other, NULL }, 2, "another workshop");
  run_fails (fixture, (const char *[]) { "cluster", "new", WORKSHOP, "9999", NULL }, 2, "9999");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "cluster\tTalk to us\t2\t3\tno\n");

  /* Ungrouping removes the cluster and keeps its ideas. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "ungroup", WORKSHOP, "talk to us", NULL });
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "cluster", "list", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "ideas", WORKSHOP, NULL });
  g_clear_pointer (&lines, g_strfreev);
  lines = cli_split_lines (out);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (out, "\tCall-back line\t"));
  g_assert_nonnull (strstr (out, "\tEmail receipts\t"));
  g_assert_nonnull (strstr (out, "\tChat on the website\t"));
}

static void
test_cluster_arguments (CliFixture    *fixture,
                        gconstpointer  data)
{
  const struct {
    const char *args[6];
    const char *needle;
  } cases[] = {
    { { "cluster", NULL }, "list, new, add" },
    { { "cluster", "gather", NULL }, "“gather”" },
    { { "cluster", "list", NULL }, "WORKSHOP" },
    { { "cluster", "list", WORKSHOP, "extra", NULL }, "“extra”" },
    { { "cluster", "list", WORKSHOP, "--name", "x", NULL }, "--name" },
    { { "cluster", "new", WORKSHOP, NULL }, "IDEA" },
    { { "cluster", "new", WORKSHOP, "1", "--name", NULL }, "--name" },
    { { "cluster", "add", WORKSHOP, "C", NULL }, "IDEA" },
    { { "cluster", "remove", NULL }, "IDEA" },
    { { "cluster", "rename", WORKSHOP, "A", NULL }, "NEW" },
    { { "cluster", "merge", WORKSHOP, "A", NULL }, "FROM" },
    { { "cluster", "ungroup", WORKSHOP, NULL }, "CLUSTER" },
    { { "cluster", "collapse", WORKSHOP, "A", "B", NULL }, "“B”" },
    { { "cluster", "expand", WORKSHOP, "Nonesuch", NULL }, "“Nonesuch”" },
    { { "cluster", "list", "Nowhere", NULL }, "“Nowhere”" },
  };

  create_workshop (fixture, WORKSHOP);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    run_fails (fixture, cases[i].args, 2, cases[i].needle);
}

static void
test_templates (CliFixture    *fixture,
                gconstpointer  data)
{
  const char *retro_stages[] = { "Notice the problem", "Contact us", "Get an answer", "Get it fixed", "Hear back" };
  g_autofree char *out = NULL;
  g_autofree char *idea = NULL;
  g_autofree char *question = NULL;
  g_autofree char *presets = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *steps;
  JsonObject *template;

  out = cli_run_ok (fixture, (const char *[]) { "templates", NULL });
  lines = cli_split_lines (out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], "template\tCustomer experience ideation\tbuiltin\t"));
  g_assert_cmpstr (lines[1], ==, "template\tRetrospective\tbuiltin\t" RETRO_QUESTION);

  /* The template's question, presets and stages come with it. */
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "new-workshop", "Retro", "--template", "retrospective", NULL });
  g_assert_true (g_ascii_isdigit (out[0]));
  question = room_field (fixture, "Retro", "question");
  g_assert_cmpstr (question, ==, RETRO_QUESTION);
  presets = room_field (fixture, "Retro", "timer_presets");
  g_assert_cmpstr (presets, ==, "60,180,300,600");

  idea = add_idea (fixture, "Retro", "Answer the phone faster");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "journey", "show", idea, NULL });
  node = cli_parse_json (out);
  steps = json_object_get_array_member (json_node_get_object (node), "steps");
  g_assert_cmpuint (json_array_get_length (steps), ==, G_N_ELEMENTS (retro_stages));
  for (guint i = 0; i < G_N_ELEMENTS (retro_stages); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (steps, i), "stage"),
                     ==, retro_stages[i]);

  run_fails (fixture, (const char *[]) { "new-workshop", "Lost", "--template", "Kickoff", NULL }, 2, "“Kickoff”");
  run_fails (fixture, (const char *[]) { "new-workshop", "Lost", "--template", "Kickoff", NULL }, 2,
             "Customer experience ideation, Retrospective");
  run_fails (fixture, (const char *[]) { "new-workshop", "Lost", "--template", NULL }, 2, "--template");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "workshops", NULL });
  g_assert_null (strstr (out, "Lost"));

  /* A saved template carries what the workshop has now. */
  g_free (cli_run_ok (fixture, (const char *[]) { "room", "Retro", "--timer-presets", "120,240",
                                                  "--question", "What did we learn?", NULL }));
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "templates", "--save", "Retro", "Team retro", NULL });
  g_assert_cmpstr (out, ==, "template\tTeam retro\tsaved\tWhat did we learn?\n");
  run_fails (fixture, (const char *[]) { "templates", "--save", "Retro", "team RETRO", NULL }, 2, "Team retro");

  g_free (cli_run_ok (fixture, (const char *[]) { "new-workshop", "Second retro", "--template", "Team retro", NULL }));
  g_clear_pointer (&question, g_free);
  question = room_field (fixture, "Second retro", "question");
  g_assert_cmpstr (question, ==, "What did we learn?");
  g_clear_pointer (&presets, g_free);
  presets = room_field (fixture, "Second retro", "timer_presets");
  g_assert_cmpstr (presets, ==, "120,240");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "--json", "templates", NULL });
  g_clear_pointer (&node, json_node_unref);
  node = cli_parse_json (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 3);
  template = json_array_get_object_element (json_node_get_array (node), 2);
  g_assert_cmpstr (json_object_get_string_member (template, "name"), ==, "Team retro");
  g_assert_cmpstr (json_object_get_string_member (template, "kind"), ==, "saved");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (template, "timer_presets")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (template, "stages")), ==,
                    G_N_ELEMENTS (retro_stages));

  run_fails (fixture, (const char *[]) { "templates", "--delete", "Retrospective", NULL }, 1, "Retrospective");
  run_fails (fixture, (const char *[]) { "templates", "--delete", "Nonesuch", NULL }, 2, "“Nonesuch”");
  run_fails (fixture, (const char *[]) { "templates", "--delete", NULL }, 2, "NAME");
  run_fails (fixture, (const char *[]) { "templates", "--save", "Retro", NULL }, 2, "NAME");
  run_fails (fixture, (const char *[]) { "templates", "--save", "--delete", "Retro", "X", NULL }, 2, "--save");
  run_fails (fixture, (const char *[]) { "templates", "extra", NULL }, 2, "“extra”");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "templates", "--delete", "team retro", NULL });
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "templates", NULL });
  g_clear_pointer (&lines, g_strfreev);
  lines = cli_split_lines (out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_null (strstr (out, "Team retro"));
}

static void
test_room_settings (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *long_question = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(CliResult) json = NULL;
  JsonObject *workshop;
  JsonArray *presets;

  create_workshop (fixture, WORKSHOP);

  out = cli_run_ok (fixture, (const char *[]) { "room", WORKSHOP, NULL });
  g_assert_true (g_str_has_prefix (out, "phase\tcapture\nquestion\t"));
  g_assert_true (g_str_has_suffix (out, "\nhide_authors\toff\n"));

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "room", WORKSHOP, "--hide-authors", "on",
                                                "--timer-presets", "60, 180,300", "--question",
                                                "How might we call back sooner?", NULL });
  g_assert_cmpstr (out, ==,
                   "phase\tcapture\n"
                   "question\tHow might we call back sooner?\n"
                   "timer_presets\t60,180,300\n"
                   "hide_authors\ton\n");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "room", WORKSHOP, NULL });
  g_assert_cmpstr (out, ==,
                   "phase\tcapture\n"
                   "question\tHow might we call back sooner?\n"
                   "timer_presets\t60,180,300\n"
                   "hide_authors\ton\n");

  json = cli_run_args (fixture, (const char *[]) { "--json", "workshops", NULL });
  cli_assert_success (json);
  node = cli_parse_json (json->out);
  workshop = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (workshop, "phase"), ==, "capture");
  g_assert_cmpstr (json_object_get_string_member (workshop, "question"), ==, "How might we call back sooner?");
  g_assert_true (json_object_get_boolean_member (workshop, "hide_authors"));
  presets = json_object_get_array_member (workshop, "timer_presets");
  g_assert_cmpuint (json_array_get_length (presets), ==, 3);
  g_assert_cmpint (json_array_get_int_element (presets, 2), ==, 300);

  /* A bad value anywhere changes nothing at all. */
  run_fails (fixture, (const char *[]) { "room", WORKSHOP, "--question", "Changed?",
                                         "--timer-presets", "60,soon", NULL },
             2, "“soon”");
  run_fails (fixture, (const char *[]) { "room", WORKSHOP, "--timer-presets", "0", NULL }, 2, "“0”");
  run_fails (fixture, (const char *[]) { "room", WORKSHOP, "--timer-presets", "", NULL }, 2, "--timer-presets");
  run_fails (fixture, (const char *[]) { "room", WORKSHOP, "--timer-presets", "999999", NULL }, 2, "“999999”");
  run_fails (fixture, (const char *[]) { "room", WORKSHOP, "--hide-authors", "maybe", "--question", "Changed?", NULL },
             2, "“maybe”");
  run_fails (fixture, (const char *[]) { "room", WORKSHOP, "--phase", "vote", NULL }, 2, "--phase");
  run_fails (fixture, (const char *[]) { "room", NULL }, 2, "WORKSHOP");

  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "room", WORKSHOP, "--hide-authors", "off", NULL });
  g_assert_cmpstr (out, ==,
                   "phase\tcapture\n"
                   "question\tHow might we call back sooner?\n"
                   "timer_presets\t60,180,300\n"
                   "hide_authors\toff\n");

  /* new-workshop can set the question too, with or without a template. */
  g_free (cli_run_ok (fixture, (const char *[]) { "new-workshop", "Asked",
                                                  "--question", "Why do people call twice?", NULL }));
  g_clear_pointer (&out, g_free);
  out = room_field (fixture, "Asked", "question");
  g_assert_cmpstr (out, ==, "Why do people call twice?");

  /* A question turned down leaves no workshop behind. */
  long_question = g_strnfill (600, 'q');
  run_fails (fixture, (const char *[]) { "new-workshop", "Too long", "--question", long_question, NULL },
             2, "question");
  g_clear_pointer (&out, g_free);
  out = cli_run_ok (fixture, (const char *[]) { "workshops", NULL });
  g_assert_null (strstr (out, "Too long"));

  g_clear_pointer (&json, cli_result_free);
  json = cli_run_args (fixture, (const char *[]) { "--json", "new-workshop", "Retro", "--template", "Retrospective",
                                                   "--question", "What should we stop?", NULL });
  cli_assert_success (json);
  g_clear_pointer (&node, json_node_unref);
  node = cli_parse_json (json->out);
  workshop = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (workshop, "question"), ==, "What should we stop?");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (workshop, "timer_presets")), ==, 4);
}

static void
test_help (CliFixture    *fixture,
           gconstpointer  data)
{
  const char *lines[] = {
    "\n  phase WORKSHOP [PHASE] ",
    "\n  room WORKSHOP ",
    "\n  cluster list WORKSHOP ",
    "\n  cluster new WORKSHOP IDEA… [--name NAME] ",
    "\n  cluster add WORKSHOP CLUSTER IDEA… ",
    "\n  cluster remove IDEA… ",
    "\n  cluster merge WORKSHOP INTO FROM ",
    "\n  templates ",
    "\n  templates --save WORKSHOP NAME ",
    "\n  templates --delete NAME ",
    "\n  new-workshop TITLE [--template NAME] [--question TEXT]",
  };
  g_autoptr(CliResult) help = cli_run (fixture, "--help", NULL);

  cli_assert_success (help);
  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (strstr (help->out, lines[i]) == NULL)
        g_error ("--help lacks “%s”", lines[i] + 1);
    }
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_add_test ("/cli/room/phase", test_phase);
  cli_add_test ("/cli/room/clusters", test_clusters);
  cli_add_test ("/cli/room/cluster-arguments", test_cluster_arguments);
  cli_add_test ("/cli/room/templates", test_templates);
  cli_add_test ("/cli/room/settings", test_room_settings);
  cli_add_test ("/cli/room/help", test_help);

  return g_test_run ();
}
