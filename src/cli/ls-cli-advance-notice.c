/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advance-notice --decision ID [--sent DATE --deadline DATE] [--answer TEXT|--no-answer]:
 * records the advance notice (forhåndsvarsel, forvaltningsloven § 16) of
 * the change a draft decision makes to the person's disadvantage: when it
 * was sent and the deadline to answer, and then the person's answer or
 * that the deadline passed without one. A reduction is issued only once
 * this is recorded. The letter itself: export-pdf --advance-notice ID. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-decision-change.h"
#include "ls-decision-draft.h"
#include "ls-store-decisions.h"
#include "ls-value.h"

int
ls_cli_advance_notice (int    argc,
                       char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *sent_text = NULL;
  g_autofree char *deadline_text = NULL;
  g_autofree char *answer = NULL;
  g_autoptr(GDate) sent = NULL;
  g_autoptr(GDate) deadline = NULL;
  g_autoptr(GDate) today = g_date_new ();
  gboolean no_answer = FALSE;
  gint64 decision_id = 0;
  GOptionEntry entries[] = {
    { "decision", 0, 0, G_OPTION_ARG_INT64, &decision_id, N_("The draft decision the notice is about"), "ID" },
    { "sent", 0, 0, G_OPTION_ARG_STRING, &sent_text, N_("The day the notice was sent"), N_("DATE") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline_text, N_("The deadline to answer"), N_("DATE") },
    { "answer", 0, 0, G_OPTION_ARG_STRING, &answer, N_("What the person answered, in their words"), N_("TEXT") },
    { "no-answer", 0, 0, G_OPTION_ARG_NONE, &no_answer, N_("The deadline passed without an answer"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsDecision) decision = NULL;

  if (!ls_cli_parse ("--decision ID [--sent DATE --deadline DATE] [--answer TEXT|--no-answer]",
                     entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc > 1 || decision_id <= 0)
    return ls_cli_usage ("%s", _("Give the decision with --decision ID"));
  if (answer != NULL && no_answer)
    return ls_cli_usage ("%s", _("Give either --answer or --no-answer, not both"));
  if (answer != NULL && !ls_str_has_text (answer))
    return ls_cli_usage ("%s", _("--answer is empty: write what the person answered, or give --no-answer"));
  if (!ls_cli_parse_date_option ("--sent", sent_text, &sent) || !ls_cli_parse_date_option ("--deadline", deadline_text, &deadline))
    return LS_CLI_EXIT_USAGE;

  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  decision = ls_store_load_decision (store, decision_id, &error);
  if (decision == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_DECISION, decision_id);
  ls_date_set_today (today);
  if (!ls_decision_record_notice (decision, sent, deadline, answer, no_answer, today, &error)
      || !ls_store_save_decision (store, decision, &error))
    return ls_cli_fail_error (error);
  return 0;
}
