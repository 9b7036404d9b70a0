/* tp-follower.h — a list model's copy kept from its items-changed alone,
 * so that every change a model announces is checked to be the truth
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  GListModel *model;
  GPtrArray  *copy;
  guint       n_changes;
  guint       most_replaced;  /* the most rows a change put in where it took some out */
} Follower;

Follower *follower_new    (GListModel *model);
void      follower_free   (Follower   *follower);
char     *shown_titles    (Follower   *follower);
void      assert_shown    (Follower   *follower,
                           const char *titles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Follower, follower_free)

G_END_DECLS
