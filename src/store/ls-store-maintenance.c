/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Integrity check and backup. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-private-file.h"
#include "ls-store-private.h"

gboolean
ls_store_check_integrity (LsStore  *self,
                          char    **problem,
                          GError  **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (problem != NULL, FALSE);

  if (!self->db->engine->check_integrity (self->db, problem, error))
    return FALSE;
  /* The audit's chain, in a file that is sound otherwise. */
  if (*problem != NULL)
    return TRUE;
  return _ls_store_check_audit_chain (self, problem, error);
}

gboolean
ls_store_backup (LsStore    *self,
                 const char *dest_path,
                 GError    **error)
{
  g_autoptr(LsPrivateFile) file = NULL;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (self->db->engine->backup == NULL)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                   _("The team database “%s” is backed up on its server (pg_dump), not by Livsskisse"),
                   self->db->label);
      return FALSE;
    }
  /* A private temporary file beside the target, as private as the
   * original; a backup never replaces an existing file. */
  file = ls_private_file_begin (dest_path, LS_PRIVATE_FILE_NO_REPLACE, error);
  if (file == NULL
      || !self->db->engine->backup (self->db, ls_private_file_get_temp_path (file), dest_path, error))
    return FALSE;
  /* A backup copies everyone's data: it is logged as an export, and the
   * copy appears only once that row is committed (the audit table exists
   * from schema 3 on; an older file is copied as it is). */
  if (self->schema_version >= 3 && !ls_store_audit (self, 0, "backup", 0, LS_AUDIT_EXPORT, error))
    return FALSE;
  return ls_private_file_commit (file, error);
}
