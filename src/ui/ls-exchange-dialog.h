/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Export and import of case exchange files (help page "xml-format") from
 * the app: asks for a file, does the work on a thread with its own
 * connection to the database, shows progress with Cancel, asks before
 * merging into people already registered, and shows a failure as text the
 * user can read and copy.
 *
 * Test hook: when LIVSSKISSE_TEST_EXCHANGE_FILE is set, that path is used
 * instead of showing the file chooser (file choosers cannot be driven
 * through the accessibility tree). */

#define LS_TYPE_EXCHANGE_DIALOG (ls_exchange_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LsExchangeDialog, ls_exchange_dialog, LS, EXCHANGE_DIALOG, AdwWindow)

typedef enum
{
  LS_EXCHANGE_EXPORT,
  LS_EXCHANGE_IMPORT,
} LsExchangeKind;

typedef enum
{
  LS_EXCHANGE_STATE_IDLE,
  LS_EXCHANGE_STATE_CHECKING,   /* import: looking for people already registered */
  LS_EXCHANGE_STATE_ASKING,     /* import: the merge question is shown */
  LS_EXCHANGE_STATE_RUNNING,
  LS_EXCHANGE_STATE_FAILED,     /* the error text is shown */
  LS_EXCHANGE_STATE_DONE,       /* finished, cancelled or declined */
} LsExchangeState;

/* @person_id: export only that person (0: everyone); ignored for import. */
LsExchangeDialog *ls_exchange_dialog_new        (GtkWindow        *parent,
                                                 LsStore          *store,
                                                 LsExchangeKind    kind,
                                                 gint64            person_id);
/* Asks for the file (or takes the test hook's), then runs. */
void              ls_exchange_dialog_start      (LsExchangeDialog *self);
/* Runs on @path without asking for a file. */
void              ls_exchange_dialog_run_path   (LsExchangeDialog *self,
                                                 const char       *path);
void              ls_exchange_dialog_cancel     (LsExchangeDialog *self);

LsExchangeState   ls_exchange_dialog_get_state  (LsExchangeDialog *self);
double            ls_exchange_dialog_get_fraction (LsExchangeDialog *self);
/* The failure shown, or NULL. */
const char       *ls_exchange_dialog_get_error_text (LsExchangeDialog *self);
/* The merge question while it is shown, or NULL. */
AdwMessageDialog *ls_exchange_dialog_get_question (LsExchangeDialog *self);

/* Default file name for an export on @date: no personal data. */
char             *ls_exchange_default_file_name (gint64            person_id,
                                                 GDateTime        *date);

G_END_DECLS
