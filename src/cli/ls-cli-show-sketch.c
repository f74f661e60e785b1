/* SPDX-License-Identifier: GPL-3.0-or-later */
/* show-sketch ID | --person ID: one life-sketch conversation, everything it
 * holds, one tab-separated line per fact with its kind first:
 *   sketch       ID  PERSON-ID  STATUS  DATE
 *   participant  NAME  ROLE
 *   priority     N  ITEM
 *   agreements   TEXT
 *   reading      DOMAIN  SELF-RATING  PICTOGRAM  CASEWORKER-RATING  SKIPPED(0/1)
 *   entry        ID  DOMAIN  KIND  AUTHOR  ENVIRONMENT  TEXT
 * Tabs and line breaks inside texts are written as \t and \n (and a
 * backslash as \\), so every fact stays on one line. With --person, the
 * person's latest conversation (with --emergency-reason, of a person outside
 * one's team: see ls_store_open_in_emergency()). With --json, one JSON object instead:
 *   {"id", "person_id", "version", "status", "date", "agreements",
 *    "readings": [{"domain", "version", "self_rating", "pictogram",
 *                  "caseworker_rating", "skipped"}],
 *    "entries": [{"id", "version", "domain", "kind", "author",
 *                 "environment", "position", "text"}]}
 * (the version is what `edit-entry --if-version` takes). */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-store-teams.h"
#include "ls-row-version.h"
#include "ls-value.h"
#include "ls-store-sketches.h"

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    switch (*p)
      {
      case '\t': g_string_append (out, "\\t"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\\': g_string_append (out, "\\\\"); break;
      default: g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

static void
print_sketch (LsSketch *sketch)
{
  const GDate *date = ls_sketch_get_date (sketch);
  char date_text[16] = "";
  GPtrArray *participants = ls_sketch_get_participants (sketch);
  const char * const *priorities = ls_sketch_get_priorities (sketch);
  GListModel *readings = G_LIST_MODEL (ls_sketch_get_readings (sketch));
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  g_autofree char *agreements = escape (ls_sketch_get_agreements (sketch));

  if (date != NULL && g_date_valid (date))
    g_date_strftime (date_text, sizeof date_text, "%Y-%m-%d", date);
  printf ("sketch\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\n", ls_sketch_get_id (sketch),
          ls_sketch_get_person_id (sketch), ls_sketch_status_to_string (ls_sketch_get_status (sketch)), date_text);
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *p = g_ptr_array_index (participants, i);
      g_autofree char *name = escape (p->name);
      g_autofree char *role = escape (p->role);

      printf ("participant\t%s\t%s\n", name, role);
    }
  for (guint i = 0; priorities[i] != NULL; i++)
    printf ("priority\t%u\t%s\n", i + 1, priorities[i]);
  printf ("agreements\t%s\n", agreements);
  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(LsDomainReading) r = g_list_model_get_item (readings, i);

      printf ("reading\t%s\t%d\t%s\t%d\t%d\n", ls_domain_reading_get_domain_key (r),
              ls_domain_reading_get_self_rating (r),
              ls_pictogram_rating_to_string (ls_domain_reading_get_pictogram (r)),
              ls_domain_reading_get_caseworker_rating (r), ls_domain_reading_get_skipped (r) ? 1 : 0);
    }
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) e = g_list_model_get_item (entries, i);
      g_autofree char *text = escape (ls_sketch_entry_get_text (e));

      printf ("entry\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", ls_sketch_entry_get_id (e),
              ls_sketch_entry_get_domain_key (e), ls_entry_kind_to_string (ls_sketch_entry_get_kind (e)),
              ls_entry_author_to_string (ls_sketch_entry_get_author (e)),
              ls_environment_factor_to_string (ls_sketch_entry_get_environment (e)), text);
    }
}

static void
print_json (LsSketch *sketch)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *date = ls_date_to_iso (ls_sketch_get_date (sketch));
  GListModel *readings = G_LIST_MODEL (ls_sketch_get_readings (sketch));
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));

  g_string_append_printf (out, "{\"id\": %" G_GINT64_FORMAT ", \"person_id\": %" G_GINT64_FORMAT
                          ", \"version\": %" G_GINT64_FORMAT ", \"status\": ", ls_sketch_get_id (sketch),
                          ls_sketch_get_person_id (sketch), ls_row_version_get (sketch));
  ls_cli_json_string (out, ls_sketch_status_to_string (ls_sketch_get_status (sketch)));
  g_string_append (out, ", \"date\": ");
  ls_cli_json_string (out, date);
  g_string_append (out, ", \"agreements\": ");
  ls_cli_json_string (out, ls_sketch_get_agreements (sketch));
  g_string_append (out, ", \"readings\": [");
  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(LsDomainReading) r = g_list_model_get_item (readings, i);

      g_string_append (out, i > 0 ? ", {\"domain\": " : "{\"domain\": ");
      ls_cli_json_string (out, ls_domain_reading_get_domain_key (r));
      g_string_append_printf (out, ", \"version\": %" G_GINT64_FORMAT ", \"self_rating\": %d, \"pictogram\": ",
                              ls_row_version_get (r), ls_domain_reading_get_self_rating (r));
      ls_cli_json_string (out, ls_pictogram_rating_to_string (ls_domain_reading_get_pictogram (r)));
      g_string_append_printf (out, ", \"caseworker_rating\": %d, \"skipped\": %s}",
                              ls_domain_reading_get_caseworker_rating (r),
                              ls_domain_reading_get_skipped (r) ? "true" : "false");
    }
  g_string_append (out, "], \"entries\": [");
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) e = g_list_model_get_item (entries, i);

      g_string_append_printf (out, "%s{\"id\": %" G_GINT64_FORMAT ", \"version\": %" G_GINT64_FORMAT
                              ", \"domain\": ", i > 0 ? ", " : "", ls_sketch_entry_get_id (e),
                              ls_row_version_get (e));
      ls_cli_json_string (out, ls_sketch_entry_get_domain_key (e));
      g_string_append (out, ", \"kind\": ");
      ls_cli_json_string (out, ls_entry_kind_to_string (ls_sketch_entry_get_kind (e)));
      g_string_append (out, ", \"author\": ");
      ls_cli_json_string (out, ls_entry_author_to_string (ls_sketch_entry_get_author (e)));
      g_string_append (out, ", \"environment\": ");
      ls_cli_json_string (out, ls_environment_factor_to_string (ls_sketch_entry_get_environment (e)));
      g_string_append_printf (out, ", \"position\": %u, \"text\": ", ls_sketch_entry_get_position (e));
      ls_cli_json_string (out, ls_sketch_entry_get_text (e));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}\n");
  fputs (out->str, stdout);
}

int
ls_cli_show_sketch (int    argc,
                    char **argv)
{
  g_autofree char *database = NULL;
  gint64 person_id = 0;
  gint64 sketch_id = 0;
  gboolean json = FALSE;
  g_autofree char *emergency_reason = NULL;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id, N_("Show the latest conversation of this person"), N_("ID") },
    { "emergency-reason", 0, 0, G_OPTION_ARG_STRING, &emergency_reason,
      N_("Open a person outside one's team, for this reason (recorded and shown to the team lead)"), N_("REASON") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write one JSON object, with each entry's id and version"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsSketch) sketch = NULL;

  if (!ls_cli_parse ("[ID]", entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc == 2)
    {
      char *end = NULL;

      sketch_id = g_ascii_strtoll (argv[1], &end, 10);
      if (end == argv[1] || *end != '\0' || sketch_id <= 0)
        return ls_cli_usage (_("“%s” is not a conversation id"), argv[1]);
    }
  if ((sketch_id > 0) == (person_id > 0) || argc > 2)
    return ls_cli_usage (_("Give either a conversation id or --person ID"));
  if (emergency_reason != NULL && person_id <= 0)
    return ls_cli_usage (_("--emergency-reason goes with --person ID"));

  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (emergency_reason != NULL && !ls_store_open_in_emergency (store, person_id, emergency_reason, &error))
    return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, person_id);
  if (person_id > 0)
    {
      g_autoptr(GPtrArray) sketches = ls_store_list_sketches (store, person_id, &error);

      if (sketches == NULL)
        return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, person_id);
      if (sketches->len == 0)
        return ls_cli_fail (_("This person has no life-sketch conversation yet"));
      sketch_id = ls_sketch_get_id (g_ptr_array_index (sketches, sketches->len - 1));
    }
  sketch = ls_store_load_sketch (store, sketch_id, &error);
  if (sketch == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_SKETCH, sketch_id);
  if (json)
    print_json (sketch);
  else
    print_sketch (sketch);
  return 0;
}
