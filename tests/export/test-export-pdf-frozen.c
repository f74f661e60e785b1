/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Issued means frozen, drafts say so: an issued decision's documents are
 * the same, byte for byte, whatever happens to sketches and letterhead
 * later; a draft quotes the sketch it is based on and no later one, and
 * carries the draft mark on every page, with no date and no signature. */
#include <gio/gio.h>
#include <string.h>

#include "ls-pdf-export.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-poppler.h"
#include "ls-test-util.h"

typedef struct
{
  char    *dir;
  LsStore *store;
  gint64   person_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();

  f->dir = ls_test_mkdtemp ();
  path = g_build_filename (f->dir, "t.db", NULL);
  f->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Ærø");
  ls_person_set_written_language (person, data != NULL ? data : "nb");
  /* Synthetic (the demo's), as every test number must be. */
  ls_person_set_national_id (person, "01819100493");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  f->person_id = ls_person_get_id (person);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* A sketch of @day December 2026 whose support need reads @need. */
static gint64
add_sketch (Fixture        *f,
            int             day,
            LsSketchStatus  status,
            const char     *need)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDate) date = g_date_new_dmy (day, G_DATE_DECEMBER, 2026);
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_SUPPORT_NEED,
                                                             LS_ENTRY_AUTHOR_PERSON, need);
  g_autoptr(GError) error = NULL;

  ls_sketch_set_person_id (sketch, f->person_id);
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, status);
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
  return ls_sketch_get_id (sketch);
}

static LsDecision *
add_draft (Fixture *f)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (30, G_DATE_JUNE, 2027);
  g_autoptr(GDate) evaluation = g_date_new_dmy (1, G_DATE_APRIL, 2027);
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  g_autoptr(GError) error = NULL;

  ls_decision_set_person_id (decision, f->person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Begrunnelsen står her.");
  ls_decision_set_legal_basis (decision, "helse- og omsorgstjenesteloven § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 6);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_granted (measure, TRUE);
  g_list_store_append (ls_decision_get_measures (decision), measure);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

static LsLetterhead *
letterhead_of (const char *municipality)
{
  LsLetterhead *letterhead = ls_letterhead_new ();

  ls_letterhead_set (letterhead, LS_LETTERHEAD_MUNICIPALITY, municipality);
  ls_letterhead_set (letterhead, LS_LETTERHEAD_SIGNATURE_NAME, "Sigrid Signatur");
  ls_letterhead_set (letterhead, LS_LETTERHEAD_SIGNATURE_TITLE, "enhetsleder");
  return letterhead;
}

/* Exports @kind of @id with @municipality in the letterhead; returns the
 * PDF's path in the fixture's folder as @name. */
static char *
export (Fixture        *f,
        LsDocumentKind  kind,
        gint64          id,
        const char     *municipality,
        const char     *name)
{
  g_autoptr(LsLetterhead) letterhead = letterhead_of (municipality);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPdfExporter) exporter = ls_pdf_exporter_new (f->store, letterhead, NULL, &error);
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (ls_pdf_exporter_write (exporter, kind, id, path, NULL, &error));
  g_assert_no_error (error);
  ls_test_keep_pdf (path, name);
  return path;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

/* pdftotext of one page (1-based). */
static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
issue (Fixture    *f,
       LsDecision *decision)
{
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_DECEMBER, 2026);
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_store_issue_decision (f->store, decision, "Lise Leder", today, TRUE, &error));
  g_assert_no_error (error);
}

/* Exported, then a newer finished conversation and another letterhead:
 * the same text and the same bytes, for each document of the decision. */
static void
test_issued_is_frozen (Fixture       *f,
                       gconstpointer  data)
{
  static const LsDocumentKind kinds[] = { LS_DOCUMENT_DECISION, LS_DOCUMENT_EASY_READ };
  g_autoptr(LsDecision) decision = NULL;

  add_sketch (f, 1, LS_SKETCH_FINISHED, "Alfa trenger hjelp til å handle");
  decision = add_draft (f);
  issue (f, decision);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("issued-%u-first.pdf", k);
      g_autofree char *first = export (f, kinds[k], ls_decision_get_id (decision), "Eksempel kommune", name);
      g_autofree char *text = ls_test_pdf_text (first);

      if (text == NULL)
        return;
      ls_test_assert_contains (text, "Eksempel kommune");
      g_assert_null (strstr (text, "UTKAST"));
    }
  add_sketch (f, 15, LS_SKETCH_FINISHED, "Bravo trenger noe helt annet");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("issued-%u-first.pdf", k);
      g_autofree char *again_name = g_strdup_printf ("issued-%u-again.pdf", k);
      g_autofree char *first = g_build_filename (f->dir, name, NULL);
      g_autofree char *again = export (f, kinds[k], ls_decision_get_id (decision), "Ny kommune", again_name);
      g_autofree char *first_text = ls_test_pdf_text (first);
      g_autofree char *again_text = ls_test_pdf_text (again);
      g_autoptr(GBytes) first_bytes = read_bytes (first);
      g_autoptr(GBytes) again_bytes = read_bytes (again);

      g_assert_cmpstr (again_text, ==, first_text);
      g_assert_null (strstr (again_text, "Ny kommune"));
      g_assert_null (strstr (again_text, "Bravo"));
      g_assert_true (g_bytes_equal (first_bytes, again_bytes));
    }
}

/* A draft based on sketch A quotes A, not a later sketch B, finished or
 * still in progress. */
static void
test_draft_quotes_its_sketch (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(LsDecision) decision = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  add_sketch (f, 1, LS_SKETCH_FINISHED, "Alfa trenger hjelp til å handle");
  decision = add_draft (f);
  add_sketch (f, 10, LS_SKETCH_FINISHED, "Bravo trenger noe helt annet");
  add_sketch (f, 15, LS_SKETCH_IN_PROGRESS, "Charlie er ikke ferdig");
  path = export (f, LS_DOCUMENT_DECISION, ls_decision_get_id (decision), "Eksempel kommune", "draft-sketch.pdf");
  text = ls_test_pdf_text (path);
  if (text == NULL)
    return;
  ls_test_assert_contains (text, "1. desember 2026");
  g_assert_null (strstr (text, "10. desember 2026"));
  g_assert_null (strstr (text, "15. desember 2026"));
  g_assert_null (strstr (text, "Bravo"));
  g_assert_null (strstr (text, "Charlie"));
}

/* Every page says draft, in the person's written language; no decision
 * date, no "decided by", no signature; the title says draft. */
static void
test_draft_marked (Fixture       *f,
                   gconstpointer  data)
{
  gboolean nynorsk = data != NULL && g_str_equal (data, "nn");
  const char *mark = nynorsk ? "UTKAST – ikkje sendt" : "UTKAST – ikke sendt";
  static const LsDocumentKind kinds[] = { LS_DOCUMENT_DECISION, LS_DOCUMENT_EASY_READ };
  g_autoptr(LsDecision) decision = NULL;

  add_sketch (f, 1, LS_SKETCH_FINISHED, "Alfa trenger hjelp til å handle");
  decision = add_draft (f);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("draft-%s-%u.pdf", nynorsk ? "nn" : "nb", k);
      g_autofree char *path = export (f, kinds[k], ls_decision_get_id (decision), "Eksempel kommune", name);
      g_autofree char *text = ls_test_pdf_text (path);
      g_autofree char *info = NULL;
      guint pages;

      if (text == NULL)
        return;
      pages = ls_test_pdf_pages (path);
      g_assert_cmpuint (pages, >=, 1);
      if (kinds[k] == LS_DOCUMENT_DECISION)
        g_assert_cmpuint (pages, >=, 2);
      for (guint p = 1; p <= pages; p++)
        {
          g_autofree char *one = page_text (path, p);

          ls_test_assert_contains (one, mark);
        }
      g_assert_null (strstr (text, "Vedtaket er fattet av"));
      g_assert_null (strstr (text, "Vedtaket er gjort av"));
      g_assert_null (strstr (text, "Sigrid Signatur"));
      g_assert_null (strstr (text, "Med ven"));
      g_assert_null (strstr (text, "Dato:"));
      info = ls_test_poppler ("pdfinfo", path);
      ls_test_assert_contains (info, "Title:           Utkast");
    }
}

/* Issued through the exporter, the documents are stored in the issue's own
 * transaction: the first export already gives the letterhead of the day
 * it was issued, and the service plan made for it is kept too. */
static void
test_frozen_at_issue (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LsDecision) decision = NULL;
  g_autoptr(LsServicePlan) plan = ls_service_plan_new ();
  g_autoptr(LsLetterhead) letterhead = letterhead_of ("Eksempel kommune");
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_DECEMBER, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPdfExporter) exporter = NULL;
  static const char *const kinds[] = { "decision", "easy-read", "service-plan" };
  gint64 plan_id = 0;
  g_autofree char *letter = NULL;
  g_autofree char *plan_pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plan_text = NULL;

  add_sketch (f, 1, LS_SKETCH_FINISHED, "Alfa trenger hjelp til å handle");
  decision = add_draft (f);
  ls_service_plan_set_person_id (plan, f->person_id);
  ls_service_plan_set_decision_id (plan, ls_decision_get_id (decision));
  ls_service_plan_set_goals (plan, "Planmål fra utstedelsen");
  g_assert_true (ls_store_save_service_plan (f->store, plan, &error));
  g_assert_no_error (error);

  exporter = ls_pdf_exporter_new (f->store, letterhead, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ls_pdf_exporter_issue (exporter, decision, "Lise Leder", today, TRUE, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (decision), ==, LS_DECISION_ISSUED);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GBytes) pdf = ls_store_load_issued_document (f->store, ls_decision_get_id (decision), kinds[k],
                                                             &plan_id, &error);

      g_assert_no_error (error);
      g_assert_nonnull (pdf);
      g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
    }
  g_assert_cmpint (plan_id, ==, ls_service_plan_get_id (plan));

  /* Changed afterwards: the plan's text, the letterhead. */
  ls_service_plan_set_goals (plan, "Endret senere");
  g_assert_true (ls_store_save_service_plan (f->store, plan, &error));
  letter = export (f, LS_DOCUMENT_DECISION, ls_decision_get_id (decision), "Ny kommune", "at-issue.pdf");
  plan_pdf = export (f, LS_DOCUMENT_SERVICE_PLAN, ls_service_plan_get_id (plan), "Ny kommune", "at-issue-plan.pdf");
  text = ls_test_pdf_text (letter);
  plan_text = ls_test_pdf_text (plan_pdf);
  if (text == NULL)
    return;
  ls_test_assert_contains (text, "Eksempel kommune");
  /* Signed by who issued it, from the record, not the letterhead's signer. */
  ls_test_assert_contains (text, "Lise Leder");
  g_assert_null (strstr (text, "Ny kommune"));
  ls_test_assert_contains (plan_text, "Planmål fra utstedelsen");
  g_assert_null (strstr (plan_text, "Endret senere"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/frozen/issued-is-frozen", Fixture, NULL, fixture_set_up, test_issued_is_frozen,
              fixture_tear_down);
  g_test_add ("/export/frozen/frozen-at-issue", Fixture, NULL, fixture_set_up, test_frozen_at_issue,
              fixture_tear_down);
  g_test_add ("/export/frozen/draft-quotes-its-sketch", Fixture, NULL, fixture_set_up,
              test_draft_quotes_its_sketch, fixture_tear_down);
  g_test_add ("/export/frozen/draft-marked", Fixture, "nb", fixture_set_up, test_draft_marked, fixture_tear_down);
  g_test_add ("/export/frozen/draft-marked-nn", Fixture, "nn", fixture_set_up, test_draft_marked,
              fixture_tear_down);
  return g_test_run ();
}
