/* SPDX-License-Identifier: GPL-3.0-or-later */
/* team: who is who (issue 14).
 *   team add-caseworker LOGIN --name NAME --team TEAM --role ROLE [--password-file FILE]
 *   team list [--json]
 *   team move-person PERSON --team TEAM [--caseworker LOGIN]
 *   team open-person PERSON --emergency-reason REASON
 *   team emergency-access [--json]
 *   team four-eyes on|off             (the municipality's rule)
 * approve DECISION: a second decision-maker's approval of a draft.
 * A password is read from a file, never from the command line (which
 * other users of the machine can see). */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ls-cli.h"
#include "ls-store-decisions.h"
#include "ls-store-teams.h"
#include "ls-team-database.h"

typedef struct
{
  char     *name;
  char     *team;
  char     *role;
  char     *password_file;
  char     *caseworker;
  char     *reason;
  gboolean  json;
} Options;

static void
clear_options (Options *options)
{
  g_free (options->name);
  g_free (options->team);
  g_free (options->role);
  g_free (options->password_file);
  g_free (options->caseworker);
  g_free (options->reason);
}

/* The password in @path: its first line, without the line's end. Only a
 * regular file of at most 4 KiB is read (/dev/zero would never end). */
static char *
read_password (const char  *path,
               GError     **error)
{
  g_autofree char *contents = NULL;
  GStatBuf st;
  char *end;

  if (g_stat (path, &st) == 0 && (!S_ISREG (st.st_mode) || st.st_size > 4096))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("The password file “%s” is not a small text file (at most 4 KiB)"), path);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  end = strpbrk (contents, "\r\n");
  if (end != NULL)
    *end = '\0';
  if (*contents == '\0')
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("The password file “%s” is empty"), path);
      return NULL;
    }
  return g_steal_pointer (&contents);
}

static int
add_caseworker (LsStore    *store,
                const char *login,
                Options    *options,
                char       *password)
{
  g_autoptr(GError) error = NULL;

  if (!ls_store_add_caseworker (store, login, options->name, options->team, options->role, password, &error))
    {
      ls_team_database_wipe (password);
      return ls_cli_fail_error (error);
    }
  g_print (_("Added %s to the team “%s” as %s\n"), login, options->team, options->role);
  return 0;
}

static int
list_members (LsStore *store,
              Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = ls_store_list_team_members (store, &error);
  g_autoptr(GString) out = g_string_new (options->json ? "[" : NULL);

  if (members == NULL)
    return ls_cli_fail_error (error);
  for (guint i = 0; i < members->len; i++)
    {
      LsTeamMember *member = g_ptr_array_index (members, i);

      if (options->json)
        {
          g_string_append (out, i > 0 ? ",\n {\"team\": " : "\n {\"team\": ");
          ls_cli_json_string (out, member->team);
          g_string_append (out, ", \"login\": ");
          ls_cli_json_string (out, member->login);
          g_string_append (out, ", \"name\": ");
          ls_cli_json_string (out, member->name);
          g_string_append (out, ", \"role\": ");
          ls_cli_json_string (out, member->role);
          g_string_append (out, "}");
        }
      else
        g_string_append_printf (out, "%s\t%s\t%s\t%s\n", member->team, member->login != NULL ? member->login : "",
                                member->name != NULL ? member->name : "", member->role != NULL ? member->role : "");
    }
  if (options->json)
    g_string_append (out, "\n]\n");
  g_print ("%s", out->str);
  return 0;
}

static int
list_emergency_access (LsStore *store,
                       Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ls_store_list_emergency_access (store, &error);
  g_autoptr(GString) out = g_string_new (options->json ? "[" : NULL);

  if (list == NULL)
    return ls_cli_fail_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      LsEmergencyAccess *access = g_ptr_array_index (list, i);

      if (options->json)
        {
          g_string_append_printf (out, "%s\n {\"id\": %" G_GINT64_FORMAT ", \"person\": %" G_GINT64_FORMAT
                                  ", \"login\": ", i > 0 ? "," : "", access->id, access->person_id);
          ls_cli_json_string (out, access->login);
          g_string_append (out, ", \"reason\": ");
          ls_cli_json_string (out, access->reason);
          g_string_append (out, ", \"at\": ");
          ls_cli_json_string (out, access->at);
          g_string_append (out, "}");
        }
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", access->id,
                                access->person_id, access->login, access->at, access->reason);
    }
  if (options->json)
    g_string_append (out, "\n]\n");
  g_print ("%s", out->str);
  return 0;
}

/* PERSON as an id, or 0 with a message. */
static gint64
parse_person (const char *text)
{
  gint64 id = 0;

  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    ls_cli_usage (_("“%s” is not a person's id"), text);
  return id;
}

static int
run (const char *database,
     int         argc,
     char      **argv,
     Options    *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  const char *verb = argc >= 2 ? argv[1] : "";
  g_autofree char *password = NULL;
  gint64 person = 0;
  int status;

  if (!(g_str_equal (verb, "add-caseworker") && argc == 3) && !(g_str_equal (verb, "list") && argc == 2)
      && !(g_str_equal (verb, "move-person") && argc == 3) && !(g_str_equal (verb, "open-person") && argc == 3)
      && !(g_str_equal (verb, "emergency-access") && argc == 2)
      && !(g_str_equal (verb, "four-eyes") && argc == 3 && (g_str_equal (argv[2], "on") || g_str_equal (argv[2], "off"))))
    return ls_cli_usage (_("team needs: add-caseworker LOGIN …, list, move-person PERSON --team TEAM, "
                           "open-person PERSON --emergency-reason REASON, emergency-access or four-eyes on|off"));
  if ((g_str_equal (verb, "move-person") || g_str_equal (verb, "open-person"))
      && (person = parse_person (argv[2])) == 0)
    return LS_CLI_EXIT_USAGE;
  if (g_str_equal (verb, "add-caseworker"))
    {
      if (options->name == NULL || options->team == NULL || options->role == NULL)
        return ls_cli_usage (_("team add-caseworker needs: LOGIN --name NAME --team TEAM --role caseworker|decision-maker|lead|admin"));
      /* Read before the database is opened: never a file this process holds. */
      if (options->password_file != NULL && (password = read_password (options->password_file, &error)) == NULL)
        return ls_cli_fail_error (error);
    }
  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (g_str_equal (verb, "add-caseworker"))
    {
      status = add_caseworker (store, argv[2], options, password);
      ls_team_database_wipe (password);
      return status;
    }
  if (g_str_equal (verb, "list"))
    return list_members (store, options);
  if (g_str_equal (verb, "emergency-access"))
    return list_emergency_access (store, options);
  if (g_str_equal (verb, "four-eyes"))
    {
      if (!ls_store_set_four_eyes_rule (store, g_str_equal (argv[2], "on"), &error))
        return ls_cli_fail_error (error);
      return 0;
    }
  if (g_str_equal (verb, "move-person"))
    {
      if (options->team == NULL)
        return ls_cli_usage (_("team move-person needs: PERSON --team TEAM [--caseworker LOGIN]"));
      /* The command reads nothing first: it expects no team or caseworker
       * and hands over from whoever is responsible when it runs. */
      if (!ls_store_move_person (store, person, NULL, options->team, options->caseworker, &error))
        return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, person);
      g_print (_("Handed person %lld over to the team “%s”\n"), (long long) person, options->team);
      return 0;
    }
  if (!ls_store_open_in_emergency (store, person, options->reason, &error))
    return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, person);
  g_print (_("Opened person %lld in an emergency; the reason is recorded for the team lead\n"),
           (long long) person);
  return 0;
}

int
ls_cli_team (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  Options options = { 0 };
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &options.name, N_("The caseworker's full name"), N_("NAME") },
    { "team", 0, 0, G_OPTION_ARG_STRING, &options.team, N_("The team"), N_("TEAM") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &options.role, N_("caseworker, decision-maker, lead or admin"), N_("ROLE") },
    { "password-file", 0, 0, G_OPTION_ARG_FILENAME, &options.password_file,
      N_("A file whose first line is the new login's password"), N_("FILE") },
    { "caseworker", 0, 0, G_OPTION_ARG_STRING, &options.caseworker, N_("The responsible caseworker's login"),
      N_("LOGIN") },
    { "emergency-reason", 0, 0, G_OPTION_ARG_STRING, &options.reason,
      N_("Why a person outside one's team must be opened (recorded and shown to the team lead)"), N_("REASON") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, N_("Write JSON"), NULL },
    { NULL }
  };
  int status;

  if (!ls_cli_parse (_("add-caseworker LOGIN|list|move-person PERSON|open-person PERSON|emergency-access"),
                     entries, &database, &argc, &argv))
    status = LS_CLI_EXIT_USAGE;
  else
    status = run (database, argc, argv, &options);
  clear_options (&options);
  return status;
}

int
ls_cli_approve (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsDecision) decision = NULL;
  GOptionEntry entries[] = { { NULL } };
  gint64 id = 0;

  if (!ls_cli_parse (_("DECISION"), entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 2 || !g_ascii_string_to_signed (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    return ls_cli_usage (_("approve needs: approve DECISION (a draft decision's id)"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  /* What is approved is the draft as stored now. */
  if ((decision = ls_store_load_decision (store, id, &error)) == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_DECISION, id);
  if (!ls_store_approve_decision (store, decision, &error))
    return ls_cli_fail_error (error);
  g_print (_("Approved decision %lld as %s\n"), (long long) id, ls_store_get_login (store));
  return 0;
}
