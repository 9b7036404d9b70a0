/* tp-store.h — the workshop library, kept in one SQLite database
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-error.h"
#include "tp-idea.h"
#include "tp-workshop.h"

G_BEGIN_DECLS

#define TP_TYPE_STORE (tp_store_get_type ())

G_DECLARE_FINAL_TYPE (TpStore, tp_store, TP, STORE, GObject)

char        *tp_store_default_path        (void);

TpStore     *tp_store_new                 (const char  *path,
                                           GError     **error);
const char  *tp_store_get_path            (TpStore     *self);
guint        tp_store_get_schema_version  (TpStore     *self);
guint        tp_store_get_latest_schema_version (void);

/* Workshops. The model holds TpWorkshop items, the most recent first;
 * trashed workshops leave it until they are restored, so whoever offers
 * an Undo keeps a reference. Objects returned by the store are owned by
 * its models (transfer none) unless a function says otherwise. */
GListModel  *tp_store_get_workshops       (TpStore     *self);
TpWorkshop  *tp_store_create_workshop     (TpStore     *self,
                                           const char  *title,
                                           GError     **error);
TpWorkshop  *tp_store_find_workshop       (TpStore     *self,
                                           const char  *id_or_title,
                                           GError     **error);
TpWorkshop  *tp_store_lookup_workshop     (TpStore     *self,
                                           gint64       id);
gboolean     tp_store_rename_workshop     (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *title,
                                           GError     **error);
gboolean     tp_store_set_workshop_anonymous (TpStore    *self,
                                              TpWorkshop *workshop,
                                              gboolean    anonymous,
                                              GError    **error);
gboolean     tp_store_trash_workshop      (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           GError     **error);
gboolean     tp_store_restore_workshop    (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           GError     **error);

/* Ideas. The model holds a workshop's TpIdea items in the order they
 * were captured and follows every change made through this store. */
GListModel  *tp_store_get_ideas           (TpStore     *self,
                                           TpWorkshop  *workshop);
GListModel  *tp_store_load_ideas          (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           GError     **error);
TpIdea      *tp_store_capture_idea        (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *text,
                                           GError     **error);
TpIdea      *tp_store_add_idea            (TpStore            *self,
                                           TpWorkshop         *workshop,
                                           const char         *title,
                                           const char         *details,
                                           const char         *author,
                                           const char * const *tags,
                                           GError            **error);
gboolean     tp_store_update_idea         (TpStore            *self,
                                           TpIdea             *idea,
                                           const char         *title,
                                           const char         *details,
                                           const char         *author,
                                           const char * const *tags,
                                           GError            **error);
gboolean     tp_store_set_idea_status     (TpStore      *self,
                                           TpIdea       *idea,
                                           TpIdeaStatus  status,
                                           GError      **error);
gboolean     tp_store_trash_idea          (TpStore     *self,
                                           TpIdea      *idea,
                                           GError     **error);
gboolean     tp_store_restore_idea        (TpStore     *self,
                                           TpIdea      *idea,
                                           GError     **error);
TpIdea      *tp_store_find_idea           (TpStore     *self,
                                           const char  *ref,
                                           GError     **error);

/* Forgets what was trashed for good: called when an Undo is no longer
 * offered, and at open for anything a crash left behind. */
gboolean     tp_store_purge_trash         (TpStore     *self,
                                           GError     **error);

G_END_DECLS
