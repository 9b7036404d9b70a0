/* tp-persona-editor.c — the window that edits a workshop's personas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-persona-editor.h"

/* Each field widget knows its persona and the persona property it shows. */
#define PERSONA_KEY  "tp-persona"
#define PROPERTY_KEY "tp-property"
#define CHANNEL_KEY  "tp-channel"

static const TpChannel channels[] = {
  TP_CHANNEL_PHONE, TP_CHANNEL_EMAIL, TP_CHANNEL_WEB, TP_CHANNEL_APP,
  TP_CHANNEL_CHAT, TP_CHANNEL_IN_PERSON, TP_CHANNEL_POST,
};

/* The traits a draft carries over; id, uuid and revision stay the store's. */
static const char * const traits[] = {
  "name", "summary", "channels", "digital-confidence",
  "needs-time-to-decide", "patience", "relationship",
};

struct _TpPersonaEditor
{
  AdwWindow            parent_instance;

  TpStore             *store;
  TpWorkshop          *workshop;
  GListModel          *personas;
  GPtrArray           *rows;
  guint                loading;

  /* Template children */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *personas_group;
};

G_DEFINE_FINAL_TYPE (TpPersonaEditor, tp_persona_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
tp_persona_editor_new (TpStore    *store,
                       TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_PERSONA_EDITOR,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

TpWorkshop *
tp_persona_editor_get_workshop (TpPersonaEditor *self)
{
  g_return_val_if_fail (TP_IS_PERSONA_EDITOR (self), NULL);

  return self->workshop;
}

static void
show_message (TpPersonaEditor *self,
              const char      *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static TpPersona *
make_draft (TpPersona *persona)
{
  TpPersona *draft = tp_persona_new (tp_persona_get_name (persona));

  for (guint i = 0; i < G_N_ELEMENTS (traits); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (persona), traits[i], &value);
      g_object_set_property (G_OBJECT (draft), traits[i], &value);
    }

  return draft;
}

static TpPersona *
field_persona (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), PERSONA_KEY);
}

static const char *
field_property (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), PROPERTY_KEY);
}

/* Shows the saved value of @widget's trait again, without saving it. */
static void
load_field (TpPersonaEditor *self,
            GtkWidget       *widget)
{
  TpPersona *persona = field_persona (widget);
  const char *property = field_property (widget);

  self->loading++;

  if (GTK_IS_SWITCH (widget))
    gtk_switch_set_active (GTK_SWITCH (widget), tp_persona_get_needs_time_to_decide (persona));
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    {
      TpChannel channel = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), CHANNEL_KEY));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget),
                                    (tp_persona_get_channels (persona) & channel) != 0);
    }
  else if (ADW_IS_COMBO_ROW (widget))
    {
      int value;

      g_object_get (persona, property, &value, NULL);
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), value);
    }
  else if (GTK_IS_EDITABLE (widget))
    {
      g_autofree char *text = NULL;

      g_object_get (persona, property, &text, NULL);
      gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
    }

  self->loading--;
}

static void
commit_field (TpPersonaEditor *self,
              GtkWidget       *widget,
              TpPersona       *draft)
{
  g_autoptr(GError) error = NULL;

  if (!tp_store_update_persona (self->store, field_persona (widget), draft, &error))
    {
      show_message (self, error->message);
      load_field (self, widget);
    }
}

static void
switch_changed_cb (GtkSwitch       *widget,
                   GParamSpec      *pspec,
                   TpPersonaEditor *self)
{
  g_autoptr(TpPersona) draft = NULL;

  if (self->loading)
    return;

  draft = make_draft (field_persona (GTK_WIDGET (widget)));
  g_object_set (draft, field_property (GTK_WIDGET (widget)), gtk_switch_get_active (widget), NULL);
  commit_field (self, GTK_WIDGET (widget), draft);
}

static void
channel_toggled_cb (GtkToggleButton *button,
                    TpPersonaEditor *self)
{
  g_autoptr(TpPersona) draft = NULL;
  TpChannel channel = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), CHANNEL_KEY));
  TpChannel used;

  if (self->loading)
    return;

  draft = make_draft (field_persona (GTK_WIDGET (button)));
  used = tp_persona_get_channels (draft);
  if (gtk_toggle_button_get_active (button))
    used |= channel;
  else
    used &= ~channel;

  g_object_set (draft, "channels", used, NULL);
  commit_field (self, GTK_WIDGET (button), draft);
}

static void
combo_changed_cb (AdwComboRow     *row,
                  GParamSpec      *pspec,
                  TpPersonaEditor *self)
{
  g_autoptr(TpPersona) draft = NULL;

  if (self->loading)
    return;

  draft = make_draft (field_persona (GTK_WIDGET (row)));
  g_object_set (draft, field_property (GTK_WIDGET (row)), (int)adw_combo_row_get_selected (row), NULL);
  commit_field (self, GTK_WIDGET (row), draft);
}

static void
text_applied_cb (AdwEntryRow     *row,
                 TpPersonaEditor *self)
{
  g_autoptr(TpPersona) draft = make_draft (field_persona (GTK_WIDGET (row)));

  g_object_set (draft, field_property (GTK_WIDGET (row)), gtk_editable_get_text (GTK_EDITABLE (row)), NULL);
  commit_field (self, GTK_WIDGET (row), draft);
}

static void
tag_field (GtkWidget  *widget,
           TpPersona  *persona,
           const char *property)
{
  g_object_set_data (G_OBJECT (widget), PERSONA_KEY, persona);
  g_object_set_data (G_OBJECT (widget), PROPERTY_KEY, (gpointer)property);
}

static GtkWidget *
make_text_field (TpPersonaEditor *self,
                 TpPersona       *persona,
                 const char      *property,
                 const char      *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  tag_field (entry, persona, property);
  load_field (self, entry);
  g_signal_connect (entry, "apply", G_CALLBACK (text_applied_cb), self);

  return entry;
}

static GtkWidget *
make_channels_field (TpPersonaEditor *self,
                     TpPersona       *persona)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (_("Channels used"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *list_row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), buttons);

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (tp_channel_get_label (channels[i]));

      g_object_set_data (G_OBJECT (toggle), CHANNEL_KEY, GUINT_TO_POINTER (channels[i]));
      tag_field (toggle, persona, "channels");
      load_field (self, toggle);
      g_signal_connect (toggle, "toggled", G_CALLBACK (channel_toggled_cb), self);
      gtk_box_append (GTK_BOX (buttons), toggle);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Channels used"),
                                  -1);

  return list_row;
}

static GtkWidget *
make_level_field (TpPersonaEditor *self,
                  TpPersona       *persona,
                  const char      *property,
                  const char      *title,
                  const char      *subtitle)
{
  const char *levels[] = {
    tp_level_get_label (TP_LEVEL_LOW),
    tp_level_get_label (TP_LEVEL_MEDIUM),
    tp_level_get_label (TP_LEVEL_HIGH),
    NULL
  };
  const char *relationships[] = {
    tp_relationship_get_label (TP_RELATIONSHIP_PROSPECT),
    tp_relationship_get_label (TP_RELATIONSHIP_EXISTING),
    NULL
  };
  gboolean is_relationship = g_str_equal (property, "relationship");
  g_autoptr(GtkStringList) model = gtk_string_list_new (is_relationship ? relationships : levels);
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (combo), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (model));
  tag_field (combo, persona, property);
  load_field (self, combo);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (combo_changed_cb), self);

  return combo;
}

static GtkWidget *
make_decide_field (TpPersonaEditor *self,
                   TpPersona       *persona)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Needs time to decide"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Wants to think it over before saying yes"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  tag_field (toggle, persona, "needs-time-to-decide");
  load_field (self, toggle);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (switch_changed_cb), self);

  return row;
}

static GtkWidget *
make_persona_row (TpPersonaEditor *self,
                  TpPersona       *persona)
{
  GtkWidget *row = adw_expander_row_new ();
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (row);
  g_autofree char *delete_label = g_strdup_printf (_("Delete %s"), tp_persona_get_name (persona));
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *avatar = adw_avatar_new (32, tp_persona_get_name (persona), TRUE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (persona, "name", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (persona, "summary", row, "subtitle", G_BINDING_SYNC_CREATE);
  g_object_bind_property (persona, "name", avatar, "text", G_BINDING_SYNC_CREATE);
  adw_expander_row_add_prefix (expander, avatar);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "personas.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete_button), "x", tp_persona_get_id (persona));
  adw_expander_row_add_action (expander, delete_button);

  adw_expander_row_add_row (expander, make_text_field (self, persona, "name", _("Name")));
  adw_expander_row_add_row (expander, make_text_field (self, persona, "summary", C_("persona", "Summary")));
  adw_expander_row_add_row (expander, make_channels_field (self, persona));
  adw_expander_row_add_row (expander, make_level_field (self, persona, "digital-confidence",
                                                       _("Digital confidence"), NULL));
  adw_expander_row_add_row (expander, make_decide_field (self, persona));
  adw_expander_row_add_row (expander, make_level_field (self, persona, "patience", _("Patience"),
                                                       _("How many frictions they put up with")));
  adw_expander_row_add_row (expander, make_level_field (self, persona, "relationship",
                                                       _("Relationship"), NULL));

  return row;
}

static void
rebuild_rows (TpPersonaEditor *self)
{
  guint n = g_list_model_get_n_items (self->personas);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->personas_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (self->personas, i);
      GtkWidget *row = make_persona_row (self, persona);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->personas_group, row);
    }
}

static void
personas_changed_cb (TpPersonaEditor *self,
                     guint            position,
                     guint            removed,
                     guint            added,
                     GListModel      *model)
{
  /* A persona changed in place: its row follows through the bindings,
   * and rebuilding would take the focus from the field being edited. */
  if (removed == added)
    return;

  rebuild_rows (self);
}

static TpPersona *
find_persona (TpPersonaEditor *self,
              gint64           id)
{
  guint n = g_list_model_get_n_items (self->personas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (self->personas, i);

      if (tp_persona_get_id (persona) == id)
        return g_steal_pointer (&persona);
    }

  return NULL;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (widget);
  g_autoptr(TpPersona) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (_("New persona"));
  TpPersona *added;
  GtkWidget *row;

  /* Names are unique within a workshop. */
  for (guint i = 2; tp_store_find_persona (self->store, tp_workshop_get_id (self->workshop), name, NULL) != NULL; i++)
    {
      g_free (name);
      name = g_strdup_printf (_("New persona %u"), i);
    }

  draft = tp_persona_new (name);
  g_object_set (draft, "channels", TP_CHANNEL_PHONE, NULL);
  if (!(added = tp_store_add_persona (self->store, self->workshop, draft, &error)))
    {
      show_message (self, error->message);
      return;
    }

  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (row);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TpPersonaEditor  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "tp-persona-id"));
  g_autoptr(TpPersona) persona = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || !(persona = find_persona (self, id)))
    return;

  if (!tp_store_delete_persona (self->store, persona, &error))
    show_message (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (widget);
  g_autoptr(TpPersona) persona = find_persona (self, g_variant_get_int64 (parameter));
  GtkWidget *dialog;

  if (persona == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete %s?"),
                                     tp_persona_get_name (persona));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s’s walks are deleted too, and ideas are no longer walked for them. "
                                    "This cannot be undone."),
                                  tp_persona_get_name (persona));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "tp-persona-id", GSIZE_TO_POINTER (tp_persona_get_id (persona)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tp_persona_editor_constructed (GObject *object)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (object);

  G_OBJECT_CLASS (tp_persona_editor_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  adw_window_title_set_subtitle (self->window_title, tp_workshop_get_title (self->workshop));
  self->personas = g_object_ref (tp_store_get_personas (self->store, self->workshop));
  g_signal_connect_object (self->personas, "items-changed",
                           G_CALLBACK (personas_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_rows (self);
}

static void
tp_persona_editor_dispose (GObject *object)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (object);

  if (self->personas != NULL)
    g_signal_handlers_disconnect_by_data (self->personas, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_PERSONA_EDITOR);

  G_OBJECT_CLASS (tp_persona_editor_parent_class)->dispose (object);
}

static void
tp_persona_editor_finalize (GObject *object)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->workshop);
  g_clear_object (&self->personas);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_persona_editor_parent_class)->finalize (object);
}

static void
tp_persona_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_persona_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TpPersonaEditor *self = TP_PERSONA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_persona_editor_class_init (TpPersonaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_persona_editor_constructed;
  object_class->dispose = tp_persona_editor_dispose;
  object_class->finalize = tp_persona_editor_finalize;
  object_class->get_property = tp_persona_editor_get_property;
  object_class->set_property = tp_persona_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         TP_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-persona-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TpPersonaEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpPersonaEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TpPersonaEditor, personas_group);

  gtk_widget_class_install_action (widget_class, "personas.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "personas.delete", "x", delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "personas.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_persona_editor_init (TpPersonaEditor *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
