/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Saves the whole session: its fields, participants, priorities, readings
 * and entries (new entries get their ids; entries it was read or saved
 * with that are no longer in it are deleted; entries others added stay).
 * Each row is saved only while it has the version this copy read
 * (LS_STORE_ERROR_CONFLICT otherwise, and nothing is saved). The sketch's
 * person-id must be set. */
gboolean   ls_store_save_sketch         (LsStore          *self,
                                         LsSketch         *sketch,
                                         GError          **error);
/* Only the session's own fields, participants and priorities. */
gboolean   ls_store_save_sketch_details (LsStore          *self,
                                         LsSketch         *sketch,
                                         GError          **error);
/* The whole session with readings and entries. */
LsSketch  *ls_store_load_sketch         (LsStore          *self,
                                         gint64            id,
                                         GError          **error);
/* The sessions of @person_id, oldest first, without readings and entries
 * (load one with ls_store_load_sketch()). */
GPtrArray *ls_store_list_sketches       (LsStore          *self,
                                         gint64            person_id,
                                         GError          **error);
gboolean   ls_store_delete_sketch       (LsStore          *self,
                                         gint64            id,
                                         GError          **error);

/* Saving as the caseworker types: one entry, one text, one rating. Each is
 * its own small transaction, and touches only its own row: saving an entry
 * never checks or changes its sketch's row, so two caseworkers adding
 * entries to one sketch never conflict. An entry or reading read from the
 * store is saved only while its stored row has the version it was read
 * with (LS_STORE_ERROR_CONFLICT otherwise; nothing is overwritten), and
 * gets the new version. ls_store_save_entry_text() writes whatever the
 * stored version (for tools that own the file). */
gboolean   ls_store_save_entry          (LsStore          *self,
                                         LsSketchEntry    *entry,
                                         GError          **error);
gboolean   ls_store_save_entry_text     (LsStore          *self,
                                         gint64            entry_id,
                                         const char       *text,
                                         GError          **error);
/* Saves @text only while the entry's stored version is *@version, and
 * sets *@version to the new one. When someone else changed the entry
 * since that version: LS_STORE_ERROR_CONFLICT (saying who and when, as far
 * as the audit tells), and nothing is written. */
gboolean   ls_store_save_entry_text_if_version (LsStore    *self,
                                         gint64            entry_id,
                                         const char       *text,
                                         gint64           *version,
                                         GError          **error);
/* One entry as it is stored now: its text and version, and who last
 * changed it and when (from the audit; NULL when it does not say, and
 * @changed_by / @changed_at may be NULL) — what a caseworker whose save
 * met a conflict sees beside their own text. Audited as a read. */
gboolean   ls_store_read_entry          (LsStore          *self,
                                         gint64            entry_id,
                                         char            **text,
                                         gint64           *version,
                                         char            **changed_by,
                                         GDateTime       **changed_at,
                                         GError          **error);
gboolean   ls_store_delete_entry        (LsStore          *self,
                                         gint64            entry_id,
                                         GError          **error);
gboolean   ls_store_save_reading        (LsStore          *self,
                                         gint64            sketch_id,
                                         LsDomainReading  *reading,
                                         GError          **error);

G_END_DECLS
