/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Row versions: a save is a compare-and-swap on the version the object
 * was read with, so that two caseworkers saving the same row never
 * overwrite each other unseen. The one who saves second is told whose
 * change came first and when (from the audit: who and when, never what),
 * and nothing of theirs is written. Conflicts are as fine-grained as the
 * rows: an entry's save never checks or changes its sketch's row. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-row-version.h"
#include "ls-store-private.h"

typedef struct
{
  GObject *object;
  gint64   old_version;
} Swapped;

static void
swapped_free (gpointer data)
{
  Swapped *swapped = data;

  g_object_unref (swapped->object);
  g_free (swapped);
}

static void
set_version (LsStore  *self,
             gpointer  object,
             gint64    version)
{
  Swapped *swapped = g_new (Swapped, 1);

  swapped->object = g_object_ref (object);
  swapped->old_version = ls_row_version_get (object);
  if (self->swapped == NULL)
    self->swapped = g_ptr_array_new_with_free_func (swapped_free);
  g_ptr_array_add (self->swapped, swapped);
  ls_row_version_set (object, version);
  if (self->transaction_depth == 0)
    _ls_store_settle_versions (self, TRUE);
}

void
_ls_store_settle_versions (LsStore  *self,
                           gboolean  committed)
{
  if (self->swapped == NULL)
    return;
  /* Newest first, so that an object swapped twice gets its first version. */
  for (guint i = self->swapped->len; !committed && i > 0; i--)
    {
      Swapped *swapped = g_ptr_array_index (self->swapped, i - 1);

      ls_row_version_set (swapped->object, swapped->old_version);
    }
  g_ptr_array_set_size (self->swapped, 0);
}

void
_ls_store_set_first_version (LsStore  *self,
                             gpointer  object)
{
  set_version (self, object, 1);
}

void
_ls_store_last_change (LsStore     *self,
                       const char  *object,
                       gint64       id,
                       char       **who,
                       GDateTime  **at)
{
  /* An approval changes a decision's row too (ls-store-teams.c). */
  LsStmt *stmt = _ls_store_statement (self,
                                      "SELECT display_name, os_user, at FROM audit"
                                      " WHERE object_type IN (?1, ?3) AND object_id = ?2"
                                      " AND action IN ('create', 'change', 'issue') ORDER BY id DESC LIMIT 1", NULL);
  g_autofree char *approval = g_strconcat (object, "-approval", NULL);

  *who = NULL;
  *at = NULL;
  if (stmt == NULL)
    return;
  ls_db_bind_text (stmt, 1, object);
  ls_db_bind_int64 (stmt, 2, id);
  ls_db_bind_text (stmt, 3, approval);
  if (ls_db_step (stmt, NULL) == LS_DB_ROW)
    {
      const char *display_name = _ls_column_text (stmt, 0);
      const char *os_user = _ls_column_text (stmt, 1);
      const char *when = _ls_column_text (stmt, 2);

      if (display_name != NULL && *display_name != '\0')
        *who = g_strdup_printf ("%s (%s)", display_name, os_user);
      else
        *who = g_strdup (os_user);
      *at = when != NULL ? g_date_time_new_from_iso8601 (when, NULL) : NULL;
    }
  ls_db_reset (stmt);
}

void
ls_store_last_change (LsStore    *self,
                      const char *object_type,
                      gint64      object_id,
                      char      **who,
                      GDateTime **at)
{
  g_return_if_fail (LS_IS_STORE (self));
  g_return_if_fail (who != NULL && at != NULL);

  _ls_store_last_change (self, object_type, object_id, who, at);
}

/* "Kari Nordmann (kari), 2026-01-31 13:05" from the audit's newest row saying
 * @object @id was created or changed; NULL when the audit has none. */
static char *
describe_last_change (LsStore    *self,
                      const char *object,
                      gint64      id)
{
  g_autofree char *who = NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;

  _ls_store_last_change (self, object, id, &who, &at);
  if (who == NULL)
    return NULL;
  local = at != NULL ? g_date_time_to_local (at) : NULL;
  when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;
  return when != NULL ? g_strdup_printf ("%s, %s", who, when) : g_steal_pointer (&who);
}

void
_ls_store_set_conflict (LsStore    *self,
                        const char *audit_object,
                        gint64      id,
                        GError    **error)
{
  g_autofree char *change = describe_last_change (self, audit_object, id);

  if (change != NULL)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT,
                 /* Translators: the first %s is who changed it and when */
                 _("Someone else changed this in the meantime (%s), so your change was not saved in “%s”"),
                 change, self->path);
  else
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT,
                 _("Someone else changed this in the meantime, so your change was not saved in “%s”"),
                 self->path);
}

gboolean
_ls_store_step_swap (LsStore    *self,
                     LsStmt     *stmt,
                     gpointer    object,
                     const char *exists_sql,
                     const char *audit_object,
                     gint64      id,
                     gint64     *new_version,
                     GError    **error)
{
  LsDbStep step = ls_db_step (stmt, error);
  gint64 version = 0;

  if (step == LS_DB_ROW)
    {
      version = ls_db_column_int64 (stmt, 0);
      /* To its end: SQLite finishes the change only then. */
      if (ls_db_step (stmt, error) == LS_DB_ERROR)
        step = LS_DB_ERROR;
    }
  ls_db_reset (stmt);
  if (step == LS_DB_ROW)
    {
      if (object != NULL)
        set_version (self, object, version);
      if (new_version != NULL)
        *new_version = version;
      return TRUE;
    }
  if (step == LS_DB_ERROR)
    return FALSE;
  /* No row: gone (not found, set by the query), or changed underneath. */
  if (exists_sql != NULL && _ls_store_person_of (self, exists_sql, id, error) < 0)
    return FALSE;
  _ls_store_set_conflict (self, audit_object, id, error);
  return FALSE;
}

gboolean
_ls_store_step_save (LsStore    *self,
                     LsStmt     *stmt,
                     gpointer    object,
                     gint64     *id,
                     const char *exists_sql,
                     const char *audit_object,
                     GError    **error)
{
  if (*id != 0)
    return _ls_store_step_swap (self, stmt, object, exists_sql, audit_object, *id, NULL, error);
  if (!_ls_store_step_id (self, stmt, id, error))
    return FALSE;
  _ls_store_set_first_version (self, object);
  return TRUE;
}
