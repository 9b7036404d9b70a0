/* fuzz-capture.c — libFuzzer target for the quick-capture parser
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-capture.h"
#include "tp-idea.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCapture) capture = tp_capture_parse (text, &error);

  /* Either a clean refusal or an idea that keeps the parser's promises. */
  if (capture == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  g_assert (g_utf8_validate (capture->title, -1, NULL));
  g_assert (g_utf8_strlen (capture->title, -1) >= 1);
  g_assert (g_utf8_strlen (capture->title, -1) <= TP_IDEA_TITLE_MAX);
  g_assert (capture->tags != NULL);
  for (guint i = 0; capture->tags[i]; i++)
    g_assert (capture->tags[i][0] != '\0' && capture->tags[i][0] != '#');

  return 0;
}
