/* tp-tag-manager.c — the window that renames, recolours and deletes a workshop's tags
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-tag-manager.h"

struct _TpTagManager
{
  AdwWindow        parent_instance;

  TpStore         *store;
  TpWorkshop      *workshop;
  GListModel      *tags;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  GtkMenuButton   *new_button;
  GtkEditable     *new_entry;
  GtkLabel        *new_error_label;
  GtkStack        *stack;
  GtkListBox      *tags_list;
};

G_DEFINE_FINAL_TYPE (TpTagManager, tp_tag_manager, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Labels for tp_tag_get_colours (), in the same order. */
static const char * const colour_labels[] = {
  N_("Blue"), N_("Green"), N_("Yellow"), N_("Orange"), N_("Red"), N_("Purple"), N_("Brown"),
};

GtkWidget *
tp_tag_manager_new (TpStore    *store,
                    TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_TAG_MANAGER,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

TpWorkshop *
tp_tag_manager_get_workshop (TpTagManager *self)
{
  g_return_val_if_fail (TP_IS_TAG_MANAGER (self), NULL);

  return self->workshop;
}

static void
show_error (TpTagManager *self,
            const char   *message)
{
  gtk_widget_error_bell (GTK_WIDGET (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static const char *
get_colour_label (const char *colour)
{
  const char * const *colours = tp_tag_get_colours ();

  for (guint i = 0; colours[i] != NULL && i < G_N_ELEMENTS (colour_labels); i++)
    if (g_strcmp0 (colours[i], colour) == 0)
      return _(colour_labels[i]);

  return colour;
}

static GtkWidget *
create_swatch (const char *colour)
{
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (swatch, "tag-swatch");
  if (colour != NULL)
    {
      g_autofree char *colour_class = g_strconcat ("tag-", colour, NULL);

      gtk_widget_add_css_class (swatch, colour_class);
    }
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (swatch, GTK_ALIGN_CENTER);

  return swatch;
}

/* One row per tag */

static void
show_tag_details (AdwEntryRow *row,
                  GParamSpec  *pspec,
                  TpTag       *tag)
{
  GtkLabel *count = g_object_get_data (G_OBJECT (row), "count-label");
  GtkMenuButton *colour_button = g_object_get_data (G_OBJECT (row), "colour-button");
  GtkWidget *delete_button = g_object_get_data (G_OBJECT (row), "delete-button");
  const char *name = tp_tag_get_name (tag) != NULL ? tp_tag_get_name (tag) : "";
  g_autofree char *count_text = NULL;
  g_autofree char *colour_name = NULL;
  g_autofree char *delete_name = NULL;
  guint n = tp_tag_get_n_ideas (tag);

  count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n), n);
  gtk_label_set_text (count, count_text);

  gtk_menu_button_set_child (colour_button, create_swatch (tp_tag_get_colour (tag)));
  /* Translators: the accessible name of a tag's colour button, e.g. "Colour: Blue" */
  colour_name = g_strdup_printf (_("Colour: %s"), get_colour_label (tp_tag_get_colour (tag)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (colour_button), colour_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (colour_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, colour_name,
                                  -1);

  delete_name = g_strdup_printf (_("Delete “%s”"), name);
  gtk_widget_set_tooltip_text (delete_button, delete_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name,
                                  -1);

  /* The store names a tag just after adding it to the model. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), name);
}

static void
rename_applied_cb (AdwEntryRow  *row,
                   TpTagManager *self)
{
  TpTag *tag = g_object_get_data (G_OBJECT (row), "tag");
  g_autoptr(GError) error = NULL;

  if (!tp_store_rename_tag (self->store, tag, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      show_error (self, error->message);
      gtk_editable_set_text (GTK_EDITABLE (row), tp_tag_get_name (tag) != NULL ? tp_tag_get_name (tag) : "");
    }
}

static void
colour_toggled_cb (GtkToggleButton *button,
                   TpTagManager    *self)
{
  TpTag *tag = g_object_get_data (G_OBJECT (button), "tag");
  const char *colour = g_object_get_data (G_OBJECT (button), "colour");
  g_autoptr(GError) error = NULL;

  if (!gtk_toggle_button_get_active (button) || g_strcmp0 (tp_tag_get_colour (tag), colour) == 0)
    return;

  if (!tp_store_recolour_tag (self->store, tag, colour, &error))
    show_error (self, error->message);
}

static GtkWidget *
create_colour_popover (TpTagManager *self,
                       TpTag        *tag)
{
  const char * const *colours = tp_tag_get_colours ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkToggleButton *group = NULL;

  for (guint i = 0; colours[i] != NULL; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      const char *label = get_colour_label (colours[i]);

      gtk_button_set_child (GTK_BUTTON (button), create_swatch (colours[i]));
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, "swatch-button");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                    g_strcmp0 (tp_tag_get_colour (tag), colours[i]) == 0);

      g_object_set_data (G_OBJECT (button), "tag", tag);
      g_object_set_data (G_OBJECT (button), "colour", (gpointer)colours[i]);
      g_signal_connect_object (button, "toggled", G_CALLBACK (colour_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static void
undo_clicked_cb (AdwToast     *toast,
                 TpTagManager *self)
{
  g_autoptr(TpDeletedTag) deleted = g_object_steal_data (G_OBJECT (toast), "deleted");
  g_autoptr(GError) error = NULL;

  if (deleted != NULL && !tp_store_restore_tag (self->store, deleted, &error))
    show_error (self, error->message);
}

/* At once, with Undo: a tag is quick to lose and quick to put back, and
 * a question before every deletion would only slow the tidying down. */
static void
delete_tag (TpTagManager *self,
            TpTag        *tag)
{
  g_autoptr(TpDeletedTag) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  guint position = 0;
  GtkListBoxRow *next;

  while (position < g_list_model_get_n_items (self->tags))
    {
      g_autoptr(TpTag) shown = g_list_model_get_item (self->tags, position);

      if (shown == tag)
        break;
      position++;
    }
  if (!tp_store_delete_tag (self->store, tag, &deleted, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The focus goes to the trash button now in the deleted row's place,
   * not to the first name in the list with its text selected. */
  next = gtk_list_box_get_row_at_index (self->tags_list, position);
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (self->tags_list, position - 1);
  if (next != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (next), "delete-button"));

  message = g_strdup_printf (_("Tag “%s” deleted"), tp_deleted_tag_get_name (deleted));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "deleted", g_steal_pointer (&deleted),
                          (GDestroyNotify) tp_deleted_tag_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
delete_clicked_cb (GtkButton    *button,
                   TpTagManager *self)
{
  delete_tag (self, g_object_get_data (G_OBJECT (button), "tag"));
}

static GtkWidget *
create_tag_row (gpointer item,
                gpointer data)
{
  TpTagManager *self = data;
  TpTag *tag = item;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *colour_button = gtk_menu_button_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "tag", g_object_ref (tag), g_object_unref);
  g_signal_connect_object (row, "apply", G_CALLBACK (rename_applied_cb), self, 0);

  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), count);

  gtk_widget_set_valign (colour_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (colour_button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (colour_button), create_colour_popover (self, tag));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), colour_button);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  g_object_set_data (G_OBJECT (delete_button), "tag", tag);
  g_signal_connect_object (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), delete_button);

  g_object_set_data (G_OBJECT (row), "count-label", count);
  g_object_set_data (G_OBJECT (row), "colour-button", colour_button);
  g_object_set_data (G_OBJECT (row), "delete-button", delete_button);
  g_signal_connect_object (tag, "notify", G_CALLBACK (show_tag_details), row, G_CONNECT_SWAPPED);
  show_tag_details (ADW_ENTRY_ROW (row), NULL, tag);

  return row;
}

static void
tags_changed_cb (TpTagManager *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->tags) > 0 ? "tags" : "empty");
}

/* Actions */

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpTagManager *self = TP_TAG_MANAGER (widget);
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (self->new_entry);

  if (tp_store_create_tag (self->store, self->workshop, name, NULL, &error) == NULL)
    {
      gtk_label_set_text (self->new_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->new_error_label), TRUE);
      gtk_widget_error_bell (widget);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->new_error_label), FALSE);
  gtk_editable_set_text (self->new_entry, "");
  gtk_menu_button_popdown (self->new_button);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TpTagManager *self = TP_TAG_MANAGER (widget);

  gtk_menu_button_popup (self->new_button);
}

/* Life cycle */

static void
tp_tag_manager_constructed (GObject *object)
{
  TpTagManager *self = TP_TAG_MANAGER (object);

  G_OBJECT_CLASS (tp_tag_manager_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  self->tags = g_object_ref (tp_store_get_tags (self->store, self->workshop));
  gtk_list_box_bind_model (self->tags_list, self->tags, create_tag_row, self, NULL);
  g_signal_connect_object (self->tags, "items-changed", G_CALLBACK (tags_changed_cb), self,
                           G_CONNECT_SWAPPED);
  tags_changed_cb (self);
}

static void
tp_tag_manager_dispose (GObject *object)
{
  TpTagManager *self = TP_TAG_MANAGER (object);

  if (self->tags_list != NULL)
    gtk_list_box_bind_model (self->tags_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_TAG_MANAGER);

  g_clear_object (&self->tags);
  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_tag_manager_parent_class)->dispose (object);
}

static void
tp_tag_manager_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TpTagManager *self = TP_TAG_MANAGER (object);

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
tp_tag_manager_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TpTagManager *self = TP_TAG_MANAGER (object);

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
tp_tag_manager_class_init (TpTagManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_tag_manager_constructed;
  object_class->dispose = tp_tag_manager_dispose;
  object_class->get_property = tp_tag_manager_get_property;
  object_class->set_property = tp_tag_manager_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-tag-manager.ui");

  gtk_widget_class_bind_template_child (widget_class, TpTagManager, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpTagManager, new_button);
  gtk_widget_class_bind_template_child (widget_class, TpTagManager, new_entry);
  gtk_widget_class_bind_template_child (widget_class, TpTagManager, new_error_label);
  gtk_widget_class_bind_template_child (widget_class, TpTagManager, stack);
  gtk_widget_class_bind_template_child (widget_class, TpTagManager, tags_list);

  gtk_widget_class_install_action (widget_class, "tags.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "tags.create", NULL, create_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "tags.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_tag_manager_init (TpTagManager *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
