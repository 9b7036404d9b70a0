/* test-capture.c — the quick-capture syntax
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-capture.h"
#include "tp-error.h"

#include <string.h>

static void
assert_tags (TpCapture          *capture,
             const char * const *expected)
{
  g_assert_cmpstrv (capture->tags, expected);
}

static void
test_title_tags_author (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture =
    tp_capture_parse ("Call-back line for customers #contact #sales @Jerry", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (capture->title, ==, "Call-back line for customers");
  g_assert_cmpstr (capture->author, ==, "Jerry");
  assert_tags (capture, (const char *[]) { "contact", "sales", NULL });
}

static void
test_words_anywhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture =
    tp_capture_parse ("  #cx  Survey the   whole journey, @Ana. #CX #survey  ", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (capture->title, ==, "Survey the whole journey,");
  g_assert_cmpstr (capture->author, ==, "Ana");
  /* The same tag in another case is one tag, spelled as first typed. */
  assert_tags (capture, (const char *[]) { "cx", "survey", NULL });
}

static void
test_only_tags (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture = tp_capture_parse ("#contact #sales @Jerry", &error);

  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_null (capture);
  g_assert_nonnull (strstr (error->message, "title"));
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (tp_capture_parse ("   \t ", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
}

static void
test_lone_markers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture = tp_capture_parse ("Rank # by @ votes", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (capture->title, ==, "Rank # by @ votes");
  g_assert_null (capture->author);
  assert_tags (capture, (const char *[]) { NULL });
}

static void
test_unicode (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture =
    tp_capture_parse ("Rückruf für Kundinnen 📞 #Straße #STRASSE #kundenservice @Zoë", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (capture->title, ==, "Rückruf für Kundinnen 📞");
  g_assert_cmpstr (capture->author, ==, "Zoë");
  /* Case folding makes Straße and STRASSE the same tag. */
  assert_tags (capture, (const char *[]) { "Straße", "kundenservice", NULL });
}

static void
test_title_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *t200 = g_strnfill (199, 'a');
  g_autofree char *ok = g_strconcat (t200, "é", NULL);
  g_autofree char *too_long = g_strconcat (ok, "b", NULL);
  g_autoptr(TpCapture) fits = NULL;
  g_autoptr(TpCapture) over = NULL;

  fits = tp_capture_parse (ok, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (fits->title, -1), ==, 200);

  over = tp_capture_parse (too_long, &error);
  g_assert_null (over);
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "201"));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (tp_capture_parse ("bad \xff\xfe text", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
}

static void
test_comma_separates_tags (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture = tp_capture_parse ("Faster checkout #ux,perf,", &error);

  g_assert_no_error (error);
  assert_tags (capture, (const char *[]) { "ux", "perf", NULL });
}

/* Found by fuzzing: a form feed between hashes left a tag "#". */
static void
test_hashes_and_odd_spaces (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture = tp_capture_parse ("Idea ###\f# #\v#x ##", &error);

  /* A lone "#" stays an ordinary word of the title. */
  g_assert_no_error (error);
  g_assert_cmpstr (capture->title, ==, "Idea # #");
  assert_tags (capture, (const char *[]) { "x", NULL });
}

static void
test_normalize_tags (void)
{
  g_autoptr(GError) error = NULL;
  const char *input[] = { " #Sales ", "sales", "", "contact", NULL };
  g_auto(GStrv) tags = tp_capture_normalize_tags (input, &error);

  g_assert_no_error (error);
  g_assert_cmpstrv (tags, ((const char *[]) { "Sales", "contact", NULL }));
}

static void
test_too_many_tags (void)
{
  g_autoptr(GString) text = g_string_new ("Idea");
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 21; i++)
    g_string_append_printf (text, " #t%d", i);

  g_assert_null (tp_capture_parse (text->str, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capture/title-tags-author", test_title_tags_author);
  g_test_add_func ("/capture/words-anywhere", test_words_anywhere);
  g_test_add_func ("/capture/only-tags", test_only_tags);
  g_test_add_func ("/capture/empty", test_empty);
  g_test_add_func ("/capture/lone-markers", test_lone_markers);
  g_test_add_func ("/capture/unicode", test_unicode);
  g_test_add_func ("/capture/title-length", test_title_length);
  g_test_add_func ("/capture/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/capture/comma-separates-tags", test_comma_separates_tags);
  g_test_add_func ("/capture/hashes-and-odd-spaces", test_hashes_and_odd_spaces);
  g_test_add_func ("/capture/normalize-tags", test_normalize_tags);
  g_test_add_func ("/capture/too-many-tags", test_too_many_tags);

  return g_test_run ();
}
