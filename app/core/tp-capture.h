/* tp-capture.h — the quick-capture syntax: "title #tag @author"
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What tp_capture_normalize_tags() allows. */
#define TP_CAPTURE_TAG_MAX_CHARS 50
#define TP_CAPTURE_TAGS_MAX 20

typedef struct
{
  char  *title;   /* trimmed, 1–TP_IDEA_TITLE_MAX characters */
  char  *author;  /* NULL when no @name was given */
  GStrv  tags;    /* as typed, unique ignoring case, in order; never NULL */
} TpCapture;

TpCapture *tp_capture_parse      (const char  *text,
                                  GError     **error);
void       tp_capture_free       (TpCapture   *capture);

char      *tp_capture_check_title (const char  *title,
                                   GError     **error);
GStrv      tp_capture_normalize_tags (const char * const *tags,
                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpCapture, tp_capture_free)

G_END_DECLS
