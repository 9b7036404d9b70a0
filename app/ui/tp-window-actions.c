/* tp-window-actions.c — what the main window does: its actions, the Undo toast, the and the rename dialog
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-idea-editor.h"
#include "tp-persona-editor.h"
#include "tp-tag-manager.h"
#include "tp-template-chooser.h"
#include "tp-window-private.h"

/* Longer than the toast overlay's entrance animation (at most 500 ms). */
#define TOAST_SETTLE_MS 600

static void
show_error_toast (TpWindow     *self,
                  const GError *error)
{
  _tp_window_show_toast (self, error->message);
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

typedef struct
{
  AdwToast *toast;
  gint64    due;      /* monotonic time the entrance has surely ended by */
  guint     frames;   /* drawn since then */
} Dismissal;

static void
dismissal_free (gpointer data)
{
  Dismissal *dismissal = data;

  g_object_unref (dismissal->toast);
  g_free (dismissal);
}

/* The entrance animation ends on a frame, not on a clock: a window whose
 * frames stall (a busy machine) can still be animating long after its
 * duration. So the toast goes on the second frame drawn after it is due,
 * when the animation has had a frame of its own to end on. */
static gboolean
dismiss_on_frame_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  Dismissal *dismissal = data;

  if (gdk_frame_clock_get_frame_time (clock) < dismissal->due || ++dismissal->frames < 2)
    return G_SOURCE_CONTINUE;

  adw_toast_dismiss (dismissal->toast);
  return G_SOURCE_REMOVE;
}

/* libadwaita 1.2 crashes when a toast is dismissed before its entrance
 * animation has ended, so a toast that just appeared is given time. A
 * window that is not drawn any more runs no animation, and takes its
 * toasts with it. */
static void
dismiss_toast_safely (TpWindow *self,
                      AdwToast *toast,
                      gint64    added_at)
{
  Dismissal *dismissal = g_new0 (Dismissal, 1);

  dismissal->toast = g_object_ref (toast);
  dismissal->due = added_at + TOAST_SETTLE_MS * G_TIME_SPAN_MILLISECOND;
  gtk_widget_add_tick_callback (GTK_WIDGET (self->toast_overlay), dismiss_on_frame_cb,
                                dismissal, dismissal_free);
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
      dismiss_toast_safely (self, previous, added_at);
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
  dismiss_toast_safely (self, toast, self->undo_toast_added_at);

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

/* Finding what an action is about */

static TpWorkshop *
find_workshop (TpWindow *self,
               gint64    id)
{
  if (id <= 0)
    return self->workshop;

  return tp_store_lookup_workshop (self->store, id);
}

static TpIdea *
find_focused_idea (TpWindow *self)
{
  if (self->workshop_view == NULL)
    return NULL;

  return tp_workshop_view_get_focused_idea (self->workshop_view);
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

/* Actions */

static void
child_window_closed_cb (TpWindow  *self,
                        GtkWidget *child)
{
  _tp_window_update_perception_gap (self);
}

static void
walk_recorded_cb (TpWindow *self,
                  TpWalk   *walk,
                  GObject  *source)
{
  _tp_window_update_perception_gap (self);
}

static void
present_child_window (TpWindow  *self,
                      GtkWindow *child)
{
  gtk_window_set_transient_for (child, GTK_WINDOW (self));
  g_signal_connect_object (child, "destroy",
                           G_CALLBACK (child_window_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (child);
}

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
  tp_workshop_view_focus_capture (self->workshop_view);
}

static void
workshop_created_cb (TpWindow          *self,
                     TpWorkshop        *workshop,
                     TpTemplateChooser *chooser)
{
  tp_window_set_workshop (self, workshop);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  /* A template may start the workshop in any phase; the room begins by
   * capturing all the same. */
  tp_workshop_view_set_visible_view (self->workshop_view, TP_WORKSHOP_VIEW_IDEAS);
  tp_workshop_view_focus_capture (self->workshop_view);
}

static void
new_workshop_from_template_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  GtkWidget *chooser = tp_template_chooser_new (self->store);

  g_signal_connect_object (chooser, "workshop-created",
                           G_CALLBACK (workshop_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_modal (GTK_WINDOW (chooser), TRUE);
  present_child_window (self, GTK_WINDOW (chooser));
}

static void
save_as_template_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);

  if (self->workshop == NULL)
    return;

  tp_template_save_dialog_present (GTK_WINDOW (self), self->store, self->workshop);
}

static void
manage_tags_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);

  if (self->workshop == NULL)
    return;

  present_child_window (self, GTK_WINDOW (tp_tag_manager_new (self->store, self->workshop)));
}

static void
toggle_timer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);

  gtk_widget_activate_action (self->timer_button, "timer.toggle", NULL);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);

  if (self->workshop_view == NULL)
    return;

  tp_workshop_view_set_visible_view (self->workshop_view, g_variant_get_string (parameter, NULL));
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  tp_window_set_presenting (TP_WINDOW (widget), FALSE);
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
  g_signal_connect_object (editor, "walk-recorded",
                           G_CALLBACK (walk_recorded_cb), self,
                           G_CONNECT_SWAPPED);
  present_child_window (self, GTK_WINDOW (editor));
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

static void
personas_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);

  if (self->workshop == NULL)
    return;

  present_child_window (self, GTK_WINDOW (tp_persona_editor_new (self->store, self->workshop)));
}

/* The shortcuts window is built the first time someone asks for it
 * rather than with the window: nobody sees it before then. The resource
 * is not at gtk/help-overlay.ui, where GtkApplication would build one
 * for every window it is given. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/touchpointapp/Touchpoint/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Keeps this action, which is already there by the same name. */
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

void
_tp_window_actions_init (TpWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-help-overlay", show_help_overlay_activated },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

void
_tp_window_update_actions (TpWindow *self)
{
  gboolean open = self->workshop != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-workshop", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-workshop", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.personas", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.manage-tags", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as-template", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.hide-authors", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.anonymous-capture", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-backlog", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workshop", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", open);
}

void
_tp_window_actions_dispose (TpWindow *self)
{
  /* A toast still on screen when the window goes means nobody undid it. */
  if (self->undo_toast != NULL)
    {
      forget_undo (self);
      purge_trash (self);
    }
}

void
_tp_window_class_actions_init (GtkWidgetClass *widget_class)
{
  _tp_window_class_files_init (widget_class);

  gtk_widget_class_install_action (widget_class, "win.new-workshop", NULL, new_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.rename-workshop", "x", rename_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.delete-workshop", "x", delete_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.personas", NULL, personas_action);
  gtk_widget_class_install_action (widget_class, "win.edit-idea", "x", edit_idea_action);
  gtk_widget_class_install_action (widget_class, "win.delete-idea", "x", delete_idea_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);

  gtk_widget_class_install_action (widget_class, "win.new-workshop-from-template", NULL, new_workshop_from_template_action);
  gtk_widget_class_install_action (widget_class, "win.save-as-template", NULL, save_as_template_action);
  gtk_widget_class_install_action (widget_class, "win.manage-tags", NULL, manage_tags_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-timer", NULL, toggle_timer_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_action);
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presenting");
  gtk_widget_class_install_property_action (widget_class, "win.hide-authors", "hide-authors");
  gtk_widget_class_install_property_action (widget_class, "win.anonymous-capture", "anonymous-capture");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-workshop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-workshop", "x", (gint64)0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.toggle-timer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.show-view", "s", TP_WORKSHOP_VIEW_IDEAS);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.show-view", "s", TP_WORKSHOP_VIEW_GROUPS);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "win.show-view", "s", TP_WORKSHOP_VIEW_BACKLOG);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_CONTROL_MASK, "win.show-view", "s", TP_WORKSHOP_VIEW_MATRIX);
}
