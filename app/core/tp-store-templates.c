/* tp-store-templates.c — workshop templates, built in and saved
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "tp-scenario.h"
#include "tp-store-private.h"
#include "tp-timer.h"

#define TEMPLATE_NAME_MAX 100

/* Stages and personas are kept as JSON in the templates table, in the
 * scenario format, so a saved template reads like the files people share. */
static char *
stages_to_json (const char * const *stages)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; stages[i]; i++)
    json_builder_add_string_value (builder, stages[i]);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char *
personas_to_json (GPtrArray *personas)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < personas->len; i++)
    json_array_add_element (array, tp_scenario_persona_to_json (g_ptr_array_index (personas, i)));

  json_node_set_array (root, array);
  return json_to_string (root, FALSE);
}

static TpTemplate *
template_from_row (sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) stages = g_strv_builder_new ();
  g_autoptr(GPtrArray) personas = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) stage_list = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, tp_store_column_text (stmt, 4), -1, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_ARRAY (root))
    goto damaged;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    {
      const char *stage = json_array_get_string_element (json_node_get_array (root), i);

      if (stage == NULL)
        goto damaged;
      g_strv_builder_add (stages, stage);
    }

  if (!json_parser_load_from_data (parser, tp_store_column_text (stmt, 5), -1, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_ARRAY (root))
    goto damaged;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    {
      TpPersona *persona = tp_scenario_persona_from_json (json_array_get_element (json_node_get_array (root), i),
                                                          error);
      if (persona == NULL)
        return NULL;
      g_ptr_array_add (personas, persona);
    }

  stage_list = g_strv_builder_end (stages);
  return tp_template_new (sqlite3_column_int64 (stmt, 0),
                          tp_store_column_text (stmt, 1),
                          tp_store_column_text (stmt, 2),
                          tp_store_column_text (stmt, 3),
                          (const char * const *)stage_list, personas);

damaged:
  g_set_error (error, TP_ERROR, TP_ERROR_DAMAGED,
               _("The saved template “%s” is damaged"), tp_store_column_text (stmt, 1));
  return NULL;
}

static void
load_saved_templates (TpStore    *self,
                      GListStore *templates)
{
  sqlite3_stmt *stmt;

  stmt = tp_store_prepare (self,
                           "SELECT id, name, question, timer_presets, stages, personas "
                           "FROM templates ORDER BY key",
                           NULL);
  if (stmt == NULL)
    return;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TpTemplate) template = template_from_row (stmt, &error);

      /* One damaged template must not hide the others. */
      if (template == NULL)
        g_message ("Skipping a saved template: %s", error->message);
      else
        g_list_store_append (templates, template);
    }
  sqlite3_reset (stmt);
}

GListModel *
tp_store_get_templates (TpStore *self)
{
  GListStore *templates;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);

  templates = tp_store_peek_model (self, TP_STORE_TEMPLATES, 0);
  if (templates == NULL)
    {
      g_autoptr(GListStore) created = g_list_store_new (TP_TYPE_TEMPLATE);
      g_autoptr(GPtrArray) builtins = tp_template_new_builtins ();

      g_list_store_splice (created, 0, 0, builtins->pdata, builtins->len);
      load_saved_templates (self, created);
      tp_store_keep_model (self, TP_STORE_TEMPLATES, 0, created);
      templates = created;
    }

  return G_LIST_MODEL (templates);
}

TpTemplate *
tp_store_find_template (TpStore     *self,
                        const char  *name,
                        GError     **error)
{
  GListModel *templates;
  g_autofree char *key = NULL;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  templates = tp_store_get_templates (self);
  key = g_utf8_casefold (name, -1);
  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpTemplate) template = g_list_model_get_item (templates, i);
      g_autofree char *other = g_utf8_casefold (tp_template_get_name (template), -1);

      if (g_strcmp0 (key, other) == 0)
        return template;
    }

  g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND, _("There is no template called “%s”"), name);
  return NULL;
}

/* Gives a workshop what the template carries, inside the caller's
 * transaction (the workshop row exists already). */
gboolean
tp_store_seed_from_template (TpStore     *self,
                             gint64       workshop_id,
                             TpTemplate  *template,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  if (!tp_store_insert_personas (tp_store_get_db (self), workshop_id,
                                 tp_template_get_personas (template), error) ||
      !tp_store_insert_stages (tp_store_get_db (self), workshop_id,
                               tp_template_get_stages (template), error))
    return FALSE;

  stmt = tp_store_prepare (self,
                           "UPDATE workshops SET question = ?2, timer_presets = ?3 WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  tp_store_bind_text (stmt, 2, tp_template_get_question (template));
  tp_store_bind_text (stmt, 3, tp_template_get_timer_presets (template));
  return tp_store_step_done (self, stmt, error);
}

/**
 * tp_store_save_template:
 * @name: a name no other template has
 *
 * Saves what @workshop would give a new workshop: its question, timer
 * presets, personas and journey stages.
 *
 * Returns: (transfer none): the saved template
 */
TpTemplate *
tp_store_save_template (TpStore     *self,
                        TpWorkshop  *workshop,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *checked = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  g_autofree char *stages_json = NULL;
  g_autofree char *personas_json = NULL;
  g_auto(GStrv) stages = NULL;
  g_autoptr(GPtrArray) personas = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TpTemplate) template = NULL;
  GListModel *workshop_personas;
  GListStore *templates;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  if (!(checked = tp_store_check_text (name, _("template name"), TRUE, TEMPLATE_NAME_MAX, error)))
    return NULL;

  if (tp_store_find_template (self, checked, NULL) != NULL)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("There is a template called “%s” already"), checked);
      return NULL;
    }

  if (!(stages = tp_store_get_template_stages (self, workshop, error)))
    return NULL;

  workshop_personas = tp_store_get_personas (self, workshop);
  for (guint i = 0; i < g_list_model_get_n_items (workshop_personas); i++)
    g_ptr_array_add (personas, g_list_model_get_item (workshop_personas, i));

  stages_json = stages_to_json ((const char * const *)stages);
  personas_json = personas_to_json (personas);
  key = g_utf8_casefold (checked, -1);

  if (!tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO templates (uuid, name, key, question, timer_presets, stages, "
                           "  personas, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  tp_store_bind_text (stmt, 2, checked);
  tp_store_bind_text (stmt, 3, key);
  tp_store_bind_text (stmt, 4, tp_workshop_get_question (workshop));
  tp_store_bind_text (stmt, 5, tp_workshop_get_timer_presets (workshop));
  tp_store_bind_text (stmt, 6, stages_json);
  tp_store_bind_text (stmt, 7, personas_json);
  tp_store_bind_text (stmt, 8, now);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  template = tp_template_new (sqlite3_last_insert_rowid (tp_store_get_db (self)), checked,
                              tp_workshop_get_question (workshop),
                              tp_workshop_get_timer_presets (workshop),
                              (const char * const *)stages, personas);
  templates = G_LIST_STORE (tp_store_get_templates (self));
  g_list_store_append (templates, template);

  return template;

fail:
  tp_store_rollback (self);
  return NULL;
}

gboolean
tp_store_delete_template (TpStore     *self,
                          TpTemplate  *template,
                          GError     **error)
{
  g_autoptr(TpTemplate) keep = NULL;
  sqlite3_stmt *stmt;
  GListStore *templates;
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_TEMPLATE (template), FALSE);

  if (tp_template_is_builtin (template))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
                   _("“%s” comes with Touchpoint and cannot be deleted"), tp_template_get_name (template));
      return FALSE;
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM templates WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_template_get_id (template));
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  keep = g_object_ref (template);
  templates = G_LIST_STORE (tp_store_get_templates (self));
  if (tp_store_find_position (G_LIST_MODEL (templates), template, &position))
    g_list_store_remove (templates, position);

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}
