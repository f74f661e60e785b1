/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conversation's conflicts (issue 15): someone else saved an entry
 * first. The page shows their text beside ours and the caseworker chooses
 * (LsConflictDialog); the session settles the choice. Used one way by the
 * conversation page: these know the session, not the page. */
#define G_LOG_DOMAIN "ls-conversation-page"

#include "config.h"

#include "ls-conflict-dialog.h"
#include "ls-conversation-page-private.h"

static void
resolve (LsConflictDialog      *dialog,
         LsConversationSession *session,
         LsConflictChoice       choice)
{
  LsSketchEntry *entry = g_object_get_data (G_OBJECT (dialog), "ls-entry");

  /* Settled by the session's saves on the worker: a failure (or a new
   * conflict) shows in the banner, or a new dialog. */
  ls_conversation_session_resolve_conflict (session, entry, choice);
}

static void
on_keep_mine (LsConflictDialog      *dialog,
              LsConversationSession *session)
{
  resolve (dialog, session, LS_CONFLICT_KEEP_MINE);
}

static void
on_take_theirs (LsConflictDialog      *dialog,
                LsConversationSession *session)
{
  resolve (dialog, session, LS_CONFLICT_TAKE_THEIRS);
}

static gboolean
shown (LsSketchEntry *entry)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_CONFLICT_DIALOG (window) && g_object_get_data (window, "ls-entry") == entry)
        return TRUE;
    }
  return FALSE;
}

/* What the dialog needs once the other's text has been read. */
typedef struct
{
  GWeakRef       parent;
  LsSketchEntry *entry;
} Showing;

static void
showing_free (Showing *showing)
{
  g_weak_ref_clear (&showing->parent);
  g_object_unref (showing->entry);
  g_free (showing);
}

static void
theirs_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  LsConversationSession *session = LS_CONVERSATION_SESSION (source);
  Showing *showing = user_data;
  g_autoptr(GtkWidget) parent = g_weak_ref_get (&showing->parent);
  LsSketchEntry *entry = showing->entry;
  g_autofree char *theirs = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GDateTime) when = NULL;
  GtkWidget *dialog;
  GtkRoot *root;

  /* Not readable now: the banner says why; the next save tries again. A
   * page closed meanwhile shows nothing. */
  if (!ls_conversation_session_read_theirs_finish (session, entry, result, &theirs, &who, &when, NULL)
      || parent == NULL || shown (entry))
    {
      showing_free (showing);
      return;
    }
  root = gtk_widget_get_root (parent);
  dialog = ls_conflict_dialog_new (ls_sketch_entry_get_text (entry), theirs, who, when);
  g_object_set_data_full (G_OBJECT (dialog), "ls-entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_object (dialog, "keep-mine", G_CALLBACK (on_keep_mine), session, 0);
  g_signal_connect_object (dialog, "take-theirs", G_CALLBACK (on_take_theirs), session, 0);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  showing_free (showing);
}

/* The other's text is read on a worker thread (the window never waits on
 * the network); the dialog opens when it has arrived. */
void
_ls_conversation_show_conflict (GtkWidget             *parent,
                                LsConversationSession *session,
                                LsSketchEntry         *entry)
{
  Showing *showing = g_new0 (Showing, 1);

  g_weak_ref_init (&showing->parent, parent);
  showing->entry = g_object_ref (entry);
  ls_conversation_session_read_theirs_async (session, entry, NULL, theirs_read, showing);
}

void
_ls_conversation_show_closed_conflicts (GtkWidget             *parent,
                                        LsConversationSession *session)
{
  g_autoptr(GPtrArray) conflicts = ls_conversation_session_get_conflicts (session);

  for (guint i = 0; i < conflicts->len; i++)
    if (!shown (g_ptr_array_index (conflicts, i)))
      _ls_conversation_show_conflict (parent, session, g_ptr_array_index (conflicts, i));
}
