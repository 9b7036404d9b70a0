/* tp-store.h — the workshop library, kept in one SQLite database
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-error.h"
#include "tp-cluster.h"
#include "tp-idea.h"
#include "tp-journey-step.h"
#include "tp-participant.h"
#include "tp-persona.h"
#include "tp-tag.h"
#include "tp-template.h"
#include "tp-walk.h"
#include "tp-workshop.h"

G_BEGIN_DECLS

#define TP_TYPE_STORE (tp_store_get_type ())

G_DECLARE_FINAL_TYPE (TpStore, tp_store, TP, STORE, GObject)

char        *tp_store_default_path        (void);

TpStore     *tp_store_new                 (const char  *path,
                                           GError     **error);
TpStore     *tp_store_open                (const char  *path,
                                           char       **notice,
                                           GError     **error);
gboolean     tp_store_backup_if_due       (TpStore     *self,
                                           GError     **error);
const char  *tp_store_get_path            (TpStore     *self);
guint        tp_store_get_schema_version  (TpStore     *self);
guint        tp_store_get_latest_schema_version (void);

/* Changes made by other programs (touchpoint-cli, another window). */
gboolean     tp_store_refresh             (TpStore     *self,
                                           GError     **error);
gboolean     tp_store_poll_changes        (TpStore     *self);

/* Workshops. The model holds TpWorkshop items, the most recent first;
 * trashed workshops leave it until they are restored, so whoever offers
 * an Undo keeps a reference. Objects returned by the store are owned by
 * its models (transfer none) unless a function says otherwise. */
GListModel  *tp_store_get_workshops       (TpStore     *self);
TpWorkshop  *tp_store_create_workshop     (TpStore     *self,
                                           const char  *title,
                                           GError     **error);
TpWorkshop  *tp_store_create_workshop_from_template (TpStore    *self,
                                                    const char *title,
                                                    TpTemplate *template,
                                                    GError    **error);
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

/* Personas. Each new workshop starts with the three default ones. The
 * model holds TpPersona items in the order they were made. A @draft is
 * any TpPersona whose traits are copied; its id and revision are ignored. */
GListModel  *tp_store_get_personas        (TpStore     *self,
                                           TpWorkshop  *workshop);
TpPersona   *tp_store_add_persona         (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           TpPersona   *draft,
                                           GError     **error);
gboolean     tp_store_update_persona      (TpStore     *self,
                                           TpPersona   *persona,
                                           TpPersona   *draft,
                                           GError     **error);
gboolean     tp_store_delete_persona      (TpStore     *self,
                                           TpPersona   *persona,
                                           GError     **error);
TpPersona   *tp_store_find_persona        (TpStore     *self,
                                           gint64       workshop_id,
                                           const char  *name,
                                           GError     **error);

/* The journey stages new ideas of a workshop start with. */
GStrv        tp_store_get_template_stages (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           GError     **error);
gboolean     tp_store_set_template_stages (TpStore            *self,
                                           TpWorkshop         *workshop,
                                           const char * const *stages,
                                           GError            **error);

/* Journey designs. get returns a fresh copy (transfer full) to edit;
 * set checks and replaces the whole design in one transaction, which
 * makes every earlier walk of the idea stale. */
GListStore  *tp_store_get_journey         (TpStore     *self,
                                           TpIdea      *idea,
                                           GError     **error);
gboolean     tp_store_set_journey         (TpStore     *self,
                                           TpIdea      *idea,
                                           GListModel  *steps,
                                           GError     **error);
gboolean     tp_store_check_journey       (GListModel  *steps,
                                           GError     **error);

/* Which personas an idea is walked for: those linked, or all of its
 * workshop's while none are. Transfer full, TpPersona items. */
GPtrArray   *tp_store_get_idea_personas   (TpStore     *self,
                                           TpIdea      *idea,
                                           GError     **error);
gboolean     tp_store_set_idea_personas   (TpStore     *self,
                                           TpIdea      *idea,
                                           GPtrArray   *personas,
                                           GError     **error);

/* Walks. @expected_satisfaction is 1–5, or 0 when the team gave none. */
TpWalk      *tp_store_walk_idea           (TpStore     *self,
                                           TpIdea      *idea,
                                           TpPersona   *persona,
                                           guint        expected_satisfaction,
                                           GError     **error);
TpWalk      *tp_store_get_latest_walk     (TpStore     *self,
                                           TpIdea      *idea,
                                           TpPersona   *persona,
                                           GError     **error);
gboolean     tp_store_set_walk_note       (TpStore     *self,
                                           TpWalk      *walk,
                                           guint        step,
                                           const char  *note,
                                           GError     **error);
gboolean     tp_store_accept_friction     (TpStore     *self,
                                           TpWalk      *walk,
                                           guint        finding,
                                           const char  *reason,
                                           GError     **error);

/* The done gate: %TRUE when every linked persona's latest walk is
 * completed, current and free of open frictions; otherwise @error (code
 * TP_ERROR_REFUSED) names each persona and what is missing. */
gboolean     tp_store_check_done_gate     (TpStore     *self,
                                           TpIdea      *idea,
                                           GError     **error);
TpVerdict    tp_store_get_verdict         (TpStore     *self,
                                           TpIdea      *idea,
                                           guint       *blocked_at);
TpVerdict    tp_store_get_persona_verdict (TpStore     *self,
                                           TpIdea      *idea,
                                           TpPersona   *persona,
                                           guint       *dropped_at,
                                           guint       *open_frictions,
                                           GError     **error);
gboolean     tp_store_is_walk_current     (TpStore     *self,
                                           TpWalk      *walk);
/* Mean of expected − simulated satisfaction over the latest walks that
 * have an expectation; %FALSE when there are none. */
gboolean     tp_store_get_perception_gap  (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           TpIdea      *idea,
                                           double      *mean_gap,
                                           guint       *n_walks);

/* Tags. The model holds TpTag items sorted by name and follows capture,
 * edits and the calls below. */
GListModel  *tp_store_get_tags            (TpStore     *self,
                                           TpWorkshop  *workshop);
TpTag       *tp_store_find_tag            (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *name,
                                           GError     **error);
TpTag       *tp_store_create_tag          (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *name,
                                           const char  *colour,
                                           GError     **error);
gboolean     tp_store_rename_tag          (TpStore     *self,
                                           TpTag       *tag,
                                           const char  *name,
                                           GError     **error);
gboolean     tp_store_recolour_tag        (TpStore     *self,
                                           TpTag       *tag,
                                           const char  *colour,
                                           GError     **error);
/* What a deleted tag was, to put it back. */
typedef struct _TpDeletedTag TpDeletedTag;

gboolean     tp_store_delete_tag          (TpStore       *self,
                                           TpTag         *tag,
                                           TpDeletedTag **deleted,
                                           GError       **error);
gboolean     tp_store_restore_tag         (TpStore       *self,
                                           TpDeletedTag  *deleted,
                                           GError       **error);
const char  *tp_deleted_tag_get_name      (TpDeletedTag  *deleted);
void         tp_deleted_tag_free          (TpDeletedTag  *deleted);
gboolean     tp_store_tag_ideas           (TpStore            *self,
                                           GPtrArray          *ideas,
                                           const char * const *tags,
                                           gboolean            add,
                                           GError            **error);

/* Participants and dot votes; the budget is enforced here and by the
 * database. */
GListModel    *tp_store_get_participants  (TpStore        *self,
                                           TpWorkshop     *workshop);
TpParticipant *tp_store_find_participant  (TpStore        *self,
                                           TpWorkshop     *workshop,
                                           const char     *name,
                                           GError        **error);
TpParticipant *tp_store_add_participant   (TpStore        *self,
                                           TpWorkshop     *workshop,
                                           const char     *name,
                                           guint           budget,
                                           GError        **error);
gboolean     tp_store_update_participant  (TpStore        *self,
                                           TpParticipant  *participant,
                                           const char     *name,
                                           guint           budget,
                                           GError        **error);
gboolean     tp_store_delete_participant  (TpStore        *self,
                                           TpParticipant  *participant,
                                           GError        **error);
gboolean     tp_store_add_vote            (TpStore        *self,
                                           TpIdea         *idea,
                                           TpParticipant  *participant,
                                           GError        **error);
gboolean     tp_store_add_votes           (TpStore        *self,
                                           TpIdea         *idea,
                                           TpParticipant  *participant,
                                           guint           count,
                                           GError        **error);
gboolean     tp_store_remove_vote         (TpStore        *self,
                                           TpIdea         *idea,
                                           TpParticipant  *participant,
                                           GError        **error);
guint        tp_store_count_votes         (TpStore        *self,
                                           TpIdea         *idea,
                                           TpParticipant  *participant);
gboolean     tp_store_set_workshop_hide_votes (TpStore    *self,
                                               TpWorkshop *workshop,
                                               gboolean    hide,
                                               GError    **error);

/* Scores and the manual order. */
gboolean     tp_store_check_scores        (const TpScores *scores,
                                           GError        **error);
gboolean     tp_store_set_idea_scores     (TpStore        *self,
                                           TpIdea         *idea,
                                           const TpScores *scores,
                                           GError        **error);
gboolean     tp_store_move_idea           (TpStore        *self,
                                           TpIdea         *idea,
                                           guint           rank,
                                           GError        **error);

/* Running the room: the phase, display choices and timer presets. */
gboolean     tp_store_set_workshop_phase  (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           TpPhase      phase,
                                           GError     **error);
gboolean     tp_store_set_workshop_hide_authors (TpStore    *self,
                                                 TpWorkshop *workshop,
                                                 gboolean    hide,
                                                 GError    **error);
gboolean     tp_store_set_workshop_timer_presets (TpStore    *self,
                                                  TpWorkshop *workshop,
                                                  const char *presets,
                                                  GError    **error);
gboolean     tp_store_set_workshop_question (TpStore    *self,
                                             TpWorkshop *workshop,
                                             const char *question,
                                             GError    **error);

/* Clusters. The model holds TpCluster items in the order made, each with
 * its number of ideas and the sum of their votes. */
GListModel  *tp_store_get_clusters        (TpStore     *self,
                                           TpWorkshop  *workshop);
TpCluster   *tp_store_find_cluster        (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *name,
                                           GError     **error);
TpCluster   *tp_store_create_cluster      (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *name,
                                           GPtrArray   *ideas,
                                           GError     **error);
gboolean     tp_store_move_to_cluster     (TpStore     *self,
                                           TpCluster   *cluster,
                                           GPtrArray   *ideas,
                                           GError     **error);
gboolean     tp_store_rename_cluster      (TpStore     *self,
                                           TpCluster   *cluster,
                                           const char  *name,
                                           GError     **error);
gboolean     tp_store_set_cluster_collapsed (TpStore   *self,
                                             TpCluster *cluster,
                                             gboolean   collapsed,
                                             GError   **error);
gboolean     tp_store_merge_clusters      (TpStore     *self,
                                           TpCluster   *into,
                                           TpCluster   *from,
                                           GError     **error);
gboolean     tp_store_ungroup_cluster     (TpStore     *self,
                                           TpCluster   *cluster,
                                           GError     **error);

/* Workshop files (.touchpoint): one workshop in an SQLite file. */
gboolean     tp_store_export_workshop     (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *path,
                                           GError     **error);
TpWorkshop  *tp_store_import_workshop_file (TpStore    *self,
                                            const char *path,
                                            char      **notice,
                                            GError    **error);

/* Workshop templates: the built-in ones first, then those saved. */
GListModel  *tp_store_get_templates       (TpStore     *self);
TpTemplate  *tp_store_find_template       (TpStore     *self,
                                           const char  *name,
                                           GError     **error);
TpTemplate  *tp_store_save_template       (TpStore     *self,
                                           TpWorkshop  *workshop,
                                           const char  *name,
                                           GError     **error);
gboolean     tp_store_delete_template     (TpStore     *self,
                                           TpTemplate  *template,
                                           GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpDeletedTag, tp_deleted_tag_free)

G_END_DECLS
