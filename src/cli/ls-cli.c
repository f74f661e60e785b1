/* SPDX-License-Identifier: GPL-3.0-or-later */
/* livsskisse-cli: the library without GTK, for batch work, tests and
 * benchmarks. Output on stdout is the contract; messages go to stderr, one
 * line each, and every failure exits non-zero. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-i18n.h"

static const LsCliCommand commands[] = {
  { "advance-notice", ls_cli_advance_notice, N_("Record the advance notice of a reduction and the answer: advance-notice --decision ID [--sent DATE --deadline DATE] [--answer TEXT|--no-answer]") },
  { "approve", ls_cli_approve, N_("Approve a draft decision as a second decision-maker: approve DECISION") },
  { "backup", ls_cli_backup, N_("Copy the database to a new file: backup -o FILE") },
  { "booking", ls_cli_booking, N_("Book granted time: booking budget|free|add|cancel ID|list [--decision ID] [--measure ID] [--week 2027-W02] [--start 2027-01-05T10:00 --minutes N [--weekly-until DATE]] [--person ID] [--json]") },
  { "bench", ls_cli_bench, N_("Time what people wait for, beside anchors: bench [--json] [--persons N]") },
  { "check", ls_cli_check, N_("Verify the database without changing it") },
  { "copy", ls_cli_copy, N_("Copy a whole database into an empty one (a desk's file to the team's server): copy --from DATABASE --to DATABASE") },
  { "check-id", ls_cli_check_id, N_("Check a Norwegian id number: check-id NUMBER") },
  { "demo", ls_cli_demo, N_("Fill the database with invented people: demo [--persons N]") },
  { "edit-entry", ls_cli_edit_entry, N_("Give a life-sketch entry a new text unless someone changed it (exit 3): edit-entry ENTRY --text TEXT --if-version N") },
  { "export-xml", ls_cli_export_xml, N_("Write whole cases as XML: export-xml [--person ID] -o FILE") },
  { "import-xml", ls_cli_import_xml, N_("Read cases from XML, all or nothing: import-xml [--merge] FILE") },
  { "export-ics", ls_cli_export_ics, N_("Write a person's bookings as iCalendar: export-ics --person ID -o FILE") },
  { "export-pdf", ls_cli_export_pdf, N_("Write a letter, plan or report as PDF: export-pdf --decision ID -o FILE") },
  { "issue", ls_cli_issue, N_("Issue a draft decision and keep its letters as sent: issue ID --by NAME [--date DATE]") },
  { "list", ls_cli_list, N_("List persons or decisions: list persons|decisions [--json] [--search WORDS]") },
  { "load", ls_cli_load, N_("Many caseworkers editing the same entries at once; counts conflicts and lost updates (use a test database): load [--caseworkers 50] [--seconds 60] [--json]") },
  { "migrate", ls_cli_migrate, N_("Bring the database to this version's schema and say what was done") },
  { "server", ls_cli_server, N_("Create the schema in a team's new, empty PostgreSQL database: server init postgresql://HOST/DATABASE [--team NAME]") },
  { "team", ls_cli_team, N_("Who is who: team add-caseworker LOGIN --name NAME --team TEAM --role caseworker|decision-maker|lead|admin [--password-file FILE] | list [--json] | move-person PERSON --team TEAM [--caseworker LOGIN] | open-person PERSON --emergency-reason REASON | emergency-access [--json] | four-eyes on|off") },
  { "show-sketch", ls_cli_show_sketch, N_("Show one life-sketch conversation: show-sketch ID|--person ID [--json]") },
  { "crash-writer", ls_cli_crash_writer, NULL },   /* for the crash-safety test */
};

static int
usage (void)
{
  g_printerr ("%s\n", _("Usage: livsskisse-cli COMMAND [--database PATH] [ARGUMENTS…]"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].summary != NULL)
      g_printerr ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_printerr ("%s\n", _("Exit status: 0 done, 1 not done (the message says why), 2 the command line is wrong "
                        "(nothing changed), 3 someone else’s change came first"));
  return LS_CLI_EXIT_USAGE;
}

/* What was printed reached its file, or the command fails: output lost to
 * a full disk or a closed pipe is no answer given. */
static int
finish (int status)
{
  int code = fflush (stdout) == 0 ? 0 : errno;

  if (status != 0 || (code == 0 && !ferror (stdout)))
    return status;   /* a failure has said why already, in its one line */
  if (code != 0)
    ls_cli_fail (_("Could not write the output: %s"), g_strerror (code));
  else   /* an earlier write failed; its reason is gone */
    ls_cli_fail ("%s", _("Could not write all of the output"));
  return LS_CLI_EXIT_FAILED;
}

int
main (int   argc,
      char *argv[])
{
  ls_i18n_init ();
  if (argc < 2)
    return usage ();
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("livsskisse-cli %s\n", PACKAGE_VERSION);
      return finish (0);
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "help"))
    {
      usage ();
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return finish (commands[i].run (argc - 1, argv + 1));
  return ls_cli_usage (_("Unknown command “%s”; try --help"), argv[1]);
}
