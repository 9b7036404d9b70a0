/* test-csv-participants.c — a CSV import's votes on the same participants in every language
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app's own catalogues, as the build makes them, name the
 * participants; LANGUAGE picks one between imports, as a user would by
 * starting the app in another language.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "tp-csv-import.h"
#include "tp-store.h"
#include "tp-test.h"

typedef struct
{
  char       *dir;
  TpStore    *store;
  TpWorkshop *workshop;
} Fixture;

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext reads LANGUAGE again after the locale is set. */
  setlocale (LC_ALL, "");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-csv-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_create_workshop (fixture->store, "Call centre", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  use_language ("");
  g_assert_finalize_object (fixture->store);
  tp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
import_text (Fixture    *fixture,
             TpWorkshop *workshop,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(TpCsvImport) import = tp_csv_import_new (bytes, &error);

  g_assert_no_error (error);
  g_assert_true (tp_store_import_csv (fixture->store, workshop, import, NULL, &error));
  g_assert_no_error (error);
}

static TpParticipant *
find_participant (Fixture    *fixture,
                  TpWorkshop *workshop,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  TpParticipant *participant = tp_store_find_participant (fixture->store, workshop, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (participant);
  return participant;
}

static void
assert_votes (Fixture    *fixture,
              const char *name,
              guint       used,
              guint       budget)
{
  TpParticipant *participant = find_participant (fixture, fixture->workshop, name);

  g_assert_cmpuint (tp_participant_get_used (participant), ==, used);
  g_assert_cmpuint (tp_participant_get_budget (participant), ==, budget);
}

/* Imported in German, then in English, then in German again: one set of
 * participants, each named in the language that made it, filled in turn. */
static void
test_languages (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *participants = tp_store_get_participants (fixture->store, fixture->workshop);

  use_language ("de");
  g_assert_cmpstr (_("Imported"), !=, "Imported");
  import_text (fixture, fixture->workshop, "Title,Votes\nA,60\nB,90\n");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  assert_votes (fixture, _("Imported"), 99, 99);
  assert_votes (fixture, "Import 2", 51, 51);

  use_language ("en_GB");
  g_assert_cmpstr (_("Imported"), ==, "Imported");
  import_text (fixture, fixture->workshop, "Title,Votes\nC,60\n");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 3);
  assert_votes (fixture, "Import 2", 99, 99);
  assert_votes (fixture, "Imported 3", 12, 12);

  use_language ("de");
  import_text (fixture, fixture->workshop, "Title,Votes\nD,5\n");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 3);
  assert_votes (fixture, "Imported 3", 17, 17);
}

/* An idea's votes that a participant has no room for go on to the next
 * one: a row for each participant holding some, with its number of dots,
 * as idea:participant's import number:dots. */
static void
test_straddling (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *rows = NULL;

  import_text (fixture, fixture->workshop, "Title,Votes\nA,60\nB,90\nC,150\nD,0\n");
  rows = tp_test_query_text (tp_store_get_path (fixture->store),
                             "SELECT group_concat (row, ' ') FROM "
                             "  (SELECT i.title || ':' || p.imported || ':' || v.dots AS row FROM votes v "
                             "   JOIN ideas i ON i.id = v.idea_id JOIN participants p ON p.id = v.participant_id "
                             "   ORDER BY i.title, p.imported)");
  g_assert_cmpstr (rows, ==, "A:1:60 B:1:39 B:2:51 C:2:48 C:3:99 C:4:3");
  assert_votes (fixture, _("Imported"), 99, 99);
  assert_votes (fixture, "Imported 2", 99, 99);
  assert_votes (fixture, "Imported 3", 99, 99);
  assert_votes (fixture, "Imported 4", 3, 3);

  /* Enough rows for the import to write them in batches: 1,500 dots
   * fill Imported 4 and 14 more and start a 19th, and each idea's 5 are
   * in one row or two. */
  {
    g_autoptr(GString) text = g_string_new ("Title,Votes\n");
    g_autofree char *shape = NULL;

    for (guint i = 0; i < 300; i++)
      g_string_append_printf (text, "Idea %u,5\n", i);
    import_text (fixture, fixture->workshop, text->str);
    shape = tp_test_query_text (tp_store_get_path (fixture->store),
                                "SELECT count (*) || ' ' || min (dots) || ' ' || max (dots) || ' ' || max (n) FROM "
                                "  (SELECT sum (v.dots) AS dots, count (*) AS n FROM votes v JOIN ideas i ON i.id = v.idea_id "
                                "   WHERE i.title LIKE 'Idea %' GROUP BY v.idea_id)");
    g_assert_cmpstr (shape, ==, "300 5 5 2");
    assert_votes (fixture, "Imported 4", 99, 99);
    assert_votes (fixture, "Imported 18", 99, 99);
    assert_votes (fixture, "Imported 19", 18, 18);
  }
}

/* The participant an import made is its own after the team renames it,
 * and a participant the team calls "Imported 2" is not made twice. */
static void
test_renamed (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *participants = tp_store_get_participants (fixture->store, fixture->workshop);

  import_text (fixture, fixture->workshop, "Title,Votes\nA,4\n");
  g_assert_true (tp_store_update_participant (fixture->store, find_participant (fixture, fixture->workshop, "Imported"),
                                              "Board dots", 4, &error));
  g_assert_no_error (error);
  g_assert_nonnull (tp_store_add_participant (fixture->store, fixture->workshop, "Imported 2", 3, &error));
  g_assert_no_error (error);

  import_text (fixture, fixture->workshop, "Title,Votes\nB,100\n");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  assert_votes (fixture, "Board dots", 99, 99);
  assert_votes (fixture, "Imported 2", 5, 5);
}

/* Handed to another library in a workshop file, the participant is still
 * the import's there, though renamed, and in another language. */
static void
test_workshop_file (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "handed-over.touchpoint", NULL);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(TpStore) other = NULL;
  g_autofree char *notice = NULL;
  TpWorkshop *copy;
  TpParticipant *participant;

  use_language ("de");
  import_text (fixture, fixture->workshop, "Title,Votes\nA,3\n");
  g_assert_true (tp_store_update_participant (fixture->store, find_participant (fixture, fixture->workshop, "Import"),
                                              "Board dots", 3, &error));
  g_assert_no_error (error);
  g_assert_true (tp_store_export_workshop (fixture->store, fixture->workshop, file, &error));
  g_assert_no_error (error);

  other = tp_store_new (other_path, &error);
  g_assert_no_error (error);
  copy = tp_store_import_workshop_file (other, file, &notice, &error);
  g_assert_no_error (error);

  use_language ("en_GB");
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("Title,Votes\nB,2\n", 16);
    g_autoptr(TpCsvImport) import = tp_csv_import_new (bytes, &error);

    g_assert_no_error (error);
    g_assert_true (tp_store_import_csv (other, copy, import, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_participants (other, copy)), ==, 1);
  participant = tp_store_find_participant (other, copy, "Board dots", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_participant_get_used (participant), ==, 5);
}

/* Libraries from before the import kept the participants' numbers have
 * only their names, in whichever language made them: an import in any
 * other language finds them all the same. Each language the app ships
 * is tried against each other one. */
static void
test_older_names (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("TP_PO_DIR"), "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &linguas, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit_set (linguas, " \n", -1);
  g_ptr_array_add (languages, "C");
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_ptr_array_add (languages, lines[i]);
  g_assert_cmpuint (languages->len, >, 2);

  for (guint made = 0; made < languages->len; made++)
    for (guint now = 0; now < languages->len; now++)
      {
        g_autofree char *title = g_strdup_printf ("Made in %s, imported in %s",
                                                  (char *)languages->pdata[made], (char *)languages->pdata[now]);
        TpWorkshop *workshop = tp_store_create_workshop (fixture->store, title, &error);
        g_autofree char *name = NULL;
        TpParticipant *older;

        g_assert_no_error (error);
        use_language (languages->pdata[made]);
        name = g_strdup (_("Imported"));
        g_assert_nonnull (tp_store_add_participant (fixture->store, workshop, name, 2, &error));
        g_assert_no_error (error);

        use_language (languages->pdata[now]);
        import_text (fixture, workshop, "Title,Votes\nA,3\n");
        g_test_message ("%s", title);
        g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_participants (fixture->store, workshop)), ==, 1);
        older = find_participant (fixture, workshop, name);
        g_assert_cmpuint (tp_participant_get_used (older), ==, 3);
        g_assert_cmpuint (tp_participant_get_budget (older), ==, 3);
      }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TP_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/csv-participants/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("languages", test_languages);
  ADD ("straddling", test_straddling);
  ADD ("renamed", test_renamed);
  ADD ("workshop-file", test_workshop_file);
  ADD ("older-names", test_older_names);

#undef ADD

  return g_test_run ();
}
