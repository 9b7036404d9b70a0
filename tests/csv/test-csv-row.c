/* test-csv-row.c — rows of CSV read as ideas, the usual cells and the rest
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-capture.h"
#include "tp-csv-import.h"
#include "tp-error.h"
#include "tp-store-private.h"

/* Cells made of what trips up the reading of titles, authors, tags and
 * votes: white space of every kind, separators, "#" and "@", letters
 * that fold to the same key (K and the Kelvin sign, s and the long s),
 * and letters of two and three bytes. */
static char *
random_cell (guint max_length)
{
  static const char * const pieces[] = {
    " ", " ", "\t", "\v", "\n", ",", ";", "#", "@", "a", "A", "b", "B", "k", "K", "\xe2\x84\xaa",
    "s", "S", "\xc5\xbf", "\xc3\xa9", "\xc3\x89", "\xe2\x82\xac", "1", "0", "+", "-", "'", "=",
  };
  guint length = g_test_rand_int_range (0, max_length + 1);
  GString *cell = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    g_string_append (cell, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

  return g_string_free (cell, FALSE);
}

static void
append_quoted (GString    *out,
               const char *cell)
{
  g_string_append_c (out, '"');
  g_string_append (out, cell);
  g_string_append_c (out, '"');
}

/* What the import makes of one row, the long way: the checks that
 * capture and the slow paths of the reader use, on copies. */
static gboolean
expected_idea (const char  *title_cell,
               const char  *author_cell,
               const char  *tags_cell,
               const char  *votes_cell,
               char       **title,
               char       **author,
               GStrv       *tags,
               guint       *votes,
               char       **message)
{
  g_autofree char *flat = g_strdelimit (g_strdup (title_cell), "\t\r\n", ' ');
  g_autofree char *name = g_strstrip (g_strdup (author_cell));
  g_autofree char *number = g_strstrip (g_strdup (votes_cell));
  g_auto(GStrv) parts = g_strsplit (tags_cell, strchr (tags_cell, ',') ? "," : ";", -1);
  g_autoptr(GError) error = NULL;
  const char *at_name = name[0] == '@' ? name + 1 : name;
  guint64 n = 0;

  *title = NULL, *author = NULL, *tags = NULL, *votes = 0, *message = NULL;
  if (flat[strspn (flat, " ")] == '\0')
    return (*message = g_strdup ("the title is empty")), FALSE;
  if (!(*title = tp_capture_check_title (flat, &error)))
    return (*message = g_strdup (error->message)), FALSE;
  if (g_utf8_strlen (at_name, -1) > 100)
    return (*message = g_strdup ("The author’s name is too long")), FALSE;
  *author = at_name[0] != '\0' ? g_strdup (at_name) : NULL;
  if (votes_cell[strspn (votes_cell, " ")] != '\0')
    {
      if (!g_ascii_string_to_unsigned (number, 10, 0, 999, &n, NULL))
        return (*message = g_strdup ("is not a whole number from 0 to 999")), FALSE;
      *votes = n;
    }
  if (!(*tags = tp_capture_normalize_tags ((const char * const *)parts, &error)))
    return (*message = g_strdup (error->message)), FALSE;

  return TRUE;
}

/* The reader's quick paths for the usual cells give what the checks
 * they stand for would, and leave the rest to them. */
static void
test_quick_paths (void)
{
  g_autoptr(GString) text = g_string_new ("Title,Author,Tags,Votes\n");
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TpCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char * const fixed[][4] = {
    { "  Callback  ", " @Ana ", " #ux , #UX,ux;x ", " 7 " },
    { "\vvertical\v", "@ Ana", "Ärger, ärger", "007" },
    { "tab\tand\nline", "@", "\xe2\x84\xaa, k, K", "999" },
    { "\xc3\xa9", "", "\xc5\xbf;s;S", "1000" },
    { "x", "", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t", "+5" },
    { "x", "", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "" },
    { "x", "", "#  #  #,;", " " },
  };
  guint n_rows = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++, n_rows++)
    for (guint c = 0; c < 4; c++)
      g_ptr_array_add (cells, g_strdup (fixed[i][c]));

  /* Titles and tags at the limits, in letters of one to three bytes. */
  for (guint i = 0; i < 6; i++, n_rows++)
    {
      const char *letter = (const char *[]) { "e", "\xc3\xa9", "\xe2\x82\xac" }[i % 3];
      g_autoptr(GString) title = g_string_new (NULL);
      g_autoptr(GString) tag = g_string_new (NULL);

      for (guint k = 0; k < 199 + i / 3 * 2; k++)
        g_string_append (title, letter);
      for (guint k = 0; k < 49 + i / 3 * 2; k++)
        g_string_append (tag, letter);
      g_ptr_array_add (cells, g_string_free (g_steal_pointer (&title), FALSE));
      g_ptr_array_add (cells, g_strdup ("Ana"));
      g_ptr_array_add (cells, g_strdup_printf ("short, %s", tag->str));
      g_ptr_array_add (cells, g_strdup ("1"));
    }

  for (guint i = 0; i < 2000; i++, n_rows++)
    {
      g_ptr_array_add (cells, random_cell (g_test_rand_int_range (0, 4) == 0 ? 210 : 12));
      g_ptr_array_add (cells, random_cell (6));
      g_ptr_array_add (cells, random_cell (16));
      g_ptr_array_add (cells, random_cell (3));
    }

  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < 4; c++)
        {
          if (c > 0)
            g_string_append_c (text, ',');
          append_quoted (text, g_ptr_array_index (cells, r * 4 + c));
        }
      g_string_append_c (text, '\n');
    }

  {
    g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);

    import = tp_csv_import_new (bytes, &error);
  }
  g_assert_no_error (error);

  for (guint r = 0, row = 0; r < n_rows; r++)
    {
      g_autoptr(GError) read_error = NULL;
      g_autofree char *title = NULL;
      g_autofree char *author = NULL;
      g_auto(GStrv) tags = NULL;
      g_autofree char *message = NULL;
      const char *cell[4];
      gboolean blank = TRUE;
      guint votes;
      gboolean expected;
      TpCsvIdea idea;

      /* A row the reader skips as blank is not one of its rows. */
      for (guint c = 0; c < 4; c++)
        {
          const char *raw = g_ptr_array_index (cells, r * 4 + c);

          blank = blank && raw[strspn (raw, " \t")] == '\0';
        }
      if (blank)
        continue;

      for (guint c = 0; c < 4; c++)
        cell[c] = tp_csv_import_get_field (import, row, c);
      expected = expected_idea (cell[0], cell[1], cell[2], cell[3], &title, &author, &tags, &votes, &message);

      g_test_message ("row %u: “%s” “%s” “%s” “%s”", row, cell[0], cell[1], cell[2], cell[3]);
      if (!expected)
        {
          g_assert_false (tp_csv_import_read_idea (import, row, &idea, &read_error));
          g_assert_nonnull (strstr (read_error->message, message));
        }
      else
        {
          g_assert_true (tp_csv_import_read_idea (import, row, &idea, &read_error));
          g_assert_no_error (read_error);
          g_assert_cmpstr (idea.title, ==, title);
          g_assert_cmpstr (idea.author, ==, author);
          g_assert_cmpstrv ((GStrv)idea.tags, tags);
          g_assert_cmpuint (idea.n_tags, ==, g_strv_length (tags));
          g_assert_cmpuint (idea.votes, ==, votes);
          g_assert_cmpstr (idea.details, ==, "");
          tp_csv_idea_clear (&idea);
        }
      row++;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv-row/quick-paths", test_quick_paths);
  return g_test_run ();
}
