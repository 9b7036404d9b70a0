/* test-tag-manager.c — deleting a tag in the tag manager, and taking it back with Undo
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-store.h"
#include "tp-tag-manager.h"
#include "tp-test-ui.h"

typedef struct
{
  GtkWidget  *root;
  GType       type;
  const char *text;   /* a label, a tooltip or an icon's accessible name */
} Search;

static gboolean
matches (GtkWidget  *widget,
         GType       type,
         const char *text)
{
  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, type) || !gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return TRUE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static GtkWidget *
find (GtkWidget  *root,
      GType       type,
      const char *text)
{
  if (matches (root, type, text))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, type, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
shown (gpointer data)
{
  Search *search = data;

  return find (search->root, search->type, search->text) != NULL;
}

static GtkWidget *
wait_for (GtkWidget  *root,
          GType       type,
          const char *text)
{
  Search search = { root, type, text };
  g_autofree char *what = g_strdup_printf ("“%s” to show", text);

  tp_test_wait_until (shown, &search, what);
  return find (root, type, text);
}

static gboolean
tag_gone (gpointer data)
{
  GtkWidget *window = data;

  return find (window, GTK_TYPE_BUTTON, "Delete “sales”") == NULL;
}

/* The trash button deletes at once, the ideas lose the tag, and the
 * toast's Undo puts it back, colour and all, on the same ideas. */
static void
test_delete_and_undo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-tag-manager-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "touchpoint.db", NULL);
  g_autoptr(GError) error = NULL;
  TpStore *store = tp_store_new (path, &error);
  TpWorkshop *workshop;
  TpIdea *call_back, *quote;
  GtkWidget *window, *undo;
  TpTag *sales;

  g_assert_no_error (error);
  workshop = tp_store_create_workshop (store, "Call centre", &error);
  call_back = tp_store_capture_idea (store, workshop, "Call-back line #contact #sales", &error);
  quote = tp_store_capture_idea (store, workshop, "Quote by email #sales", &error);
  g_assert_no_error (error);
  sales = tp_store_find_tag (store, workshop, "sales", NULL);
  g_assert_true (tp_store_recolour_tag (store, sales, "orange", &error));

  window = g_object_ref_sink (tp_tag_manager_new (store, workshop));
  tp_test_present_and_wait (window);

  gtk_widget_activate (wait_for (window, GTK_TYPE_BUTTON, "Delete “sales”"));
  tp_test_wait_until (tag_gone, window, "the deleted tag's row to go");
  g_assert_null (tp_store_find_tag (store, workshop, "sales", NULL));
  g_assert_cmpstrv (tp_idea_get_tags (call_back), ((const char *[]) { "contact", NULL }));
  g_assert_cmpstrv (tp_idea_get_tags (quote), ((const char *[]) { NULL }));

  /* The keyboard stays on the trash buttons, not on a name to overwrite. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == find (window, GTK_TYPE_BUTTON, "Delete “contact”"));

  /* No question first: the toast says what happened and offers Undo. */
  g_assert_null (tp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  wait_for (window, GTK_TYPE_LABEL, "Tag “sales” deleted");
  undo = wait_for (window, GTK_TYPE_BUTTON, "_Undo");
  gtk_widget_activate (undo);
  wait_for (window, GTK_TYPE_BUTTON, "Delete “sales”");

  sales = tp_store_find_tag (store, workshop, "sales", NULL);
  g_assert_nonnull (sales);
  g_assert_cmpstr (tp_tag_get_colour (sales), ==, "orange");
  g_assert_cmpstrv (tp_idea_get_tags (call_back), ((const char *[]) { "contact", "sales", NULL }));
  g_assert_cmpstrv (tp_idea_get_tags (quote), ((const char *[]) { "sales", NULL }));

  tp_test_close_and_finalize (window);
  g_assert_finalize_object (store);
  tp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!tp_test_init_display ())
    return 77;

  g_test_add_func ("/ui/tag-manager/delete-and-undo", test_delete_and_undo);

  return g_test_run ();
}
