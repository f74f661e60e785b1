/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit log: who did what with whose data, and when — never the data.
 * Rows name the person only by id and outlive the person (deletion leaves
 * a trace). */
#define G_LOG_DOMAIN "ls-store"

#include "ls-store-private.h"

static const char * const action_keys[] = {
  [LS_AUDIT_READ] = "read",
  [LS_AUDIT_CREATE] = "create",
  [LS_AUDIT_CHANGE] = "change",
  [LS_AUDIT_ISSUE] = "issue",
  [LS_AUDIT_EXPORT] = "export",
  [LS_AUDIT_DELETE] = "delete",
};

const char *
ls_audit_action_to_string (LsAuditAction action)
{
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_keys), NULL);
  return action_keys[action];
}

gboolean
ls_store_audit (LsStore       *self,
                gint64         person_id,
                const char    *object_type,
                gint64         object_id,
                LsAuditAction  action,
                GError       **error)
{
  g_autofree char *at = _ls_store_timestamp ();
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (object_type != NULL, FALSE);
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_keys), FALSE);

  stmt = _ls_store_statement (self,
                              "INSERT INTO audit (at, os_user, display_name, person_id, object_type, object_id, action)"
                              " VALUES (?7, ?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;
  _ls_bind_text (stmt, 1, self->os_user);
  _ls_bind_text (stmt, 2, self->actor);
  _ls_bind_id (stmt, 3, person_id);
  ls_db_bind_text (stmt, 4, object_type);
  _ls_bind_id (stmt, 5, object_id);
  ls_db_bind_text (stmt, 6, action_keys[action]);
  ls_db_bind_text (stmt, 7, at);
  return _ls_store_step_done (self, stmt, error);
}

gboolean
ls_store_audit_person_list (LsStore  *self,
                            GError  **error)
{
  return ls_store_audit (self, 0, "person-list", 0, LS_AUDIT_READ, error);
}

guint
ls_store_count_audit (LsStore       *self,
                      gint64         person_id,
                      LsAuditAction  action,
                      GError       **error)
{
  LsStmt *stmt;
  guint count = 0;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), 0);

  stmt = _ls_store_statement (self, "SELECT count(*) FROM audit WHERE person_id = ?1 AND action = ?2", error);
  if (stmt == NULL)
    return 0;
  ls_db_bind_int64 (stmt, 1, person_id);
  ls_db_bind_text (stmt, 2, action_keys[action]);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    count = ls_db_column_int (stmt, 0);
  ls_db_reset (stmt);
  return count;
}
