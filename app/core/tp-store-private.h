/* tp-store-private.h — what the store's own files share
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "tp-store.h"
#include "tp-types.h"

G_BEGIN_DECLS

#define TP_IDEA_DETAILS_MAX 20000
#define TP_TEXT_FIELD_MAX 2000

/* Cached per SQL text; the statement comes back reset and unbound. */
sqlite3_stmt *tp_store_prepare         (TpStore       *self,
                                        const char    *sql,
                                        GError       **error);
void          tp_store_forget_statements (TpStore     *self,
                                          const char  *needle);
gboolean      tp_store_step_done       (TpStore       *self,
                                        sqlite3_stmt  *stmt,
                                        GError       **error);
gboolean      tp_store_begin           (TpStore       *self,
                                        GError       **error);
gboolean      tp_store_commit          (TpStore       *self,
                                        GError       **error);
void          tp_store_rollback        (TpStore       *self);
void          tp_store_set_error       (sqlite3       *db,
                                        int            rc,
                                        GError       **error);
sqlite3      *tp_store_get_db          (TpStore       *self);
gboolean      tp_store_exec_sql        (sqlite3       *db,
                                        const char    *sql,
                                        GError       **error);
gboolean      tp_store_exec_with_id    (sqlite3       *db,
                                        const char    *sql,
                                        gint64         id,
                                        GError       **error);
GListStore   *tp_store_get_workshop_store (TpStore     *self);

/* tp-store-bulk.c */
typedef struct
{
  int foreign_keys;
  int temp_store;
  int wal_fd;
  int autocheckpoint;   /* to put back, or -1 when left alone */
} TpStoreBulk;

void          tp_store_bulk_begin      (TpStore           *self,
                                        gboolean           large,
                                        TpStoreBulk       *saved);
void          tp_store_bulk_end        (TpStore           *self,
                                        const TpStoreBulk *saved,
                                        gboolean           committed);
void          tp_store_bulk_written    (TpStore           *self,
                                        const TpStoreBulk *saved);
void          tp_store_bulk_wait       (TpStore           *self);
GThread     **tp_store_get_checkpoint_thread (TpStore     *self);

/* tp-store-import-voters.c, for tp-store-import.c */
typedef struct
{
  TpStore *store;
  gint64   workshop_id;
  GArray  *voters;        /* in the order they fill up */
  guint    voter;         /* the one being filled */
  guint    next_number;   /* for the next "Imported N" */
} TpImportVoters;

void          tp_import_voters_init    (TpImportVoters  *voters,
                                        TpStore         *store,
                                        gint64           workshop_id);
void          tp_import_voters_clear   (TpImportVoters  *voters);
gboolean      tp_import_voters_load    (TpImportVoters  *voters,
                                        GError         **error);
guint         tp_import_voters_take    (TpImportVoters  *voters,
                                        guint            wanted,
                                        gint64          *participant,
                                        GError         **error);
gboolean      tp_import_voters_settle  (TpImportVoters  *voters,
                                        GError         **error);

/* tp-store-workshops.c */
gboolean      tp_store_load_workshops  (TpStore       *self,
                                        GError       **error);

char         *tp_store_now             (void);
void          tp_store_bind_text       (sqlite3_stmt  *stmt,
                                        int            column,
                                        const char    *text);
const char   *tp_store_column_text     (sqlite3_stmt  *stmt,
                                        int            column);

/* tp-store.c, for the other tp-store-*.c files */
typedef enum
{
  TP_STORE_IDEAS,
  TP_STORE_PERSONAS,
  TP_STORE_TAGS,
  TP_STORE_PARTICIPANTS,
  TP_STORE_CLUSTERS,
  TP_STORE_TEMPLATES,   /* one model, kept under workshop id 0 */
  TP_STORE_N_MODELS
} TpStoreModel;

GListStore   *tp_store_peek_model       (TpStore       *self,
                                         TpStoreModel   kind,
                                         gint64         workshop_id);
void          tp_store_keep_model       (TpStore       *self,
                                         TpStoreModel   kind,
                                         gint64         workshop_id,
                                         GListStore    *model);
#define tp_store_peek_ideas(s, w)        tp_store_peek_model ((s), TP_STORE_IDEAS, (w))
#define tp_store_keep_ideas(s, w, m)     tp_store_keep_model ((s), TP_STORE_IDEAS, (w), (m))
#define tp_store_peek_personas(s, w)     tp_store_peek_model ((s), TP_STORE_PERSONAS, (w))
#define tp_store_keep_personas(s, w, m)  tp_store_keep_model ((s), TP_STORE_PERSONAS, (w), (m))
void          tp_store_announce_changed (GListStore    *store,
                                         gpointer       item);
gboolean      tp_store_find_position    (GListModel    *model,
                                         gpointer       item,
                                         guint         *position);

gpointer      tp_store_find_by_id       (GListModel    *model,
                                         gint64         id,
                                         guint         *position);

/* tp-store-ideas.c */
GListStore   *tp_store_read_ideas       (TpStore       *self,
                                         gint64         workshop_id,
                                         GError       **error);
gboolean      tp_store_write_idea_tags  (TpStore            *self,
                                         gint64              workshop_id,
                                         gint64              idea_id,
                                         const char * const *tags,
                                         GError            **error);

/* tp-store-tags.c, tp-store-votes.c: bring models in line with the
 * database after writes that touch them indirectly. */
void          tp_store_sync_tags        (TpStore       *self,
                                         gint64         workshop_id);
void          tp_store_sync_participants (TpStore      *self,
                                          gint64        workshop_id);
void          tp_store_sync_clusters    (TpStore       *self,
                                         gint64         workshop_id);
void          tp_store_sync_idea_votes  (TpStore       *self,
                                         gint64         workshop_id,
                                         gint64         only_idea);

/* tp-store-votes.c, for the CSV import and tp-store-merge.c too */
int           tp_store_insert_participant (TpStore     *self,
                                         const char    *uuid,
                                         gint64         workshop_id,
                                         const char    *name,
                                         guint          budget,
                                         gint64         imported);
int           tp_store_insert_dots      (TpStore       *self,
                                         gint64         idea_id,
                                         gint64         participant_id,
                                         guint          dots,
                                         const char    *created_at);

/* tp-store-sync.c */
void          tp_store_reconcile        (GListStore    *cached,
                                         GListModel    *fresh);

/* tp-store-merge.c */
gboolean      tp_store_merge_attached  (TpStore       *self,
                                        gint64         src_workshop,
                                        gint64        *workshop,
                                        guint         *votes_skipped,
                                        guint         *not_done,
                                        GError       **error);

/* tp-store-schema.c */
guint         tp_store_schema_latest   (void);
gboolean      tp_store_seed_workshop   (sqlite3       *db,
                                        gint64         workshop_id,
                                        GError       **error);
gboolean      tp_store_insert_personas (sqlite3       *db,
                                        gint64         workshop_id,
                                        GPtrArray     *personas,
                                        GError       **error);
gboolean      tp_store_insert_stages   (sqlite3             *db,
                                        gint64               workshop_id,
                                        const char * const  *stages,
                                        GError             **error);

/* tp-store-templates.c */
gboolean      tp_store_seed_from_template (TpStore    *self,
                                           gint64      workshop_id,
                                           TpTemplate *template,
                                           GError    **error);
char         *tp_store_channels_to_text   (TpChannel   channels);
TpChannel     tp_store_channels_from_text (const char *text);

/* tp-store-personas.c */
GListStore   *tp_store_read_personas   (TpStore       *self,
                                        gint64         workshop_id,
                                        GError       **error);
TpPersona    *tp_store_read_persona    (TpStore       *self,
                                        gint64         id,
                                        GError       **error);

/* tp-store-journey.c */
gboolean      tp_store_step_row        (TpStore       *self,
                                        sqlite3_stmt  *stmt,
                                        GError       **error);
char         *tp_store_check_text      (const char    *text,
                                        const char    *what,
                                        gboolean       required,
                                        guint          max_chars,
                                        GError       **error);
GListStore   *tp_store_read_journey    (TpStore       *self,
                                        gint64         idea_id,
                                        GError       **error);
void          tp_store_refresh_idea_verdict (TpStore  *self,
                                             gint64    idea_id);
gboolean      tp_store_seed_journeys   (sqlite3       *db,
                                        gint64         workshop_id,
                                        GError       **error);
void          tp_store_refresh_verdicts (TpStore      *self,
                                         gint64        workshop_id,
                                         gint64        idea_id);
gboolean      tp_store_seed_journey    (sqlite3       *db,
                                        gint64         idea_id,
                                        GError       **error);
gboolean      tp_store_schema_migrate  (sqlite3       *db,
                                        guint         *version,
                                        GError       **error);

G_END_DECLS
