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
  gboolean merge = FALSE;
  LsXmlImportCounts n;
  GOptionEntry entries[] = {
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      N_("Add the file’s records to persons who are already in the database"), NULL },
    { NULL }
  };

  if (!ls_cli_parse (_("FILE"), entries, &database, &argc, &argv))
    return 2;
  if (argc != 2)
    return ls_cli_fail (_("import-xml needs exactly one FILE"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL
      || !ls_xml_import_file (store, argv[1], merge ? LS_XML_IMPORT_MERGE : LS_XML_IMPORT_DEFAULT, &n,
                              NULL, &error))
    return ls_cli_fail_error (error);
  g_print ("persons\t%u\nmerged\t%u\ncases\t%u\nsketches\t%u\nentries\t%u\ndecisions\t%u\n"
           "goals\t%u\nmeasures\t%u\nevaluations\t%u\nplans\t%u\n",
           n.persons, n.merged, n.cases, n.sketches, n.entries, n.decisions, n.goals, n.measures,
           n.evaluations, n.plans);
  return 0;
}
