/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import-xml [--merge] FILE: all or nothing. A person already in the
 * database (same id number) is refused unless --merge is given; merging
 * adds the file's records to that person and never changes stored ones. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-xml-import.h"

int
ls_cli_import_xml (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  gboolean merge = FALSE, made = FALSE, was_empty = FALSE;
  LsXmlImportCounts n;
  GOptionEntry entries[] = {
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      N_("Add the file’s records to persons who are already in the database"), NULL },
    { NULL }
  };

  if (!ls_cli_parse (_("FILE"), entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 2)
    return ls_cli_usage (_("import-xml needs exactly one FILE"));
  /* A file made for this import goes again if the import fails, and an
   * empty one is left empty: a mistyped FILE must not leave an empty
   * database behind. */
  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      made = g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN);
      /* (which, if the file opens below, was an empty one) */
      was_empty = g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE);
      g_clear_error (&error);
      store = ls_cli_open_store (database, LS_STORE_OPEN_DEFAULT, &error);
      if (store == NULL)
        return ls_cli_fail_error (error);
    }
  if (!ls_xml_import_file (store, argv[1], merge ? LS_XML_IMPORT_MERGE : LS_XML_IMPORT_DEFAULT, &n,
                           NULL, &error))
    {
      if (made || was_empty)
        {
          g_autofree char *path = g_strdup (ls_store_get_path (store));

          g_clear_object (&store);
          ls_store_remove_file (path, was_empty);
        }
      return ls_cli_fail_error (error);
    }
  g_print ("persons\t%u\nmerged\t%u\ncases\t%u\nsketches\t%u\nentries\t%u\ndecisions\t%u\n"
           "goals\t%u\nmeasures\t%u\nevaluations\t%u\nplans\t%u\n",
           n.persons, n.merged, n.cases, n.sketches, n.entries, n.decisions, n.goals, n.measures,
           n.evaluations, n.plans);
  return 0;
}
