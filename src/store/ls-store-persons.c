/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Persons: save, load, delete, search and pages in name order. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-national-id.h"
#include "ls-sort-key.h"
#include "ls-store-persons.h"
#include "ls-row-version.h"
#include "ls-store-private.h"

#define PERSON_COLUMNS \
  "id, given_name, family_name, birth_date, national_id, phone, email, address," \
  " representative_name, representative_relation, plain_language, pictograms," \
  " interpreter_language, consent_share, consent_plan, written_language, version"
#define SUMMARY_COLUMNS "id, given_name, family_name, birth_date, national_id"

GBytes *
ls_store_person_sort_key (LsPerson *person)
{
  g_return_val_if_fail (LS_IS_PERSON (person), NULL);
  return ls_sort_key_for_name (ls_person_get_family_name (person), ls_person_get_given_name (person));
}

static void
bind_sort_key (LsStmt  *stmt,
               int      index,
               GBytes  *key)
{
  gsize size = 0;
  const void *data = g_bytes_get_data (key, &size);

  ls_db_bind_blob (stmt, index, data, size);
}

static void
bind_person (LsStmt *stmt,
             LsPerson     *person)
{
  g_autoptr(GBytes) sort_key = ls_store_person_sort_key (person);
  const char *typed_id = ls_person_get_national_id (person);
  g_autofree char *national_id = typed_id != NULL ? ls_national_id_normalize (typed_id) : NULL;

  _ls_bind_text (stmt, 1, ls_person_get_given_name (person) ? ls_person_get_given_name (person) : "");
  _ls_bind_text (stmt, 2, ls_person_get_family_name (person) ? ls_person_get_family_name (person) : "");
  bind_sort_key (stmt, 3, sort_key);
  _ls_bind_date (stmt, 4, ls_person_get_birth_date (person));
  /* Stored without spaces when it looks like a number, as typed otherwise. */
  _ls_bind_text (stmt, 5, national_id ? national_id : typed_id);
  _ls_bind_text (stmt, 6, ls_person_get_phone (person));
  _ls_bind_text (stmt, 7, ls_person_get_email (person));
  _ls_bind_text (stmt, 8, ls_person_get_address (person));
  _ls_bind_text (stmt, 9, ls_person_get_representative_name (person));
  _ls_bind_text (stmt, 10, ls_person_get_representative_relation (person));
  ls_db_bind_int64 (stmt, 11, ls_person_get_plain_language (person));
  ls_db_bind_int64 (stmt, 12, ls_person_get_pictograms (person));
  _ls_bind_text (stmt, 13, ls_person_get_interpreter_language (person));
  ls_db_bind_int64 (stmt, 14, ls_person_get_consent_share (person));
  ls_db_bind_int64 (stmt, 15, ls_person_get_consent_plan (person));
  _ls_bind_text (stmt, 16, ls_person_get_written_language (person) ? ls_person_get_written_language (person) : "nb");
}

static gboolean
write_person (LsStore  *self,
              LsPerson *person,
              GError  **error)
{
  gint64 id = ls_person_get_id (person), new_id = 0;
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self,
                                "INSERT INTO persons (given_name, family_name, sort_key, birth_date, national_id,"
                                " phone, email, address, representative_name, representative_relation,"
                                " plain_language, pictograms, interpreter_language, consent_share, consent_plan,"
                                " written_language, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                " ?13, ?14, ?15, ?16, ?17) RETURNING id", error);
  else
    stmt = _ls_store_statement (self,
                                "UPDATE persons SET given_name = ?1, family_name = ?2, sort_key = ?3,"
                                " birth_date = ?4, national_id = ?5, phone = ?6, email = ?7, address = ?8,"
                                " representative_name = ?9, representative_relation = ?10, plain_language = ?11,"
                                " pictograms = ?12, interpreter_language = ?13, consent_share = ?14,"
                                " consent_plan = ?15, written_language = ?16, version = version + 1"
                                " WHERE id = ?17 AND version = ?18 RETURNING version", error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person);
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 17, id);
      ls_db_bind_int64 (stmt, 18, ls_row_version_get (person));
    }
  else
    _ls_bind_uid (stmt, 17, person);
  new_id = id;
  if (!_ls_store_step_save (self, stmt, person, &new_id, "SELECT 1 FROM persons WHERE id = ?1", "person", error))
    return FALSE;
  ls_person_set_id (person, new_id);
  if (self->db->engine->place_person != NULL && !self->db->engine->place_person (self->db, new_id, error))
    return FALSE;
  return ls_store_audit (self, ls_person_get_id (person), "person", ls_person_get_id (person),
                         id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error);
}

gboolean
ls_store_save_person (LsStore  *self,
                      LsPerson *person,
                      GError  **error)
{
  gint64 old_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_PERSON (person), FALSE);

  old_id = ls_person_get_id (person);
  if (!_ls_store_begin (self, error))
    return FALSE;
  if (!write_person (self, person, error))
    {
      _ls_store_rollback (self);
      ls_person_set_id (person, old_id);
      return FALSE;
    }
  if (!_ls_store_commit (self, error))
    {
      ls_person_set_id (person, old_id);
      return FALSE;
    }
  return TRUE;
}

gpointer
_ls_store_person_from_row (LsStmt *stmt)
{
  LsPerson *person = ls_person_new ();
  g_autoptr(GDate) birth = _ls_column_date (stmt, 3);

  ls_person_set_id (person, ls_db_column_int64 (stmt, 0));
  ls_person_set_given_name (person, _ls_column_text (stmt, 1));
  ls_person_set_family_name (person, _ls_column_text (stmt, 2));
  ls_person_set_birth_date (person, birth);
  ls_person_set_national_id (person, _ls_column_text (stmt, 4));
  return person;
}

LsPerson *
ls_store_load_person (LsStore *self,
                      gint64   id,
                      GError **error)
{
  LsStmt *stmt;
  g_autoptr(LsPerson) person = NULL;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " PERSON_COLUMNS " FROM persons WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    {
      person = _ls_store_person_from_row (stmt);
      ls_person_set_phone (person, _ls_column_text (stmt, 5));
      ls_person_set_email (person, _ls_column_text (stmt, 6));
      ls_person_set_address (person, _ls_column_text (stmt, 7));
      ls_person_set_representative_name (person, _ls_column_text (stmt, 8));
      ls_person_set_representative_relation (person, _ls_column_text (stmt, 9));
      ls_person_set_plain_language (person, ls_db_column_int (stmt, 10));
      ls_person_set_pictograms (person, ls_db_column_int (stmt, 11));
      ls_person_set_interpreter_language (person, _ls_column_text (stmt, 12));
      ls_person_set_consent_share (person, ls_db_column_int (stmt, 13));
      ls_person_set_consent_plan (person, ls_db_column_int (stmt, 14));
      ls_person_set_written_language (person, _ls_column_text (stmt, 15));
      ls_row_version_set (person, ls_db_column_int64 (stmt, 16));
    }
  ls_db_reset (stmt);
  if (rc == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  if (person == NULL || !ls_store_audit (self, id, "person", id, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&person);

fail:
  _ls_store_rollback (self);
  return NULL;
}

gboolean
ls_store_delete_person (LsStore *self,
                        gint64   id,
                        GError **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  stmt = _ls_store_statement (self, "DELETE FROM persons WHERE id = ?1 RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  if (!_ls_store_step_id (self, stmt, &id, error))
    goto fail;
  if (!ls_store_audit (self, id, "person", id, LS_AUDIT_DELETE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gint64
ls_store_count_persons (LsStore *self,
                        GError **error)
{
  LsStmt *stmt;
  gint64 count = -1;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);

  stmt = _ls_store_statement (self, "SELECT count(*) FROM persons", error);
  if (stmt == NULL)
    return -1;
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    count = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  return count;
}

static GPtrArray *
collect_summaries (LsStore      *self,
                   LsStmt *stmt,
                   GError      **error)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);

  if (!_ls_store_collect_rows (self, stmt, _ls_store_person_from_row, persons, error))
    return NULL;
  return g_steal_pointer (&persons);
}

GPtrArray *
ls_store_list_persons_page (LsStore    *self,
                            LsPerson   *after,
                            guint       limit,
                            GError    **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (after == NULL || LS_IS_PERSON (after), NULL);

  /* Keyset paging: constant cost however deep in the list (OFFSET is not). */
  if (after == NULL)
    stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons"
                                " ORDER BY sort_key, id LIMIT ?3", error);
  else
    stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons"
                                " WHERE (sort_key, id) > (?1, ?2) ORDER BY sort_key, id LIMIT ?3", error);
  if (stmt == NULL)
    return NULL;
  if (after != NULL)
    {
      g_autoptr(GBytes) key = ls_store_person_sort_key (after);

      bind_sort_key (stmt, 1, key);
      ls_db_bind_int64 (stmt, 2, ls_person_get_id (after));
    }
  ls_db_bind_int64 (stmt, 3, limit);
  _ls_store_bind_me (self, stmt, 4);
  return collect_summaries (self, stmt, error);
}

gboolean
_ls_store_update_sort_keys (LsStore  *self,
                            GError  **error)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;

  stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons", error);
  if (stmt == NULL || !_ls_store_collect_rows (self, stmt, _ls_store_person_from_row, persons, error))
    return FALSE;
  for (guint i = 0; i < persons->len; i++)
    {
      LsPerson *person = g_ptr_array_index (persons, i);
      g_autoptr(GBytes) key = ls_store_person_sort_key (person);

      stmt = _ls_store_statement (self, "UPDATE persons SET sort_key = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, ls_person_get_id (person));
      bind_sort_key (stmt, 2, key);
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
ls_store_list_persons (LsStore *self,
                       GError **error)
{
  g_autoptr(GPtrArray) persons = NULL;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  /* The audit row and the read in one transaction: no names leave the
   * store unless the read is logged. */
  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons ORDER BY sort_key, id", error);
  if (stmt == NULL)
    goto fail;
  persons = collect_summaries (self, stmt, error);
  /* One row for the whole list; person 0 (NULL) means all persons. */
  if (persons == NULL
      || !ls_store_audit_person_list (self, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&persons);

fail:
  _ls_store_rollback (self);
  return NULL;
}

/* Counted through the (sort_key, id) index on both engines; the same row
 * order as the pages above. */
gint64
ls_store_person_position (LsStore  *self,
                          gint64    id,
                          GError  **error)
{
  LsStmt *stmt;
  gint64 position = -1;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);

  stmt = _ls_store_statement (self, "SELECT (SELECT count(*) FROM persons p"
                              " WHERE (p.sort_key, p.id) < (q.sort_key, q.id))"
                              " FROM persons q WHERE q.id = ?1", error);
  if (stmt == NULL)
    return -1;
  ls_db_bind_int64 (stmt, 1, id);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    position = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  if (rc == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  return position;
}

GPtrArray *
ls_store_list_persons_at (LsStore *self,
                          guint    offset,
                          guint    limit,
                          GError **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons"
                              " ORDER BY sort_key, id LIMIT ?1 OFFSET ?2", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, limit);
  ls_db_bind_int64 (stmt, 2, offset);
  return collect_summaries (self, stmt, error);
}

void
_ls_store_bind_me (LsStore *self,
                   LsStmt  *stmt,
                   int      index)
{
  ls_db_bind_text (stmt, index, self->os_user);
  _ls_bind_text (stmt, index + 1, self->db->engine->kind == LS_DB_POSTGRESQL ? NULL : self->os_user);
}

GPtrArray *
_ls_store_search (LsStore     *self,
                  const char  *query,
                  guint        limit,
                  const char  *sql,
                  const GDate *param_1,
                  GError     **error)
{
  g_auto(GStrv) words = ls_db_search_words (query);
  g_autofree char *match = NULL;
  LsStmt *stmt;

  if (words[0] == NULL || limit == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);
  /* No user text reaches the query's syntax: only the words' letters. */
  match = self->db->engine->search_query ((const char * const *) words);
  stmt = _ls_store_statement (self, sql, error);
  if (stmt == NULL)
    return NULL;
  _ls_bind_date (stmt, 1, param_1);
  ls_db_bind_text (stmt, 2, match);
  ls_db_bind_int64 (stmt, 3, limit);
  _ls_store_bind_me (self, stmt, 4);
  return collect_summaries (self, stmt, error);
}

GPtrArray *
ls_store_search_persons (LsStore    *self,
                         const char *query,
                         guint       limit,
                         GError    **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  /* The first matches in name order, by name, national id or the
   * person's own words; with the audit row in the read's transaction, as
   * ls_store_list_persons() does. */
  if (!_ls_store_begin (self, error))
    return NULL;
  found = _ls_store_search (self, query, limit, LS_STORE_SEARCH_STATEMENT ("TRUE"), NULL, error);
  if (found == NULL
      || !ls_store_audit_person_list (self, error)
      || !_ls_store_commit (self, error))
    {
      _ls_store_rollback (self);
      return NULL;
    }
  return g_steal_pointer (&found);
}
