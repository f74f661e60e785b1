/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-xml [--person ID] -o FILE: whole cases in the exchange format
 * (help page "xml-format"); everyone, or one person. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-xml-export.h"

int
ls_cli_export_xml (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  gint64 person = G_MININT64;   /* not given: everyone */
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person, N_("Only this person (an id from “list persons”)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (output == NULL || output[0] == '\0' || argc != 1)
    return ls_cli_usage (_("export-xml needs -o FILE (and optionally --person ID)"));
  /* --person 0 is no one's id (it exported everyone) */
  if (person != G_MININT64 && person <= 0)
    return ls_cli_usage (_("--person needs a person id"));
  if (person == G_MININT64)
    person = 0;
  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (!ls_xml_export_file (store, output, person, NULL, NULL, NULL, &error))
    return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, person);
  return 0;
}
