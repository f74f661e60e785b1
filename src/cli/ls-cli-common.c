/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every subcommand shares: option parsing with --database, one-line
 * error messages, JSON strings. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-decision-draft.h"

/* Messages are one line whatever the error text holds. */
static void
print_line (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  g_printerr ("livsskisse-cli: %s\n", line);
}

static int
print_status (int         status,
              const char *format,
              va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  print_line (message);
  return status;
}

int
ls_cli_fail (const char *format,
             ...)
{
  va_list args;
  int status;

  va_start (args, format);
  status = print_status (LS_CLI_EXIT_FAILED, format, args);
  va_end (args);
  return status;
}

int
ls_cli_usage (const char *format,
              ...)
{
  va_list args;
  int status;

  va_start (args, format);
  status = print_status (LS_CLI_EXIT_USAGE, format, args);
  va_end (args);
  return status;
}

int
ls_cli_fail_error (const GError *error)
{
  print_line (error->message);
  return LS_CLI_EXIT_FAILED;
}

int
ls_cli_fail_lookup (LsStore      *store,
                    const GError *error,
                    LsCliRecord   record,
                    gint64        id)
{
  const char *where = ls_store_get_path (store);

  if (!g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND))
    return ls_cli_fail_error (error);
  switch (record)
    {
    case LS_CLI_PERSON:
      return ls_cli_fail (_("There is no person %" PRId64 " in “%s”"), id, where);
    case LS_CLI_DECISION:
      return ls_cli_fail (_("There is no decision %" PRId64 " in “%s”"), id, where);
    case LS_CLI_SKETCH:
      return ls_cli_fail (_("There is no life-sketch conversation %" PRId64 " in “%s”"), id, where);
    case LS_CLI_ENTRY:
      return ls_cli_fail (_("There is no life-sketch entry %" PRId64 " in “%s”"), id, where);
    case LS_CLI_MEASURE:
      return ls_cli_fail (_("There is no measure %" PRId64 " in “%s”"), id, where);
    case LS_CLI_BOOKING:
      return ls_cli_fail (_("There is no booking %" PRId64 " in “%s”"), id, where);
    case LS_CLI_PLAN:
    default:
      return ls_cli_fail (_("There is no service plan %" PRId64 " in “%s”"), id, where);
    }
}

gboolean
ls_cli_parse (const char   *parameter,
              GOptionEntry *entries,
              char        **database,
              int          *argc,
              char       ***argv)
{
  return ls_cli_parse_full (parameter, NULL, entries, database, argc, argv);
}

gboolean
ls_cli_parse_full (const char   *parameter,
                   const char   *description,
                   GOptionEntry *entries,
                   char        **database,
                   int          *argc,
                   char       ***argv)
{
  const GOptionEntry common[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, database, N_("The database file"), N_("PATH") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (description != NULL)
    g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      ls_cli_fail_error (error);
      return FALSE;
    }
  return TRUE;
}

LsStore *
ls_cli_open_store (const char       *database,
                   LsStoreOpenFlags  flags,
                   GError          **error)
{
  LsStore *store = ls_store_open (database, flags, error);

  if (store != NULL)
    ls_store_set_actor (store, "livsskisse-cli");
  return store;
}

void
ls_cli_json_string (GString    *out,
                    const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

void
ls_cli_json_number (GString *out,
                    double   value,
                    int      decimals)
{
  char format[8];
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 9));
  g_ascii_formatd (number, sizeof number, format, value);
  g_string_append (out, number);
}

gboolean
ls_cli_parse_date_option (const char *option,
                          const char *text,
                          GDate     **date)
{
  if (text == NULL)
    return TRUE;
  *date = ls_decision_draft_parse_date (text);
  if (*date == NULL)
    {
      ls_cli_fail (_("%s “%s” is not a date; write it as 2027-01-31 or 31.01.2027"), option, text);
      return FALSE;
    }
  return TRUE;
}
