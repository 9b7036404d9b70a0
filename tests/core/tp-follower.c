/* tp-follower.c — a list model's copy kept from its items-changed alone
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-follower.h"
#include "tp-idea.h"

static void
follow_cb (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           Follower   *follower)
{
  g_assert_cmpuint (position + removed, <=, follower->copy->len);
  g_ptr_array_remove_range (follower->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (follower->copy, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (follower->copy->len, ==, g_list_model_get_n_items (model));
  follower->n_changes++;
  if (removed > 0)
    follower->most_replaced = MAX (follower->most_replaced, added);
}

Follower *
follower_new (GListModel *model)
{
  Follower *follower = g_new0 (Follower, 1);
  guint n = g_list_model_get_n_items (model);

  follower->model = g_object_ref (model);
  follower->copy = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (follower->copy, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (follow_cb), follower);

  return follower;
}

void
follower_free (Follower *follower)
{
  g_signal_handlers_disconnect_by_func (follower->model, follow_cb, follower);
  g_object_unref (follower->model);
  g_ptr_array_unref (follower->copy);
  g_free (follower);
}

/* The titles the model shows, in order, joined by commas; checks on the
 * way that the follower holds the same ideas. */
char *
shown_titles (Follower *follower)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  guint n = g_list_model_get_n_items (follower->model);

  g_assert_cmpuint (follower->copy->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (follower->model, i);

      g_assert_true (idea == g_ptr_array_index (follower->copy, i));
      g_string_append_printf (titles, "%s%s", i ? "," : "", tp_idea_get_title (idea));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

void
assert_shown (Follower   *follower,
              const char *titles)
{
  g_autofree char *shown = shown_titles (follower);

  g_assert_cmpstr (shown, ==, titles);
}
