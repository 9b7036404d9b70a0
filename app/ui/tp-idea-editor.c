/* tp-idea-editor.c — the dialog that edits an idea: its words, scores, customer journey and status
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-idea-editor.h"
#include "tp-idea-journey.h"
#include "tp-scores-group.h"

struct _TpIdeaEditor
{
  AdwWindow     parent_instance;

  TpStore      *store;
  TpIdea       *idea;
  GtkWidget    *scores;
  GtkWidget    *journey;

  /* Template children */
  GtkBox       *content_box;
  GtkRevealer  *error_revealer;
  GtkLabel     *error_label;
  AdwEntryRow  *title_row;
  AdwEntryRow  *author_row;
  AdwEntryRow  *tags_row;
  GtkTextView  *details_view;
};

G_DEFINE_FINAL_TYPE (TpIdeaEditor, tp_idea_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_IDEA,
  N_PROPS
};

enum {
  WALK_RECORDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

TpIdeaEditor *
tp_idea_editor_new (TpStore *store,
                    TpIdea  *idea)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  return g_object_new (TP_TYPE_IDEA_EDITOR,
                       "store", store,
                       "idea", idea,
                       NULL);
}

TpIdea *
tp_idea_editor_get_idea (TpIdeaEditor *self)
{
  g_return_val_if_fail (TP_IS_IDEA_EDITOR (self), NULL);

  return self->idea;
}

GtkWidget *
tp_idea_editor_get_journey (TpIdeaEditor *self)
{
  g_return_val_if_fail (TP_IS_IDEA_EDITOR (self), NULL);

  return self->journey;
}

GtkWidget *
tp_idea_editor_get_scores (TpIdeaEditor *self)
{
  g_return_val_if_fail (TP_IS_IDEA_EDITOR (self), NULL);

  return self->scores;
}

static GStrv
split_tags (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = g_strsplit_set (text, ", \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];

      while (*word == '#')
        word++;
      if (*word != '\0')
        g_strv_builder_add (builder, word);
    }

  return g_strv_builder_end (builder);
}

static char *
join_tags (const char * const *tags)
{
  if (tags == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (GStrv)tags);
}

static void
show_error (TpIdeaEditor *self,
            const char   *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
load_idea (TpIdeaEditor *self)
{
  g_autofree char *tags = join_tags (tp_idea_get_tags (self->idea));
  const char *author = tp_idea_get_author (self->idea);
  const char *details = tp_idea_get_details (self->idea);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), tp_idea_get_title (self->idea));
  gtk_editable_set_text (GTK_EDITABLE (self->author_row), author != NULL ? author : "");
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->details_view),
                            details != NULL ? details : "", -1);
  show_error (self, NULL);
}

gboolean
tp_idea_editor_save (TpIdeaEditor  *self,
                     GError       **error)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *details = NULL;
  g_autofree char *author = NULL;
  g_auto(GStrv) tags = NULL;

  g_return_val_if_fail (TP_IS_IDEA_EDITOR (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->details_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  details = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  author = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->author_row))));
  tags = split_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));

  return tp_store_update_idea (self->store, self->idea,
                               gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                               details,
                               author[0] != '\0' ? author : NULL,
                               (const char * const *)tags,
                               error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpIdeaEditor *self = TP_IDEA_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!tp_idea_editor_save (self, &error))
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
entry_activated_cb (TpIdeaEditor *self,
                    AdwEntryRow  *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
field_changed_cb (TpIdeaEditor *self,
                  GtkEditable  *editable)
{
  show_error (self, NULL);
}

static void
walk_recorded_cb (TpIdeaEditor  *self,
                  TpWalk        *walk,
                  TpIdeaJourney *journey)
{
  g_signal_emit (self, signals[WALK_RECORDED], 0, walk);
}

static void
tp_idea_editor_constructed (GObject *object)
{
  TpIdeaEditor *self = TP_IDEA_EDITOR (object);

  G_OBJECT_CLASS (tp_idea_editor_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_IDEA (self->idea));

  self->scores = tp_scores_group_new (self->store, self->idea);
  gtk_box_append (self->content_box, self->scores);

  self->journey = tp_idea_journey_new (self->store, self->idea);
  g_signal_connect_object (self->journey, "walk-recorded",
                           G_CALLBACK (walk_recorded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->content_box, self->journey);

  load_idea (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
tp_idea_editor_dispose (GObject *object)
{
  TpIdeaEditor *self = TP_IDEA_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_IDEA_EDITOR);

  G_OBJECT_CLASS (tp_idea_editor_parent_class)->dispose (object);
}

static void
tp_idea_editor_finalize (GObject *object)
{
  TpIdeaEditor *self = TP_IDEA_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->idea);

  G_OBJECT_CLASS (tp_idea_editor_parent_class)->finalize (object);
}

static void
tp_idea_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TpIdeaEditor *self = TP_IDEA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_idea_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TpIdeaEditor *self = TP_IDEA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_IDEA:
      self->idea = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_idea_editor_class_init (TpIdeaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_idea_editor_constructed;
  object_class->dispose = tp_idea_editor_dispose;
  object_class->finalize = tp_idea_editor_finalize;
  object_class->get_property = tp_idea_editor_get_property;
  object_class->set_property = tp_idea_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         TP_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WALK_RECORDED] =
    g_signal_new ("walk-recorded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TP_TYPE_WALK);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-idea-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, content_box);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, author_row);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaEditor, details_view);

  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
tp_idea_editor_init (TpIdeaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
