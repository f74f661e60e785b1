/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-pdf --decision ID|--easy-read ID|--plan ID|--sketch ID|--my-sketch ID|--advance-notice ID [--draft] -o FILE
 * export-pdf --my-week PERSON [--week 2027-W02] -o FILE: "Min uke", the
 * person's booked times of an ISO week (default: this week), easy-read.
 * export-pdf --all-decisions [--draft] -o DIR: every issued decision's
 * letter (and with --draft the drafts' too), with a progress line on
 * stderr. A draft's documents are written only with --draft, marked as a
 * draft on every page. Warnings (a missing logo) go to stderr; the PDF
 * is still written. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "ls-booking.h"
#include "ls-cli.h"
#include "ls-pdf-export.h"

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  /* One line rewritten in place on a terminal, a line per 100 otherwise. */
  if (isatty (fileno (stderr)))
    g_printerr ("\r%s", "");
  else if (done % 100 != 0 && done != total)
    return;
  g_printerr (_("Wrote %u of %u letters"), done, total);
  g_printerr (isatty (fileno (stderr)) && done != total ? "" : "\n");
}

/* What each document's id names. */
static const LsCliRecord document_record[LS_DOCUMENT_MY_WEEK + 1] = {
  [LS_DOCUMENT_DECISION] = LS_CLI_DECISION,
  [LS_DOCUMENT_EASY_READ] = LS_CLI_DECISION,
  [LS_DOCUMENT_SERVICE_PLAN] = LS_CLI_PLAN,
  [LS_DOCUMENT_SKETCH] = LS_CLI_SKETCH,
  [LS_DOCUMENT_MY_SKETCH] = LS_CLI_SKETCH,
  [LS_DOCUMENT_ADVANCE_NOTICE] = LS_CLI_DECISION,
  [LS_DOCUMENT_MY_WEEK] = LS_CLI_PERSON,
};

int
ls_cli_export_pdf (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *week = NULL;
  gint64 ids[LS_DOCUMENT_MY_WEEK + 1] = { 0 };
  gboolean all = FALSE, draft = FALSE;
  GOptionEntry entries[] = {
    { "decision", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_DECISION], N_("The decision letter"), "ID" },
    { "easy-read", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_EASY_READ], N_("The easy-read letter of a decision"), "ID" },
    { "plan", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_SERVICE_PLAN], N_("A service plan"), "ID" },
    { "sketch", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_SKETCH], N_("A life-sketch report"), "ID" },
    { "my-sketch", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_MY_SKETCH],
      N_("“Min livsskisse”: a life sketch in easy-read for the person, in their written language"), "ID" },
    { "advance-notice", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_ADVANCE_NOTICE],
      N_("The advance notice (forhåndsvarsel) of the change a draft decision makes"), "ID" },
    { "my-week", 0, 0, G_OPTION_ARG_INT64, &ids[LS_DOCUMENT_MY_WEEK],
      N_("“Min uke”: a person's booked times of a week in easy-read, in their written language"), "PERSON" },
    { "week", 0, 0, G_OPTION_ARG_STRING, &week, N_("The ISO week of --my-week (default: this week)"), "2027-W02" },
    { "all-decisions", 0, 0, G_OPTION_ARG_NONE, &all, N_("Every issued decision's letter into a folder"), NULL },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft, N_("Also a decision not issued yet, marked as a draft"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file (a folder with --all-decisions)"), "FILE" },
    { NULL }
  };
  g_autoptr(LsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(LsPdfExporter) exporter = NULL;
  GDate monday;
  int chosen = -1, n_chosen = 0;

  if (!ls_cli_parse ("--decision ID|--easy-read ID|--plan ID|--sketch ID|--my-sketch ID|--advance-notice ID|--my-week PERSON [--week 2027-W02]|--all-decisions [--draft] -o FILE",
                     entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  n_chosen = all ? 1 : 0;
  for (int k = 0; k < (int) G_N_ELEMENTS (ids); k++)
    if (ids[k] != 0)
      {
        chosen = k;
        n_chosen++;
      }
  if (n_chosen != 1 || output == NULL || output[0] == '\0')
    return ls_cli_usage ("%s", _("Give one of --decision, --easy-read, --plan, --sketch, --my-sketch, --advance-notice, --my-week or --all-decisions, and -o"));
  if (week != NULL && chosen != LS_DOCUMENT_MY_WEEK)
    return ls_cli_usage ("%s", _("--week goes only with --my-week"));
  if (week != NULL && !ls_iso_week_parse (week, &monday))
    /* Translators: %s is what was given after --week */
    return ls_cli_usage (_("“%s” is not an ISO week; write it as year, W and week number, such as 2027-W02"), week);

  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);

  if (all)
    {
#ifdef __GLIBC__
      /* Each PDF stream is compressed with a zlib state of its own (a
       * quarter of a megabyte, a few dozen for each letter: cairo's and
       * qpdf's), freed at the top of the heap: glibc gave that memory back
       * to the kernel at each free and it was faulted in again at the next
       * (a fifth of a batch's time, in brk and page faults). Up to 4 MB
       * freed stays with the process instead. */
      mallopt (M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
      if (!ls_pdf_write_all_decision_letters (store, draft, output, print_progress, NULL, &error))
        return ls_cli_fail_error (error);
      return 0;
    }

  exporter = ls_pdf_exporter_new (store, NULL, NULL, &error);
  if (exporter == NULL)
    return ls_cli_fail_error (error);
  if (week != NULL)
    ls_pdf_exporter_set_week (exporter, &monday);
  /* A draft goes nowhere by mistake. */
  ls_pdf_exporter_set_refuse_drafts (exporter, !draft);
  if (!ls_pdf_exporter_write (exporter, (LsDocumentKind) chosen, ids[chosen], output, &warnings, &error))
    {
      if (g_error_matches (error, LS_PDF_EXPORT_ERROR, LS_PDF_EXPORT_ERROR_DRAFT))
        return ls_cli_fail ("%s", _("The decision is a draft, not issued yet; add --draft to export it marked as a draft"));
      return ls_cli_fail_lookup (store, error, document_record[chosen], ids[chosen]);
    }
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("livsskisse-cli: %s\n", ((GError *) g_ptr_array_index (warnings, i))->message);
  return 0;
}
