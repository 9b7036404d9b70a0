/* tp-window.c — the main window: workshops beside the ideas of the open one
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-idea-editor.h"
#include "tp-idea-row.h"
#include "tp-window.h"
#include "tp-window-private.h"
#include "tp-workshop-row.h"

struct _TpWindow
{
  AdwApplicationWindow  parent_instance;

  TpStore              *store;
  GSettings            *settings;

  TpWorkshop           *workshop;
  GListModel           *ideas;
  GtkSingleSelection   *workshop_selection;
  GtkSingleSelection   *idea_selection;
  GtkSortListModel     *sorted_ideas;
  gulong                anonymous_notify_id;
  gulong                title_notify_id;

  /* The one deletion that an Undo toast still offers to take back. */
  AdwToast             *undo_toast;
  GObject              *undo_item;
  gint64                undo_toast_added_at;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_library_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListView          *workshops_view;
  AdwWindowTitle       *content_title;
  GtkToggleButton      *anonymous_button;
  GtkEntry             *capture_entry;
  GtkRevealer          *capture_error_revealer;
  GtkLabel             *capture_error_label;
  GtkStack             *ideas_stack;
  AdwStatusPage        *no_ideas_page;
  GtkScrolledWindow    *ideas_scroller;
  GtkListView          *ideas_view;
};

/* Longer than the toast overlay's entrance animation (at most 500 ms). */
#define TOAST_SETTLE_MS 600

G_DEFINE_FINAL_TYPE (TpWindow, tp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TpWindow *
tp_window_new (TpStore   *store,
               GSettings *settings)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (TP_TYPE_WINDOW,
                       "store", store,
                       "settings", settings,
                       NULL);
}

TpStore *
tp_window_get_store (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->store;
}

TpWorkshop *
tp_window_get_workshop (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->workshop;
}

GtkWidget *
tp_window_get_part (TpWindow     *self,
                    TpWindowPart  part)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  switch (part)
    {
    case TP_WINDOW_PART_CAPTURE_ENTRY:
      return GTK_WIDGET (self->capture_entry);
    case TP_WINDOW_PART_CAPTURE_ERROR:
      return GTK_WIDGET (self->capture_error_revealer);
    case TP_WINDOW_PART_IDEAS_VIEW:
      return GTK_WIDGET (self->ideas_view);
    case TP_WINDOW_PART_NO_IDEAS_PAGE:
      return GTK_WIDGET (self->no_ideas_page);
    case TP_WINDOW_PART_EMPTY_LIBRARY_PAGE:
      return GTK_WIDGET (self->empty_library_page);
    case TP_WINDOW_PART_WORKSHOPS_VIEW:
      return GTK_WIDGET (self->workshops_view);
    case TP_WINDOW_PART_ANONYMOUS_BUTTON:
      return GTK_WIDGET (self->anonymous_button);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
show_toast (TpWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error_toast (TpWindow     *self,
                  const GError *error)
{
  show_toast (self, error->message);
}

/* Undo */

static void
forget_undo (TpWindow *self)
{
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);

  g_clear_object (&self->undo_toast);
  g_clear_object (&self->undo_item);
}

static void
purge_trash (TpWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!tp_store_purge_trash (self->store, &error))
    g_debug ("Could not purge the trash: %s", error->message);
}

static gboolean
dismiss_toast_cb (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));
  return G_SOURCE_REMOVE;
}

/* libadwaita 1.2 crashes when a toast is dismissed before its entrance
 * animation has ended, so a toast that just appeared is given time. */
static void
dismiss_toast_safely (AdwToast *toast,
                      gint64    added_at)
{
  gint64 shown_ms = (g_get_monotonic_time () - added_at) / 1000;

  if (shown_ms >= TOAST_SETTLE_MS)
    adw_toast_dismiss (toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, TOAST_SETTLE_MS - shown_ms,
                        dismiss_toast_cb, g_object_ref (toast), g_object_unref);
}

static void
undo_toast_dismissed_cb (TpWindow *self,
                         AdwToast *toast)
{
  if (toast != self->undo_toast)
    return;

  /* Dismissed without Undo: the deletion is final. */
  forget_undo (self);
  purge_trash (self);
}

static void
offer_undo (TpWindow   *self,
            GObject    *item,
            const char *message)
{
  AdwToast *toast;

  if (self->undo_toast != NULL)
    {
      g_autoptr(AdwToast) previous = g_object_ref (self->undo_toast);
      gint64 added_at = self->undo_toast_added_at;

      forget_undo (self);
      dismiss_toast_safely (previous, added_at);
      purge_trash (self);
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  self->undo_toast = g_object_ref (toast);
  self->undo_toast_added_at = g_get_monotonic_time ();
  self->undo_item = g_object_ref (item);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GObject) item = NULL;
  g_autoptr(GError) error = NULL;
  gboolean restored;

  if (self->undo_item == NULL)
    return;

  toast = g_steal_pointer (&self->undo_toast);
  item = g_steal_pointer (&self->undo_item);
  g_signal_handlers_disconnect_by_data (toast, self);
  dismiss_toast_safely (toast, self->undo_toast_added_at);

  if (TP_IS_IDEA (item))
    restored = tp_store_restore_idea (self->store, TP_IDEA (item), &error);
  else
    restored = tp_store_restore_workshop (self->store, TP_WORKSHOP (item), &error);

  if (!restored)
    {
      show_error_toast (self, error);
      return;
    }

  if (TP_IS_WORKSHOP (item))
    tp_window_set_workshop (self, TP_WORKSHOP (item));
}

/* The open workshop */

static void
update_ideas_page (TpWindow *self)
{
  guint n_ideas = 0;
  g_autofree char *subtitle = NULL;

  if (self->ideas != NULL)
    n_ideas = g_list_model_get_n_items (self->ideas);

  gtk_stack_set_visible_child_name (self->ideas_stack,
                                    n_ideas > 0 ? "ideas" : "no-ideas");

  if (self->workshop != NULL)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_ideas),
                                n_ideas);
  adw_window_title_set_subtitle (self->content_title, subtitle);
}

static void
ideas_changed_cb (TpWindow   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  update_ideas_page (self);
}

static void
update_capture_hint (TpWindow *self)
{
  gboolean anonymous = self->workshop != NULL && tp_workshop_get_anonymous (self->workshop);

  if (anonymous)
    gtk_entry_set_placeholder_text (self->capture_entry,
                                    _("Type an idea, #tag it — authors stay anonymous — Enter adds it"));
  else
    gtk_entry_set_placeholder_text (self->capture_entry,
                                    _("Type an idea, #tag it, @name its author — Enter adds it"));
}

static void
workshop_anonymous_changed_cb (TpWindow   *self,
                               GParamSpec *pspec,
                               TpWorkshop *workshop)
{
  gboolean anonymous = tp_workshop_get_anonymous (workshop);

  if (gtk_toggle_button_get_active (self->anonymous_button) != anonymous)
    gtk_toggle_button_set_active (self->anonymous_button, anonymous);

  update_capture_hint (self);
}

static void
workshop_title_changed_cb (TpWindow   *self,
                           GParamSpec *pspec,
                           TpWorkshop *workshop)
{
  adw_window_title_set_title (self->content_title, tp_workshop_get_title (workshop));
}

static void
clear_capture_error (TpWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->capture_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_entry), NULL);
  gtk_revealer_set_reveal_child (self->capture_error_revealer, FALSE);
}

static void
show_capture_error (TpWindow   *self,
                    const char *message)
{
  gtk_widget_add_css_class (GTK_WIDGET (self->capture_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_entry), message);
  gtk_label_set_text (self->capture_error_label, message);
  gtk_revealer_set_reveal_child (self->capture_error_revealer, TRUE);
}

static void
select_workshop_in_sidebar (TpWindow *self)
{
  GListModel *model = G_LIST_MODEL (self->workshop_selection);
  guint n = g_list_model_get_n_items (model);

  if (self->workshop == NULL)
    return;

  if (gtk_single_selection_get_selected_item (self->workshop_selection) == (gpointer)self->workshop)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (model, i);

      if (workshop == self->workshop)
        {
          gtk_single_selection_set_selected (self->workshop_selection, i);
          return;
        }
    }
}

static void
release_workshop (TpWindow *self)
{
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_func (self->ideas, ideas_changed_cb, self);
  g_clear_signal_handler (&self->anonymous_notify_id, self->workshop);
  g_clear_signal_handler (&self->title_notify_id, self->workshop);

  g_clear_object (&self->ideas);
  g_clear_object (&self->workshop);
}

void
tp_window_set_workshop (TpWindow   *self,
                        TpWorkshop *workshop)
{
  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (workshop == NULL || TP_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  release_workshop (self);
  clear_capture_error (self);

  if (workshop != NULL)
    {
      self->workshop = g_object_ref (workshop);
      self->ideas = g_object_ref (tp_store_get_ideas (self->store, workshop));
      g_signal_connect_object (self->ideas, "items-changed",
                               G_CALLBACK (ideas_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->anonymous_notify_id =
        g_signal_connect_object (workshop, "notify::anonymous",
                                 G_CALLBACK (workshop_anonymous_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      self->title_notify_id =
        g_signal_connect_object (workshop, "notify::title",
                                 G_CALLBACK (workshop_title_changed_cb), self,
                                 G_CONNECT_SWAPPED);

      workshop_title_changed_cb (self, NULL, workshop);
      workshop_anonymous_changed_cb (self, NULL, workshop);

      if (self->settings != NULL)
        g_settings_set_int64 (self->settings, "last-workshop", tp_workshop_get_id (workshop));
    }
  else
    {
      adw_window_title_set_title (self->content_title, NULL);
    }

  gtk_sort_list_model_set_model (self->sorted_ideas, self->ideas);
  gtk_editable_set_text (GTK_EDITABLE (self->capture_entry), "");
  update_ideas_page (self);
  select_workshop_in_sidebar (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-workshop", workshop != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-workshop", workshop != NULL);

  if (workshop != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "library");
      /* When folded, the entry that has the focus must be on screen. */
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

static void
workshop_selected_cb (TpWindow           *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  tp_window_set_workshop (self, gtk_single_selection_get_selected_item (selection));
}

static void
workshops_changed_cb (TpWindow   *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (self->main_stack, empty ? "empty" : "library");
  if (empty)
    tp_window_set_workshop (self, NULL);
}

static TpWorkshop *
find_workshop (TpWindow *self,
               gint64    id)
{
  if (id <= 0)
    return self->workshop;

  return tp_store_lookup_workshop (self->store, id);
}

/* The idea whose row has the keyboard focus, or failing that the
 * selected one: Tab can focus a row without selecting it. */
static TpIdea *
find_focused_idea (TpWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->ideas_view)))
    {
      GtkWidget *child = gtk_widget_get_first_child (focus);

      if (TP_IS_IDEA_ROW (focus))
        row = focus;
      else if (child != NULL && TP_IS_IDEA_ROW (child))
        row = child;
      else
        row = gtk_widget_get_ancestor (focus, TP_TYPE_IDEA_ROW);
    }

  if (row != NULL && tp_idea_row_get_idea (TP_IDEA_ROW (row)) != NULL)
    return tp_idea_row_get_idea (TP_IDEA_ROW (row));

  return gtk_single_selection_get_selected_item (self->idea_selection);
}

static TpIdea *
find_idea (TpWindow *self,
           gint64    id)
{
  guint n;

  if (id <= 0)
    return find_focused_idea (self);

  if (self->ideas == NULL)
    return NULL;

  n = g_list_model_get_n_items (self->ideas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (self->ideas, i);

      if (tp_idea_get_id (idea) == id)
        return idea;
    }

  return NULL;
}

/* Template callbacks */

static void
workshop_activated_cb (TpWindow    *self,
                       guint        position,
                       GtkListView *view)
{
  gtk_single_selection_set_selected (self->workshop_selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}

static void
back_clicked_cb (TpWindow  *self,
                 GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
anonymous_toggled_cb (TpWindow        *self,
                      GtkToggleButton *button)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_toggle_button_get_active (button);

  if (self->workshop == NULL || tp_workshop_get_anonymous (self->workshop) == active)
    return;

  if (!tp_store_set_workshop_anonymous (self->store, self->workshop, active, &error))
    {
      gtk_toggle_button_set_active (button, !active);
      show_error_toast (self, error);
      return;
    }

  show_toast (self, active ? _("Anonymous capture on: authors are not recorded")
                           : _("Anonymous capture off"));
}

static void
capture_activated_cb (TpWindow *self,
                      GtkEntry *entry)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GtkAdjustment *vadjustment;

  if (self->workshop == NULL || trimmed[0] == '\0')
    return;

  if (!tp_store_capture_idea (self->store, self->workshop, text, &error))
    {
      show_capture_error (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  clear_capture_error (self);

  /* Newest first: show the idea just added. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->ideas_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

static void
capture_changed_cb (TpWindow *self,
                    GtkEntry *entry)
{
  clear_capture_error (self);
}

static void
idea_activated_cb (TpWindow    *self,
                   guint        position,
                   GtkListView *view)
{
  g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->idea_selection), position);

  if (idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-idea", "x", tp_idea_get_id (idea));
}

/* Actions */

static void
new_workshop_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop;

  workshop = tp_store_create_workshop (self->store, NULL, &error);
  if (workshop == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  tp_window_set_workshop (self, workshop);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}

typedef struct
{
  TpWindow   *window;
  TpWorkshop *workshop;
  GtkEditable *entry;
} RenameRequest;

static void
rename_request_free (gpointer  data,
                     GClosure *closure)
{
  RenameRequest *request = data;

  g_clear_object (&request->workshop);
  g_free (request);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RenameRequest    *request)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  if (!tp_store_rename_workshop (request->window->store, request->workshop,
                                 gtk_editable_get_text (request->entry), &error))
    show_error_toast (request->window, error);
}

static void
rename_text_changed_cb (AdwMessageDialog *dialog,
                        GtkEditable      *entry)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", trimmed[0] != '\0');
}

static void
rename_workshop_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  TpWorkshop *workshop = find_workshop (self, g_variant_get_int64 (parameter));
  RenameRequest *request;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (workshop == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Workshop"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), tp_workshop_get_title (workshop));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Workshop title"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  request = g_new0 (RenameRequest, 1);
  request->window = self;
  request->workshop = g_object_ref (workshop);
  request->entry = GTK_EDITABLE (entry);
  g_signal_connect_data (dialog, "response",
                         G_CALLBACK (rename_response_cb), request,
                         rename_request_free, 0);
  g_signal_connect_object (entry, "changed",
                           G_CALLBACK (rename_text_changed_cb), dialog,
                           G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
delete_workshop_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  TpWorkshop *found = find_workshop (self, g_variant_get_int64 (parameter));
  g_autoptr(TpWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (found == NULL)
    return;

  workshop = g_object_ref (found);
  if (!tp_store_trash_workshop (self->store, workshop, &error))
    {
      show_error_toast (self, error);
      return;
    }

  /* Translators: %s is the workshop's title */
  message = g_strdup_printf (_("Workshop “%s” deleted"), tp_workshop_get_title (workshop));
  offer_undo (self, G_OBJECT (workshop), message);
}

static void
edit_idea_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  TpIdea *idea = find_idea (self, g_variant_get_int64 (parameter));
  TpIdeaEditor *editor;

  if (idea == NULL)
    return;

  editor = tp_idea_editor_new (self->store, idea);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
delete_idea_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  TpIdea *found = find_idea (self, g_variant_get_int64 (parameter));
  g_autoptr(TpIdea) idea = NULL;
  g_autoptr(GError) error = NULL;

  if (found == NULL)
    return;

  idea = g_object_ref (found);
  if (!tp_store_trash_idea (self->store, idea, &error))
    {
      show_error_toast (self, error);
      return;
    }

  offer_undo (self, G_OBJECT (idea), _("Idea deleted"));
}

/* Setup */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 id_a = tp_idea_get_id ((TpIdea *)a);
  gint64 id_b = tp_idea_get_id ((TpIdea *)b);

  /* Ids grow in capture order. */
  return (id_a < id_b) - (id_a > id_b);
}

static void
setup_workshops (TpWindow *self)
{
  GListModel *workshops = tp_store_get_workshops (self->store);

  self->workshop_selection = gtk_single_selection_new (g_object_ref (workshops));
  gtk_single_selection_set_autoselect (self->workshop_selection, TRUE);
  gtk_single_selection_set_can_unselect (self->workshop_selection, FALSE);

  gtk_list_view_set_model (self->workshops_view, GTK_SELECTION_MODEL (self->workshop_selection));

  g_signal_connect_object (workshops, "items-changed",
                           G_CALLBACK (workshops_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workshop_selection, "notify::selected-item",
                           G_CALLBACK (workshop_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
setup_ideas (TpWindow *self)
{
  GtkCustomSorter *sorter;
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  sorter = gtk_custom_sorter_new (compare_newest_first, NULL, NULL);
  self->sorted_ideas = gtk_sort_list_model_new (NULL, GTK_SORTER (sorter));
  self->idea_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_ideas)));
  gtk_single_selection_set_autoselect (self->idea_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->idea_selection, TRUE);

  gtk_list_view_set_model (self->ideas_view, GTK_SELECTION_MODEL (self->idea_selection));

  /* Delete only means "delete the idea" while the focus is in the list,
   * never while typing in the capture entry. */
  shortcuts = gtk_shortcut_controller_new ();
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new_with_arguments (trigger,
                                                                         gtk_named_action_new ("win.delete-idea"),
                                                                         "x", (gint64)0));
  gtk_widget_add_controller (GTK_WIDGET (self->ideas_view), shortcuts);
}

static void
restore_window_state (TpWindow *self)
{
  TpWorkshop *workshop = NULL;
  int width, height;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
      if (width > 0 && height > 0)
        gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));

      workshop = tp_store_lookup_workshop (self->store,
                                           g_settings_get_int64 (self->settings, "last-workshop"));
    }

  if (workshop == NULL)
    workshop = gtk_single_selection_get_selected_item (self->workshop_selection);

  workshops_changed_cb (self, 0, 0, 0, tp_store_get_workshops (self->store));
  tp_window_set_workshop (self, workshop);
}

static gboolean
tp_window_close_request (GtkWindow *window)
{
  TpWindow *self = TP_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (tp_window_parent_class)->close_request (window);
}

static void
tp_window_constructed (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  G_OBJECT_CLASS (tp_window_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));

  setup_workshops (self);
  setup_ideas (self);
  restore_window_state (self);
}

static void
tp_window_dispose (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  /* A toast still on screen when the window goes means nobody undid it. */
  if (self->undo_toast != NULL)
    {
      forget_undo (self);
      purge_trash (self);
    }

  release_workshop (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WINDOW);

  g_clear_object (&self->idea_selection);
  g_clear_object (&self->sorted_ideas);
  g_clear_object (&self->workshop_selection);

  G_OBJECT_CLASS (tp_window_parent_class)->dispose (object);
}

static void
tp_window_finalize (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tp_window_parent_class)->finalize (object);
}

static void
tp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TpWindow *self = TP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TpWindow *self = TP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      tp_window_set_workshop (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_window_class_init (TpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tp_window_constructed;
  object_class->dispose = tp_window_dispose;
  object_class->finalize = tp_window_finalize;
  object_class->get_property = tp_window_get_property;
  object_class->set_property = tp_window_set_property;

  window_class->close_request = tp_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         TP_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list factories in the template name these row types. */
  g_type_ensure (TP_TYPE_IDEA_ROW);
  g_type_ensure (TP_TYPE_WORKSHOP_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-window.ui");

  gtk_widget_class_bind_template_child (widget_class, TpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, empty_library_page);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, workshops_view);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, anonymous_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, capture_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, capture_error_label);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, ideas_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, no_ideas_page);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, ideas_scroller);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, ideas_view);

  gtk_widget_class_bind_template_callback (widget_class, workshop_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, anonymous_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, capture_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, capture_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, idea_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-workshop", NULL, new_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.rename-workshop", "x", rename_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.delete-workshop", "x", delete_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.edit-idea", "x", edit_idea_action);
  gtk_widget_class_install_action (widget_class, "win.delete-idea", "x", delete_idea_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-workshop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-workshop", "x", (gint64)0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
tp_window_init (TpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
