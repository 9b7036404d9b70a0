/* tp-application.c — the Touchpoint application: store, timer, windows, app actions
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-application.h"
#include "tp-store.h"
#include "tp-timer.h"
#include "tp-window.h"

#define RESOURCE_BASE_PATH "/io/github/touchpointapp/Touchpoint"

struct _TpApplication
{
  AdwApplication  parent_instance;

  TpStore        *store;
  TpTimer        *timer;          /* one countdown for every window and workshop */
  GError         *store_error;
  char           *store_notice;   /* said once, when the library was recovered */
  GSettings      *settings;
  guint           poll_id;
};

/* How often to look for changes other programs made, such as
 * touchpoint-cli writing while the window is open. */
#define POLL_SECONDS 1

G_DEFINE_FINAL_TYPE (TpApplication, tp_application, ADW_TYPE_APPLICATION)

TpApplication *
tp_application_new (void)
{
  return g_object_new (TP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* An uninstalled build may run without its schema; the window then
   * simply does not remember its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/* Without a library there is nothing to show but why, so the window
 * that would have held the workshops says it instead. */
static void
show_storage_failure (TpApplication *self)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *status;

  window = adw_application_window_new (GTK_APPLICATION (self));
  gtk_window_set_title (GTK_WINDOW (window), _("Touchpoint"));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 440);

  header = adw_header_bar_new ();
  gtk_widget_add_css_class (header, "flat");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("", NULL));

  status = adw_status_page_new ();
  gtk_widget_set_vexpand (status, TRUE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Could Not Open the Workshop Library"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), self->store_error->message);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (window, "devel");

  gtk_window_present (GTK_WINDOW (window));
}

/* The window flashes and sounds the alarm; the notification is for when
 * it is hidden behind the slides. */
static void
window_alarm_cb (TpApplication *self,
                 TpWindow      *window)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *body = NULL;
  TpWorkshop *workshop = tp_window_get_workshop (window);

  if (!g_application_get_is_registered (G_APPLICATION (self)) ||
      g_application_get_is_remote (G_APPLICATION (self)))
    return;

  if (workshop != NULL)
    /* Translators: %s is the workshop's title */
    body = g_strdup_printf (_("The timebox of “%s” has ended"), tp_workshop_get_title (workshop));
  else
    body = g_strdup (_("The timebox has ended"));

  notification = g_notification_new (_("Time is up"));
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action (notification, "app.activate");
  g_application_send_notification (G_APPLICATION (self), "timer", notification);
}

static GtkWindow *
ensure_window (TpApplication *self)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (TP_IS_WINDOW (window))
    return window;

  window = GTK_WINDOW (tp_window_new (self->store, self->timer, self->settings));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  g_signal_connect_object (window, "alarm", G_CALLBACK (window_alarm_cb), self, G_CONNECT_SWAPPED);
  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (window), "devel");

  return window;
}

/* A recovered library is news the facilitator must not miss, so it is a
 * dialog rather than a toast. */
static void
show_store_notice (TpApplication *self,
                   GtkWindow     *window)
{
  GtkWidget *dialog;

  if (self->store_notice == NULL)
    return;

  dialog = adw_message_dialog_new (window, _("Library Recovered"), self->store_notice);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  g_clear_pointer (&self->store_notice, g_free);
}

static void
tp_application_activate (GApplication *app)
{
  TpApplication *self = TP_APPLICATION (app);
  GtkWindow *window;

  if (self->store == NULL)
    {
      show_storage_failure (self);
      return;
    }

  window = ensure_window (self);
  gtk_window_present (window);
  show_store_notice (self, window);
}

/* Files given on the command line or double-clicked in the file
 * manager: workshop files join the library, spreadsheets go through the
 * import preview. */
static void
tp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  TpApplication *self = TP_APPLICATION (app);
  GtkWindow *window;

  if (self->store == NULL)
    {
      show_storage_failure (self);
      return;
    }

  window = ensure_window (self);
  gtk_window_present (window);
  for (int i = 0; i < n_files; i++)
    tp_window_open_file (TP_WINDOW (window), files[i]);
  show_store_notice (self, window);
}

static gboolean
poll_store_cb (gpointer user_data)
{
  TpApplication *self = TP_APPLICATION (user_data);

  tp_store_poll_changes (self->store);
  return G_SOURCE_CONTINUE;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  TpApplication *self = TP_APPLICATION (user_data);
  GtkWindow *parent;
  const char *developers[] = { _("The Touchpoint authors"), NULL };

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (parent,
                         "application-name", _("Touchpoint"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Touchpoint authors"),
                         "developers", developers,
                         "copyright", _("© 2026 The Touchpoint authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/touchpointapp/touchpoint",
                         "issue-url", "https://github.com/touchpointapp/touchpoint/issues",
                         "comments", _("Run ideation workshops that keep the customer in the loop"),
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
new_workshop_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  TpApplication *self = TP_APPLICATION (user_data);
  GtkWindow *window;

  if (self->store == NULL)
    {
      show_storage_failure (self);
      return;
    }

  window = ensure_window (self);
  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-workshop", NULL);
}

static void
activate_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_application_activate (G_APPLICATION (user_data));
}

static const GActionEntry app_entries[] = {
  { "activate", activate_activated },
  { "quit", quit_activated },
  { "about", about_activated },
  { "new-workshop", new_workshop_activated },
};

/* The library is opened, checked and upgraded on a thread of its own
 * while GTK starts up on this one: the check alone reads the whole file,
 * some 30 ms for 10,000 ideas, and GTK's start takes longer than all of
 * it. Nothing else touches the store until the thread is joined, so the
 * store opens exactly as it did on this thread: checked before anything
 * is written, recovered from a backup if it is damaged.
 *
 * The thread also loads the ideas of the workshop the window will open,
 * the last one open or else the newest, as the window would have: a
 * thousand ideas and their journey verdicts. */
typedef struct
{
  char    *path;
  gint64   last_workshop;
  TpStore *store;
  char    *notice;
  GError  *error;
} StoreOpening;

static gpointer
open_store_thread (gpointer data)
{
  StoreOpening *opening = data;
  g_autoptr(TpWorkshop) first = NULL;
  TpWorkshop *workshop = NULL;

  opening->store = tp_store_open (opening->path, &opening->notice, &opening->error);
  if (opening->store == NULL)
    return NULL;

  if (opening->last_workshop != 0)
    workshop = tp_store_lookup_workshop (opening->store, opening->last_workshop);
  if (workshop == NULL)
    workshop = first = g_list_model_get_item (tp_store_get_workshops (opening->store), 0);
  if (workshop != NULL)
    tp_store_get_ideas (opening->store, workshop);

  return NULL;
}

static void
tp_application_startup (GApplication *app)
{
  TpApplication *self = TP_APPLICATION (app);
  StoreOpening opening = { NULL, };
  GThread *thread;
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *help_overlay_accels[] = { "<Primary>question", NULL };

  self->settings = create_settings ();
  opening.path = tp_store_default_path ();
  if (self->settings != NULL)
    opening.last_workshop = g_settings_get_int64 (self->settings, "last-workshop");
  thread = g_thread_new ("tp-store-open", open_store_thread, &opening);

  G_APPLICATION_CLASS (tp_application_parent_class)->startup (app);

  g_set_application_name (_("Touchpoint"));
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries, G_N_ELEMENTS (app_entries),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  /* What GtkApplication would set, had the window's shortcuts been at
   * gtk/help-overlay.ui: TpWindow builds them when first shown. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_overlay_accels);

  self->timer = tp_timer_new ();

  g_thread_join (thread);
  self->store = opening.store;
  self->store_notice = opening.notice;
  self->store_error = opening.error;
  g_free (opening.path);
  if (self->store != NULL)
    self->poll_id = g_timeout_add_seconds (POLL_SECONDS, poll_store_cb, self);
}

static void
tp_application_shutdown (GApplication *app)
{
  TpApplication *self = TP_APPLICATION (app);

  G_APPLICATION_CLASS (tp_application_parent_class)->shutdown (app);

  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->timer);
  g_clear_object (&self->settings);
}

static void
tp_application_finalize (GObject *object)
{
  TpApplication *self = TP_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->timer);
  g_clear_object (&self->settings);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->store_notice, g_free);

  G_OBJECT_CLASS (tp_application_parent_class)->finalize (object);
}

static void
tp_application_class_init (TpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tp_application_finalize;

  app_class->startup = tp_application_startup;
  app_class->activate = tp_application_activate;
  app_class->open = tp_application_open;
  app_class->shutdown = tp_application_shutdown;
}

static void
tp_application_init (TpApplication *self)
{
}
