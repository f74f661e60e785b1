/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small saves made as the caseworker types (no Save button): one entry,
 * one text, one rating, each in its own short transaction with its audit
 * row. These are what must stay fast (a few milliseconds with
 * synchronous=FULL). */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-store-private.h"
#include "ls-store-sketches.h"

#define SKETCH_PERSON "SELECT person_id FROM sketches WHERE id = ?1"
#define ENTRY_PERSON \
  "SELECT s.person_id FROM sketch_entries e JOIN sketches s ON s.id = e.sketch_id WHERE e.id = ?1"

gboolean
ls_store_save_entry (LsStore       *self,
                     LsSketchEntry *entry,
                     GError       **error)
{
  gint64 old_id, person_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (entry), FALSE);
  g_return_val_if_fail (ls_sketch_entry_get_sketch_id (entry) > 0, FALSE);

  old_id = ls_sketch_entry_get_id (entry);
  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, SKETCH_PERSON, ls_sketch_entry_get_sketch_id (entry), error);
  if (person_id < 0)
    goto fail;
  if (!_ls_store_write_entry (self, entry, error))
    goto fail;
  if (!ls_store_audit (self, person_id, "sketch-entry", ls_sketch_entry_get_id (entry),
                       old_id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error))
    goto fail;
  if (_ls_store_commit (self, error))
    return TRUE;
  ls_sketch_entry_set_id (entry, old_id);
  return FALSE;

fail:
  _ls_store_rollback (self);
  ls_sketch_entry_set_id (entry, old_id);
  return FALSE;
}

/* A save refused as someone else's change: unless @asked is a version the
 * entry never had, a mistake that is said as one. */
static void
name_unsaved_version (LsStore  *self,
                      gint64    entry_id,
                      gint64    asked,
                      GError  **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT version FROM sketch_entries WHERE id = ?1", NULL);
  gint64 stored = G_MAXINT64;

  if (stmt == NULL)
    return;
  ls_db_bind_int64 (stmt, 1, entry_id);
  if (ls_db_step (stmt, NULL) == LS_DB_ROW)
    stored = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  if (asked <= stored)
    return;
  g_clear_error (error);
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
               _("Life-sketch entry %lld is at version %lld; it never had version %lld"),
               (long long) entry_id, (long long) stored, (long long) asked);
}

/* With @version NULL the text is written whatever the stored version;
 * otherwise only while the stored version is *@version. */
static gboolean
save_entry_text (LsStore    *self,
                 gint64      entry_id,
                 const char *text,
                 gint64     *version,
                 GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  LsStmt *stmt;
  gint64 person_id;

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, ENTRY_PERSON, entry_id, error);
  if (person_id < 0)
    goto fail;
  if (version != NULL)
    stmt = _ls_store_statement (self, "UPDATE sketch_entries SET text = ?1, version = version + 1"
                                " WHERE id = ?2 AND version = ?3 RETURNING version", error);
  else
    stmt = _ls_store_statement (self, "UPDATE sketch_entries SET text = ?1, version = version + 1"
                                " WHERE id = ?2 RETURNING version", error);
  if (stmt == NULL)
    goto fail;
  _ls_bind_text (stmt, 1, text ? text : "");
  ls_db_bind_int64 (stmt, 2, entry_id);
  if (version != NULL)
    ls_db_bind_int64 (stmt, 3, *version);
  if (!_ls_store_step_swap (self, stmt, NULL, NULL, "sketch-entry", entry_id, version, &local_error))
    {
      if (version != NULL && g_error_matches (local_error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT))
        name_unsaved_version (self, entry_id, *version, &local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }
  if (!ls_store_audit (self, person_id, "sketch-entry", entry_id, LS_AUDIT_CHANGE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gboolean
ls_store_save_entry_text (LsStore    *self,
                          gint64      entry_id,
                          const char *text,
                          GError    **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  return save_entry_text (self, entry_id, text, NULL, error);
}

gboolean
ls_store_save_entry_text_if_version (LsStore    *self,
                                     gint64      entry_id,
                                     const char *text,
                                     gint64     *version,
                                     GError    **error)
{
  gint64 new_version;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (version != NULL && *version > 0, FALSE);

  new_version = *version;
  if (!save_entry_text (self, entry_id, text, &new_version, error))
    return FALSE;
  *version = new_version;
  return TRUE;
}

gboolean
ls_store_read_entry (LsStore     *self,
                     gint64       entry_id,
                     char       **text,
                     gint64      *version,
                     char       **changed_by,
                     GDateTime  **changed_at,
                     GError     **error)
{
  g_autofree char *who = NULL;
  g_autoptr(GDateTime) at = NULL;
  LsStmt *stmt;
  gint64 person_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL && version != NULL, FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, ENTRY_PERSON, entry_id, error);
  if (person_id < 0)
    goto fail;
  stmt = _ls_store_statement (self, "SELECT text, version FROM sketch_entries WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, entry_id);
  if (ls_db_step (stmt, error) != LS_DB_ROW)
    {
      ls_db_reset (stmt);
      goto fail;
    }
  *text = g_strdup (_ls_column_text (stmt, 0) ? _ls_column_text (stmt, 0) : "");
  *version = ls_db_column_int64 (stmt, 1);
  ls_db_reset (stmt);
  if (changed_by != NULL || changed_at != NULL)
    _ls_store_last_change (self, "sketch-entry", entry_id, &who, &at);
  if (!ls_store_audit (self, person_id, "sketch-entry", entry_id, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    {
      g_clear_pointer (text, g_free);
      return FALSE;
    }
  if (changed_by != NULL)
    *changed_by = g_steal_pointer (&who);
  if (changed_at != NULL)
    *changed_at = g_steal_pointer (&at);
  return TRUE;

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gboolean
ls_store_delete_entry (LsStore *self,
                       gint64   entry_id,
                       GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  return _ls_store_delete_audited (self, ENTRY_PERSON, "DELETE FROM sketch_entries WHERE id = ?1",
                                   "sketch-entry", entry_id, error);
}

gboolean
ls_store_save_reading (LsStore         *self,
                       gint64           sketch_id,
                       LsDomainReading *reading,
                       GError         **error)
{
  gint64 person_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DOMAIN_READING (reading), FALSE);
  g_return_val_if_fail (ls_domain_reading_get_domain_key (reading) != NULL, FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, SKETCH_PERSON, sketch_id, error);
  if (person_id < 0)
    goto fail;
  if (!_ls_store_write_reading (self, sketch_id, reading, error)
      || !ls_store_audit (self, person_id, "sketch-reading", sketch_id, LS_AUDIT_CHANGE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}
