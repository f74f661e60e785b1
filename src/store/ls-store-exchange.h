/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-decision-status.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* What the XML exchange (src/export/ls-xml-*) needs beyond the
 * repositories: restoring a decision's chain and status as it was,
 * earlier exports in the audit log, and finding persons by id number. */

/* One transaction around a whole export (nests with the repositories'
 * own; an import writes in chunks instead, see ls-store-import.h). When a save inside fails, everything is undone and
 * commit fails too. */
gboolean   ls_store_exchange_begin              (LsStore          *self,
                                                 GError          **error);
gboolean   ls_store_exchange_commit             (LsStore          *self,
                                                 GError          **error);
void       ls_store_exchange_rollback           (LsStore          *self);
/* A transaction that only reads the database (and writes SQLite's
 * temporary one): it never holds the write lock. End it with _rollback. */
gboolean   ls_store_exchange_begin_read         (LsStore          *self,
                                                 GError          **error);

typedef struct
{
  char *time;   /* YYYY-MM-DDThh:mm:ssZ */
  char *user;   /* the OS user; may be NULL */
} LsExportEvent;

void       ls_export_event_free                 (LsExportEvent *event);

/* For a decision just imported as a draft (with its goals and measures):
 * sets the decision it follows (0: none) and its status as recorded,
 * without the state machine, which governs new work, not history. */
gboolean   ls_store_exchange_restore_decision   (LsStore          *self,
                                                 gint64            decision_id,
                                                 gint64            previous_id,
                                                 LsDecisionStatus  status,
                                                 GError          **error);

/* The "export" rows of the audit log naming @person_id, oldest first
 * (LsExportEvent); times to the second. */
GPtrArray *ls_store_exchange_list_export_events (LsStore          *self,
                                                 gint64            person_id,
                                                 GError          **error);
/* Adds an "export" row with the time and user of an earlier export,
 * unless the person already has that one. */
gboolean   ls_store_exchange_add_export_event   (LsStore          *self,
                                                 gint64            person_id,
                                                 const char       *time,
                                                 const char       *user,
                                                 GError          **error);

/* The ids of all persons in ascending order (GArray of gint64). */
GArray    *ls_store_exchange_list_person_ids    (LsStore          *self,
                                                 GError          **error);

/* An index of id numbers for one import, kept in SQLite's temporary
 * database (memory stays flat however many persons there are). Begin
 * inside the import's batch; lookups see persons added with _note(). */
gboolean   ls_store_exchange_begin_id_index     (LsStore          *self,
                                                 GError          **error);
/* The person with @national_id, 0 when none, -1 on error. */
gint64     ls_store_exchange_lookup_id          (LsStore          *self,
                                                 const char       *national_id,
                                                 GError          **error);
gboolean   ls_store_exchange_note_id            (LsStore          *self,
                                                 const char       *national_id,
                                                 gint64            person_id,
                                                 GError          **error);
void       ls_store_exchange_end_id_index       (LsStore          *self);

/* Records keep their identifier (a UUID, column uid) across export and
 * import, so that merging a file twice adds its records once: a record
 * imported is inserted with its uid (ls-record-uid.h). */
typedef enum
{
  LS_UID_PERSON,
  LS_UID_CASE,
  LS_UID_SKETCH,
  LS_UID_ENTRY,
  LS_UID_DECISION,
  LS_UID_GOAL,
  LS_UID_MEASURE,
  LS_UID_EVALUATION,
  LS_UID_PLAN,
  LS_UID_N_KINDS
} LsUidKind;

/* The record's uid; NULL without @error when there is none. */
char      *ls_store_exchange_get_uid            (LsStore          *self,
                                                 LsUidKind         kind,
                                                 gint64            id,
                                                 GError          **error);
/* The record with @uid (0: none, -1: error) and the person it belongs to. */
gint64     ls_store_exchange_find_uid           (LsStore          *self,
                                                 LsUidKind         kind,
                                                 const char       *uid,
                                                 gint64           *person_id,
                                                 GError          **error);
/* The largest id among the records of @kind, 0 when there are none; -1
 * on error. Records inserted later have larger ids. */
gint64     ls_store_exchange_last_id            (LsStore          *self,
                                                 LsUidKind         kind,
                                                 GError          **error);
/* Inside the id index: notes @key (anything the file may hold only once)
 * at @line; *@earlier_line is the line it was first noted at, or 0. */
gboolean   ls_store_exchange_note_seen          (LsStore          *self,
                                                 const char       *key,
                                                 guint             line,
                                                 guint            *earlier_line,
                                                 GError          **error);

G_END_DECLS
