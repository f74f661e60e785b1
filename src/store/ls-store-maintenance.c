/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Integrity check and backup. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-private-file.h"
#include "ls-store-private.h"

gboolean
ls_store_check_integrity (LsStore  *self,
                          char    **problem,
                          GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (problem != NULL, FALSE);

  *problem = NULL;
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check(20)", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = _ls_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        {
          if (found->len > 0)
            g_string_append (found, "; ");
          g_string_append (found, line);
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
    {
      *problem = g_strdup (sqlite3_errstr (rc));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  /* A foreign key pointing nowhere is damage too. */
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (found->len > 0)
        g_string_append (found, "; ");
      g_string_append_printf (found, "broken reference in table %s", _ls_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  /* A check that could not run says nothing about the file. */
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  if (found->len > 0)
    *problem = g_string_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}

gboolean
ls_store_backup (LsStore    *self,
                 const char *dest_path,
                 GError    **error)
{
  g_autoptr(LsPrivateFile) file = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc, sys_errno;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  /* A private temporary file beside the target, as private as the
   * original; a backup never replaces an existing file. */
  file = ls_private_file_begin (dest_path, LS_PRIVATE_FILE_NO_REPLACE, error);
  if (file == NULL)
    return FALSE;
  rc = sqlite3_open_v2 (ls_private_file_get_temp_path (file), &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }
  sys_errno = dest != NULL ? sqlite3_system_errno (dest) : 0;
  sqlite3_close (dest);
  if (rc != SQLITE_OK)
    {
      _ls_store_error_from_code (dest_path, rc, sys_errno, error);
      return FALSE;
    }
  /* A backup copies everyone's data: it is logged as an export, and the
   * copy appears only once that row is committed (the audit table exists
   * from schema 3 on; an older file is copied as it is). */
  if (self->schema_version >= 3 && !ls_store_audit (self, 0, "backup", 0, LS_AUDIT_EXPORT, error))
    return FALSE;
  return ls_private_file_commit (file, error);
}
