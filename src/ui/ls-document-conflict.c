/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an editor shows, saved by someone else first
 * (ls-document-conflict.h). */
#define G_LOG_DOMAIN "ls-document-conflict"

#include "config.h"

#include "ls-conflict-dialog.h"
#include "ls-decision-draft.h"
#include "ls-document-conflict.h"

#define SHOWN_KEY "ls-document-conflict-shown"

typedef struct
{
  const LsDocumentConflict *conflict;
  gint64                    id;
} Request;

typedef struct
{
  gpointer        document;
  GDestroyNotify  free_document;
  char           *who;
  GDateTime      *at;
} Theirs;

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

  theirs->free_document = request->conflict->free_document;
  theirs->document = request->conflict->load (store, request->id, error);
  if (theirs->document == NULL)
    {
      theirs_free (theirs);
      return NULL;
    }
  ls_store_last_change (store, request->conflict->kind, request->id, &theirs->who, &theirs->at);
  return theirs;
}

typedef struct
{
  GWeakRef                  editor;
  const LsDocumentConflict *conflict;
  gpointer                  theirs;
} Choice;

static void
ended (GtkWidget                *editor,
       const LsDocumentConflict *conflict)
{
  g_object_set_data (G_OBJECT (editor), SHOWN_KEY, NULL);
  if (conflict->ended != NULL)
    conflict->ended (editor);
}

static void
choice_free (gpointer data)
{
  Choice *choice = data;
  g_autoptr(GtkWidget) editor = g_weak_ref_get (&choice->editor);

  if (editor != NULL)
    ended (editor, choice->conflict);
  g_weak_ref_clear (&choice->editor);
  g_clear_pointer (&choice->theirs, choice->conflict->free_document);
  g_free (choice);
}

static void
keep_mine_cb (LsConflictDialog *dialog,
              Choice           *choice)
{
  g_autoptr(GtkWidget) editor = g_weak_ref_get (&choice->editor);

  if (editor != NULL)
    choice->conflict->keep_mine (editor, choice->theirs);
}

static void
take_theirs_cb (LsConflictDialog *dialog,
                Choice           *choice)
{
  g_autoptr(GtkWidget) editor = g_weak_ref_get (&choice->editor);

  if (editor != NULL)
    choice->conflict->take_theirs (editor, choice->theirs);
}

static void
theirs_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkWidget *editor = GTK_WIDGET (source);
  g_autofree Request *request = user_data;
  const LsDocumentConflict *conflict = request->conflict;
  Theirs *theirs = ls_ui_load_finish (result, NULL);
  gpointer mine = NULL;
  gboolean clash = TRUE;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (editor);
  Choice *choice;

  if (theirs != NULL && root != NULL && conflict->merge != NULL)
    mine = conflict->merge (editor, theirs->document, &clash);
  if (mine != NULL && !clash)
    {
      /* the two changes fit together: saved so, without asking */
      conflict->free_document (mine);
      ended (editor, conflict);
      conflict->keep_mine (editor, theirs->document);
      theirs_free (theirs);
      return;
    }
  /* not readable now (the editor shows the save's sentence), or closed */
  if (theirs == NULL || root == NULL || (mine == NULL && (mine = conflict->mine (editor)) == NULL))
    {
      g_clear_pointer (&theirs, theirs_free);
      ended (editor, conflict);
      return;
    }
  mine_text = conflict->describe (mine, editor);
  theirs_text = conflict->describe (theirs->document, editor);
  conflict->free_document (mine);
  dialog = ls_conflict_dialog_new (mine_text, theirs_text, theirs->who, theirs->at);
  choice = g_new0 (Choice, 1);
  g_weak_ref_init (&choice->editor, editor);
  choice->conflict = conflict;
  choice->theirs = g_steal_pointer (&theirs->document);
  g_object_set_data_full (G_OBJECT (dialog), "ls-choice", choice, choice_free);
  g_signal_connect (dialog, "keep-mine", G_CALLBACK (keep_mine_cb), choice);
  g_signal_connect (dialog, "take-theirs", G_CALLBACK (take_theirs_cb), choice);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
    }
  gtk_window_present (GTK_WINDOW (dialog));
  theirs_free (theirs);
}

void
ls_document_conflict_show (GtkWidget                *editor,
                           LsStore                  *store,
                           gint64                    id,
                           const LsDocumentConflict *conflict)
{
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (editor));
  g_return_if_fail (conflict != NULL);

  if (g_object_get_data (G_OBJECT (editor), SHOWN_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (editor), SHOWN_KEY, GINT_TO_POINTER (TRUE));
  request = g_new0 (Request, 1);
  request->conflict = conflict;
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
