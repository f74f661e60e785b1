/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load [--caseworkers N] [--seconds S] [--json]: a bounded load test of
 * many hands at once. It adds a few invented persons (the way `demo` does)
 * and lets N simulated caseworkers, each on its own connection, edit the
 * same handful of their life-sketch entries for S seconds: read the entry,
 * save a new text with a compare-and-swap on the version read (what
 * `edit-entry --if-version` does), and on a conflict read it again and try
 * again. At the end every entry is read back: the last acknowledged save of
 * each must be what is stored, and no two acknowledged saves may have made
 * the same version — anything else is a lost update. Reports acknowledged
 * saves, detected conflicts, other failures, lost updates and the save
 * latency (p50, p99); exit status 1 when any update was lost. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-cli-bench.h"
#include "ls-person.h"
#include "ls-sketch.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"

#define LOAD_PERSONS           3
#define LOAD_ENTRIES_PER_PERSON 2

/* One acknowledged save: the version it made and the text it wrote. */
typedef struct
{
  guint   entry;   /* index into Load.entries */
  gint64  version;
  char   *text;
} Ack;

static void
ack_clear (gpointer data)
{
  g_free (((Ack *) data)->text);
}

typedef struct
{
  GArray   *entries;      /* of gint64: the ids being edited */
  gint64    deadline;     /* monotonic */
} Load;

typedef struct
{
  const Load *load;
  LsStore    *store;
  guint       number;
  GThread    *thread;
  GArray     *acks;        /* of Ack */
  GArray     *latencies;   /* of double, ms */
  guint       conflicts;
  guint       failures;
  char       *first_failure;
} Caseworker;

static gpointer
caseworker_run (gpointer data)
{
  Caseworker *worker = data;
  GRand *rand = g_rand_new_with_seed (worker->number);
  guint saves = 0;

  while (g_get_monotonic_time () < worker->load->deadline)
    {
      guint entry = g_rand_int_range (rand, 0, worker->load->entries->len);
      gint64 id = g_array_index (worker->load->entries, gint64, entry);

      /* Read, save on that version; on a conflict read again and retry. */
      while (g_get_monotonic_time () < worker->load->deadline)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *stored = NULL;
          g_autofree char *text = NULL;
          gint64 version = 0;
          gint64 start;

          if (!ls_store_read_entry (worker->store, id, &stored, &version, NULL, NULL, &error))
            {
              worker->failures++;
              if (worker->first_failure == NULL)
                worker->first_failure = g_strdup (error->message);
              break;
            }
          text = g_strdup_printf ("caseworker %u, save %u", worker->number, ++saves);
          start = g_get_monotonic_time ();
          if (ls_store_save_entry_text_if_version (worker->store, id, text, &version, &error))
            {
              double ms = ls_bench_ms_since (start);
              Ack ack = { entry, version, g_steal_pointer (&text) };

              g_array_append_val (worker->latencies, ms);
              g_array_append_val (worker->acks, ack);
              break;
            }
          if (g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT))
            {
              worker->conflicts++;
              continue;
            }
          worker->failures++;
          if (worker->first_failure == NULL)
            worker->first_failure = g_strdup (error->message);
          break;
        }
    }
  g_rand_free (rand);
  return NULL;
}

/* The ids of a few entries of the @persons persons that are in @store now
 * but not in @before (the invented ones). */
static GArray *
pick_entries (LsStore    *store,
              GHashTable *before,
              GError    **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) persons = ls_store_list_persons (store, error);

  if (persons == NULL)
    return NULL;
  for (guint i = 0; i < persons->len; i++)
    {
      gint64 person_id = ls_person_get_id (g_ptr_array_index (persons, i));
      g_autoptr(GPtrArray) sketches = NULL;
      g_autoptr(LsSketch) sketch = NULL;
      GListModel *list;

      if (g_hash_table_contains (before, &person_id))
        continue;
      sketches = ls_store_list_sketches (store, person_id, error);
      if (sketches == NULL)
        return NULL;
      if (sketches->len == 0)
        continue;
      sketch = ls_store_load_sketch (store, ls_sketch_get_id (g_ptr_array_index (sketches, sketches->len - 1)),
                                     error);
      if (sketch == NULL)
        return NULL;
      list = G_LIST_MODEL (ls_sketch_get_entries (sketch));
      for (guint j = 0; j < MIN (g_list_model_get_n_items (list), LOAD_ENTRIES_PER_PERSON); j++)
        {
          g_autoptr(LsSketchEntry) entry = g_list_model_get_item (list, j);
          gint64 id = ls_sketch_entry_get_id (entry);

          g_array_append_val (entries, id);
        }
    }
  if (entries->len == 0)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                   _("The invented persons for the load test have no life-sketch entries in “%s”"),
                   ls_store_get_path (store));
      return NULL;
    }
  return g_steal_pointer (&entries);
}

static GHashTable *
person_ids (LsStore  *store,
            GError  **error)
{
  g_autoptr(GPtrArray) persons = ls_store_list_persons (store, error);
  GHashTable *ids;

  if (persons == NULL)
    return NULL;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < persons->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = ls_person_get_id (g_ptr_array_index (persons, i));
      g_hash_table_add (ids, id);
    }
  return ids;
}

/* Lost updates: acknowledged saves that made a version another
 * acknowledged save also made, and entries whose stored text and version
 * are not those of their last acknowledged save. */
static gint64
count_lost (LsStore    *store,
            const Load *load,
            GPtrArray  *workers,
            GError    **error)
{
  gint64 lost = 0;

  for (guint entry = 0; entry < load->entries->len; entry++)
    {
      g_autoptr(GHashTable) versions = g_hash_table_new (g_int64_hash, g_int64_equal);
      const Ack *last = NULL;
      g_autofree char *text = NULL;
      gint64 version = 0;

      for (guint w = 0; w < workers->len; w++)
        {
          Caseworker *worker = g_ptr_array_index (workers, w);

          for (guint i = 0; i < worker->acks->len; i++)
            {
              const Ack *ack = &g_array_index (worker->acks, Ack, i);

              if (ack->entry != entry)
                continue;
              if (!g_hash_table_add (versions, (gpointer) &ack->version))
                lost++;
              if (last == NULL || ack->version > last->version)
                last = ack;
            }
        }
      if (!ls_store_read_entry (store, g_array_index (load->entries, gint64, entry), &text, &version,
                                NULL, NULL, error))
        return -1;
      if (last != NULL && (version != last->version || g_strcmp0 (text, last->text) != 0))
        lost++;
    }
  return lost;
}

int
ls_cli_load (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  gint caseworkers = 50;
  gint seconds = 60;
  gboolean json = FALSE;
  GOptionEntry options[] = {
    { "caseworkers", 0, 0, G_OPTION_ARG_INT, &caseworkers, N_("How many caseworkers save at once (50)"), N_("N") },
    { "seconds", 0, 0, G_OPTION_ARG_INT, &seconds, N_("For how long (60)"), N_("S") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write one JSON object"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GPtrArray) workers = NULL;
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) out = g_string_new (NULL);
  const char *first_failure = NULL;
  guint conflicts = 0, failures = 0;
  gint64 lost;
  Load load = { 0 };

  if (!ls_cli_parse_full (NULL, _("Adds a few invented persons and lets the caseworkers edit the same few of their "
                                  "entries at once, each on its own connection, with a compare-and-swap on the "
                                  "version and a retry on a conflict; then checks that no acknowledged save was "
                                  "lost. Use a test database."),
                          options, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 1 || caseworkers < 1 || caseworkers > 500 || seconds < 1 || seconds > 3600)
    return ls_cli_usage (_("Give --caseworkers from 1 to 500 and --seconds from 1 to 3600"));

  store = ls_cli_open_store (database, LS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  before = person_ids (store, &error);
  if (before == NULL
      || !ls_cli_demo_fill (store, LOAD_PERSONS, 15, &error)
      || (load.entries = pick_entries (store, before, &error)) == NULL)
    return ls_cli_fail_error (error);

  workers = g_ptr_array_new ();
  for (gint i = 0; i < caseworkers; i++)
    {
      Caseworker *worker = g_new0 (Caseworker, 1);

      worker->load = &load;
      worker->number = i + 1;
      worker->acks = g_array_new (FALSE, FALSE, sizeof (Ack));
      g_array_set_clear_func (worker->acks, ack_clear);
      worker->latencies = g_array_new (FALSE, FALSE, sizeof (double));
      g_ptr_array_add (workers, worker);
      worker->store = ls_store_open_another (store, &error);
      if (worker->store == NULL)
        break;
    }
  if (error == NULL)
    {
      load.deadline = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;
      for (guint i = 0; i < workers->len; i++)
        {
          Caseworker *worker = g_ptr_array_index (workers, i);

          worker->thread = g_thread_new ("caseworker", caseworker_run, worker);
        }
      for (guint i = 0; i < workers->len; i++)
        g_thread_join (((Caseworker *) g_ptr_array_index (workers, i))->thread);
    }

  for (guint i = 0; i < workers->len; i++)
    {
      Caseworker *worker = g_ptr_array_index (workers, i);

      g_clear_object (&worker->store);
      g_array_append_vals (latencies, worker->latencies->data, worker->latencies->len);
      conflicts += worker->conflicts;
      failures += worker->failures;
      if (first_failure == NULL)
        first_failure = worker->first_failure;
    }
  lost = error == NULL ? count_lost (store, &load, workers, &error) : -1;

  if (error == NULL)
    {
      double p50 = latencies->len > 0 ? ls_bench_quantile (latencies, 0.5) : 0;
      double p99 = latencies->len > 0 ? ls_bench_quantile (latencies, 0.99) : 0;

      if (json)
        {
          g_string_append_printf (out, "{\"engine\": \"%s\", \"caseworkers\": %d, \"seconds\": %d, "
                                  "\"entries\": %u, \"acknowledged\": %u, \"conflicts\": %u, \"failures\": %u, "
                                  "\"lost_updates\": %lld, ",
                                  ls_store_location_is_server (ls_store_get_path (store)) ? "postgresql" : "sqlite",
                                  caseworkers, seconds, load.entries->len, latencies->len, conflicts, failures,
                                  (long long) lost);
          g_string_append (out, "\"save_p50_ms\": ");
          ls_cli_json_number (out, p50, 3);
          g_string_append (out, ", \"save_p99_ms\": ");
          ls_cli_json_number (out, p99, 3);
          g_string_append (out, ", \"first_failure\": ");
          ls_cli_json_string (out, first_failure);
          g_string_append (out, "}\n");
        }
      else
        {
          g_string_append_printf (out, _("%d caseworkers on %u entries for %d s: %u saves acknowledged, "
                                         "%u conflicts detected, %u other failures, %lld updates lost\n"),
                                  caseworkers, load.entries->len, seconds, latencies->len, conflicts, failures,
                                  (long long) lost);
          g_string_append_printf (out, _("Save latency: p50 %.3f ms, p99 %.3f ms\n"), p50, p99);
          if (first_failure != NULL)
            g_string_append_printf (out, _("First failure: %s\n"), first_failure);
        }
      fputs (out->str, stdout);
    }

  for (guint i = 0; i < workers->len; i++)
    {
      Caseworker *worker = g_ptr_array_index (workers, i);

      g_array_unref (worker->acks);
      g_array_unref (worker->latencies);
      g_free (worker->first_failure);
      g_free (worker);
    }
  g_clear_pointer (&load.entries, g_array_unref);
  if (error != NULL)
    return ls_cli_fail_error (error);
  return lost > 0 ? 1 : 0;
}
