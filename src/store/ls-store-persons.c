/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Persons: save, load, delete, search and pages in name order. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-national-id.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"

#define PERSON_COLUMNS \
  "id, given_name, family_name, birth_date, national_id, phone, email, address," \
  " representative_name, representative_relation, plain_language, pictograms," \
  " interpreter_language, consent_share, consent_plan, written_language"
#define SUMMARY_COLUMNS "id, given_name, family_name, birth_date, national_id, sort_name"

char *
ls_store_person_sort_name (LsPerson *person)
{
  const char *family = ls_person_get_family_name (person);
  const char *given = ls_person_get_given_name (person);

  return g_strconcat (family ? family : "", " ", given ? given : "", NULL);
}

static void
bind_person (sqlite3_stmt *stmt,
             LsPerson     *person)
{
  g_autofree char *sort_name = ls_store_person_sort_name (person);
  const char *typed_id = ls_person_get_national_id (person);
  g_autofree char *national_id = typed_id != NULL ? ls_national_id_normalize (typed_id) : NULL;

  _ls_bind_text (stmt, 1, ls_person_get_given_name (person) ? ls_person_get_given_name (person) : "");
  _ls_bind_text (stmt, 2, ls_person_get_family_name (person) ? ls_person_get_family_name (person) : "");
  _ls_bind_text (stmt, 3, sort_name);
  _ls_bind_date (stmt, 4, ls_person_get_birth_date (person));
  /* Stored without spaces when it looks like a number, as typed otherwise. */
  _ls_bind_text (stmt, 5, national_id ? national_id : typed_id);
  _ls_bind_text (stmt, 6, ls_person_get_phone (person));
  _ls_bind_text (stmt, 7, ls_person_get_email (person));
  _ls_bind_text (stmt, 8, ls_person_get_address (person));
  _ls_bind_text (stmt, 9, ls_person_get_representative_name (person));
  _ls_bind_text (stmt, 10, ls_person_get_representative_relation (person));
  sqlite3_bind_int (stmt, 11, ls_person_get_plain_language (person));
  sqlite3_bind_int (stmt, 12, ls_person_get_pictograms (person));
  _ls_bind_text (stmt, 13, ls_person_get_interpreter_language (person));
  sqlite3_bind_int (stmt, 14, ls_person_get_consent_share (person));
  sqlite3_bind_int (stmt, 15, ls_person_get_consent_plan (person));
  _ls_bind_text (stmt, 16, ls_person_get_written_language (person) ? ls_person_get_written_language (person) : "nb");
}

static gboolean
write_person (LsStore  *self,
              LsPerson *person,
              GError  **error)
{
  gint64 id = ls_person_get_id (person);
  sqlite3_stmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self,
                                "INSERT INTO persons (given_name, family_name, sort_name, birth_date, national_id,"
                                " phone, email, address, representative_name, representative_relation,"
                                " plain_language, pictograms, interpreter_language, consent_share, consent_plan,"
                                " written_language) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                " ?13, ?14, ?15, ?16)", error);
  else
    stmt = _ls_store_statement (self,
                                "UPDATE persons SET given_name = ?1, family_name = ?2, sort_name = ?3,"
                                " birth_date = ?4, national_id = ?5, phone = ?6, email = ?7, address = ?8,"
                                " representative_name = ?9, representative_relation = ?10, plain_language = ?11,"
                                " pictograms = ?12, interpreter_language = ?13, consent_share = ?14,"
                                " consent_plan = ?15, written_language = ?16 WHERE id = ?17", error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 17, id);
  if (!_ls_store_step_done (self, stmt, error))
    return FALSE;
  if (id != 0 && sqlite3_changes (self->db) == 0)
    {
      _ls_store_set_not_found (self, error);
      return FALSE;
    }
  if (id == 0)
    ls_person_set_id (person, sqlite3_last_insert_rowid (self->db));
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
_ls_store_person_from_row (sqlite3_stmt *stmt)
{
  LsPerson *person = ls_person_new ();
  g_autoptr(GDate) birth = _ls_column_date (stmt, 3);

  ls_person_set_id (person, sqlite3_column_int64 (stmt, 0));
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
  sqlite3_stmt *stmt;
  g_autoptr(LsPerson) person = NULL;
  int rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " PERSON_COLUMNS " FROM persons WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      person = _ls_store_person_from_row (stmt);
      ls_person_set_phone (person, _ls_column_text (stmt, 5));
      ls_person_set_email (person, _ls_column_text (stmt, 6));
      ls_person_set_address (person, _ls_column_text (stmt, 7));
      ls_person_set_representative_name (person, _ls_column_text (stmt, 8));
      ls_person_set_representative_relation (person, _ls_column_text (stmt, 9));
      ls_person_set_plain_language (person, sqlite3_column_int (stmt, 10));
      ls_person_set_pictograms (person, sqlite3_column_int (stmt, 11));
      ls_person_set_interpreter_language (person, _ls_column_text (stmt, 12));
      ls_person_set_consent_share (person, sqlite3_column_int (stmt, 13));
      ls_person_set_consent_plan (person, sqlite3_column_int (stmt, 14));
      ls_person_set_written_language (person, _ls_column_text (stmt, 15));
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _ls_store_set_not_found (self, error);
  else if (rc != SQLITE_ROW)
    _ls_store_set_error (self, rc, error);
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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  stmt = _ls_store_statement (self, "DELETE FROM persons WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_ls_store_step_done (self, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      _ls_store_set_not_found (self, error);
      goto fail;
    }
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
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);

  stmt = _ls_store_statement (self, "SELECT count(*) FROM persons", error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    _ls_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return count;
}

static GPtrArray *
collect_summaries (LsStore      *self,
                   sqlite3_stmt *stmt,
                   GError      **error)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);

  if (!_ls_store_collect_rows (self, stmt, _ls_store_person_from_row, persons, error))
    return NULL;
  return g_steal_pointer (&persons);
}

GPtrArray *
ls_store_list_persons_page (LsStore    *self,
                            const char *after_sort_name,
                            gint64      after_id,
                            guint       limit,
                            GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  /* Keyset paging: constant cost however deep in the list (OFFSET is not). */
  if (after_sort_name == NULL)
    stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons"
                                " ORDER BY sort_name, id LIMIT ?3", error);
  else
    stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons"
                                " WHERE (sort_name, id) > (?1, ?2) ORDER BY sort_name, id LIMIT ?3", error);
  if (stmt == NULL)
    return NULL;
  if (after_sort_name != NULL)
    {
      sqlite3_bind_text (stmt, 1, after_sort_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, after_id);
    }
  sqlite3_bind_int (stmt, 3, limit);
  return collect_summaries (self, stmt, error);
}

GPtrArray *
ls_store_list_persons (LsStore *self,
                       GError **error)
{
  g_autoptr(GPtrArray) persons = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  /* The audit row and the read in one transaction: no names leave the
   * store unless the read is logged. */
  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons ORDER BY sort_name, id", error);
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

GPtrArray *
ls_store_list_persons_at (LsStore *self,
                          guint    offset,
                          guint    limit,
                          GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons"
                              " ORDER BY sort_name, id LIMIT ?1 OFFSET ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, limit);
  sqlite3_bind_int (stmt, 2, offset);
  return collect_summaries (self, stmt, error);
}

/* Every word of @query as a quoted FTS5 prefix term: no FTS syntax from the
 * user reaches the query. NULL when there are no words. */
static char *
fts_query (const char *query)
{
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n\"*", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "\"%s\"*", words[i]);
    }
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static gboolean
collect_ids (LsStore      *self,
             sqlite3_stmt *stmt,
             GArray       *ids,
             guint         limit,
             GError      **error)
{
  int rc;

  while (ids->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean seen = FALSE;

      for (guint i = 0; i < ids->len && !seen; i++)
        seen = g_array_index (ids, gint64, i) == id;
      if (!seen)
        g_array_append_val (ids, id);
    }
  if (ids->len >= limit)
    rc = SQLITE_DONE;
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
_ls_store_search (LsStore     *self,
                  const char  *query,
                  guint        limit,
                  const char  *names_sql,
                  const char  *entries_sql,
                  const GDate *param_1,
                  GError     **error)
{
  g_autofree char *match = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  match = fts_query (query);
  if (match == NULL || limit == 0)
    return g_steal_pointer (&persons);

  /* No ORDER BY rank: ranking reads every match. Names first, then texts. */
  stmt = _ls_store_statement (self, names_sql, error);
  if (stmt == NULL)
    return NULL;
  _ls_bind_date (stmt, 1, param_1);
  sqlite3_bind_text (stmt, 2, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, limit);
  if (!collect_ids (self, stmt, ids, limit, error))
    return NULL;
  if (ids->len < limit)
    {
      stmt = _ls_store_statement (self, entries_sql, error);
      if (stmt == NULL)
        return NULL;
      _ls_bind_date (stmt, 1, param_1);
      sqlite3_bind_text (stmt, 2, match, -1, SQLITE_TRANSIENT);
      if (!collect_ids (self, stmt, ids, limit, error))
        return NULL;
    }

  stmt = _ls_store_statement (self, "SELECT " SUMMARY_COLUMNS " FROM persons WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (persons, _ls_store_person_from_row (stmt));
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _ls_store_set_error (self, rc, error);
          return NULL;
        }
    }
  return g_steal_pointer (&persons);
}

GPtrArray *
ls_store_search_persons (LsStore    *self,
                         const char *query,
                         guint       limit,
                         GError    **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return _ls_store_search (self, query, limit,
                           "SELECT rowid FROM person_fts WHERE person_fts MATCH ?2 LIMIT ?3",
                           "SELECT s.person_id FROM entry_fts"
                           " JOIN sketch_entries e ON e.id = entry_fts.rowid"
                           " JOIN sketches s ON s.id = e.sketch_id"
                           " WHERE entry_fts MATCH ?2", NULL, error);
}
