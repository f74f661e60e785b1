/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Life-sketch sessions with their participants, readings and entries. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-row-version.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"

#define ENTRY_EXISTS "SELECT 1 FROM sketch_entries WHERE id = ?1"


static char *
join_priorities (LsSketch *sketch)
{
  return g_strjoinv ("\n", (char **) ls_sketch_get_priorities (sketch));
}

static gboolean
write_sketch_row (LsStore  *self,
                  LsSketch *sketch,
                  GError  **error)
{
  gint64 id = ls_sketch_get_id (sketch);
  g_autofree char *priorities = join_priorities (sketch);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO sketches (person_id, case_id, date, status, agreements,"
                                " priorities, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE sketches SET person_id = ?1, case_id = ?2, date = ?3,"
                                " status = ?4, agreements = ?5, priorities = ?6, version = version + 1"
                                " WHERE id = ?7 AND version = ?8 RETURNING version", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_sketch_get_person_id (sketch));
  _ls_bind_id (stmt, 2, ls_sketch_get_case_id (sketch));
  _ls_bind_date (stmt, 3, ls_sketch_get_date (sketch));
  ls_db_bind_text (stmt, 4, ls_sketch_status_to_string (ls_sketch_get_status (sketch)));
  _ls_bind_text (stmt, 5, ls_sketch_get_agreements (sketch));
  _ls_bind_text (stmt, 6, priorities);
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 7, id);
      ls_db_bind_int64 (stmt, 8, ls_row_version_get (sketch));
      return _ls_store_step_swap (self, stmt, sketch, "SELECT 1 FROM sketches WHERE id = ?1", "sketch", id, NULL, error);
    }
  _ls_bind_uid (stmt, 7, sketch);
  if (!_ls_store_step_id (self, stmt, &id, error))
    return FALSE;
  ls_sketch_set_id (sketch, id);
  _ls_store_set_first_version (self, sketch);
  return TRUE;
}

/* Parameters 1 to 6 of an insert into sketch_readings: @reading of the
 * sketch @sketch_id. */
static void
bind_reading (LsStmt          *stmt,
              gint64           sketch_id,
              LsDomainReading *reading)
{
  ls_db_bind_int64 (stmt, 1, sketch_id);
  _ls_bind_text (stmt, 2, ls_domain_reading_get_domain_key (reading));
  ls_db_bind_int64 (stmt, 3, ls_domain_reading_get_self_rating (reading));
  ls_db_bind_text (stmt, 4, ls_pictogram_rating_to_string (ls_domain_reading_get_pictogram (reading)));
  ls_db_bind_int64 (stmt, 5, ls_domain_reading_get_caseworker_rating (reading));
  ls_db_bind_int64 (stmt, 6, ls_domain_reading_get_skipped (reading));
}

static gboolean
write_participants (LsStore  *self,
                    LsSketch *sketch,
                    gboolean  is_new,
                    GError  **error)
{
  return _ls_store_write_participants (self,
                                       is_new ? NULL : "DELETE FROM sketch_participants WHERE sketch_id = ?1",
                                       "INSERT INTO sketch_participants (sketch_id, position, name, role,"
                                       " contribution) VALUES (?1, ?2, ?3, ?4, ?5)",
                                       ls_sketch_get_id (sketch), ls_sketch_get_participants (sketch),
                                       error);
}

gboolean
_ls_store_write_reading (LsStore         *self,
                         gint64           sketch_id,
                         LsDomainReading *reading,
                         GError         **error)
{
  LsStmt *stmt = _ls_store_statement (self,
                                      "INSERT INTO sketch_readings (sketch_id, domain_key,"
                                      " self_rating, pictogram, caseworker_rating, skipped)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (sketch_id, domain_key)"
                                      " DO UPDATE SET self_rating = excluded.self_rating,"
                                      " pictogram = excluded.pictogram,"
                                      " caseworker_rating = excluded.caseworker_rating,"
                                      " skipped = excluded.skipped, version = sketch_readings.version + 1"
                                      " WHERE sketch_readings.version = ?7 RETURNING version", error);

  if (stmt == NULL)
    return FALSE;
  bind_reading (stmt, sketch_id, reading);
  /* A reading never stored (version 0) that someone else stored meanwhile
   * is a conflict too. */
  ls_db_bind_int64 (stmt, 7, ls_row_version_get (reading));
  return _ls_store_step_swap (self, stmt, reading, NULL, "sketch-reading", sketch_id, NULL, error);
}

/* A reading of a sketch just inserted: nobody else can have stored one
 * for it, so it is inserted as it is (the sketch holds one reading per
 * life area), without the compare-and-swap of an existing sketch's. */
static gboolean
insert_reading (LsStore         *self,
                gint64           sketch_id,
                LsDomainReading *reading,
                GError         **error)
{
  LsStmt *stmt = _ls_store_statement (self,
                                      "INSERT INTO sketch_readings (sketch_id, domain_key,"
                                      " self_rating, pictogram, caseworker_rating, skipped)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

  if (stmt == NULL)
    return FALSE;
  bind_reading (stmt, sketch_id, reading);
  if (!_ls_store_step_done (self, stmt, error))
    return FALSE;
  _ls_store_set_first_version (self, reading);
  return TRUE;
}

gboolean
_ls_store_write_entry (LsStore       *self,
                       LsSketchEntry *entry,
                       GError       **error)
{
  gint64 id = ls_sketch_entry_get_id (entry);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO sketch_entries (sketch_id, domain_key, kind, author,"
                                " environment, position, text, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE sketch_entries SET sketch_id = ?1, domain_key = ?2, kind = ?3,"
                                " author = ?4, environment = ?5, position = ?6, text = ?7, version = version + 1"
                                " WHERE id = ?8 AND version = ?9 RETURNING version", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_sketch_entry_get_sketch_id (entry));
  _ls_bind_text (stmt, 2, ls_sketch_entry_get_domain_key (entry));
  ls_db_bind_text (stmt, 3, ls_entry_kind_to_string (ls_sketch_entry_get_kind (entry)));
  ls_db_bind_text (stmt, 4, ls_entry_author_to_string (ls_sketch_entry_get_author (entry)));
  ls_db_bind_text (stmt, 5, ls_environment_factor_to_string (ls_sketch_entry_get_environment (entry)));
  ls_db_bind_int64 (stmt, 6, ls_sketch_entry_get_position (entry));
  _ls_bind_text (stmt, 7, ls_sketch_entry_get_text (entry) ? ls_sketch_entry_get_text (entry) : "");
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 8, id);
      ls_db_bind_int64 (stmt, 9, ls_row_version_get (entry));
      return _ls_store_step_swap (self, stmt, entry, ENTRY_EXISTS, "sketch-entry", id, NULL, error);
    }
  _ls_bind_uid (stmt, 8, entry);
  if (!_ls_store_step_id (self, stmt, &id, error))
    return FALSE;
  ls_sketch_entry_set_id (entry, id);
  _ls_store_set_first_version (self, entry);
  return TRUE;
}

static GQuark
known_entries_quark (void)
{
  return g_quark_from_static_string ("ls-store-known-entries");
}

void
_ls_store_note_entries (LsSketch *sketch)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  GArray *known = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      gint64 id = ls_sketch_entry_get_id (entry);

      g_array_append_val (known, id);
    }
  g_object_set_qdata_full (G_OBJECT (sketch), known_entries_quark (), known, (GDestroyNotify) g_array_unref);
}

/* Entries the sketch was read or saved with but that are no longer in it
 * are deleted; entries someone else added meanwhile stay (they were never
 * in this copy). */
static gboolean
delete_removed_entries (LsStore  *self,
                        LsSketch *sketch,
                        GError  **error)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  GArray *known = g_object_get_qdata (G_OBJECT (sketch), known_entries_quark ());

  for (guint k = 0; known != NULL && k < known->len; k++)
    {
      gint64 id = g_array_index (known, gint64, k);
      gboolean kept = FALSE;
      LsStmt *stmt;

      for (guint i = 0; i < g_list_model_get_n_items (entries) && !kept; i++)
        {
          g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

          kept = ls_sketch_entry_get_id (entry) == id;
        }
      if (kept || id == 0)
        continue;
      stmt = _ls_store_statement (self, "DELETE FROM sketch_entries WHERE id = ?1 AND sketch_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, id);
      ls_db_bind_int64 (stmt, 2, ls_sketch_get_id (sketch));
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_readings_and_entries (LsStore   *self,
                            LsSketch  *sketch,
                            gboolean   is_new,
                            GPtrArray *added,
                            GError   **error)
{
  GListModel *readings = G_LIST_MODEL (ls_sketch_get_readings (sketch));
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  gint64 id = ls_sketch_get_id (sketch);

  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(LsDomainReading) reading = g_list_model_get_item (readings, i);

      if (is_new ? !insert_reading (self, id, reading, error) : !_ls_store_write_reading (self, id, reading, error))
        return FALSE;
    }
  if (!is_new && !delete_removed_entries (self, sketch, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_id (entry) == 0)
        g_ptr_array_add (added, g_object_ref (entry));
      ls_sketch_entry_set_sketch_id (entry, id);
      if (!_ls_store_write_entry (self, entry, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_sketch (LsStore  *self,
             LsSketch *sketch,
             gboolean  with_content,
             GError  **error)
{
  gint64 old_id = ls_sketch_get_id (sketch);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_SKETCH (sketch), FALSE);
  g_return_val_if_fail (ls_sketch_get_person_id (sketch) > 0, FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  if (write_sketch_row (self, sketch, error)
      && write_participants (self, sketch, old_id == 0, error)
      && (!with_content || write_readings_and_entries (self, sketch, old_id == 0, added, error))
      && ls_store_audit (self, ls_sketch_get_person_id (sketch), "sketch", ls_sketch_get_id (sketch),
                         old_id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error)
      && _ls_store_commit (self, error))
    {
      if (with_content)
        _ls_store_note_entries (sketch);
      return TRUE;
    }
  if (self->transaction_depth > 0)
    _ls_store_rollback (self);
  /* Nothing was saved: objects that got ids in the attempt lose them. */
  ls_sketch_set_id (sketch, old_id);
  for (guint i = 0; i < added->len; i++)
    ls_sketch_entry_set_id (g_ptr_array_index (added, i), 0);
  return FALSE;
}

gboolean
ls_store_save_sketch (LsStore  *self,
                      LsSketch *sketch,
                      GError  **error)
{
  return save_sketch (self, sketch, TRUE, error);
}

gboolean
ls_store_save_sketch_details (LsStore  *self,
                              LsSketch *sketch,
                              GError  **error)
{
  return save_sketch (self, sketch, FALSE, error);
}
