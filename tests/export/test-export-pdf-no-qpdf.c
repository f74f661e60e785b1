/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Without qpdf's library (loaded with the first PDF, ls-pdf-accessible.c)
 * no PDF is written, and one sentence says which library and package:
 * issuing a decision, which stores its letters, leaves it a draft; a
 * letter of a decision issued before copies were kept is neither written
 * nor kept. The library is loaded once per program, so this program
 * never finds it. */
#include <string.h>

#include "ls-pdf-accessible.h"
#include "ls-pdf-export.h"
#include "ls-store-decisions.h"
#include "ls-test-bookings.h"
#include "ls-test-util.h"

static void
assert_names_library (const GError *error)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "libqpdf-livsskisse-test-absent.so.29"));
  g_assert_nonnull (strstr (error->message, "libqpdf29"));
}

static void
test_missing (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "vedtak.pdf", NULL);
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (30, G_DATE_JUNE, 2027);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsDecision) decision = NULL;
  g_autoptr(LsDecision) reloaded = NULL;
  g_autoptr(GBytes) kept = NULL;
  gint64 id;

  g_assert_no_error (error);
  decision = ls_test_granted_draft (store, 6, start, end);
  id = ls_decision_get_id (decision);

  /* Issuing stores the letters: without them it does not issue. */
  g_assert_false (ls_pdf_issue_decision (store, decision, "Lise Leder", today, FALSE, TRUE, &error));
  assert_names_library (error);
  g_clear_error (&error);
  reloaded = ls_store_load_decision (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (reloaded), ==, LS_DECISION_DRAFT);

  /* Issued as before copies were kept: its letter is made at the first
   * export, which fails whole, twice the same way. */
  g_assert_true (ls_store_issue_decision (store, reloaded, "Lise Leder", today, FALSE, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_false (ls_pdf_export (store, LS_DOCUMENT_DECISION, id, pdf, NULL, &error));
      assert_names_library (error);
      g_clear_error (&error);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  kept = ls_store_load_issued_document (store, id, "decision", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (kept);

  g_clear_object (&store);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  _ls_pdf_accessible_set_library ("libqpdf-livsskisse-test-absent.so.29");
  g_test_add_func ("/export/pdf/no-qpdf", test_missing);
  return g_test_run ();
}
