/* SPDX-License-Identifier: GPL-3.0-or-later */
/* issue ID [--by NAME] [--date DATE]: issues a draft decision as the app's
 * "Issue" does (someone other than who prepared it; the one it follows
 * superseded), storing its documents as they are sent. The store refuses
 * a decision without an assessment, or one that gives less than the one
 * before without a recorded advance notice, with one sentence. On a desk
 * --by NAME says who issues it; on a team's server the issuer is the login
 * (and the server's rules say whether it may), so --by is refused there. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ls-cli.h"
#include "ls-decision-draft.h"
#include "ls-pdf-export.h"
#include "ls-store-decisions.h"
#include "ls-store-teams.h"
#include "ls-value.h"

int
ls_cli_issue (int    argc,
              char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *by = NULL;
  g_autofree char *date_text = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) today = NULL;
  GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who issues it (not who prepared it)"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The issue date (today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsDecision) decision = NULL;
  gint64 id;
  char *end = NULL;
  gboolean server;

  if (!ls_cli_parse ("ID [--by NAME] [--date DATE]", entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  id = argc == 2 ? g_ascii_strtoll (argv[1], &end, 10) : 0;
  if (argc != 2 || end == argv[1] || *end != '\0' || id <= 0)
    return ls_cli_usage ("%s", _("Give one decision id"));
  if (!ls_cli_parse_date_option ("--date", date_text, &date))
    return LS_CLI_EXIT_USAGE;
  today = g_date_new ();
  ls_date_set_today (today);
  if (date == NULL)
    date = g_date_copy (today);
  /* A letter dated in the future (9999-12-31 was taken) is not a decision made. */
  else if (g_date_compare (date, today) > 0)
    return ls_cli_usage (_("--date %s is after today; a decision is issued on the day it is made, or recorded later"),
                         date_text);

  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  server = ls_store_is_server (store);
  if (server && by != NULL)
    return ls_cli_usage ("%s", _("--by is for one desk's file: on a team database the decision is issued by the "
                               "login you connect as"));
  if (!server && (by == NULL || by[0] == '\0'))
    return ls_cli_usage ("%s", _("Give who issues the decision with --by NAME"));
  decision = ls_store_load_decision (store, id, &error);
  if (decision == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_DECISION, id);
  if (ls_decision_get_status (decision) != LS_DECISION_DRAFT)
    return ls_cli_fail (_("Decision %lld is not a draft; only a draft can be issued"), (long long) id);
  /* On a server the four-eyes rule is the server's (ls_decision_authority). */
  if (!ls_pdf_issue_decision (store, decision, server ? ls_store_get_login (store) : by, date, !server, TRUE,
                                 &error))
    return ls_cli_fail_error (error);
  return 0;
}
