/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The schema, as ordered forward migrations. Never edit a released step:
 * add a new one. Each step runs in one transaction together with the new
 * version number (SQLite: PRAGMA user_version; PostgreSQL: the ls_schema
 * table), so a crash leaves the database at one version or the next,
 * never between.
 *
 * Each step has its DDL for each engine. PostgreSQL databases begin at
 * version 8, the first that a team database can have: its step 8 creates
 * the whole schema of that version at once, and steps 1-7 have no
 * PostgreSQL side (nothing to do). A step's hook runs on both engines. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-catalog.h"
#include "ls-store-private.h"

typedef gboolean (*MigrationHook) (LsStore *self, GError **error);

typedef struct
{
  const char    *sqlite;
  const char    *postgresql;   /* NULL: nothing to do on PostgreSQL */
  MigrationHook  after;
} Migration;

/* 1: persons, cases, life sketches and the catalogs. */
static const char migration_1[] =
  "CREATE TABLE domains ("
  "  key TEXT PRIMARY KEY, position INTEGER NOT NULL,"
  "  name TEXT NOT NULL, name_nb TEXT, name_nn TEXT,"
  "  prompt TEXT, prompt_nb TEXT, prompt_nn TEXT, icf TEXT, iplos TEXT);"
  "CREATE TABLE services ("
  "  key TEXT PRIMARY KEY, position INTEGER NOT NULL,"
  "  name TEXT NOT NULL, name_nb TEXT, name_nn TEXT, legal_basis TEXT, unit TEXT);"
  "CREATE TABLE iplos_variables ("
  "  key TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, name_nb TEXT);"
  "CREATE TABLE persons ("
  "  id INTEGER PRIMARY KEY,"
  "  given_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '',"
  "  sort_name TEXT NOT NULL COLLATE nb,"
  "  birth_date TEXT, national_id TEXT, phone TEXT, email TEXT, address TEXT,"
  "  representative_name TEXT, representative_relation TEXT,"
  "  plain_language INTEGER NOT NULL DEFAULT 0, pictograms INTEGER NOT NULL DEFAULT 0,"
  "  interpreter_language TEXT,"
  "  consent_share INTEGER NOT NULL DEFAULT 0, consent_plan INTEGER NOT NULL DEFAULT 0,"
  "  written_language TEXT NOT NULL DEFAULT 'nb');"
  "CREATE INDEX persons_sort ON persons (sort_name, id);"
  "CREATE TABLE cases ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,"
  "  case_number TEXT, received TEXT, applied_for TEXT, applied_by TEXT, channel TEXT,"
  "  status TEXT NOT NULL);"
  "CREATE INDEX cases_person ON cases (person_id);"
  "CREATE TABLE sketches ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,"
  "  date TEXT, status TEXT NOT NULL, agreements TEXT, priorities TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX sketches_person ON sketches (person_id, date);"
  "CREATE INDEX sketches_case ON sketches (case_id);"
  "CREATE TABLE sketch_participants ("
  "  sketch_id INTEGER NOT NULL REFERENCES sketches (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT,"
  "  PRIMARY KEY (sketch_id, position)) WITHOUT ROWID;"
  "CREATE TABLE sketch_readings ("
  "  sketch_id INTEGER NOT NULL REFERENCES sketches (id) ON DELETE CASCADE,"
  "  domain_key TEXT NOT NULL,"
  "  self_rating INTEGER NOT NULL DEFAULT 0 CHECK (self_rating BETWEEN 0 AND 10),"
  "  pictogram TEXT NOT NULL DEFAULT 'unset',"
  "  caseworker_rating INTEGER NOT NULL DEFAULT 0 CHECK (caseworker_rating BETWEEN 0 AND 10),"
  "  skipped INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (sketch_id, domain_key)) WITHOUT ROWID;"
  "CREATE TABLE sketch_entries ("
  "  id INTEGER PRIMARY KEY,"
  "  sketch_id INTEGER NOT NULL REFERENCES sketches (id) ON DELETE CASCADE,"
  "  domain_key TEXT NOT NULL, kind TEXT NOT NULL, author TEXT NOT NULL,"
  "  environment TEXT NOT NULL DEFAULT 'none', position INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX sketch_entries_sketch ON sketch_entries (sketch_id);";

/* 2: decisions with goals and measures, evaluations, service plans. */
static const char migration_2[] =
  "CREATE TABLE decisions ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,"
  "  previous_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL,"
  "  type TEXT NOT NULL, status TEXT NOT NULL,"
  "  start_date TEXT, end_date TEXT, evaluation_date TEXT,"
  "  grounds TEXT, legal_basis TEXT, prepared_by TEXT, approved_by TEXT, issued_by TEXT,"
  "  issued_date TEXT);"
  "CREATE INDEX decisions_person ON decisions (person_id);"
  "CREATE INDEX decisions_previous ON decisions (previous_id);"
  "CREATE INDEX decisions_case ON decisions (case_id);"
  "CREATE INDEX decisions_evaluation ON decisions (evaluation_date) WHERE status IN ('issued', 'under-evaluation');"
  "CREATE TABLE goals ("
  "  id INTEGER PRIMARY KEY,"
  "  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, text TEXT,"
  "  level_minus_2 TEXT, level_minus_1 TEXT, level_0 TEXT, level_plus_1 TEXT, level_plus_2 TEXT,"
  "  baseline INTEGER NOT NULL DEFAULT -1 CHECK (baseline BETWEEN -2 AND 2),"
  "  weight REAL NOT NULL DEFAULT 1, domain_key TEXT,"
  "  need_entry_id INTEGER REFERENCES sketch_entries (id) ON DELETE SET NULL);"
  "CREATE INDEX goals_decision ON goals (decision_id);"
  "CREATE INDEX goals_need ON goals (need_entry_id);"
  "CREATE TABLE measures ("
  "  id INTEGER PRIMARY KEY,"
  "  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, service_key TEXT, extent REAL NOT NULL DEFAULT 0, unit TEXT,"
  "  provider TEXT, start_date TEXT, end_date TEXT,"
  "  granted INTEGER NOT NULL DEFAULT 1, refusal_grounds TEXT);"
  "CREATE INDEX measures_decision ON measures (decision_id);"
  /* An issued decision is never edited, whatever code tries. */
  "CREATE TRIGGER decisions_issued_immutable BEFORE UPDATE OF"
  "  person_id, case_id, previous_id, type, start_date, end_date, evaluation_date,"
  "  grounds, legal_basis, prepared_by, approved_by ON decisions"
  "  WHEN OLD.status <> 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TRIGGER goals_insert_immutable BEFORE INSERT ON goals"
  "  WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) <> 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TRIGGER goals_update_immutable BEFORE UPDATE ON goals"
  "  WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) <> 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TRIGGER measures_insert_immutable BEFORE INSERT ON measures"
  "  WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) <> 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TRIGGER measures_update_immutable BEFORE UPDATE ON measures"
  "  WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) <> 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TABLE evaluations ("
  "  id INTEGER PRIMARY KEY,"
  "  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,"
  "  date TEXT, person_view TEXT, measures_view TEXT, outcome TEXT NOT NULL, t_score REAL);"
  "CREATE INDEX evaluations_decision ON evaluations (decision_id);"
  "CREATE TABLE evaluation_scores ("
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,"
  "  goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
  "  score INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2), weight REAL NOT NULL DEFAULT 1,"
  "  PRIMARY KEY (evaluation_id, goal_id)) WITHOUT ROWID;"
  "CREATE INDEX evaluation_scores_goal ON evaluation_scores (goal_id);"
  "CREATE TABLE service_plans ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,"
  "  decision_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL,"
  "  goals TEXT, coordinator TEXT, implementation TEXT,"
  "  period_start TEXT, period_end TEXT, revision_date TEXT,"
  "  consent_plan INTEGER NOT NULL DEFAULT 0, consent_share INTEGER NOT NULL DEFAULT 0,"
  "  cooperation TEXT);"
  "CREATE INDEX service_plans_person ON service_plans (person_id);"
  "CREATE INDEX service_plans_decision ON service_plans (decision_id);"
  "CREATE TABLE service_plan_participants ("
  "  plan_id INTEGER NOT NULL REFERENCES service_plans (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT, contribution TEXT,"
  "  PRIMARY KEY (plan_id, position)) WITHOUT ROWID;";

/* 3: search and the audit log. The FTS tables index the persons and
 * entries tables (external content) with prefix indexes, so "ber*" costs
 * the same however many rows match. Diacritics are kept: å is not a.
 * Inside a batch (ls_store_begin_batch) rows added in the batch are
 * indexed in one go at its end, which is several times faster than row by
 * row; ls_fts_pending() tells the triggers which rows those are. */
static const char migration_3[] =
  "CREATE VIRTUAL TABLE person_fts USING fts5 ("
  "  given_name, family_name, national_id,"
  "  content='persons', content_rowid='id', prefix='2 3',"
  "  tokenize='unicode61 remove_diacritics 0');"
  "CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons WHEN NOT ls_fts_pending (0, NEW.id) BEGIN"
  "  INSERT INTO person_fts (rowid, given_name, family_name, national_id)"
  "  VALUES (NEW.id, NEW.given_name, NEW.family_name, NEW.national_id); END;"
  "CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons WHEN NOT ls_fts_pending (0, OLD.id) BEGIN"
  "  INSERT INTO person_fts (person_fts, rowid, given_name, family_name, national_id)"
  "  VALUES ('delete', OLD.id, OLD.given_name, OLD.family_name, OLD.national_id); END;"
  "CREATE TRIGGER persons_fts_update AFTER UPDATE OF given_name, family_name, national_id ON persons"
  "  WHEN NOT ls_fts_pending (0, OLD.id) BEGIN"
  "  INSERT INTO person_fts (person_fts, rowid, given_name, family_name, national_id)"
  "  VALUES ('delete', OLD.id, OLD.given_name, OLD.family_name, OLD.national_id);"
  "  INSERT INTO person_fts (rowid, given_name, family_name, national_id)"
  "  VALUES (NEW.id, NEW.given_name, NEW.family_name, NEW.national_id); END;"
  "INSERT INTO person_fts (person_fts) VALUES ('rebuild');"
  "CREATE VIRTUAL TABLE entry_fts USING fts5 ("
  "  text, content='sketch_entries', content_rowid='id', prefix='2 3',"
  "  tokenize='unicode61 remove_diacritics 0');"
  "CREATE TRIGGER entries_fts_insert AFTER INSERT ON sketch_entries WHEN NOT ls_fts_pending (1, NEW.id) BEGIN"
  "  INSERT INTO entry_fts (rowid, text) VALUES (NEW.id, NEW.text); END;"
  "CREATE TRIGGER entries_fts_delete AFTER DELETE ON sketch_entries WHEN NOT ls_fts_pending (1, OLD.id) BEGIN"
  "  INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text); END;"
  "CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON sketch_entries"
  "  WHEN NOT ls_fts_pending (1, OLD.id) BEGIN"
  "  INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);"
  "  INSERT INTO entry_fts (rowid, text) VALUES (NEW.id, NEW.text); END;"
  "INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');"
  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL, os_user TEXT NOT NULL, display_name TEXT,"
  "  person_id INTEGER, object_type TEXT NOT NULL, object_id INTEGER,"
  "  action TEXT NOT NULL CHECK (action IN ('read', 'create', 'change', 'issue', 'export', 'delete')));"
  "CREATE INDEX audit_person ON audit (person_id, action);";

/* 4: what each participant in a life-sketch conversation contributes
 * (the exchange format has carried it since version 1). */
static const char migration_4[] =
  "ALTER TABLE sketch_participants ADD COLUMN contribution TEXT;";

/* 5: a stable identifier (a random UUID) on every record the exchange
 * format carries, so that importing a file twice (or a database's own
 * export) recognises what it already holds. Rows inserted without one get
 * one from a trigger; the import then sets the file's. Also: an issued
 * decision's status only moves forward as the state machine allows
 * (issued -> under evaluation, superseded or ended; under evaluation ->
 * superseded or ended), and its issuing and identifier never change. */
#define LS_UUID_SQL \
  "lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' || substr (hex (randomblob (2)), 2)"\
  " || '-' || substr ('89ab', 1 + (random () & 3), 1) || substr (hex (randomblob (2)), 2) || '-'"\
  " || hex (randomblob (6)))"
#define UID_COLUMN(table) \
  "ALTER TABLE " table " ADD COLUMN uid TEXT;" \
  "UPDATE " table " SET uid = " LS_UUID_SQL ";" \
  "CREATE UNIQUE INDEX " table "_uid ON " table " (uid);" \
  "CREATE TRIGGER " table "_uid_insert AFTER INSERT ON " table " WHEN NEW.uid IS NULL BEGIN" \
  "  UPDATE " table " SET uid = " LS_UUID_SQL " WHERE id = NEW.id; END;"
#define UPDATE_IMMUTABLE(table) \
  "CREATE TRIGGER " table "_update_immutable BEFORE UPDATE ON " table \
  "  WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) <> 'draft'" \
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
static const char migration_5[] =
  /* Put back unchanged after the fill (issued decisions' goals too). */
  "DROP TRIGGER goals_update_immutable;"
  "DROP TRIGGER measures_update_immutable;"
  UID_COLUMN ("persons")
  UID_COLUMN ("cases")
  UID_COLUMN ("sketches")
  UID_COLUMN ("sketch_entries")
  UID_COLUMN ("decisions")
  UID_COLUMN ("goals")
  UID_COLUMN ("measures")
  UID_COLUMN ("evaluations")
  UID_COLUMN ("service_plans")
  UPDATE_IMMUTABLE ("goals")
  UPDATE_IMMUTABLE ("measures")
  "DROP TRIGGER decisions_issued_immutable;"
  "CREATE TRIGGER decisions_issued_immutable BEFORE UPDATE OF"
  "  person_id, case_id, previous_id, type, start_date, end_date, evaluation_date,"
  "  grounds, legal_basis, prepared_by, approved_by, issued_by, issued_date ON decisions"
  "  WHEN OLD.status <> 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TRIGGER decisions_uid_immutable BEFORE UPDATE OF uid ON decisions"
  "  WHEN OLD.status <> 'draft' AND OLD.uid IS NOT NULL"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TRIGGER decisions_status_forward BEFORE UPDATE OF status ON decisions"
  "  WHEN OLD.status <> 'draft' AND NEW.status IS NOT OLD.status"
  "  AND NOT ((OLD.status = 'issued' AND NEW.status IN ('under-evaluation', 'superseded', 'ended'))"
  "    OR (OLD.status = 'under-evaluation' AND NEW.status IN ('superseded', 'ended')))"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;";
#undef UID_COLUMN
#undef UPDATE_IMMUTABLE

/* 6: a journal of the imports under way. A long import commits in short
 * chunks so that other writers get through; the rows it has added are
 * noted here until it ends, so that a failed, cancelled or killed one can
 * be undone (see ls-store-import.c). */
static const char migration_6[] =
  "CREATE TABLE import_runs ("
  "  id INTEGER PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL, started TEXT NOT NULL);"
  "CREATE TABLE import_rows ("
  "  run_id INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,"
  "  kind INTEGER NOT NULL, row_id INTEGER NOT NULL,"
  "  PRIMARY KEY (run_id, kind, row_id)) WITHOUT ROWID;";

/* 7: a decision is based on one finished life sketch, chosen when it is
 * drafted (existing decisions: the newest finished one on or before their
 * issue date, or today for drafts); and what an issued decision sent is
 * kept as it was sent (the PDF of each document, written when it is
 * issued or, for decisions issued before this step, when first printed),
 * so every later print gives the same document. A stored document is never
 * changed; it goes only with its decision's person. */
static const char migration_7[] =
  "ALTER TABLE decisions ADD COLUMN sketch_id INTEGER REFERENCES sketches (id) ON DELETE SET NULL;"
  "UPDATE decisions SET sketch_id = (SELECT s.id FROM sketches s WHERE s.person_id = decisions.person_id"
  "  AND s.status = 'finished' AND (decisions.issued_date IS NULL OR s.date IS NULL"
  "    OR s.date <= decisions.issued_date)"
  "  ORDER BY s.date DESC, s.id DESC LIMIT 1);"
  "CREATE INDEX decisions_sketch ON decisions (sketch_id);"
  /* Only a deleted sketch may take the link of an issued decision away. */
  "CREATE TRIGGER decisions_sketch_immutable BEFORE UPDATE OF sketch_id ON decisions"
  "  WHEN OLD.status <> 'draft' AND NEW.sketch_id IS NOT NULL AND NEW.sketch_id IS NOT OLD.sketch_id"
  "  BEGIN SELECT RAISE (ABORT, 'issued decisions are immutable'); END;"
  "CREATE TABLE issued_documents ("
  "  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('decision', 'easy-read', 'service-plan')),"
  "  plan_id INTEGER,"
  "  pdf BLOB NOT NULL, created TEXT NOT NULL,"
  "  PRIMARY KEY (decision_id, kind));"
  "CREATE TRIGGER issued_documents_immutable BEFORE UPDATE ON issued_documents"
  "  BEGIN SELECT RAISE (ABORT, 'issued documents are immutable'); END;"
  "CREATE TRIGGER issued_documents_issued_only BEFORE INSERT ON issued_documents"
  "  WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) = 'draft'"
  "  BEGIN SELECT RAISE (ABORT, 'a draft has no issued documents'); END;";

/* 8: what the stock sqlite3 shell can read, check, dump and restore, and
 * the same order on both engines. The schema version is kept in a table
 * too (ls_schema, as on PostgreSQL), so that a dump restored with the
 * shell is recognised; names sort by a binary key that ICU
 * makes from "family, given" in Norwegian order (ls-sort-key.c), stored
 * beside the name and compared as bytes, instead of a collation only this
 * program knows; and the search triggers ask the search_batch table (rows
 * only inside a batch's transaction) instead of a function only this
 * program has. */
#define FTS_TRIGGERS(pending_0, pending_1) \
  "CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons WHEN NOT " pending_0 ("NEW") " BEGIN" \
  "  INSERT INTO person_fts (rowid, given_name, family_name, national_id)" \
  "  VALUES (NEW.id, NEW.given_name, NEW.family_name, NEW.national_id); END;" \
  "CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons WHEN NOT " pending_0 ("OLD") " BEGIN" \
  "  INSERT INTO person_fts (person_fts, rowid, given_name, family_name, national_id)" \
  "  VALUES ('delete', OLD.id, OLD.given_name, OLD.family_name, OLD.national_id); END;" \
  "CREATE TRIGGER persons_fts_update AFTER UPDATE OF given_name, family_name, national_id ON persons" \
  "  WHEN NOT " pending_0 ("OLD") " BEGIN" \
  "  INSERT INTO person_fts (person_fts, rowid, given_name, family_name, national_id)" \
  "  VALUES ('delete', OLD.id, OLD.given_name, OLD.family_name, OLD.national_id);" \
  "  INSERT INTO person_fts (rowid, given_name, family_name, national_id)" \
  "  VALUES (NEW.id, NEW.given_name, NEW.family_name, NEW.national_id); END;" \
  "CREATE TRIGGER entries_fts_insert AFTER INSERT ON sketch_entries WHEN NOT " pending_1 ("NEW") " BEGIN" \
  "  INSERT INTO entry_fts (rowid, text) VALUES (NEW.id, NEW.text); END;" \
  "CREATE TRIGGER entries_fts_delete AFTER DELETE ON sketch_entries WHEN NOT " pending_1 ("OLD") " BEGIN" \
  "  INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text); END;" \
  "CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON sketch_entries" \
  "  WHEN NOT " pending_1 ("OLD") " BEGIN" \
  "  INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);" \
  "  INSERT INTO entry_fts (rowid, text) VALUES (NEW.id, NEW.text); END;"
#define PENDING_PERSON(row)  "EXISTS (SELECT 1 FROM search_batch WHERE kind = 0 AND " row ".id > floor)"
#define PENDING_ENTRY(row)   "EXISTS (SELECT 1 FROM search_batch WHERE kind = 1 AND " row ".id > floor)"
static const char migration_8[] =
  /* The version also in a table, which a dump (.dump) carries along. */
  "CREATE TABLE ls_schema (id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  application TEXT NOT NULL, version INTEGER NOT NULL);"
  "DROP INDEX persons_sort;"
  "ALTER TABLE persons DROP COLUMN sort_name;"
  "ALTER TABLE persons ADD COLUMN sort_key BLOB NOT NULL DEFAULT x'';"
  "CREATE INDEX persons_sort ON persons (sort_key, id);"
  "CREATE TABLE search_batch (kind INTEGER PRIMARY KEY, floor INTEGER NOT NULL);"
  "DROP TRIGGER persons_fts_insert; DROP TRIGGER persons_fts_delete; DROP TRIGGER persons_fts_update;"
  "DROP TRIGGER entries_fts_insert; DROP TRIGGER entries_fts_delete; DROP TRIGGER entries_fts_update;"
  FTS_TRIGGERS (PENDING_PERSON, PENDING_ENTRY);
#undef FTS_TRIGGERS
#undef PENDING_PERSON
#undef PENDING_ENTRY

/* 9: bookings of granted time ("Min uke", issue 16). A provider unit is
 * the name measures give as their provider; its weekly opening slots say
 * how many staff can serve at once. A booking's start is a local
 * Europe/Oslo wall-clock time ("2027-01-05T10:00"); a weekly one repeats
 * until weekly_until. booking_rules holds the municipality's deadline for
 * changes (working days before the booking, and the time on that day). */
#define BOOKINGS_DDL(ID, REF) \
  "CREATE TABLE provider_units (" \
  "  id " ID ", name TEXT NOT NULL UNIQUE, bookings_changed INTEGER NOT NULL DEFAULT 0);" \
  "CREATE TABLE provider_slots (" \
  "  id " ID "," \
  "  unit_id " REF " NOT NULL REFERENCES provider_units (id) ON DELETE CASCADE," \
  "  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7)," \
  "  start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL," \
  "  staff INTEGER NOT NULL CHECK (staff > 0)," \
  "  CHECK (start_minute >= 0 AND start_minute < end_minute AND end_minute <= 1440));" \
  "CREATE INDEX provider_slots_unit ON provider_slots (unit_id, weekday);" \
  "CREATE TABLE bookings (" \
  "  id " ID ", uid TEXT NOT NULL UNIQUE," \
  "  measure_id " REF " NOT NULL REFERENCES measures (id) ON DELETE CASCADE," \
  "  unit_id " REF " NOT NULL REFERENCES provider_units (id)," \
  "  start TEXT NOT NULL, minutes INTEGER NOT NULL CHECK (minutes > 0), weekly_until TEXT," \
  "  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled'))," \
  "  sequence INTEGER NOT NULL DEFAULT 0, changed TEXT NOT NULL);" \
  "CREATE INDEX bookings_measure ON bookings (measure_id);" \
  "CREATE INDEX bookings_unit ON bookings (unit_id, start);" \
  "CREATE TABLE booking_rules (" \
  "  id INTEGER PRIMARY KEY CHECK (id = 1)," \
  "  deadline_working_days INTEGER NOT NULL DEFAULT 1 CHECK (deadline_working_days >= 0)," \
  "  deadline_time TEXT NOT NULL DEFAULT '15:00');" \
  "INSERT INTO booking_rules (id) VALUES (1);"
static const char migration_9[] = BOOKINGS_DDL ("INTEGER PRIMARY KEY", "INTEGER");
static const char migration_9_pg[] =
  BOOKINGS_DDL ("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT");
#undef BOOKINGS_DDL

static gboolean
after_8 (LsStore *self,
         GError **error)
{
  /* A new team database gets its catalogs here (see above). */
  return _ls_store_seed_catalogs (self, error) && _ls_store_update_sort_keys (self, error);
}

/* 10: every editable row carries a version, 1 when stored and one more
 * on every change; a save is a compare-and-swap on it, so that nobody's
 * change is overwritten unseen (ls-store-versions.c). Rows in the other
 * tables (participants, scores, the audit, ...) go with their owner. */
#define VERSION_COLUMN(table, type) "ALTER TABLE " table " ADD COLUMN version " type " NOT NULL DEFAULT 1;"
#define VERSION_COLUMNS(type) \
  VERSION_COLUMN ("persons", type) VERSION_COLUMN ("cases", type) VERSION_COLUMN ("sketches", type) \
  VERSION_COLUMN ("sketch_readings", type) VERSION_COLUMN ("sketch_entries", type) \
  VERSION_COLUMN ("decisions", type) VERSION_COLUMN ("goals", type) VERSION_COLUMN ("measures", type) \
  VERSION_COLUMN ("evaluations", type) VERSION_COLUMN ("service_plans", type)
static const char migration_10[] = VERSION_COLUMNS ("INTEGER");
static const char migration_10_pg[] = VERSION_COLUMNS ("BIGINT");
#undef VERSION_COLUMNS
#undef VERSION_COLUMN

/* 11: the audit log as a hash chain, so that `check` finds a row deleted
 * or altered outside the program (ls-store-audit.c): each row's hash
 * covers the row before it, and audit_chain keeps the last row's id and
 * hash. The rows already there are chained as this step finds them: the
 * chain vouches for what happens from here on. */
static const char migration_11[] =
  "ALTER TABLE audit ADD COLUMN hash TEXT;"
  "CREATE TABLE audit_chain (id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  last_id INTEGER NOT NULL, hash TEXT NOT NULL);";
static const char migration_11_pg[] =
  "ALTER TABLE audit ADD COLUMN hash TEXT;"
  "CREATE TABLE audit_chain (id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  last_id BIGINT NOT NULL, hash TEXT NOT NULL);";

/* 12: the reasons for a change (issue 11): why a decision changes what
 * the one before granted, and the advance notice (forhåndsvarsel, fvl
 * § 16) of a change to the person's disadvantage: when it was sent, the
 * deadline to answer, the person's answer or that the deadline passed
 * without one. Kept with the draft, so they are saved as it is. */
static const char migration_12[] =
  "ALTER TABLE decisions ADD COLUMN change_reason TEXT;"
  "ALTER TABLE decisions ADD COLUMN notice_sent TEXT;"
  "ALTER TABLE decisions ADD COLUMN notice_deadline TEXT;"
  "ALTER TABLE decisions ADD COLUMN notice_answer TEXT;"
  "ALTER TABLE decisions ADD COLUMN notice_no_answer INTEGER NOT NULL DEFAULT 0;";
/* 13: who is who — teams, caseworkers, handovers, emergency access, the
 * decision rules; on PostgreSQL the roles, grants and row-level security
 * (ls-store-schema-teams.c). */
/* 14: search that finds the first matches in name order at once, however
 * many persons match (docs/store-engines.md, "Search"). Each person has
 * one search document: the names, the national id and the words of every
 * entry of every sketch, so a query's words may match in any of them.
 * SQLite keeps the documents in person_words_fts under the person's rank
 * in search_order, an integer that grows with the name order (the engine
 * gives it: ls-db-sqlite-order.c), so FTS5, which walks a match in rowid
 * order, finds them in name order and stops at the page's end. The
 * triggers keep a document in step with its person and entries; entries a
 * batch adds are indexed at its end. PostgreSQL keeps the document as a
 * tsvector beside the person's sort key (person_words), which its planner
 * walks in name order when most persons match and reaches through the GIN
 * index when few do. */
#define PERSON_WORDS(pid) \
  "(SELECT p.given_name || ' ' || p.family_name || ' ' || coalesce (p.national_id, '')" \
  " || coalesce ((SELECT ' ' || group_concat (e.text, ' ') FROM sketches s" \
  " JOIN sketch_entries e ON e.sketch_id = s.id WHERE s.person_id = p.id), '')" \
  " FROM persons p WHERE p.id = " pid ")"
#define REINDEX_PERSON(pid) \
  "  DELETE FROM person_words_fts WHERE rowid = (SELECT rank FROM search_order WHERE person_id = " pid ");" \
  "  INSERT INTO person_words_fts (rowid, words)" \
  "  SELECT rank, " PERSON_WORDS ("search_order.person_id") " FROM search_order WHERE person_id = " pid ";"
#define ENTRY_PERSON(row) "(SELECT person_id FROM sketches WHERE id = " row ".sketch_id)"
#define PENDING_ENTRY(row) "EXISTS (SELECT 1 FROM search_batch WHERE kind = 1 AND " row ".id > floor)"
static const char migration_14[] =
  "DROP TRIGGER persons_fts_insert; DROP TRIGGER persons_fts_delete; DROP TRIGGER persons_fts_update;"
  "DROP TRIGGER entries_fts_insert; DROP TRIGGER entries_fts_delete; DROP TRIGGER entries_fts_update;"
  "DROP TABLE person_fts; DROP TABLE entry_fts;"
  "CREATE TABLE search_order ("
  "  person_id INTEGER PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,"
  "  rank INTEGER NOT NULL);"
  "CREATE INDEX search_order_rank ON search_order (rank);"
  "CREATE VIRTUAL TABLE person_words_fts USING fts5 ("
  "  words, detail='none', columnsize=0, prefix='1 2 3',"
  "  tokenize='unicode61 remove_diacritics 0');"
  "CREATE TRIGGER search_order_insert AFTER INSERT ON search_order BEGIN"
  "  INSERT INTO person_words_fts (rowid, words) VALUES (NEW.rank, " PERSON_WORDS ("NEW.person_id") "); END;"
  "CREATE TRIGGER search_order_move AFTER UPDATE OF rank ON search_order BEGIN"
  "  DELETE FROM person_words_fts WHERE rowid = OLD.rank;"
  "  INSERT INTO person_words_fts (rowid, words) VALUES (NEW.rank, " PERSON_WORDS ("NEW.person_id") "); END;"
  "CREATE TRIGGER search_order_delete AFTER DELETE ON search_order BEGIN"
  "  DELETE FROM person_words_fts WHERE rowid = OLD.rank; END;"
  "CREATE TRIGGER persons_words_update AFTER UPDATE OF given_name, family_name, national_id ON persons BEGIN"
  REINDEX_PERSON ("NEW.id") " END;"
  "CREATE TRIGGER entries_words_insert AFTER INSERT ON sketch_entries WHEN NOT " PENDING_ENTRY ("NEW") " BEGIN"
  REINDEX_PERSON (ENTRY_PERSON ("NEW")) " END;"
  "CREATE TRIGGER entries_words_update AFTER UPDATE OF text ON sketch_entries WHEN NOT " PENDING_ENTRY ("OLD") " BEGIN"
  REINDEX_PERSON (ENTRY_PERSON ("NEW")) " END;"
  "CREATE TRIGGER entries_words_delete AFTER DELETE ON sketch_entries WHEN NOT " PENDING_ENTRY ("OLD") " BEGIN"
  REINDEX_PERSON (ENTRY_PERSON ("OLD")) " END;"
  "INSERT INTO search_order (person_id, rank)"
  "  SELECT id, ROW_NUMBER () OVER (ORDER BY sort_key, id) * 4294967296 FROM persons;";
#undef REINDEX_PERSON
#undef ENTRY_PERSON
#undef PENDING_ENTRY
/* PostgreSQL: the same document, as ls_search_vector makes it of any text.
 * An entry added only adds its words (a copy or an import adds many); a
 * change or a removal makes the document again. */
#define PG_PERSON_WORDS \
  "SELECT p.id, p.sort_key, ls_search_vector (p.given_name || ' ' || p.family_name || ' '" \
  " || coalesce (p.national_id, '') || coalesce ((SELECT ' ' || string_agg (e.text, ' ') FROM sketches s" \
  " JOIN sketch_entries e ON e.sketch_id = s.id WHERE s.person_id = p.id), '')) FROM persons p"
static const char migration_14_pg[] =
  "ALTER TABLE persons DROP COLUMN search;"
  "ALTER TABLE sketch_entries DROP COLUMN search;"
  "CREATE TABLE person_words ("
  "  person_id BIGINT PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,"
  "  sort_key BYTEA NOT NULL, words tsvector NOT NULL);"
  "CREATE INDEX person_words_sort ON person_words (sort_key, person_id);"
  "CREATE INDEX person_words_search ON person_words USING gin (words);"
  "CREATE FUNCTION ls_person_words (pid BIGINT) RETURNS void LANGUAGE sql AS $$"
  "  INSERT INTO person_words (person_id, sort_key, words) " PG_PERSON_WORDS " WHERE p.id = pid"
  "  ON CONFLICT (person_id) DO UPDATE SET sort_key = excluded.sort_key, words = excluded.words $$;"
  "CREATE FUNCTION ls_person_words_of_person () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN PERFORM ls_person_words (NEW.id); RETURN NULL; END $$;"
  "CREATE FUNCTION ls_person_words_of_entry () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN"
  "    IF TG_OP = 'INSERT' THEN"
  "      UPDATE person_words w SET words = w.words || coalesce (ls_search_vector (NEW.text), '')"
  "        FROM sketches s WHERE s.id = NEW.sketch_id AND w.person_id = s.person_id;"
  "    ELSE"
  "      PERFORM ls_person_words (s.person_id) FROM sketches s WHERE s.id = OLD.sketch_id;"
  "    END IF;"
  "    RETURN NULL;"
  "  END $$;"
  "CREATE TRIGGER persons_words AFTER INSERT OR UPDATE OF given_name, family_name, national_id, sort_key"
  "  ON persons FOR EACH ROW EXECUTE FUNCTION ls_person_words_of_person ();"
  "CREATE TRIGGER entries_words AFTER INSERT OR UPDATE OF text OR DELETE"
  "  ON sketch_entries FOR EACH ROW EXECUTE FUNCTION ls_person_words_of_entry ();"
  "INSERT INTO person_words (person_id, sort_key, words) " PG_PERSON_WORDS ";"
  /* Need-to-know as for the persons (13, ls-store-schema-teams.c): a
   * login sees the documents of the persons it sees and changes those of
   * its team's, which its edits' triggers do. */
  LS_STORE_PG_BY_PERSON ("person_words")
  "REVOKE ALL ON person_words FROM PUBLIC;"
  "REVOKE ALL ON FUNCTION ls_person_words (BIGINT), ls_person_words_of_person (), ls_person_words_of_entry ()"
  "  FROM PUBLIC;"
  "GRANT EXECUTE ON FUNCTION ls_person_words (BIGINT), ls_person_words_of_person (), ls_person_words_of_entry ()"
  "  TO " LS_STORE_TEAM_GROUPS ";"
  "GRANT SELECT ON person_words TO " LS_STORE_TEAM_GROUPS ", livsskisse_admin;"
  "GRANT INSERT, UPDATE, DELETE ON person_words TO " LS_STORE_TEAM_GROUPS ";"
  /* Its statistics now: with them the planner walks the name order only
   * for words most persons have (without, it walked for every word, 0.4 s
   * on 100 000 persons for one nobody has). */
  "ANALYZE person_words;";
#undef PG_PERSON_WORDS
#undef PERSON_WORDS

/* 15: who changed a booking, and the changes the deadline refused
 * (issue 16, the benefit figures): each booking keeps who made it or its
 * last change — the person, the caseworker or the provider — and each
 * cancellation or move refused for the deadline is kept with the day of
 * the time it concerned, written on its own after the refusal. */
#define REFUSALS_DDL(ID, REF) \
  "ALTER TABLE bookings ADD COLUMN changed_by TEXT NOT NULL DEFAULT 'caseworker'" \
  "  CHECK (changed_by IN ('person', 'caseworker', 'provider'));" \
  "CREATE TABLE booking_refusals (" \
  "  id " ID "," \
  "  booking_id " REF " NOT NULL REFERENCES bookings (id) ON DELETE CASCADE," \
  "  measure_id " REF " NOT NULL REFERENCES measures (id) ON DELETE CASCADE," \
  "  day TEXT NOT NULL, refused TEXT NOT NULL," \
  "  kind TEXT NOT NULL CHECK (kind IN ('late-cancel', 'late-move')));" \
  "CREATE INDEX booking_refusals_measure ON booking_refusals (measure_id);" \
  "CREATE INDEX booking_refusals_booking ON booking_refusals (booking_id);"
static const char migration_15[] = REFUSALS_DDL ("INTEGER PRIMARY KEY", "INTEGER");
/* Need-to-know as for the bookings (13, ls-store-schema-teams.c): a login
 * sees the refusals of the measures it sees and writes those of its
 * team's persons. */
static const char migration_15_pg[] =
  REFUSALS_DDL ("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT")
  "ALTER TABLE booking_refusals ENABLE ROW LEVEL SECURITY;"
  "ALTER TABLE booking_refusals FORCE ROW LEVEL SECURITY;"
  "CREATE POLICY booking_refusals_read ON booking_refusals FOR SELECT"
  "  USING ((SELECT ls_is_owner ()) OR measure_id IN (SELECT id FROM measures));"
  "CREATE POLICY booking_refusals_write ON booking_refusals FOR ALL USING ((SELECT ls_is_owner ())"
  "  OR measure_id IN (SELECT m.id FROM measures m JOIN decisions d ON d.id = m.decision_id"
  "  WHERE d.person_id IN (SELECT id FROM persons WHERE team_id = (SELECT ls_my_team ()))));"
  "REVOKE ALL ON booking_refusals FROM PUBLIC;"
  "REVOKE ALL ON SEQUENCE booking_refusals_id_seq FROM PUBLIC;"
  "GRANT SELECT ON booking_refusals TO " LS_STORE_TEAM_GROUPS ", livsskisse_admin;"
  "GRANT INSERT, UPDATE, DELETE ON booking_refusals TO " LS_STORE_TEAM_GROUPS ";"
  "GRANT USAGE ON SEQUENCE booking_refusals_id_seq TO " LS_STORE_TEAM_GROUPS ";";
#undef REFUSALS_DDL

/* 16: screens that stay current (issue 15). On PostgreSQL every change
 * of what a screen shows sends pg_notify ('livsskisse',
 * 'KIND:PERSON_ID:ID') at its commit — ids only, never names or text —
 * and the app's listening connection (ls-db-pg-listen.c) reads it in the
 * main loop and reads what it shows again, through the row-level
 * security, so an id of a person the listener may not see reads nothing.
 * Each table says what the change is to (its kind, and the column holding
 * the id sent), and where the person is: its own column, or the row of
 * @parent whose id that column holds. A sketch's readings, participants
 * and entries are changes to the sketch (its id is sent), a decision's
 * goals, measures and evaluations to the decision. A batch (a copy, an
 * import) sends one 'all:0:0' instead (ls-db-pg-schema.c). SQLite: one
 * desk, nobody else's changes to hear: nothing. */
#define NOTIFY_ON(TABLE, KIND, ID, PERSON, PARENT) \
  "CREATE TRIGGER " TABLE "_notify AFTER INSERT OR UPDATE OR DELETE ON " TABLE \
  "  FOR EACH ROW EXECUTE FUNCTION ls_notify_change ('" KIND "', '" ID "', '" PERSON "'" PARENT ");"
static const char migration_16_pg[] =
  "CREATE FUNCTION ls_notify_change () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  DECLARE r jsonb; pid BIGINT;"
  "  BEGIN"
  "    IF current_setting ('livsskisse.batch', TRUE) = 'on' THEN RETURN NULL; END IF;"
  "    IF TG_OP = 'DELETE' THEN r := to_jsonb (OLD); ELSE r := to_jsonb (NEW); END IF;"
  "    IF TG_NARGS < 4 THEN"
  "      pid := CAST (r ->> TG_ARGV[2] AS BIGINT);"
  "    ELSE"
  "      EXECUTE format ('SELECT person_id FROM %I WHERE id = $1', TG_ARGV[3])"
  "        INTO pid USING CAST (r ->> TG_ARGV[2] AS BIGINT);"
  "    END IF;"
  /* A row deleted with its parent: the parent's deletion said so. */
  "    IF pid IS NOT NULL THEN"
  "      PERFORM pg_notify ('livsskisse', TG_ARGV[0] || ':' || pid || ':' || (r ->> TG_ARGV[1]));"
  "    END IF;"
  "    RETURN NULL;"
  "  END $$;"
  "REVOKE ALL ON FUNCTION ls_notify_change () FROM PUBLIC;"
  "GRANT EXECUTE ON FUNCTION ls_notify_change () TO " LS_STORE_TEAM_GROUPS ";"
  NOTIFY_ON ("persons", "person", "id", "id", "")
  NOTIFY_ON ("handovers", "person", "person_id", "person_id", "")
  NOTIFY_ON ("cases", "case", "id", "person_id", "")
  NOTIFY_ON ("sketches", "sketch", "id", "person_id", "")
  NOTIFY_ON ("sketch_participants", "sketch", "sketch_id", "sketch_id", ", 'sketches'")
  NOTIFY_ON ("sketch_readings", "sketch", "sketch_id", "sketch_id", ", 'sketches'")
  NOTIFY_ON ("sketch_entries", "sketch", "sketch_id", "sketch_id", ", 'sketches'")
  NOTIFY_ON ("decisions", "decision", "id", "person_id", "")
  NOTIFY_ON ("goals", "decision", "decision_id", "decision_id", ", 'decisions'")
  NOTIFY_ON ("measures", "decision", "decision_id", "decision_id", ", 'decisions'")
  NOTIFY_ON ("evaluations", "decision", "decision_id", "decision_id", ", 'decisions'")
  NOTIFY_ON ("service_plans", "plan", "id", "person_id", "");
#undef NOTIFY_ON

/* 18: a search's page read from a few pages of the file (SQLite). A page
 * of matches comes in rank order (step 14), and each match's names were
 * read from persons, whose rows lie in id order: the first search of a
 * new prefix on 100 000 persons read up to a page of the file a person
 * shown (0.23 ms on average, up to 0.57). search_order now keeps the
 * summary the list shows beside the rank, and its index in rank order
 * holds it, so the 50 lie together (0.07 ms, up to 0.26). Triggers copy it when a
 * rank is inserted, by whichever program (one from before this step may
 * still have the file open), and keep it in step with the person.
 * PostgreSQL reads persons as before. */
#define SUMMARY_COPY "given_name, family_name, birth_date, national_id"
static const char migration_18[] =
  "ALTER TABLE search_order ADD COLUMN given_name TEXT;"
  "ALTER TABLE search_order ADD COLUMN family_name TEXT;"
  "ALTER TABLE search_order ADD COLUMN birth_date TEXT;"
  "ALTER TABLE search_order ADD COLUMN national_id TEXT;"
  "UPDATE search_order SET (" SUMMARY_COPY ") = (SELECT " SUMMARY_COPY " FROM persons p"
  "  WHERE p.id = search_order.person_id);"
  "DROP INDEX search_order_rank;"
  "CREATE INDEX search_order_list ON search_order (rank, " SUMMARY_COPY ");"
  "CREATE TRIGGER search_order_summary AFTER INSERT ON search_order BEGIN"
  "  UPDATE search_order SET (" SUMMARY_COPY ") = (SELECT " SUMMARY_COPY " FROM persons p"
  "  WHERE p.id = NEW.person_id) WHERE person_id = NEW.person_id; END;"
  "CREATE TRIGGER persons_summary_update AFTER UPDATE OF " SUMMARY_COPY " ON persons"
  "  WHEN (NEW.given_name, NEW.family_name, NEW.birth_date, NEW.national_id)"
  "  IS NOT (OLD.given_name, OLD.family_name, OLD.birth_date, OLD.national_id) BEGIN"
  "  UPDATE search_order SET (" SUMMARY_COPY ") = (NEW.given_name, NEW.family_name, NEW.birth_date,"
  "  NEW.national_id) WHERE person_id = NEW.id; END;";
#undef SUMMARY_COPY

/* 19: a new row's uid in time order (SQLite). A random uid (step 5)
 * puts each new row of a large table on its own page of the table's uid
 * index, so a commit that adds a few thousand entries (an import's chunk,
 * a demo's batch) rewrites most of that index: a 10 000-person import
 * wrote 812 MB of log for a 140 MB file. A uid that begins with the time
 * in milliseconds (a version 7 UUID, RFC 9562: 48 bits of Unix time, 74
 * random bits) is still unique and unguessable, and the rows of one
 * commit land together at the end of the index. A uid that came from a
 * file is kept as it is. */
#define LS_UUID7_MS "CAST ((julianday ('now') - 2440587.5) * 86400000 AS INTEGER)"
#define LS_UUID7_SQL \
  "printf ('%08x-%04x-7%03x-%x%03x-%012x', (" LS_UUID7_MS ") >> 16, (" LS_UUID7_MS ") & 65535," \
  " random () & 4095, 8 + (random () & 3), random () & 4095, random () & 281474976710655)"
#define UID_TRIGGER(table) \
  "DROP TRIGGER " table "_uid_insert;" \
  "CREATE TRIGGER " table "_uid_insert AFTER INSERT ON " table " WHEN NEW.uid IS NULL BEGIN" \
  "  UPDATE " table " SET uid = " LS_UUID7_SQL " WHERE id = NEW.id; END;"
static const char migration_19[] =
  UID_TRIGGER ("persons")
  UID_TRIGGER ("cases")
  UID_TRIGGER ("sketches")
  UID_TRIGGER ("sketch_entries")
  UID_TRIGGER ("decisions")
  UID_TRIGGER ("goals")
  UID_TRIGGER ("measures")
  UID_TRIGGER ("evaluations")
  UID_TRIGGER ("service_plans");
#undef UID_TRIGGER
/* The same on PostgreSQL, whose uids came from gen_random_uuid () as
 * columns' default and in ls_fill_uid (): ls_uid () puts the time in a
 * random UUID's first 48 bits and 7 in its version. */
#define UID_DEFAULT(table) "ALTER TABLE " table " ALTER COLUMN uid SET DEFAULT ls_uid ();"
static const char migration_19_pg[] =
  "CREATE FUNCTION ls_uid () RETURNS TEXT LANGUAGE sql VOLATILE"
  "  RETURN encode (set_bit (set_bit (overlay (uuid_send (gen_random_uuid ())"
  "    PLACING substring (int8send (floor (extract (epoch FROM clock_timestamp ()) * 1000)::BIGINT) FROM 3)"
  "    FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid::text;"
  "REVOKE ALL ON FUNCTION ls_uid () FROM PUBLIC;"
  "GRANT EXECUTE ON FUNCTION ls_uid () TO " LS_STORE_TEAM_GROUPS ";"
  "CREATE OR REPLACE FUNCTION ls_fill_uid () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN NEW.uid := ls_uid (); RETURN NEW; END $$;"
  UID_DEFAULT ("persons")
  UID_DEFAULT ("cases")
  UID_DEFAULT ("sketches")
  UID_DEFAULT ("sketch_entries")
  UID_DEFAULT ("decisions")
  UID_DEFAULT ("goals")
  UID_DEFAULT ("measures")
  UID_DEFAULT ("evaluations")
  UID_DEFAULT ("service_plans");
#undef UID_DEFAULT

static const Migration migrations[] = {
  { migration_1, NULL, _ls_store_seed_catalogs },
  { migration_2, NULL, NULL },
  { migration_3, NULL, NULL },
  { migration_4, NULL, NULL },
  { migration_5, NULL, NULL },
  { migration_6, NULL, NULL },
  { migration_7, NULL, NULL },
  { migration_8, _ls_store_pg_schema_8, after_8 },
  { migration_9, migration_9_pg, NULL },
  { migration_10, migration_10_pg, NULL },
  { migration_11, migration_11_pg, _ls_store_build_audit_chain },
  { migration_12, migration_12, NULL },
  { _ls_store_teams_sqlite, _ls_store_teams_pg, NULL },
  { migration_14, migration_14_pg, NULL },
  { migration_15, migration_15_pg, NULL },
  { NULL, migration_16_pg, NULL },
  { NULL, _ls_store_decision_identity_pg, NULL },
  { migration_18, NULL, NULL },
  { migration_19, migration_19_pg, NULL },
};

guint
_ls_store_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

guint
_ls_store_audit_chain_version (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    if (migrations[i].after == _ls_store_build_audit_chain)
      return i + 1;
  g_assert_not_reached ();
}

static gboolean
run_step (LsStore *self,
          guint    version,
          GError **error)
{
  const Migration *step = &migrations[version - 1];
  LsDb *db = self->db;
  const char *sql = db->engine->kind == LS_DB_SQLITE ? step->sqlite : step->postgresql;
  guint current = 0;

  if (!_ls_store_begin (self, error))
    return FALSE;
  /* Another program opening the same new file at the same moment may have
   * taken this step while we waited for the write lock. */
  if (!db->engine->get_version (db, &current, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  if (current >= version)
    return _ls_store_commit (self, error);
  if ((sql != NULL && !_ls_store_exec (self, sql, error))
      || (sql != NULL && step->after != NULL && !step->after (self, error))
      || !db->engine->set_version (db, version, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  return _ls_store_commit (self, error);
}

gboolean
_ls_store_migrate (LsStore *self,
                   guint    from,
                   guint    to,
                   GError **error)
{
  g_return_val_if_fail (to <= G_N_ELEMENTS (migrations), FALSE);

  for (guint version = from + 1; version <= to; version++)
    if (!run_step (self, version, error))
      return FALSE;
  return TRUE;
}
