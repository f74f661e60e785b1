/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SQLite engine's search order. Every person has a rank in
 * search_order, an integer that grows with the name order (sort_key, id),
 * and the person's search document sits in person_words_fts with the rank
 * as its rowid (schema step 14). FTS5 walks a match in rowid order, so the
 * first matches in name order are the first rows it finds, however many
 * persons match.
 *
 * Ranks leave gaps: made in one go they are RANK_STEP apart; a new or
 * renamed person takes the middle of the gap between its neighbours, and
 * when there is none left, the persons around it are spread out again over
 * a window wide enough to give each a gap of at least MIN_GAP. The
 * triggers move each document with its rank. This file runs its
 * statements through the seam (ls-db.h) and uses nothing else of the
 * engine. */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>

#include "ls-db-sqlite-private.h"

#define RANK_STEP (G_GINT64_CONSTANT (1) << 32)
#define MIN_GAP   (G_GINT64_CONSTANT (1) << 16)
#define NO_VALUE  G_MININT64   /* run() without ?1 or ?2 */
/* Pages of merging the search index at most when a batch ends, and in
 * each step of tidying it after a large series (about 40 ms at 10 000
 * persons; _ls_db_sqlite_set_tidy_pages for tests). */
#define SEARCH_MERGE_PAGES 1000
#define SEARCH_TIDY_PAGES  500

static gint tidy_pages = SEARCH_TIDY_PAGES;

typedef struct
{
  gint64 person_id;
  gint64 rank;
} Placed;

/* The persons before (index 1) or after (index 0) ?1 in name order that
 * have a rank, nearest first, at most ?2: id, rank, sort key. */
static const char * const neighbours_sql[2] = {
  "SELECT q.id, o.rank, q.sort_key FROM persons me, persons q JOIN search_order o ON o.person_id = q.id"
  " WHERE me.id = ?1 AND (q.sort_key, q.id) > (me.sort_key, me.id) ORDER BY q.sort_key, q.id LIMIT ?2",
  "SELECT q.id, o.rank, q.sort_key FROM persons me, persons q JOIN search_order o ON o.person_id = q.id"
  " WHERE me.id = ?1 AND (q.sort_key, q.id) < (me.sort_key, me.id) ORDER BY q.sort_key DESC, q.id DESC LIMIT ?2",
};

/* Runs @stmt, one of neighbours_sql, for @person_id: the persons it gives
 * into @out and the last one's sort key into @last_key (if not NULL). */
static gboolean
step_neighbours (LsDbStmt *stmt,
                 gint64    person_id,
                 gint64    limit,
                 GArray   *out,
                 GBytes  **last_key,
                 GError  **error)
{
  LsDbStep step;

  ls_db_reset (stmt);
  ls_db_bind_int64 (stmt, 1, person_id);
  ls_db_bind_int64 (stmt, 2, limit);
  while ((step = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      Placed placed = { ls_db_column_int64 (stmt, 0), ls_db_column_int64 (stmt, 1) };

      g_array_append_val (out, placed);
      if (last_key != NULL)
        {
          gsize n = 0;
          const void *key = ls_db_column_blob (stmt, 2, &n);

          g_clear_pointer (last_key, g_bytes_unref);
          *last_key = g_bytes_new (key, n);
        }
    }
  return step == LS_DB_DONE;
}

/* The persons before (@before) or after @person_id in name order that have
 * a rank, nearest first, at most @limit. */
static gboolean
neighbours (LsDb     *db,
            gint64    person_id,
            gboolean  before,
            gint64    limit,
            GArray   *out,
            GError  **error)
{
  LsDbStmt *stmt = ls_db_prepare (db, neighbours_sql[before ? 1 : 0], error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  ok = step_neighbours (stmt, person_id, limit, out, NULL, error);
  ls_db_finalize (stmt);
  return ok;
}

/* Runs @sql with ?1 = @a and ?2 = @b (each unless NO_VALUE). */
static gboolean
run (LsDb       *db,
     const char *sql,
     gint64      a,
     gint64      b,
     GError    **error)
{
  LsDbStmt *stmt = ls_db_prepare (db, sql, error);
  LsDbStep step;

  if (stmt == NULL)
    return FALSE;
  if (a != NO_VALUE)
    ls_db_bind_int64 (stmt, 1, a);
  if (b != NO_VALUE)
    ls_db_bind_int64 (stmt, 2, b);
  step = ls_db_step (stmt, error);
  ls_db_finalize (stmt);
  return step != LS_DB_ERROR;
}

/* The one number @sql gives (an aggregate: it always gives a row). */
static gboolean
query_number (LsDb       *db,
              const char *sql,
              gint64     *value,
              GError    **error)
{
  LsDbStmt *stmt = ls_db_prepare (db, sql, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  ok = ls_db_step (stmt, error) == LS_DB_ROW;
  if (ok)
    *value = ls_db_column_int64 (stmt, 0);
  ls_db_finalize (stmt);
  return ok;
}

/* Sets the rank; the triggers move the document along. */
static gboolean
set_rank (LsDb    *db,
          gint64   person_id,
          gint64   rank,
          GError **error)
{
  return run (db, "INSERT INTO search_order (person_id, rank) VALUES (?1, ?2)"
              " ON CONFLICT (person_id) DO UPDATE SET rank = excluded.rank", person_id, rank, error);
}

static gboolean
current_rank (LsDb     *db,
              gint64    person_id,
              gint64   *rank,
              gboolean *found,
              GError  **error)
{
  LsDbStmt *stmt = ls_db_prepare (db, "SELECT rank FROM search_order WHERE person_id = ?1", error);
  LsDbStep step;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, person_id);
  step = ls_db_step (stmt, error);
  *found = step == LS_DB_ROW;
  if (*found)
    *rank = ls_db_column_int64 (stmt, 0);
  ls_db_finalize (stmt);
  return step != LS_DB_ERROR;
}

/* Gives @person_id (without a rank now) and the persons around it new,
 * evenly spread ranks. Ranks stay unique on the way: those that move down
 * go first, lowest first, then those that move up, highest first. */
static gboolean
spread (LsDb    *db,
        gint64   person_id,
        GError **error)
{
  for (gint64 width = 8;; width *= 4)
    {
      g_autoptr(GArray) below = g_array_new (FALSE, FALSE, sizeof (Placed));
      g_autoptr(GArray) above = g_array_new (FALSE, FALSE, sizeof (Placed));
      g_autoptr(GArray) window = g_array_new (FALSE, FALSE, sizeof (Placed));
      gboolean fenced_below, fenced_above;
      gint64 lo, hi, step;
      Placed me = { person_id, 0 };

      if (!neighbours (db, person_id, TRUE, width + 1, below, error)
          || !neighbours (db, person_id, FALSE, width + 1, above, error))
        return FALSE;
      fenced_below = below->len == (guint) width + 1;
      fenced_above = above->len == (guint) width + 1;
      for (guint i = below->len - (fenced_below ? 1 : 0); i > 0; i--)
        g_array_append_val (window, g_array_index (below, Placed, i - 1));
      g_array_append_val (window, me);
      for (guint i = 0; i + (fenced_above ? 1 : 0) < above->len; i++)
        g_array_append_val (window, g_array_index (above, Placed, i));
      lo = fenced_below ? g_array_index (below, Placed, below->len - 1).rank : 0;
      hi = fenced_above ? g_array_index (above, Placed, above->len - 1).rank
                        : lo + ((gint64) window->len + 1) * RANK_STEP;
      step = (hi - lo) / ((gint64) window->len + 1);
      if (step < MIN_GAP && (fenced_below || fenced_above))
        continue;
      for (guint i = 0; i < window->len; i++)
        {
          Placed *p = &g_array_index (window, Placed, i);
          gint64 rank = lo + step * (i + 1);

          if (p->person_id != person_id && p->rank > rank && !set_rank (db, p->person_id, rank, error))
            return FALSE;
        }
      for (guint i = window->len; i > 0; i--)
        {
          Placed *p = &g_array_index (window, Placed, i - 1);
          gint64 rank = lo + step * i;

          if (p->person_id != person_id && p->rank < rank && !set_rank (db, p->person_id, rank, error))
            return FALSE;
        }
      for (guint i = 0; i < window->len; i++)
        if (g_array_index (window, Placed, i).person_id == person_id)
          return set_rank (db, person_id, lo + step * (i + 1), error);
      g_assert_not_reached ();
    }
}

static gboolean
has_search_order (Sqlite *self)
{
  if (!self->search_order)
    self->search_order = sqlite3_table_column_metadata (self->handle, NULL, "search_order", "rank",
                                                        NULL, NULL, NULL, NULL, NULL) == SQLITE_OK;
  return self->search_order;
}

gboolean
_ls_db_sqlite_place_person (LsDb    *db,
                            gint64   person_id,
                            GError **error)
{
  Sqlite *self = SQLITE (db);
  g_autoptr(GArray) below = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GArray) above = g_array_new (FALSE, FALSE, sizeof (Placed));
  gint64 rank = 0, lo, hi;
  gboolean placed = FALSE;

  /* A batch places the persons it adds when it ends; a database not yet at
   * schema step 14 (a step before it) has no order to keep. */
  if ((self->batch && person_id > self->fts_floor[0]) || !has_search_order (self))
    return TRUE;
  if (!current_rank (db, person_id, &rank, &placed, error)
      || !neighbours (db, person_id, TRUE, 1, below, error)
      || !neighbours (db, person_id, FALSE, 1, above, error))
    return FALSE;
  lo = below->len > 0 ? g_array_index (below, Placed, 0).rank : 0;
  hi = above->len > 0 ? g_array_index (above, Placed, 0).rank : G_MAXINT64;
  if (placed && rank > lo && rank < hi)
    return TRUE;   /* still in its place */
  if (above->len == 0 && lo <= G_MAXINT64 - RANK_STEP)
    return set_rank (db, person_id, lo + RANK_STEP, error);
  if (hi - lo >= 2)
    return set_rank (db, person_id, lo + (hi - lo) / 2, error);
  /* No room: out of the way first, then spread out with its neighbours. */
  return (!placed || run (db, "DELETE FROM search_order WHERE person_id = ?1", person_id, NO_VALUE, error))
         && spread (db, person_id, error);
}

/* (@key, @id) before (@other, @other_id) in name order, as SQLite orders
 * blobs: bytes first, then the shorter one. */
static gboolean
key_before (const void *key,
            gsize       n,
            gint64      id,
            GBytes     *other,
            gint64      other_id)
{
  gsize m = 0;
  const void *o = g_bytes_get_data (other, &m);
  int c = n > 0 && m > 0 ? memcmp (key, o, MIN (n, m)) : 0;

  if (c == 0 && n != m)
    return n < m;
  return c != 0 ? c < 0 : id < other_id;
}

/* A person of a run, and whether its name is that of the person just
 * before it in name order. */
typedef struct
{
  gint64   person_id;
  gboolean same_name;
} RunMember;

/* Two persons of the same name follow each other in id order, so a new
 * one always goes after the last of its name: when persons of a name come
 * one at a time (an import's chunks, the demo's batches), each lands in
 * the gap left above the one before. Splitting that gap evenly halved it
 * each time: 32 of a name and none was left, and each one after that
 * spread the persons around out again, moving their search documents
 * (a sixth of a 100 000-person import). So a person whose name is that of
 * the one before it takes one part of the gap, any other NAME_PARTS: the
 * gap above a name's last person shrinks by a 257th each time, and
 * thousands more of that name still fit. */
#define NAME_PARTS 256

/* Ranks for a run of persons between two placed ones (@lo, @hi); those
 * the gap is too small for are placed one by one afterwards. */
static void
share_gap (GArray *run,
           gint64  lo,
           gint64  hi,
           GArray *ranks,
           GArray *crowded)
{
  gint64 parts = NAME_PARTS, full = NAME_PARTS, unit, at = lo;

  for (guint i = 0; i < run->len; i++)
    parts += g_array_index (run, RunMember, i).same_name ? 1 : NAME_PARTS;
  unit = (hi - lo) / parts;
  if (unit == 0)
    {
      /* Too narrow for parts: evenly, as far as it goes. */
      full = 1;
      unit = (hi - lo) / ((gint64) run->len + 1);
    }
  for (guint i = 0; i < run->len; i++)
    {
      RunMember *m = &g_array_index (run, RunMember, i);
      Placed p = { m->person_id, 0 };

      at += unit * (m->same_name ? 1 : full);
      p.rank = at;
      if (unit >= 1)
        g_array_append_val (ranks, p);
      else
        g_array_append_val (crowded, p.person_id);
    }
  g_array_set_size (run, 0);
}

/* Inserts @ranks (Placed) in one statement. FTS5 writes what it holds in
 * memory to a new segment of its index at the end of every statement that
 * gives it rows (its savepoint), so one statement for the batch writes its
 * documents once, where one per person wrote a segment each (an import of
 * 2 000 persons spent a sixth of its time there). The large segment this
 * leaves on a low level is what _ls_db_sqlite_index_batch's end of a
 * series takes care of. */
static gboolean
insert_ranks (LsDb    *db,
              GArray  *ranks,
              GError **error)
{
  g_autoptr(GString) json = g_string_sized_new (ranks->len * 32);
  LsDbStmt *stmt;
  LsDbStep step;

  for (guint i = 0; i < ranks->len; i++)
    g_string_append_printf (json, "%s[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "]", i > 0 ? "," : "[",
                            g_array_index (ranks, Placed, i).person_id, g_array_index (ranks, Placed, i).rank);
  g_string_append_c (json, ']');
  stmt = ls_db_prepare (db, "INSERT INTO search_order (person_id, rank) SELECT json_extract (value, '$[0]'),"
                        " json_extract (value, '$[1]') FROM json_each (?1)", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, json->str);
  step = ls_db_step (stmt, error);
  ls_db_finalize (stmt);
  return step != LS_DB_ERROR;
}

static gboolean
same_key (const void *key,
          gsize       n,
          GBytes     *other)
{
  gsize m = 0;
  const void *o = other != NULL ? g_bytes_get_data (other, &m) : NULL;

  return other != NULL && n == m && (n == 0 || memcmp (key, o, n) == 0);
}

/* Ranks for the persons @persons gives (id, sort key, in name order):
 * each run of them between two placed persons shares the gap (see
 * share_gap). @near are neighbours_sql, prepared. */
static gboolean
rank_runs (LsDbStmt  *persons,
           LsDbStmt  *near[2],
           GArray    *ranks,
           GArray    *crowded,
           GError   **error)
{
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (RunMember));
  g_autoptr(GArray) below = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GArray) above = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GBytes) above_key = NULL;
  g_autoptr(GBytes) previous_key = NULL;   /* the sort key of the one before */
  gint64 lo = 0;
  LsDbStep step;

  while ((step = ls_db_step (persons, error)) == LS_DB_ROW)
    {
      gsize n = 0;
      const void *key = ls_db_column_blob (persons, 1, &n);
      RunMember member = { ls_db_column_int64 (persons, 0), FALSE };

      /* A run ends at the placed person after it; the next one begins
       * after the placed person before it. */
      if (run->len == 0
          || (above->len > 0 && !key_before (key, n, member.person_id, above_key,
                                             g_array_index (above, Placed, 0).person_id)))
        {
          if (run->len > 0)
            share_gap (run, lo, g_array_index (above, Placed, 0).rank, ranks, crowded);
          g_array_set_size (below, 0);
          g_array_set_size (above, 0);
          g_clear_pointer (&previous_key, g_bytes_unref);
          if (!step_neighbours (near[1], member.person_id, 1, below, &previous_key, error)
              || !step_neighbours (near[0], member.person_id, 1, above, &above_key, error))
            return FALSE;
          lo = below->len > 0 ? g_array_index (below, Placed, 0).rank : 0;
        }
      member.same_name = same_key (key, n, previous_key);
      g_array_append_val (run, member);
      g_clear_pointer (&previous_key, g_bytes_unref);
      previous_key = g_bytes_new (key, n);
    }
  if (step == LS_DB_ERROR)
    return FALSE;
  if (run->len > 0)
    share_gap (run, lo, above->len > 0 ? g_array_index (above, Placed, 0).rank
                                       : lo + ((gint64) run->len + 1) * RANK_STEP, ranks, crowded);
  return TRUE;
}

/* Ranks for the persons a batch added (ids above @floor), walking only
 * them in name order. The placed persons are sought once per run (with
 * statements prepared once), never walked through, so a batch costs what
 * it adds, not the whole caseload. */
static gboolean
place_new_persons (LsDb    *db,
                   gint64   floor,
                   gint64  *placed,
                   GError **error)
{
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GArray) crowded = g_array_new (FALSE, FALSE, sizeof (gint64));
  LsDbStmt *near[2] = { NULL, NULL };
  LsDbStmt *persons = NULL;
  gboolean ok = FALSE;

  if ((near[0] = ls_db_prepare (db, neighbours_sql[0], error)) != NULL
      && (near[1] = ls_db_prepare (db, neighbours_sql[1], error)) != NULL
      && (persons = ls_db_prepare (db, "SELECT p.id, p.sort_key FROM persons p WHERE p.id > ?1"
                                   " AND NOT EXISTS (SELECT 1 FROM search_order o WHERE o.person_id = p.id)"
                                   /* "+": by the id range, then sorted, not
                                    * along the name index past every person. */
                                   " ORDER BY +p.sort_key, p.id", error)) != NULL)
    {
      ls_db_bind_int64 (persons, 1, floor);
      ok = rank_runs (persons, near, ranks, crowded, error);
    }
  g_clear_pointer (&persons, ls_db_finalize);
  g_clear_pointer (&near[0], ls_db_finalize);
  g_clear_pointer (&near[1], ls_db_finalize);
  if (!ok || (ranks->len > 0 && !insert_ranks (db, ranks, error)))
    return FALSE;
  for (guint i = 0; i < crowded->len; i++)
    if (!_ls_db_sqlite_place_person (db, g_array_index (crowded, gint64, i), error))
      return FALSE;
  *placed += ranks->len + crowded->len;
  return TRUE;
}

gboolean
_ls_db_sqlite_index_batch (LsDb    *db,
                           GError **error)
{
  Sqlite *self = SQLITE (db);
  gint64 added;

  if (!has_search_order (self))
    return TRUE;
  /* Persons that were there before and got entries: their documents
   * again (setting the rank, even to itself, runs search_order_move);
   * then the new persons, whose documents come with their ranks. */
  if (!run (db, "UPDATE search_order SET rank = rank WHERE person_id IN (SELECT s.person_id"
            " FROM sketch_entries e JOIN sketches s ON s.id = e.sketch_id WHERE e.id > ?1)",
            self->fts_floor[1], NO_VALUE, error)
      || !place_new_persons (db, self->fts_floor[0], &self->series_added, error))
    return FALSE;
  /* FTS5 writes a new segment of its index each time the rows it is given
   * switch between deleting and inserting or go back in rowid order, as
   * they do above, and for each batch's new persons; a search looks a
   * prefix up in every segment (a 10 000 person demo was left with 22, and
   * a search spent about a fifth of its time in those look-ups). And FTS5
   * merges a level when it holds enough segments, whatever their size, so
   * a batch's large segment left on a low level would be merged again with
   * the small ones of the saves after it, a little at every commit (the
   * bench's save_p99_ms went from 5 to 22 ms).
   *
   * So the last batch of a series that added a quarter or more of the
   * persons begins to merge the whole index into one segment ('merge'
   * with a negative size: every segment on one level, at most that many
   * pages now), and the store goes on with it a step at a time after the
   * commit (db->tidy_wanted, _ls_db_sqlite_tidy_step), each step in a
   * transaction of its own, so the write lock is never held for long
   * (all of it at once, 'optimize', took 1.4 s at 100 000 persons; its
   * cost is the whole index's, which is why a smaller series does not).
   * Any other series
   * merges levels of four or more segments, at most SEARCH_MERGE_PAGES
   * pages of work, as FTS5's own automatic merging would over later
   * writes. */
  if (db->bulk)
    return TRUE;
  added = self->series_added;
  self->series_added = 0;
  if (added > 0)
    {
      gint64 all = 0;

      if (!query_number (db, "SELECT count(*) FROM search_order", &all, error))
        return FALSE;
      if (added * 4 >= all)
        {
          db->tidy_wanted = TRUE;
          return run (db, "INSERT INTO person_words_fts (person_words_fts, rank) VALUES ('merge', ?1)",
                      -(gint64) g_atomic_int_get (&tidy_pages), NO_VALUE, error);
        }
    }
  return run (db, "INSERT INTO person_words_fts (person_words_fts, rank) VALUES ('merge', ?1)",
              SEARCH_MERGE_PAGES, NO_VALUE, error);
}


gboolean
_ls_db_sqlite_tidy_step (LsDb    *db,
                         GError **error)
{
  gint64 before = 0, after = 0;

  /* Rows changed through the connection, FTS5's own tables included. */
  if (!query_number (db, "SELECT total_changes ()", &before, error)
      || !run (db, "INSERT INTO person_words_fts (person_words_fts, rank) VALUES ('merge', ?1)",
               g_atomic_int_get (&tidy_pages), NO_VALUE, error)
      || !query_number (db, "SELECT total_changes ()", &after, error))
    return FALSE;
  /* A merge that did some work writes at least two rows of FTS5's tables
   * (a page and the index's structure); fewer, and there was none left. */
  db->tidy_wanted = after - before >= 2;
  return TRUE;
}

void
_ls_db_sqlite_set_tidy_pages (guint pages)
{
  g_atomic_int_set (&tidy_pages, pages > 0 ? (gint) pages : SEARCH_TIDY_PAGES);
}
