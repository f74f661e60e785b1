/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* One subcommand of livsskisse-cli. @argv[0] is the command's name; the
 * function parses its own options (every command takes --database PATH)
 * and returns the exit status. To add a command: one file ls-cli-NAME.c,
 * its prototype here and one line in the table in ls-cli.c. */
typedef int (*LsCliCommandFunc) (int argc, char **argv);

typedef struct
{
  const char       *name;
  LsCliCommandFunc  run;
  const char       *summary;   /* translatable, for the usage text; NULL hides the command */
} LsCliCommand;

int      ls_cli_demo          (int argc, char **argv);
int      ls_cli_booking       (int argc, char **argv);
int      ls_cli_export_ics    (int argc, char **argv);
int      ls_cli_export_xml    (int argc, char **argv);
int      ls_cli_import_xml    (int argc, char **argv);
int      ls_cli_export_pdf    (int argc, char **argv);
int      ls_cli_advance_notice (int argc, char **argv);
int      ls_cli_issue         (int argc, char **argv);
int      ls_cli_list          (int argc, char **argv);
int      ls_cli_load          (int argc, char **argv);
int      ls_cli_show_sketch   (int argc, char **argv);
int      ls_cli_edit_entry    (int argc, char **argv);
int      ls_cli_check_id      (int argc, char **argv);
int      ls_cli_check         (int argc, char **argv);
int      ls_cli_backup        (int argc, char **argv);
int      ls_cli_bench         (int argc, char **argv);
int      ls_cli_crash_writer  (int argc, char **argv);
int      ls_cli_copy          (int argc, char **argv);
int      ls_cli_migrate       (int argc, char **argv);
int      ls_cli_server        (int argc, char **argv);
int      ls_cli_team          (int argc, char **argv);
int      ls_cli_approve       (int argc, char **argv);

/* Adds @persons invented persons to @store the way `demo` does (cases,
 * sketches over time, decisions in every state, plans); ls-cli-demo.c. */
gboolean ls_cli_demo_fill     (LsStore      *store,
                               guint         persons,
                               guint         seed,
                               GError      **error);

/* Exit statuses, the same for every command:
 *   0  done;
 *   1  not done: what the database, a file or the server holds stopped it,
 *      or the output could not be written (one line on stderr says why);
 *   2  not understood: the command line is wrong, and nothing was changed;
 *   3  someone else's change came first (edit-entry --if-version). */
#define LS_CLI_EXIT_FAILED   1
#define LS_CLI_EXIT_USAGE    2
#define LS_CLI_EXIT_CONFLICT 3

/* Shared helpers (ls-cli-common.c). */

/* Prints "livsskisse-cli: MESSAGE" as one line on stderr; returns
 * LS_CLI_EXIT_FAILED. */
int      ls_cli_fail          (const char *format,
                               ...) G_GNUC_PRINTF (1, 2);
/* The same for a command line that is wrong; returns LS_CLI_EXIT_USAGE. */
int      ls_cli_usage         (const char *format,
                               ...) G_GNUC_PRINTF (1, 2);
int      ls_cli_fail_error    (const GError *error);
/* ls_cli_fail_error(), but a record @store did not find is named: "There
 * is no decision 7 in “case.db”" for LS_CLI_DECISION 7. */
typedef enum
{
  LS_CLI_PERSON,
  LS_CLI_DECISION,
  LS_CLI_SKETCH,
  LS_CLI_ENTRY,
  LS_CLI_PLAN,
  LS_CLI_MEASURE,
  LS_CLI_BOOKING,
} LsCliRecord;
int      ls_cli_fail_lookup   (LsStore      *store,
                               const GError *error,
                               LsCliRecord   record,
                               gint64        id);
/* Parses @entries plus --database into @database; prints a one-line
 * error and returns FALSE on bad options. */
gboolean ls_cli_parse         (const char   *parameter,
                               GOptionEntry *entries,
                               char        **database,
                               int          *argc,
                               char       ***argv);
/* ls_cli_parse() with @description (translated) after the options in
 * --help. */
gboolean ls_cli_parse_full    (const char   *parameter,
                               const char   *description,
                               GOptionEntry *entries,
                               char        **database,
                               int          *argc,
                               char       ***argv);
/* @text of @option as a date (2027-01-31 or 31.01.2027, in every locale)
 * in *@date; TRUE without a change when @text is NULL, else FALSE after a
 * one-line message naming @option. */
gboolean ls_cli_parse_date_option (const char *option,
                                   const char *text,
                                   GDate     **date);
/* Opens the store at @database (the default when NULL). */
LsStore *ls_cli_open_store    (const char   *database,
                               LsStoreOpenFlags flags,
                               GError      **error);
/* @text as a JSON string with quotes, appended to @out ("null" for NULL). */
void     ls_cli_json_string   (GString      *out,
                               const char   *text);
/* @value as a JSON number with @decimals decimals and a decimal point in
 * every locale, appended to @out ("null" when not finite). */
void     ls_cli_json_number   (GString      *out,
                               double        value,
                               int           decimals);

G_END_DECLS
