/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The store's insides, shared by the repository files, written once for
 * both engines on the seam in ls-db.h. Nothing outside src/store (and
 * tests of the store) includes this. */

#include "ls-db.h"
#include "ls-decision.h"
#include "ls-store-decisions.h"
#include "ls-domain-reading.h"
#include "ls-sketch.h"
#include "ls-sketch-entry.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Between two transactions of a long write (an import's chunks, the
 * tidying after a series): the store's busy handler (busy_wait() in
 * ls-db-sqlite-file.c) tries again every 1-5 ms, so a pause this long lets
 * in every Livsskisse writer that was waiting; without it the long write
 * would take the lock back at once and starve them. */
#define LS_STORE_WRITERS_PAUSE_USEC (15 * G_TIME_SPAN_MILLISECOND)

struct _LsStore
{
  GObject     parent_instance;
  LsDb       *db;
  const char *path;         /* db->location */
  char       *os_user;
  char       *actor;
  GHashTable *statements;   /* const char *sql (static) -> LsDbStmt */
  guint       schema_version;
  guint       opened_version;   /* before this open migrated it (0: new) */
  gboolean    read_only;    /* opened for reading only */
  guint       transaction_depth;
  gboolean    batch;        /* the outermost transaction is a batch */
  GPtrArray  *swapped;      /* objects given a new row version in the
                             * transaction under way (ls-store-versions.c) */
  GPtrArray  *pending_audit;  /* audit rows of the open transaction, written at its commit */
  /* For tests only: called in the transaction of a booking's change or
   * cancellation after the stored booking was read and just before it is
   * written, so that a test can change it on another connection between
   * the two (ls-store-bookings.c). NULL: nothing. */
  void      (*before_booking_write) (LsStore *self,
                                     gpointer data);
  gpointer    before_booking_write_data;
};

typedef LsDbStmt LsStmt;

/* A cached prepared statement for the static string @sql, reset and with
 * bindings cleared; NULL with @error set on failure. */
LsStmt       *_ls_store_statement   (LsStore      *self,
                                     const char   *sql,
                                     GError      **error);
void          _ls_store_set_not_found (LsStore  *self,
                                     GError      **error);
/* Steps a statement that returns no rows (or ignores them); resets it. */
gboolean      _ls_store_step_done   (LsStore      *self,
                                     LsStmt       *stmt,
                                     GError      **error);
/* Steps an INSERT or UPDATE … RETURNING id and gives the id (not found
 * when an UPDATE met no row); resets it. */
gboolean      _ls_store_step_id (LsStore      *self,
                                     LsStmt       *stmt,
                                     gint64       *id,
                                     GError      **error);
/* The first column of the first row of @sql (static) as a 64-bit number;
 * a query without a row fails. */
gboolean      _ls_store_query_id    (LsStore      *self,
                                     const char   *sql,
                                     gint64       *id,
                                     GError      **error);
/* Counts and logs @sql when it runs on the thread ls_store_forbid_thread
 * named (the one place the guard looks). */
void          _ls_store_check_thread (const char   *sql);
gboolean      _ls_store_exec        (LsStore      *self,
                                     const char   *sql,
                                     GError      **error);

/* Replaces an owner's LsParticipant rows: @delete_sql (static, owner id as
 * ?1; NULL for a new owner) then @insert_sql (owner, position, name, role,
 * contribution as ?1..?5) for each of @participants. */
gboolean      _ls_store_write_participants (LsStore    *self,
                                     const char   *delete_sql,
                                     const char   *insert_sql,
                                     gint64        owner_id,
                                     GPtrArray    *participants,
                                     GError      **error);

/* Now, as the audit and journals write it: 2026-01-31T12:00:00.000Z. */
char         *_ls_store_timestamp   (void);

/* Makes one object from the current row of a statement. */
typedef gpointer (*LsRowFunc) (LsStmt *stmt);
/* Steps @stmt to its end, adding @row_func's object for each row to @rows;
 * resets it. FALSE with @error if SQLite failed. */
gboolean      _ls_store_collect_rows (LsStore      *self,
                                     LsStmt       *stmt,
                                     LsRowFunc     row_func,
                                     GPtrArray    *rows,
                                     GError      **error);
/* The object @row_func makes from the first row of @stmt; resets it. NULL
 * with @error (not found when there is no row) otherwise. */
gpointer      _ls_store_fetch_row   (LsStore      *self,
                                     LsStmt       *stmt,
                                     LsRowFunc     row_func,
                                     GError      **error);

/* Transactions nest: only the outermost begin/commit reaches SQLite. */
gboolean      _ls_store_begin       (LsStore      *self,
                                     GError      **error);
gboolean      _ls_store_commit      (LsStore      *self,
                                     GError      **error);
void          _ls_store_rollback    (LsStore      *self);

/* Binding helpers: NULL strings, invalid dates and id 0 become SQL NULL. */
void          _ls_bind_text         (LsStmt       *stmt,
                                     int           index,
                                     const char   *text);
void          _ls_bind_date         (LsStmt       *stmt,
                                     int           index,
                                     const GDate  *date);
void          _ls_bind_id           (LsStmt       *stmt,
                                     int           index,
                                     gint64        id);
/* The uid @object brings from a file (ls-record-uid.h), for its row's
 * insert; NULL (a random one) when it brings none. */
void          _ls_bind_uid          (LsStmt       *stmt,
                                     int           index,
                                     gpointer      object);
const char   *_ls_column_text       (LsStmt       *stmt,
                                     int           index);
GDate        *_ls_column_date       (LsStmt       *stmt,
                                     int           index);

/* Inserts @entry (id 0, then sets its id) or updates it by id (not found if
 * it is gone); no transaction, no audit row (ls-store-sketches.c). */
gboolean      _ls_store_write_entry (LsStore       *self,
                                     LsSketchEntry *entry,
                                     GError       **error);

/* Notes which stored entries @sketch holds now (read or saved with all
 * its entries), so that a later whole save deletes only those of them
 * taken out of it (ls-store-sketches.c). */
void          _ls_store_note_entries (LsSketch     *sketch);

/* Inserts or replaces the reading of one life area of sketch @sketch_id;
 * no transaction, no audit row (ls-store-sketches.c). */
gboolean      _ls_store_write_reading (LsStore       *self,
                                     gint64           sketch_id,
                                     LsDomainReading *reading,
                                     GError         **error);

/* Row versions (ls-store-versions.c). Steps @stmt — an UPDATE … SET …,
 * version = version + 1 WHERE id = … AND version = … RETURNING version, or
 * an upsert whose update has that condition — and gives @object the
 * version it returned (@object may be NULL), also in *@new_version unless
 * NULL; resets it. When no row came back: not found if
 * @exists_sql (static, SELECT 1 … WHERE id = ?1; NULL when the row is
 * known to be there) finds no row @id, otherwise LS_STORE_ERROR_CONFLICT
 * naming who last changed @audit_object @id, and when, as the audit says.
 * The object gets its old version back if the transaction is undone. */
gboolean      _ls_store_step_swap   (LsStore      *self,
                                     LsStmt       *stmt,
                                     gpointer      object,
                                     const char   *exists_sql,
                                     const char   *audit_object,
                                     gint64        id,
                                     gint64       *new_version,
                                     GError      **error);
/* Sets LS_STORE_ERROR_CONFLICT: someone else changed this in the meantime,
 * naming who last changed @audit_object @id, and when, as the audit says
 * (nothing more when it says nothing), and the database. */
void          _ls_store_set_conflict (LsStore     *self,
                                     const char   *audit_object,
                                     gint64        id,
                                     GError      **error);
/* Who last created or changed @object @id ("Kari Nordmann (kari)", or the
 * login alone) and when, as the audit's newest such row says; both NULL
 * when it says nothing. */
void          _ls_store_last_change (LsStore      *self,
                                     const char   *object,
                                     gint64        id,
                                     char        **who,
                                     GDateTime   **at);
/* Gives a newly inserted @object its first version (1), undone with the
 * transaction like a swap's. */
void          _ls_store_set_first_version (LsStore *self,
                                     gpointer      object);
/* Steps an INSERT … RETURNING id (*@id 0: sets *@id and gives @object
 * version 1) or the compare-and-swap UPDATE of row *@id as
 * _ls_store_step_swap() does. */
gboolean      _ls_store_step_save   (LsStore      *self,
                                     LsStmt       *stmt,
                                     gpointer      object,
                                     gint64       *id,
                                     const char   *exists_sql,
                                     const char   *audit_object,
                                     GError      **error);
/* The outermost transaction ended: committed (the new versions stay) or
 * undone (each object gets its old version back). */
void          _ls_store_settle_versions (LsStore  *self,
                                     gboolean      committed);

/* Deletes row @id with @delete_sql (static, id as ?1) in a transaction with
 * a "delete" audit row for @object of the person @person_sql finds. */
gboolean      _ls_store_delete_audited (LsStore    *self,
                                     const char   *person_sql,
                                     const char   *delete_sql,
                                     const char   *object,
                                     gint64        id,
                                     GError      **error);

/* Issues the saved draft @decision and, with @supersede, in the same
 * transaction supersedes the decision it refers to while that one is in
 * force. @decision says issued only once the outermost commit succeeded
 * (ls-store-decisions.c). */
gboolean      _ls_store_issue       (LsStore      *self,
                                     LsDecision   *decision,
                                     const char   *issued_by,
                                     const GDate  *issued_date,
                                     gboolean      four_eyes,
                                     gboolean      supersede,
                                     LsIssueFreezeFunc freeze,
                                     gpointer      user_data,
                                     GError      **error);

/* The person's newest finished sketch dated on or before @until (any
 * date when NULL): 0 when none, -1 on error. */
gint64        _ls_store_finished_sketch_until (LsStore     *self,
                                               gint64       person_id,
                                               const GDate *until,
                                               GError     **error);

/* The goals and measures of @decision not stored yet (id 0), so that a
 * failed transaction can take back the ids a save gave them with
 * _ls_store_forget_ids() (ls-store-decisions.c). */
GPtrArray    *_ls_store_unsaved_parts (LsDecision *decision);
/* Sets the "id" property of each object in @objects back to 0. */
void          _ls_store_forget_ids  (GPtrArray    *objects);

/* A new LsPerson from the columns id, given, family, birth date, national id
 * (ls-store-persons.c). */
gpointer      _ls_store_person_from_row (LsStmt *stmt);

/* The first @limit persons in name order whose names, national ids or
 * sketch entries hold every word of @query as a prefix
 * (ls-store-persons.c). The static statement @sql is
 * LS_STORE_SEARCH_STATEMENT with a condition (TRUE for none), which may
 * use @param_1 (a date, NULL for none) as ?1, and ?4 and ?5 as
 * _ls_store_bind_me() binds them. */
#define LS_STORE_SEARCH_STATEMENT(condition) \
  "SELECT @MATCH_SUMMARY@ FROM @MATCHES@ AND (" \
  condition ") ORDER BY @MATCH_ORDER@ LIMIT ?3"
/* Binds this login as ?@index and, as ?@index + 1, whom a person without
 * a responsible caseworker is: the desk's user on a desk, nobody (NULL) on
 * a team's server. */
void          _ls_store_bind_me     (LsStore      *self,
                                     LsStmt       *stmt,
                                     int           index);
GPtrArray    *_ls_store_search      (LsStore      *self,
                                     const char   *query,
                                     guint         limit,
                                     const char   *sql,
                                     const GDate  *param_1,
                                     GError      **error);

/* The audit's hash chain (ls-store-audit.c). An audit row is queued in
 * the open transaction (or written in one of its own outside any) with
 * @at and the actor given; the outermost commit writes the queued rows
 * onto the chain with _ls_store_audit_flush() and a rollback forgets
 * them. */
gboolean      _ls_store_audit_row   (LsStore      *self,
                                     const char   *at,
                                     const char   *os_user,
                                     const char   *display_name,
                                     gint64        person_id,
                                     const char   *object_type,
                                     gint64        object_id,
                                     const char   *action,
                                     GError      **error);
gboolean      _ls_store_audit_flush (LsStore      *self,
                                     GError      **error);
void          _ls_store_audit_forget (LsStore     *self);
/* Chains the rows already there (the chain's migration). */
gboolean      _ls_store_build_audit_chain (LsStore *self,
                                     GError      **error);
/* *@problem: one sentence naming where the chain breaks, or NULL. */
gboolean      _ls_store_check_audit_chain (LsStore *self,
                                     char        **problem,
                                     GError      **error);
/* The schema version from which the audit is chained. */
guint         _ls_store_audit_chain_version (void);

/* The person a sketch, decision, ... belongs to, for the audit row. */
gint64        _ls_store_person_of   (LsStore      *self,
                                     const char   *sql,
                                     gint64        id,
                                     GError      **error);

/* Makes every person's sort key again (migration 8; a new ICU). */
gboolean      _ls_store_update_sort_keys (LsStore *self,
                                     GError      **error);

/* The PostgreSQL schema of version 8 (ls-store-schema-pg.c). */
extern const char _ls_store_pg_schema_8[];

/* The collation of schemas before 8 (only their migration needs it):
 * … X Y Z Æ Ø Å, case folded, accents secondary. */
int           _ls_collate_nb        (void         *user_data,
                                     int           len_a,
                                     const void   *a,
                                     int           len_b,
                                     const void   *b);
int           _ls_collate_nb_strcmp (const char   *a,
                                     const char   *b);

/* Migrations (ls-store-migrations.c). */
guint         _ls_store_latest_version (void);
/* The group roles of those who work with persons on a team database;
 * each later schema step grants them what its tables need. */
#define LS_STORE_TEAM_GROUPS "livsskisse_caseworker, livsskisse_decision_maker, livsskisse_lead"
/* Need-to-know on a team database (step 13): row-level security, forced,
 * with a table seen when @read holds and changed when @write holds (which
 * implies @read); the schema's owner sees all. TEAM_PERSONS is written
 * out rather than a set-returning function, which the planner would not
 * inline. */
#define LS_STORE_PG_OWNER "(SELECT ls_is_owner ())"
#define LS_STORE_PG_TEAM_PERSONS "(SELECT id FROM persons WHERE team_id = (SELECT ls_my_team ()))"
#define LS_STORE_PG_FORCE_RLS(table) \
  "ALTER TABLE " table " ENABLE ROW LEVEL SECURITY;" \
  "ALTER TABLE " table " FORCE ROW LEVEL SECURITY;"
#define LS_STORE_PG_POLICIES(table, read, write) \
  LS_STORE_PG_FORCE_RLS (table) \
  "CREATE POLICY " table "_read ON " table " FOR SELECT USING (" LS_STORE_PG_OWNER " OR " read ");" \
  "CREATE POLICY " table "_write ON " table " FOR ALL USING (" LS_STORE_PG_OWNER " OR " write ");"
/* A table with a person_id: seen with the persons one sees, changed for
 * one's team's. */
#define LS_STORE_PG_BY_PERSON(table) \
  LS_STORE_PG_POLICIES (table, "person_id IN (SELECT id FROM persons)", "person_id IN " LS_STORE_PG_TEAM_PERSONS)

/* Schema step 13, who is who (ls-store-schema-teams.c). */
extern const char _ls_store_teams_sqlite[];
extern const char _ls_store_teams_pg[];
/* Step 17, who issued a decision as the server records it (PostgreSQL). */
extern const char _ls_store_decision_identity_pg[];
/* On PostgreSQL, the audit's and the records' user is the server's
 * current_user, asked once when the store opens (ls-store-teams.c). */
gboolean      _ls_store_load_identity (LsStore    *self,
                                     GError      **error);
/* Brings @db from @from to @to, each step in its own transaction. */
gboolean      _ls_store_migrate     (LsStore      *self,
                                     guint         from,
                                     guint         to,
                                     GError      **error);
/* Copies the shipped catalogs into empty catalog tables. */
gboolean      _ls_store_seed_catalogs (LsStore    *self,
                                     GError      **error);

/* Undoes the imports whose process has died (ls-store-import.c). */
gboolean      _ls_store_undo_dead_imports (LsStore *self,
                                     GError      **error);

/* For tests: open without migrating a new file beyond @version. */
LsStore      *_ls_store_open_at_version (const char *path,
                                     guint         version,
                                     GError      **error);
LsDb         *_ls_store_get_db      (LsStore      *self);

G_END_DECLS
