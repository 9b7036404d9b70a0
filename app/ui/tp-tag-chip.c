/* tp-tag-chip.c — a tag's name on a chip, in the colour the workshop gave the tag
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-lazy-tooltip.h"
#include "tp-tag-chip.h"

/* What a chip shows now, so that showing the same tag again changes
 * nothing: a list rebinds many rows at once, and restyling is what costs. */
typedef struct
{
  TpTag      *tag;
  gulong      notify_id;
  const char *colour_class; /* interned */
} ChipState;

static GQuark
chip_state_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("tp-tag-chip-state");
  return quark;
}

static void
chip_state_free (gpointer data)
{
  ChipState *state = data;

  if (state->tag != NULL && state->notify_id != 0 &&
      g_signal_handler_is_connected (state->tag, state->notify_id))
    g_signal_handler_disconnect (state->tag, state->notify_id);
  g_clear_object (&state->tag);
  g_free (state);
}

static ChipState *
get_chip_state (GtkWidget *chip)
{
  ChipState *state = g_object_get_qdata (G_OBJECT (chip), chip_state_quark ());

  if (state == NULL)
    {
      state = g_new0 (ChipState, 1);
      g_object_set_qdata_full (G_OBJECT (chip), chip_state_quark (), state, chip_state_free);
    }

  return state;
}

GtkWidget *
tp_tag_chip_new (void)
{
  GtkWidget *chip = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 16);
  gtk_widget_add_css_class (chip, "tag-chip");
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);

  return chip;
}

static void
set_colour (GtkWidget  *chip,
            ChipState  *state,
            const char *colour)
{
  const char *colour_class = NULL;

  if (colour != NULL && tp_tag_is_colour (colour))
    {
      g_autofree char *name = g_strconcat ("tag-", colour, NULL);

      colour_class = g_intern_string (name);
    }

  if (state->colour_class == colour_class)
    return;

  if (state->colour_class != NULL)
    gtk_widget_remove_css_class (chip, state->colour_class);
  if (colour_class != NULL)
    gtk_widget_add_css_class (chip, colour_class);
  state->colour_class = colour_class;
}

static void
show_tag (GtkWidget *chip,
          ChipState *state)
{
  const char *name = tp_tag_get_name (state->tag);

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (chip)), name) != 0)
    gtk_label_set_text (GTK_LABEL (chip), name);
  set_colour (chip, state, tp_tag_get_colour (state->tag));
}

static void
tag_changed_cb (GtkWidget  *chip,
                GParamSpec *pspec,
                TpTag      *tag)
{
  show_tag (chip, get_chip_state (chip));
}

static void
follow_tag (GtkWidget *chip,
            ChipState *state,
            TpTag     *tag)
{
  if (state->tag == tag)
    return;

  if (state->tag != NULL)
    g_clear_signal_handler (&state->notify_id, state->tag);
  g_set_object (&state->tag, tag);
  if (tag != NULL)
    state->notify_id = g_signal_connect_object (tag, "notify", G_CALLBACK (tag_changed_cb),
                                                chip, G_CONNECT_SWAPPED);
}

void
tp_tag_chip_show (GtkWidget  *chip,
                  TpStore    *store,
                  TpWorkshop *workshop,
                  const char *name)
{
  ChipState *state;
  TpTag *tag;

  g_return_if_fail (GTK_IS_LABEL (chip));
  g_return_if_fail (TP_IS_STORE (store));
  g_return_if_fail (TP_IS_WORKSHOP (workshop));
  g_return_if_fail (name != NULL);

  state = get_chip_state (chip);
  tag = tp_store_find_tag (store, workshop, name, NULL);
  follow_tag (chip, state, tag);

  if (tag != NULL)
    {
      show_tag (chip, state);
      return;
    }

  /* A tag the store does not know (yet) keeps the plain chip's look. */
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (chip)), name) != 0)
    gtk_label_set_text (GTK_LABEL (chip), name);
  set_colour (chip, state, NULL);
}

static GtkWidget *
ensure_chip (TpTagChips *chips,
             guint       i,
             GtkWidget  *parent,
             GtkWidget  *next_sibling)
{
  if (chips->chip[i] == NULL)
    {
      chips->chip[i] = tp_tag_chip_new ();
      gtk_widget_insert_before (chips->chip[i], parent, next_sibling);
    }

  gtk_widget_set_visible (chips->chip[i], TRUE);
  return chips->chip[i];
}

/**
 * tp_tag_chips_show:
 * @parent: where new chips go, before @next_sibling (or last if %NULL)
 * @tags: (nullable): the idea's tags
 *
 * Shows the first TP_TAG_CHIPS_MAX of @tags on chips in their colours,
 * and the number of the others on one more chip, with their names in its
 * tooltip. Chips are made the first time they are needed, and hidden, not
 * removed, when an idea has fewer tags.
 */
void
tp_tag_chips_show (TpTagChips         *chips,
                   GtkWidget          *parent,
                   GtkWidget          *next_sibling,
                   TpStore            *store,
                   TpWorkshop         *workshop,
                   const char * const *tags)
{
  guint n_tags = tags != NULL ? g_strv_length ((GStrv)tags) : 0;
  guint i;

  for (i = 0; i < n_tags && i < TP_TAG_CHIPS_MAX; i++)
    tp_tag_chip_show (ensure_chip (chips, i, parent, next_sibling), store, workshop, tags[i]);
  for (; i < TP_TAG_CHIPS_MAX; i++)
    if (chips->chip[i] != NULL)
      gtk_widget_set_visible (chips->chip[i], FALSE);

  if (n_tags > TP_TAG_CHIPS_MAX)
    {
      g_autofree char *more = g_strdup_printf ("+%u", n_tags - TP_TAG_CHIPS_MAX);
      g_autofree char *all = g_strjoinv (", ", (GStrv)tags);
      GtkWidget *chip = ensure_chip (chips, TP_TAG_CHIPS_MAX, parent, next_sibling);

      gtk_label_set_text (GTK_LABEL (chip), more);
      tp_widget_set_lazy_tooltip (chip, all);
    }
  else if (chips->chip[TP_TAG_CHIPS_MAX] != NULL)
    gtk_widget_set_visible (chips->chip[TP_TAG_CHIPS_MAX], FALSE);
}
