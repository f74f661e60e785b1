/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The case store: the database holding everything Livsskisse remembers —
 * an SQLite file on one desk, or a team's PostgreSQL database on the
 * municipality's server. The interface is free of either engine's types
 * (the seam between them is src/store/ls-db.h). Repositories
 * for each aggregate are declared in ls-store-*.h. A store may move
 * between threads (a GTask) but is used by one thread at a time. */

#define LS_STORE_ERROR (ls_store_error_quark ())

typedef enum
{
  LS_STORE_ERROR_CANNOT_OPEN,     /* missing folder, no permission to read */
  LS_STORE_ERROR_NOT_A_DATABASE,  /* not an SQLite file, or not Livsskisse's */
  LS_STORE_ERROR_CORRUPT,         /* damaged or truncated */
  LS_STORE_ERROR_NEWER_VERSION,   /* written by a newer Livsskisse: never touched */
  LS_STORE_ERROR_READ_ONLY,       /* the file or its folder cannot be written */
  LS_STORE_ERROR_FULL,            /* the disk is full */
  LS_STORE_ERROR_BUSY,            /* another program holds the database */
  LS_STORE_ERROR_NOT_FOUND,       /* no such person, sketch, decision, ... */
  LS_STORE_ERROR_NOT_EDITABLE,    /* an issued decision is never changed */
  LS_STORE_ERROR_INVALID,         /* the object breaks a rule (see message) */
  LS_STORE_ERROR_FAILED,          /* anything else (input/output error) */
  LS_STORE_ERROR_CONFLICT,        /* changed by someone else since it was read:
                                   * nothing was overwritten (see message) */
  LS_STORE_ERROR_OFFLINE,         /* the server cannot be reached (the connection
                                   * was lost): nothing of this call was stored;
                                   * the next call connects again */
} LsStoreError;

typedef enum
{
  LS_STORE_OPEN_DEFAULT    = 0,
  /* Open an existing file as it is: no creation, no migration, no change
   * of journal mode (for `livsskisse-cli check`). */
  LS_STORE_OPEN_NO_MIGRATE = 1 << 0,
  /* Read only (implies NO_MIGRATE): nothing is ever written, and a file or
   * folder that cannot be written can still be read and checked. */
  LS_STORE_OPEN_READ_ONLY  = 1 << 1,
  /* Open only a database that is there, with its schema (migrating it as
   * usual): a command that reads or changes a database is not given a
   * new, empty one for a mistyped path or an empty file. */
  LS_STORE_OPEN_EXISTING   = 1 << 2,
} LsStoreOpenFlags;

/* What an audit row says was done with a person's data. */
typedef enum
{
  LS_AUDIT_READ,
  LS_AUDIT_CREATE,
  LS_AUDIT_CHANGE,
  LS_AUDIT_ISSUE,
  LS_AUDIT_EXPORT,
  LS_AUDIT_DELETE,
} LsAuditAction;

#define LS_TYPE_STORE (ls_store_get_type ())
G_DECLARE_FINAL_TYPE (LsStore, ls_store, LS, STORE, GObject)

GQuark      ls_store_error_quark          (void);

/* $XDG_DATA_HOME/livsskisse/livsskisse.db */
char       *ls_store_dup_default_path     (void);

/* Opens the database at @location — a file path (created, with folder 0700
 * and file 0600, when missing), the default file when NULL, or a
 * PostgreSQL URI (postgresql://HOST/DBNAME?…) — and migrates it to the
 * current schema. A database it cannot use is left exactly as it was. */
LsStore    *ls_store_open                 (const char        *location,
                                           LsStoreOpenFlags   flags,
                                           GError           **error);
/* Another connection to the same database, for a worker thread: never
 * creates, migrates or changes the file's permissions, and names the same
 * actor in the audit. */
LsStore    *ls_store_open_another         (LsStore           *self,
                                           GError           **error);
/* A guard for tests (and LIVSSKISSE_CHECK_MAIN_THREAD): after this, every
 * statement any store runs on @thread, and every connection opened there,
 * is counted and logged with the first words of its SQL (never values).
 * NULL turns it off. For the window's main thread: nothing there should
 * wait on the server. */
void        ls_store_forbid_thread        (GThread           *thread);
/* How many statements ran on the forbidden thread since it was set. */
guint       ls_store_get_forbidden_count  (void);
/* The file's path, or the URI without its password. */
const char *ls_store_get_path             (LsStore           *self);
/* Whether @location names a team database on a server (a postgresql://
 * or postgres:// address) rather than a file. */
gboolean    ls_store_location_is_server   (const char        *location);
/* Removes the database file at @location with its side files: one this
 * program made for a write that then failed, and no longer has open. With
 * @keep_empty the file was there before, empty, and is left empty again. A
 * server's database, or a file still open here, is left alone. */
void        ls_store_remove_file          (const char        *location,
                                           gboolean           keep_empty);
/* Whether the store is a team database on a server (PostgreSQL). */
gboolean    ls_store_is_server            (LsStore           *self);
/* Whether the last call found the server gone (LS_STORE_ERROR_OFFLINE)
 * and no call has reached it again since. Always FALSE for a file. */
gboolean    ls_store_is_offline           (LsStore           *self);
/* The schema version of the file, and the one this program writes. */
guint       ls_store_get_schema_version   (LsStore           *self);
guint       ls_store_get_latest_version   (void);
/* The version the database had when it was opened, before this open
 * migrated it (0 for a new, empty one). */
guint       ls_store_get_opened_version   (LsStore           *self);

/* Who the audit log names: the OS user always, plus this display name. */
void        ls_store_set_actor            (LsStore           *self,
                                           const char        *display_name);

/* Groups many saves into one transaction (demo data, imports): none of them
 * is visible to others or durable until ls_store_end_batch(). When a save
 * inside fails, the whole batch is undone and end_batch fails too. */
gboolean    ls_store_begin_batch          (LsStore           *self,
                                           GError           **error);
gboolean    ls_store_end_batch            (LsStore           *self,
                                           GError           **error);
void        ls_store_cancel_batch         (LsStore           *self);
/* Batches close together that make one whole (the demo's, an import's
 * chunks): set before the first begins, cleared before the last ends.
 * The engine then does once, at the last, what it would do after each
 * (SQLite: checkpoint the log, tidy the search index). */
void        ls_store_set_series           (LsStore           *self,
                                           gboolean           series);

/* The engine's check (SQLite: PRAGMA integrity_check) and the audit's
 * hash chain. TRUE and *@problem NULL when the database is sound; TRUE
 * with one sentence in *@problem when it is damaged or its audit log was
 * changed (naming where the chain breaks); FALSE when it could not be
 * checked. */
gboolean    ls_store_check_integrity      (LsStore           *self,
                                           char             **problem,
                                           GError           **error);

/* A consistent copy of the database in a new file @dest_path, made while
 * the store stays open, with LsPrivateFile (0600, never through a link).
 * Refuses to overwrite an existing file. The copy appears only after its
 * audit row is committed; on any failure nothing is left at @dest_path. */
gboolean    ls_store_backup               (LsStore           *self,
                                           const char        *dest_path,
                                           GError           **error);

/* Writes an audit row (who, when, person, object, action; never content).
 * The repositories call this themselves; export code calls it with
 * LS_AUDIT_EXPORT. */
gboolean    ls_store_audit                (LsStore           *self,
                                           gint64             person_id,
                                           const char        *object_type,
                                           gint64             object_id,
                                           LsAuditAction      action,
                                           GError           **error);
/* The one audit row for a list of persons shown or printed (the caseload in
 * the app, `list persons`, a search's or a filter's answer): one row per
 * list, not per person, naming no person. */
gboolean    ls_store_audit_person_list    (LsStore           *self,
                                           GError           **error);
/* How many audit rows name @person_id with @action (for tests and reports);
 * 0 with @error set when they could not be counted. */
guint       ls_store_count_audit          (LsStore           *self,
                                           gint64             person_id,
                                           LsAuditAction      action,
                                           GError           **error);
const char *ls_audit_action_to_string     (LsAuditAction      action);
/* Who last created or changed @object_type @object_id ("Kari Nordmann
 * (kari)", or the login alone) and when, as the audit's newest such row
 * says; both NULL when it says nothing. What a conflict's dialog names. */
void        ls_store_last_change          (LsStore           *self,
                                           const char        *object_type,
                                           gint64             object_id,
                                           char             **who,
                                           GDateTime        **at);

G_END_DECLS
