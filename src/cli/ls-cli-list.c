/* SPDX-License-Identifier: GPL-3.0-or-later */
/* list persons|decisions [--json] [--search WORDS]: one row per line,
 * tab-separated, the id first; or a JSON array with one object per row.
 * --search finds persons as the window's search does (names, id number,
 * then words of their sketches), at most SEARCH_LIMIT of them. Decisions show the
 * previous decision, so a chain can be followed. Nothing is printed before
 * the store has committed the list's audit row (one per list). */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-value.h"

#define SEARCH_LIMIT 50

typedef struct
{
  gboolean json;
  guint    rows;
} Output;

static void
begin_row (Output  *out,
           GString *line)
{
  if (out->json)
    g_string_append (line, out->rows == 0 ? "[\n  {" : ",\n  {");
  out->rows++;
}

static void
field_text (Output     *out,
            GString    *line,
            const char *key,
            const char *value,
            gboolean    first)
{
  if (out->json)
    {
      g_string_append_printf (line, "%s\"%s\": ", first ? "" : ", ", key);
      ls_cli_json_string (line, value);
      return;
    }
  if (!first)
    g_string_append_c (line, '\t');
  if (value != NULL)
    {
      g_autofree char *clean = g_strdup (value);

      g_string_append (line, g_strdelimit (clean, "\t\r\n", ' '));
    }
}

static void
field_id (Output     *out,
          GString    *line,
          const char *key,
          gint64      id,
          gboolean    first)
{
  if (out->json)
    {
      if (id == 0)
        g_string_append_printf (line, "%s\"%s\": null", first ? "" : ", ", key);
      else
        g_string_append_printf (line, "%s\"%s\": %" G_GINT64_FORMAT, first ? "" : ", ", key, id);
      return;
    }
  if (!first)
    g_string_append_c (line, '\t');
  if (id != 0)
    g_string_append_printf (line, "%" G_GINT64_FORMAT, id);
}

static void
field_date (Output      *out,
            GString     *line,
            const char  *key,
            const GDate *date)
{
  g_autofree char *iso = ls_date_to_iso (date);

  field_text (out, line, key, iso, FALSE);
}

static void
end_row (Output  *out,
         GString *line)
{
  if (out->json)
    g_string_append_c (line, '}');
  else
    g_string_append_c (line, '\n');
  fputs (line->str, stdout);
  g_string_truncate (line, 0);
}

/* The store hands the rows over only after their audit row is committed,
 * so a failed listing prints nothing. */
static gboolean
list_persons (LsStore    *store,
              const char *search,
              Output     *out,
              GError    **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GPtrArray) persons = search != NULL ? ls_store_search_persons (store, search, SEARCH_LIMIT, error)
                                                : ls_store_list_persons (store, error);

  if (persons == NULL)
    return FALSE;
  for (guint i = 0; i < persons->len; i++)
    {
      LsPerson *person = g_ptr_array_index (persons, i);

      begin_row (out, line);
      field_id (out, line, "id", ls_person_get_id (person), TRUE);
      field_text (out, line, "family_name", ls_person_get_family_name (person), FALSE);
      field_text (out, line, "given_name", ls_person_get_given_name (person), FALSE);
      field_date (out, line, "birth_date", ls_person_get_birth_date (person));
      field_text (out, line, "national_id", ls_person_get_national_id (person), FALSE);
      end_row (out, line);
    }
  return TRUE;
}

static gboolean
list_decisions (LsStore *store,
                Output  *out,
                GError **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GPtrArray) decisions = ls_store_list_decisions (store, 0, error);

  if (decisions == NULL)
    return FALSE;
  for (guint i = 0; i < decisions->len; i++)
    {
      LsDecision *d = g_ptr_array_index (decisions, i);

      begin_row (out, line);
      field_id (out, line, "id", ls_decision_get_id (d), TRUE);
      field_id (out, line, "person_id", ls_decision_get_person_id (d), FALSE);
      field_text (out, line, "type", ls_decision_type_to_string (ls_decision_get_decision_type (d)), FALSE);
      field_text (out, line, "status", ls_decision_status_to_string (ls_decision_get_status (d)), FALSE);
      field_id (out, line, "previous_id", ls_decision_get_previous_id (d), FALSE);
      field_date (out, line, "start", ls_decision_get_start (d));
      field_date (out, line, "end", ls_decision_get_end (d));
      field_date (out, line, "evaluation_date", ls_decision_get_evaluation_date (d));
      end_row (out, line);
    }
  return TRUE;
}

int
ls_cli_list (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autofree char *search = NULL;
  gboolean json = FALSE;
  Output out = { 0 };
  gboolean ok;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only the persons found by these words, as the window's search finds them"), N_("WORDS") },
    { NULL }
  };

  if (!ls_cli_parse ("persons|decisions", entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 2 || (!g_str_equal (argv[1], "persons") && !g_str_equal (argv[1], "decisions")))
    return ls_cli_usage (_("list needs “persons” or “decisions”"));
  if (search != NULL && !g_str_equal (argv[1], "persons"))
    return ls_cli_usage (_("--search finds persons: use it with “list persons”"));
  if (search != NULL && !ls_str_has_text (search))
    return ls_cli_usage (_("--search needs words to find (leave it out to list everyone)"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  out.json = json;
  if (g_str_equal (argv[1], "persons"))
    ok = list_persons (store, search, &out, &error);
  else
    ok = list_decisions (store, &out, &error);
  if (!ok)
    return ls_cli_fail_error (error);
  if (json)
    fputs (out.rows == 0 ? "[]\n" : "\n]\n", stdout);
  return fflush (stdout) == 0 ? 0 : ls_cli_fail (_("Could not write the list"));
}
