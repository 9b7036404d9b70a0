/* tp-capture.c — the quick-capture syntax: "title #tag @author"
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-error.h"
#include "tp-idea.h"

#define TAG_MAX_CHARS TP_CAPTURE_TAG_MAX_CHARS
#define TAGS_PER_IDEA_MAX TP_CAPTURE_TAGS_MAX
#define AUTHOR_MAX_CHARS 100

/* Punctuation typed after a #tag or @name belongs to the sentence. */
static char *
strip_trailing_punctuation (const char *word)
{
  gsize len = strlen (word);

  while (len > 0 && strchr (".,;:!?", word[len - 1]) != NULL)
    len--;

  return g_strndup (word, len);
}

static gboolean
contains_tag (GPtrArray  *tags,
              const char *tag)
{
  g_autofree char *key = g_utf8_casefold (tag, -1);

  for (guint i = 0; i < tags->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (tags, i), -1);

      if (strcmp (key, other) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
add_tag (GPtrArray   *tags,
         const char  *raw,
         GError     **error)
{
  g_autofree char *tag = g_strchomp (g_strdelimit (g_strdup (raw), ",", ' '));
  gsize skip = 0;

  /* "# #x" or "#\f#" must not leave a tag that starts with a "#". */
  while (tag[skip] == '#' || g_ascii_isspace (tag[skip]))
    skip++;
  memmove (tag, tag + skip, strlen (tag + skip) + 1);

  if (tag[0] == '\0' || contains_tag (tags, tag))
    return TRUE;

  if (g_utf8_strlen (tag, -1) > TAG_MAX_CHARS)
    {
      g_autofree char *start = g_utf8_substring (tag, 0, 20);

      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The tag “%s…” is too long: tags can have at most %d character",
                                "The tag “%s…” is too long: tags can have at most %d characters",
                                TAG_MAX_CHARS),
                   start, TAG_MAX_CHARS);
      return FALSE;
    }

  if (tags->len >= TAGS_PER_IDEA_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An idea can have at most %d tag",
                                "An idea can have at most %d tags",
                                TAGS_PER_IDEA_MAX),
                   TAGS_PER_IDEA_MAX);
      return FALSE;
    }

  g_ptr_array_add (tags, g_steal_pointer (&tag));
  return TRUE;
}

/**
 * tp_capture_check_title:
 *
 * Returns: the trimmed title, or %NULL with @error set when it is empty,
 *   too long or not valid text.
 */
char *
tp_capture_check_title (const char  *title,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  glong n_chars;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The title is not valid UTF-8 text"));
      return NULL;
    }

  trimmed = g_strstrip (g_strdup (title));
  n_chars = g_utf8_strlen (trimmed, -1);

  if (n_chars == 0)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("An idea needs a title: type a few words before the tags and names"));
      return NULL;
    }

  if (n_chars > TP_IDEA_TITLE_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The title is %ld character long; keep it to %d and put the rest in the details",
                                "The title is %ld characters long; keep it to %d and put the rest in the details",
                                n_chars),
                   n_chars, TP_IDEA_TITLE_MAX);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/**
 * tp_capture_normalize_tags:
 *
 * Trims each tag, drops a leading "#", empty entries and repeats (ignoring
 * case, keeping the first spelling) and checks the limits.
 */
GStrv
tp_capture_normalize_tags (const char * const  *tags,
                           GError             **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      if (!g_utf8_validate (tags[i], -1, NULL))
        {
          g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                               _("A tag is not valid UTF-8 text"));
          return NULL;
        }

      if (!add_tag (out, tags[i], error))
        return NULL;
    }

  g_ptr_array_add (out, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/**
 * tp_capture_parse:
 * @text: what the facilitator typed
 *
 * Words starting with "#" become tags and a word starting with "@" names
 * the author (the last one wins); the remaining words, joined by single
 * spaces, are the title. A lone "#" or "@" is an ordinary word.
 */
TpCapture *
tp_capture_parse (const char  *text,
                  GError     **error)
{
  g_autoptr(TpCapture) capture = g_new0 (TpCapture, 1);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) title = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return NULL;
    }

  words = g_strsplit_set (text, " \t\r\n\f\v", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];

      if (word[0] == '\0')
        continue;

      if (word[0] == '#' && word[1] != '\0')
        {
          /* "#ux,perf" is two tags: a comma never belongs in one. */
          g_auto(GStrv) parts = g_strsplit (word + 1, ",", -1);

          for (guint k = 0; parts[k] != NULL; k++)
            {
              g_autofree char *tag = strip_trailing_punctuation (parts[k]);

              if (!add_tag (tags, tag, error))
                return NULL;
            }
        }
      else if (word[0] == '@' && word[1] != '\0')
        {
          g_autofree char *author = strip_trailing_punctuation (word + 1);

          if (author[0] == '\0')
            continue;

          if (g_utf8_strlen (author, -1) > AUTHOR_MAX_CHARS)
            {
              g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "The author’s name is too long: at most %d character",
                                        "The author’s name is too long: at most %d characters",
                                        AUTHOR_MAX_CHARS),
                           AUTHOR_MAX_CHARS);
              return NULL;
            }

          g_free (capture->author);
          capture->author = g_steal_pointer (&author);
        }
      else
        {
          if (title->len > 0)
            g_string_append_c (title, ' ');
          g_string_append (title, word);
        }
    }

  capture->title = tp_capture_check_title (title->str, error);
  if (capture->title == NULL)
    return NULL;

  g_ptr_array_add (tags, NULL);
  capture->tags = (GStrv)g_ptr_array_free (g_steal_pointer (&tags), FALSE);

  return g_steal_pointer (&capture);
}

void
tp_capture_free (TpCapture *capture)
{
  if (capture == NULL)
    return;

  g_free (capture->title);
  g_free (capture->author);
  g_strfreev (capture->tags);
  g_free (capture);
}
