/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening a store: the engine connects and recognises the database (a file
 * on one desk, a PostgreSQL database for a team), then the schema is
 * brought up to date. A database it cannot use is left exactly as it was. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-db-sqlite-private.h"
#include "ls-held-files.h"
#include "ls-store-private.h"

/* How long opening keeps trying while other programs open the same new
 * database (the SQLite engine's busy timeout). */
#define OPEN_RETRY_MS 10000

G_DEFINE_FINAL_TYPE (LsStore, ls_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (ls-store-error-quark, ls_store_error)

static void
finalize_statement (gpointer stmt)
{
  ls_db_finalize (stmt);
}

static void
ls_store_finalize (GObject *object)
{
  LsStore *self = LS_STORE (object);

  /* Statements must be finalized before the connection closes. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->swapped, g_ptr_array_unref);
  g_clear_pointer (&self->db, ls_db_close);
  g_clear_pointer (&self->pending_audit, g_ptr_array_unref);
  g_free (self->os_user);
  g_free (self->actor);
  G_OBJECT_CLASS (ls_store_parent_class)->finalize (object);
}

static void
ls_store_class_init (LsStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_store_finalize;
}

static void
ls_store_init (LsStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, finalize_statement);
  self->os_user = g_strdup (g_get_user_name ());
}

char *
ls_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "livsskisse", "livsskisse.db", NULL);
}

/* Recognises the database, configures the connection and brings the
 * schema to @target_version. Safe to run again after a failure. */
static gboolean
prepare_schema (LsStore          *self,
                LsStoreOpenFlags  flags,
                guint             target_version,
                GError          **error)
{
  guint version = 0;

  if (!self->db->engine->open_schema (self->db, flags, _ls_store_latest_version (), &version, error))
    return FALSE;
  self->schema_version = self->opened_version = version;
  /* An empty file (or server database) is not a database to read from. */
  if ((flags & LS_STORE_OPEN_EXISTING) && version == 0)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is empty: it holds no Livsskisse database yet (livsskisse-cli migrate makes one)"),
                   self->path);
      return FALSE;
    }
  if (!(flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY)) && self->schema_version < target_version)
    {
      if (!_ls_store_migrate (self, self->schema_version, target_version, error))
        return FALSE;
      self->schema_version = target_version;
    }
  return TRUE;
}

/* Takes @db (closing it on failure). */
static LsStore *
open_with (LsDb              *db,
           LsStoreOpenFlags   flags,
           guint              target_version,
           GError           **error)
{
  g_autoptr(LsStore) self = g_object_new (LS_TYPE_STORE, NULL);
  gint64 started = g_get_monotonic_time ();

  /* Connecting (a server's round trips) counts as a statement. */
  _ls_store_check_thread ("CONNECT");

  self->db = db;
  self->path = db->location;
  self->read_only = db->read_only;
  /* Programs opening a new file at the same moment meet each other's locks
   * in ways SQLite reports at once, without waiting (changing the journal
   * mode, reading while the schema is written): try again until the busy
   * timeout has passed. */
  for (;;)
    {
      g_autoptr(GError) local = NULL;

      if (prepare_schema (self, flags, target_version, &local))
        break;
      if (!g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_BUSY)
          || g_get_monotonic_time () - started >= OPEN_RETRY_MS * G_TIME_SPAN_MILLISECOND)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      g_usleep (5 * G_TIME_SPAN_MILLISECOND);
    }
  if (!_ls_store_load_identity (self, error))
    return NULL;
  /* An import whose process died is undone (if that fails, at the next open). */
  _ls_store_undo_dead_imports (self, NULL);
  return g_steal_pointer (&self);
}

static LsStore *
open_internal (const char        *location,
               LsStoreOpenFlags   flags,
               guint              target_version,
               GError           **error)
{
  g_autofree char *default_path = NULL;
  LsDb *db;

  if (location == NULL)
    location = default_path = ls_store_dup_default_path ();
  db = ls_db_open (location, flags, default_path != NULL, error);
  if (db == NULL)
    return NULL;
  return open_with (db, flags, target_version, error);
}

LsStore *
ls_store_open_another (LsStore  *self,
                       GError  **error)
{
  LsStore *other;
  LsDb *db;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  db = self->db->engine->reopen (self->db, error);
  if (db == NULL)
    return NULL;
  other = open_with (db, self->read_only ? LS_STORE_OPEN_READ_ONLY : LS_STORE_OPEN_NO_MIGRATE,
                     self->schema_version, error);
  if (other != NULL)
    ls_store_set_actor (other, self->actor);
  return other;
}

LsStore *
ls_store_open (const char        *location,
               LsStoreOpenFlags   flags,
               GError           **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return open_internal (location, flags, _ls_store_latest_version (), error);
}

LsStore *
_ls_store_open_at_version (const char *path,
                           guint       version,
                           GError    **error)
{
  return open_internal (path, LS_STORE_OPEN_DEFAULT, version, error);
}

LsDb *
_ls_store_get_db (LsStore *self)
{
  return self->db;
}

const char *
ls_store_get_path (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  return self->path;
}

gboolean
ls_store_location_is_server (const char *location)
{
  return ls_db_location_is_server (location);
}

void
ls_store_remove_file (const char *location,
                      gboolean    keep_empty)
{
  g_return_if_fail (location != NULL);

  if (ls_db_location_is_server (location) || ls_held_file_is_held (location))
    return;
  _ls_db_sqlite_remove_files (location, keep_empty);
}

gboolean
ls_store_is_server (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  return self->db->engine->kind == LS_DB_POSTGRESQL;
}

gboolean
ls_store_is_offline (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  return self->db->offline;
}

guint
ls_store_get_schema_version (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), 0);
  return self->schema_version;
}

guint
ls_store_get_opened_version (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), 0);
  return self->opened_version;
}

guint
ls_store_get_latest_version (void)
{
  return _ls_store_latest_version ();
}

void
ls_store_set_actor (LsStore    *self,
                    const char *display_name)
{
  g_return_if_fail (LS_IS_STORE (self));
  g_free (self->actor);
  self->actor = g_strdup (display_name);
}
