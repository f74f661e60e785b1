/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An editor's document saved by someone else first
 * (ls-document-conflict.h). */
#define G_LOG_DOMAIN "ls-document-conflict"

#include "config.h"

#include "ls-conflict-dialog.h"
#include "ls-decision-draft.h"
#include "ls-document-conflict.h"
#include "ls-row-version.h"

#define SHOWN_KEY "ls-document-conflict-shown"

typedef struct
{
  LsUiLoadFunc            load;
  GDestroyNotify          free_document;
  LsDocumentDescribeFunc  describe;
  LsDocumentTakeFunc      take;
  LsDocumentSaver        *saver;
  char                   *kind;
  gint64                  id;
} Request;

typedef struct
{
  gpointer        document;
  GDestroyNotify  free_document;
  char           *who;
  GDateTime      *at;
} Theirs;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_object (&request->saver);
  g_free (request->kind);
  g_free (request);
}

static void
theirs_free (gpointer data)
{
  Theirs *theirs = data;

  g_clear_pointer (&theirs->document, theirs->free_document);
  g_free (theirs->who);
  g_clear_pointer (&theirs->at, g_date_time_unref);
  g_free (theirs);
}

/* On a worker: store calls only. */
static gpointer
read_theirs (LsStore  *store,
             gpointer  input,
             GError  **error)
{
  Request *request = input;
  Theirs *theirs = g_new0 (Theirs, 1);

  theirs->free_document = request->free_document;
  theirs->document = request->load (store, request->id, error);
  if (theirs->document == NULL)
    {
      theirs_free (theirs);
      return NULL;
    }
  ls_store_last_change (store, request->kind, request->id, &theirs->who, &theirs->at);
  return theirs;
}

typedef struct
{
  GWeakRef            editor;
  LsDocumentSaver    *saver;
  LsDocumentTakeFunc  take;
  gpointer            theirs;
  GDestroyNotify      free_document;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_weak_ref_clear (&choice->editor);
  g_object_set_data (G_OBJECT (choice->saver), SHOWN_KEY, NULL);
  g_clear_object (&choice->saver);
  g_clear_pointer (&choice->theirs, choice->free_document);
  g_free (choice);
}

/* Saved over theirs, knowingly: against the version just shown. */
static void
keep_mine_cb (LsConflictDialog *dialog,
              Choice           *choice)
{
  g_autoptr(GtkWidget) editor = g_weak_ref_get (&choice->editor);
  gpointer mine = editor != NULL ? ls_document_saver_get_document (choice->saver) : NULL;

  if (mine == NULL)
    return;
  ls_row_version_set (mine, ls_row_version_get (choice->theirs));
  ls_document_saver_save_soon (choice->saver, mine);
}

static void
take_theirs_cb (LsConflictDialog *dialog,
                Choice           *choice)
{
  g_autoptr(GtkWidget) editor = g_weak_ref_get (&choice->editor);

  if (editor == NULL)
    return;
  ls_document_saver_forget (choice->saver, choice->theirs);
  choice->take (choice->theirs, editor);
}

static void
theirs_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkWidget *editor = GTK_WIDGET (source);
  Request *request = user_data;
  Theirs *theirs = ls_ui_load_finish (result, NULL);
  gpointer mine = ls_document_saver_get_document (request->saver);
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  GtkWidget *dialog;
  GtkRoot *root;
  Choice *choice;

  /* not readable now (the editor shows the save's message), or closed */
  if (theirs == NULL || mine == NULL || gtk_widget_get_root (editor) == NULL)
    {
      g_object_set_data (G_OBJECT (request->saver), SHOWN_KEY, NULL);
      g_clear_pointer (&theirs, theirs_free);
      request_free (request);
      return;
    }
  mine_text = request->describe (mine, editor);
  theirs_text = request->describe (theirs->document, editor);
  dialog = ls_conflict_dialog_new (mine_text, theirs_text, theirs->who, theirs->at);
  choice = g_new0 (Choice, 1);
  g_weak_ref_init (&choice->editor, editor);
  choice->saver = g_object_ref (request->saver);
  choice->take = request->take;
  choice->theirs = g_steal_pointer (&theirs->document);
  choice->free_document = request->free_document;
  g_object_set_data_full (G_OBJECT (dialog), "ls-choice", choice, choice_free);
  g_signal_connect (dialog, "keep-mine", G_CALLBACK (keep_mine_cb), choice);
  g_signal_connect (dialog, "take-theirs", G_CALLBACK (take_theirs_cb), choice);
  root = gtk_widget_get_root (editor);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  theirs_free (theirs);
  request_free (request);
}

void
ls_document_conflict_show (GtkWidget              *editor,
                           LsStore                *store,
                           LsDocumentSaver        *saver,
                           const char             *kind,
                           gint64                  id,
                           LsUiLoadFunc            load,
                           GDestroyNotify          free_document,
                           LsDocumentDescribeFunc  describe,
                           LsDocumentTakeFunc      take)
{
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (editor));
  g_return_if_fail (LS_IS_DOCUMENT_SAVER (saver));

  if (g_object_get_data (G_OBJECT (saver), SHOWN_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (saver), SHOWN_KEY, GINT_TO_POINTER (TRUE));
  request = g_new0 (Request, 1);
  request->load = load;
  request->free_document = free_document;
  request->describe = describe;
  request->take = take;
  request->saver = g_object_ref (saver);
  request->kind = g_strdup (kind);
  request->id = id;
  ls_ui_read_async (editor, store, read_theirs, request, NULL, theirs_free, NULL, theirs_read, request);
}

void
ls_document_describe_text (GString    *text,
                           const char *label,
                           const char *value)
{
  g_string_append_printf (text, "%s\n%s\n\n", label, value != NULL ? value : "");
}

void
ls_document_describe_date (GString     *text,
                           const char  *label,
                           const GDate *date)
{
  g_autofree char *day = date != NULL ? ls_decision_draft_format_date (date) : NULL;

  g_string_append_printf (text, "%s: %s\n", label, day != NULL ? day : "–");
}
