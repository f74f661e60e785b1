/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading life-sketch sessions back, and deleting them. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-row-version.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"

#define SKETCH_COLUMNS "id, person_id, case_id, date, status, agreements, priorities, version"

static gpointer
sketch_from_row (LsStmt *stmt)
{
  LsSketch *sketch = ls_sketch_new ();
  g_autoptr(GDate) date = _ls_column_date (stmt, 3);
  const char *priorities = _ls_column_text (stmt, 6);
  LsSketchStatus status = LS_SKETCH_IN_PROGRESS;

  ls_sketch_set_id (sketch, ls_db_column_int64 (stmt, 0));
  ls_sketch_set_person_id (sketch, ls_db_column_int64 (stmt, 1));
  ls_sketch_set_case_id (sketch, ls_db_column_int64 (stmt, 2));
  ls_sketch_set_date (sketch, date);
  ls_sketch_status_from_string (_ls_column_text (stmt, 4), &status);
  ls_sketch_set_status (sketch, status);
  ls_sketch_set_agreements (sketch, _ls_column_text (stmt, 5));
  ls_row_version_set (sketch, ls_db_column_int64 (stmt, 7));
  if (priorities != NULL && *priorities != '\0')
    {
      g_auto(GStrv) items = g_strsplit (priorities, "\n", -1);

      ls_sketch_set_priorities (sketch, (const char * const *) items);
    }
  return sketch;
}

static gboolean
read_participants (LsStore  *self,
                   LsSketch *sketch,
                   GError  **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT name, role, contribution FROM sketch_participants"
                                            " WHERE sketch_id = ?1 ORDER BY position", error);
  GPtrArray *participants = ls_sketch_get_participants (sketch);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_sketch_get_id (sketch));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      LsParticipant *p;

      ls_sketch_add_participant (sketch, _ls_column_text (stmt, 0), _ls_column_text (stmt, 1));
      p = g_ptr_array_index (participants, participants->len - 1);
      p->contribution = g_strdup (_ls_column_text (stmt, 2));
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

static gboolean
read_readings (LsStore  *self,
               LsSketch *sketch,
               GError  **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT r.domain_key, r.self_rating, r.pictogram,"
                                            " r.caseworker_rating, r.skipped, r.version FROM sketch_readings r"
                                            " LEFT JOIN domains d ON d.key = r.domain_key"
                                            " WHERE r.sketch_id = ?1 ORDER BY d.position, r.domain_key", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_sketch_get_id (sketch));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      LsDomainReading *reading = ls_sketch_ensure_reading (sketch, _ls_column_text (stmt, 0));
      LsPictogramRating pictogram = LS_PICTOGRAM_UNSET;

      ls_domain_reading_set_self_rating (reading, CLAMP (ls_db_column_int (stmt, 1), 0, 10));
      ls_pictogram_rating_from_string (_ls_column_text (stmt, 2), &pictogram);
      ls_domain_reading_set_pictogram (reading, pictogram);
      ls_domain_reading_set_caseworker_rating (reading, CLAMP (ls_db_column_int (stmt, 3), 0, 10));
      ls_domain_reading_set_skipped (reading, ls_db_column_int (stmt, 4));
      ls_row_version_set (reading, ls_db_column_int64 (stmt, 5));
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

static gboolean
read_entries (LsStore  *self,
              LsSketch *sketch,
              GError  **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT e.id, e.domain_key, e.kind, e.author, e.environment,"
                                            " e.position, e.text, e.version FROM sketch_entries e"
                                            " LEFT JOIN domains d ON d.key = e.domain_key"
                                            " WHERE e.sketch_id = ?1 ORDER BY d.position, e.domain_key,"
                                            " e.position, e.id", error);
  GListStore *entries = ls_sketch_get_entries (sketch);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_sketch_get_id (sketch));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      LsEntryKind kind = LS_ENTRY_STRENGTH;
      LsEntryAuthor author = LS_ENTRY_AUTHOR_PERSON;
      LsEnvironmentFactor environment = LS_ENVIRONMENT_NONE;
      g_autoptr(LsSketchEntry) entry = NULL;

      ls_entry_kind_from_string (_ls_column_text (stmt, 2), &kind);
      ls_entry_author_from_string (_ls_column_text (stmt, 3), &author);
      ls_environment_factor_from_string (_ls_column_text (stmt, 4), &environment);
      entry = ls_sketch_entry_new_with (_ls_column_text (stmt, 1), kind, author, _ls_column_text (stmt, 6));
      ls_sketch_entry_set_id (entry, ls_db_column_int64 (stmt, 0));
      ls_sketch_entry_set_sketch_id (entry, ls_sketch_get_id (sketch));
      ls_sketch_entry_set_environment (entry, environment);
      ls_sketch_entry_set_position (entry, ls_db_column_int (stmt, 5));
      ls_row_version_set (entry, ls_db_column_int64 (stmt, 7));
      g_list_store_append (entries, entry);
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

LsSketch *
ls_store_load_sketch (LsStore *self,
                      gint64   id,
                      GError **error)
{
  g_autoptr(LsSketch) sketch = NULL;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " SKETCH_COLUMNS " FROM sketches WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  sketch = _ls_store_fetch_row (self, stmt, sketch_from_row, error);
  if (sketch == NULL
      || !read_participants (self, sketch, error)
      || !read_readings (self, sketch, error)
      || !read_entries (self, sketch, error)
      || !ls_store_audit (self, ls_sketch_get_person_id (sketch), "sketch", id, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  _ls_store_note_entries (sketch);
  return g_steal_pointer (&sketch);

fail:
  _ls_store_rollback (self);
  return NULL;
}

GPtrArray *
ls_store_list_sketches (LsStore *self,
                        gint64   person_id,
                        GError **error)
{
  g_autoptr(GPtrArray) sketches = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  /* No person, no list (and no audit row naming one). */
  if (_ls_store_person_of (self, "SELECT id FROM persons WHERE id = ?1", person_id, error) <= 0)
    goto fail;
  stmt = _ls_store_statement (self, "SELECT " SKETCH_COLUMNS " FROM sketches WHERE person_id = ?1"
                              " ORDER BY date, id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_collect_rows (self, stmt, sketch_from_row, sketches, error))
    goto fail;
  if (!ls_store_audit (self, person_id, "sketch", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&sketches);

fail:
  _ls_store_rollback (self);
  return NULL;
}

gboolean
ls_store_delete_sketch (LsStore *self,
                        gint64   id,
                        GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  return _ls_store_delete_audited (self, "SELECT person_id FROM sketches WHERE id = ?1",
                                   "DELETE FROM sketches WHERE id = ?1", "sketch", id, error);
}
