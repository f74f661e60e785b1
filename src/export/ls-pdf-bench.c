/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Timing decision letters for `livsskisse-cli bench`. */
#define G_LOG_DOMAIN "ls-pdf-bench"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "ls-doc-layout.h"
#include "ls-goal.h"
#include "ls-measure.h"
#include "ls-pdf-bench.h"
#include "ls-pdf-export.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-value.h"

#define N_DECISIONS 50
#define ROUNDS 31
#define BATCH 1000

static void
add_measure (LsDecision *decision,
             const char *service,
             double      extent,
             const char *unit,
             const char *provider)
{
  g_autoptr(LsMeasure) measure = ls_measure_new ();

  ls_measure_set_service_key (measure, service);
  ls_measure_set_extent (measure, extent);
  ls_measure_set_unit (measure, unit);
  ls_measure_set_provider (measure, provider);
  ls_measure_set_granted (measure, TRUE);
  g_list_store_append (ls_decision_get_measures (decision), measure);
}

static void
add_goal (LsDecision *decision,
          const char *domain,
          const char *text)
{
  g_autoptr(LsGoal) goal = ls_goal_new ();

  ls_goal_set_domain_key (goal, domain);
  ls_goal_set_text (goal, text);
  ls_goal_set_level_0 (goal, "som forventet");
  ls_goal_set_baseline (goal, -1);
  ls_goal_set_weight (goal, 1);
  g_list_store_append (ls_decision_get_goals (decision), goal);
}

static gint64
add_decision (LsStore  *store,
              gint64    person_id,
              GError  **error)
{
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(GDate) start = ls_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) end = ls_date_new_dmy (31, G_DATE_MAY, 2027);
  g_autoptr(GDate) evaluation = ls_date_new_dmy (3, G_DATE_MAY, 2027);
  g_autoptr(GDate) issued = ls_date_new_dmy (23, G_DATE_NOVEMBER, 2026);

  ls_decision_set_person_id (decision, person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_prepared_by (decision, "saksbehandler");
  ls_decision_set_grounds (decision, "Praktisk bistand to ganger i uka gir struktur i hverdagen og gjør at "
                                     "personen kan bo videre i egen leilighet.");
  add_measure (decision, "personal_assistance", 6, "hours", "Hjemmetjenesten sone øst");
  add_measure (decision, "day_activity", 2, "visits", "Aktivitetshuset");
  add_goal (decision, "home", "Lager middag selv tre dager i uka innen mai 2027");
  add_goal (decision, "leisure", "Går på aktivitetshuset to ganger i uka");
  if (!ls_store_save_decision (store, decision, error) ||
      !ls_store_issue_decision (store, decision, "Ola Nordmann", issued, TRUE, error))
    return 0;
  return ls_decision_get_id (decision);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (folder);
}

static gboolean
time_letters (LsStore  *store,
              GArray   *ids,
              char     *folder,
              double   *letter_ms,
              double   *batch_ms,
              guint    *pages,
              GError  **error)
{
  g_autoptr(LsPdfExporter) exporter = ls_pdf_exporter_new (store, NULL, NULL, error);
  g_autoptr(GArray) batch = g_array_sized_new (FALSE, FALSE, sizeof (gint64), BATCH);
  double times[ROUNDS];
  gint64 start;

  if (exporter == NULL)
    return FALSE;
  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 id = g_array_index (ids, gint64, i % ids->len);
      g_autofree char *path = g_build_filename (folder, "letter.pdf", NULL);

      start = g_get_monotonic_time ();
      if (!ls_pdf_exporter_write (exporter, LS_DOCUMENT_DECISION, id, path, NULL, error))
        return FALSE;
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, ROUNDS, sizeof (double), compare_double);
  *letter_ms = times[ROUNDS / 2];
  {
    g_autoptr(LsDocLayout) layout = ls_pdf_exporter_load_layout (exporter, LS_DOCUMENT_DECISION,
                                                                 g_array_index (ids, gint64, 0), error);

    if (layout == NULL)
      return FALSE;
    *pages = ls_doc_layout_get_n_pages (layout);
  }

  for (guint i = 0; i < BATCH; i++)
    g_array_append_val (batch, g_array_index (ids, gint64, i % ids->len));
  start = g_get_monotonic_time ();
  if (!ls_pdf_write_decision_letters (store, batch, folder, NULL, NULL, error))
    return FALSE;
  *batch_ms = (g_get_monotonic_time () - start) / 1000.0;
  return TRUE;
}

gboolean
ls_pdf_bench (LsStore     *store,
              const char  *dir,
              double      *letter_ms,
              double      *batch_ms,
              guint       *pages,
              GError     **error)
{
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *folder = g_build_filename (dir, "letters", NULL);
  gboolean ok;

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);

  persons = ls_store_list_persons_at (store, 0, N_DECISIONS, error);
  if (persons == NULL)
    return FALSE;
  for (guint i = 0; i < persons->len; i++)
    {
      gint64 id = add_decision (store, ls_person_get_id (g_ptr_array_index (persons, i)), error);

      if (id == 0)
        return FALSE;
      g_array_append_val (ids, id);
    }
  if (ids->len == 0 || g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "no persons or no folder for the letters");
      return FALSE;
    }
  ok = time_letters (store, ids, folder, letter_ms, batch_ms, pages, error);
  remove_folder (folder);
  return ok;
}
