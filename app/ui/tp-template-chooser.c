/* tp-template-chooser.c — a new workshop from a template, and saving one as a template
 *
 * Style classes: .template-chooser on the window; .template-badge on the
 * "Built-in" label of a template that comes with Touchpoint.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-template-chooser-private.h"

#define TEMPLATE_KEY "tp-template"

struct _TpTemplateChooser
{
  AdwWindow    parent_instance;

  TpStore     *store;

  /* Template children */
  AdwEntryRow *title_row;
  GtkLabel    *error_label;
  GtkListBox  *template_list;
  GtkWidget   *create_button;
};

G_DEFINE_FINAL_TYPE (TpTemplateChooser, tp_template_chooser, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  WORKSHOP_CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
tp_template_chooser_new (TpStore *store)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);

  return g_object_new (TP_TYPE_TEMPLATE_CHOOSER, "store", store, NULL);
}

static void
show_error (TpTemplateChooser *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_create (TpTemplateChooser *self)
{
  g_autofree char *title = NULL;

  /* The list unselects its rows as the template is torn down. */
  if (self->title_row == NULL)
    return;

  title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chooser.create",
                                 *g_strstrip (title) != '\0' &&
                                 gtk_list_box_get_selected_row (self->template_list) != NULL);
}

static void
title_changed_cb (GtkEditable       *editable,
                  TpTemplateChooser *self)
{
  show_error (self, NULL);
  update_create (self);
}

static void
row_selected_cb (GtkListBox        *list,
                 GtkListBoxRow     *row,
                 TpTemplateChooser *self)
{
  update_create (self);
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    TpTemplateChooser *self)
{
  g_autoptr(GError) error = NULL;
  TpTemplate *template = g_object_get_data (G_OBJECT (dialog), TEMPLATE_KEY);

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!tp_store_delete_template (self->store, template, &error))
    show_error (self, error->message);
}

static void
delete_clicked_cb (GtkButton         *button,
                   TpTemplateChooser *self)
{
  TpTemplate *template = g_object_get_data (G_OBJECT (button), TEMPLATE_KEY);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);

  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     tp_template_get_name (template));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Workshops made from this template keep what they have."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), TEMPLATE_KEY, g_object_ref (template), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  TpTemplateChooser *self = data;
  TpTemplate *template = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tp_template_get_name (template));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tp_template_get_question (template));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), TEMPLATE_KEY, g_object_ref (template), g_object_unref);

  if (tp_template_is_builtin (template))
    {
      GtkWidget *badge = gtk_label_new (_("Built-in"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "template-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  else
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *label = g_strdup_printf (_("Delete Template “%s”"), tp_template_get_name (template));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Delete Template"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), TEMPLATE_KEY, g_object_ref (template), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TpTemplateChooser *self = TP_TEMPLATE_CHOOSER (widget);
  TpTemplate *template = tp_template_chooser_get_selected (self);
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop;

  if (template == NULL)
    return;

  workshop = tp_store_create_workshop_from_template (self->store,
                                                     gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                                     template, &error);
  if (workshop == NULL)
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }

  g_signal_emit (self, signals[WORKSHOP_CREATED], 0, workshop);
  gtk_window_close (GTK_WINDOW (self));
}

static void
tp_template_chooser_constructed (GObject *object)
{
  TpTemplateChooser *self = TP_TEMPLATE_CHOOSER (object);

  G_OBJECT_CLASS (tp_template_chooser_parent_class)->constructed (object);

  gtk_list_box_bind_model (self->template_list, tp_store_get_templates (self->store),
                           create_row, self, NULL);
  gtk_list_box_select_row (self->template_list, gtk_list_box_get_row_at_index (self->template_list, 0));
  update_create (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
tp_template_chooser_dispose (GObject *object)
{
  TpTemplateChooser *self = TP_TEMPLATE_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_TEMPLATE_CHOOSER);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_template_chooser_parent_class)->dispose (object);
}

static void
tp_template_chooser_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TpTemplateChooser *self = TP_TEMPLATE_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_template_chooser_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TpTemplateChooser *self = TP_TEMPLATE_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_template_chooser_class_init (TpTemplateChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_template_chooser_constructed;
  object_class->dispose = tp_template_chooser_dispose;
  object_class->get_property = tp_template_chooser_get_property;
  object_class->set_property = tp_template_chooser_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TpTemplateChooser::workshop-created:
   * @workshop: the new TpWorkshop, owned by the store
   *
   * Emitted when Create made the workshop, just before the window closes;
   * the window answers by showing it.
   */
  signals[WORKSHOP_CREATED] = g_signal_new ("workshop-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, TP_TYPE_WORKSHOP);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-template-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, TpTemplateChooser, title_row);
  gtk_widget_class_bind_template_child (widget_class, TpTemplateChooser, error_label);
  gtk_widget_class_bind_template_child (widget_class, TpTemplateChooser, template_list);
  gtk_widget_class_bind_template_child (widget_class, TpTemplateChooser, create_button);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  gtk_widget_class_install_action (widget_class, "chooser.create", NULL, create_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_template_chooser_init (TpTemplateChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TpStore *
tp_template_chooser_get_store (TpTemplateChooser *self)
{
  g_return_val_if_fail (TP_IS_TEMPLATE_CHOOSER (self), NULL);

  return self->store;
}

gboolean
tp_template_chooser_select_template (TpTemplateChooser *self,
                                     const char        *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TP_IS_TEMPLATE_CHOOSER (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->template_list, i)); i++)
    {
      TpTemplate *template = g_object_get_data (G_OBJECT (row), TEMPLATE_KEY);

      if (g_strcmp0 (tp_template_get_name (template), name) == 0)
        {
          gtk_list_box_select_row (self->template_list, row);
          return TRUE;
        }
    }

  return FALSE;
}

/* Returns: (transfer none) (nullable): the template chosen */
TpTemplate *
tp_template_chooser_get_selected (TpTemplateChooser *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TP_IS_TEMPLATE_CHOOSER (self), NULL);

  row = gtk_list_box_get_selected_row (self->template_list);
  return row ? g_object_get_data (G_OBJECT (row), TEMPLATE_KEY) : NULL;
}

GtkEditable *
tp_template_chooser_get_title_entry (TpTemplateChooser *self)
{
  return GTK_EDITABLE (self->title_row);
}

GtkWidget *
tp_template_chooser_get_create_button (TpTemplateChooser *self)
{
  return self->create_button;
}

const char *
tp_template_chooser_get_error_text (TpTemplateChooser *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_label (self->error_label) : NULL;
}

/* Save as Template */

typedef struct
{
  TpStore    *store;
  TpWorkshop *workshop;
  GtkEntry   *entry;
} SaveDialog;

static GtkWidget *present_save_dialog (GtkWindow  *parent,
                                       TpStore    *store,
                                       TpWorkshop *workshop,
                                       const char *name,
                                       const char *message);

static void
save_dialog_free (SaveDialog *save)
{
  g_clear_object (&save->store);
  g_clear_object (&save->workshop);
  g_free (save);
}

static void
save_name_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (entry));

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  adw_message_dialog_set_response_enabled (dialog, "save", *g_strstrip (name) != '\0');
}

/* A message dialog closes after every response, so a refused name comes
 * back at once in a new one, with the reason under the entry. */
static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  SaveDialog       *save)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (save->entry));

  if (g_strcmp0 (response, "save") != 0)
    return;

  if (tp_store_save_template (save->store, save->workshop, name, &error) == NULL)
    present_save_dialog (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                         save->store, save->workshop, name, error->message);
}

static GtkWidget *
present_save_dialog (GtkWindow  *parent,
                     TpStore    *store,
                     TpWorkshop *workshop,
                     const char *name,
                     const char *message)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *error_label = gtk_label_new (message);
  SaveDialog *save = g_new0 (SaveDialog, 1);

  dialog = adw_message_dialog_new (parent, _("Save as Template"),
                                   _("New workshops can start with this one’s question, timer lengths, personas and journey stages."));
  save->store = g_object_ref (store);
  save->workshop = g_object_ref (workshop);
  save->entry = GTK_ENTRY (gtk_entry_new ());

  gtk_editable_set_text (GTK_EDITABLE (save->entry), name);
  gtk_entry_set_activates_default (save->entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (save->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Template Name"),
                                  -1);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (save->entry), "error");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (save->entry),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error_label, NULL,
                                      -1);
    }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (save->entry));
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "tp-save", save, (GDestroyNotify)save_dialog_free);
  g_signal_connect (save->entry, "changed", G_CALLBACK (save_name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), save);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (save->entry));
  return dialog;
}

/**
 * tp_template_save_dialog_present:
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWidget *
tp_template_save_dialog_present (GtkWindow  *parent,
                                 TpStore    *store,
                                 TpWorkshop *workshop)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return present_save_dialog (parent, store, workshop, tp_workshop_get_title (workshop), NULL);
}
