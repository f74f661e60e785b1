/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conversation's conflicts (issue 15): someone else saved an entry
 * first. The page shows their text beside ours and the caseworker chooses
 * (LsConflictDialog); the session settles the choice. Used one way by the
 * conversation page: these know the session, not the page. */
#define G_LOG_DOMAIN "ls-conversation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conflict-dialog.h"
#include "ls-conversation-page-private.h"
#include "ls-document-conflict.h"
#include "ls-domain.h"
#include "ls-store-sketches.h"
#include "ls-ui-load.h"

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

/* The sketch's details (agreements, priorities, who took part): the same
 * choice, with the details as the caseworker reads them on both sides. */

typedef struct
{
  LsSketch  *sketch;
  char      *who;
  GDateTime *at;
} TheirDetails;

static void
their_details_free (gpointer data)
{
  TheirDetails *theirs = data;

  g_clear_object (&theirs->sketch);
  g_free (theirs->who);
  g_clear_pointer (&theirs->at, g_date_time_unref);
  g_free (theirs);
}

/* On a worker: store calls only. */
static gpointer
read_their_details (LsStore *store,
                    gint64   sketch_id,
                    GError **error)
{
  TheirDetails *theirs = g_new0 (TheirDetails, 1);

  theirs->sketch = ls_store_load_sketch (store, sketch_id, error);
  if (theirs->sketch == NULL)
    {
      their_details_free (theirs);
      return NULL;
    }
  ls_store_last_change (store, "sketch", sketch_id, &theirs->who, &theirs->at);
  return theirs;
}

static const char *
domain_name (LsConversationSession *session,
             const char            *key)
{
  GListModel *domains = ls_conversation_session_get_domains (session);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);

      if (g_strcmp0 (ls_domain_get_key (domain), key) == 0)
        return ls_domain_get_name (domain);   /* the list keeps its ref */
    }
  return key;
}

static char *
describe_details (LsConversationSession *session,
                  LsSketch              *sketch)
{
  GString *text = g_string_new (NULL);
  const char * const *priorities = ls_sketch_get_priorities (sketch);
  GPtrArray *participants = ls_sketch_get_participants (sketch);

  ls_document_describe_text (text, _("Agreements and next steps"), ls_sketch_get_agreements (sketch));
  g_string_append_printf (text, "%s\n", _("Priorities"));
  for (guint i = 0; priorities != NULL && priorities[i] != NULL; i++)
    g_string_append_printf (text, "%u. %s\n", i + 1, domain_name (session, priorities[i]));
  g_string_append_printf (text, "\n%s\n", _("Who takes part"));
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      g_string_append_printf (text, "• %s\n", participant->name != NULL ? participant->name : "");
    }
  return g_string_free (text, FALSE);
}

static void
details_keep_mine (LsConflictDialog      *dialog,
                   LsConversationSession *session)
{
  ls_conversation_session_resolve_details (session, LS_CONFLICT_KEEP_MINE,
                                           g_object_get_data (G_OBJECT (dialog), "ls-theirs"));
}

static void
details_take_theirs (LsConflictDialog      *dialog,
                     LsConversationSession *session)
{
  ls_conversation_session_resolve_details (session, LS_CONFLICT_TAKE_THEIRS,
                                           g_object_get_data (G_OBJECT (dialog), "ls-theirs"));
}

static gboolean
details_shown (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_CONFLICT_DIALOG (window) && g_object_get_data (window, "ls-theirs") != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
their_details_read (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GtkWidget *parent = GTK_WIDGET (source);
  LsConversationSession *session = user_data;
  TheirDetails *theirs = ls_ui_load_finish (result, NULL);
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (parent);

  /* Not readable now: the banner says why, and Try Again asks again. */
  if (theirs == NULL || root == NULL || !ls_conversation_session_get_details_conflict (session) || details_shown ())
    {
      g_clear_pointer (&theirs, their_details_free);
      g_object_unref (session);
      return;
    }
  mine_text = describe_details (session, ls_conversation_session_get_sketch (session));
  theirs_text = describe_details (session, theirs->sketch);
  dialog = ls_conflict_dialog_new (mine_text, theirs_text, theirs->who, theirs->at);
  g_object_set_data_full (G_OBJECT (dialog), "ls-theirs", g_object_ref (theirs->sketch), g_object_unref);
  g_signal_connect_object (dialog, "keep-mine", G_CALLBACK (details_keep_mine), session, 0);
  g_signal_connect_object (dialog, "take-theirs", G_CALLBACK (details_take_theirs), session, 0);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  their_details_free (theirs);
  g_object_unref (session);
}

void
_ls_conversation_show_details_conflict (GtkWidget             *parent,
                                        LsConversationSession *session)
{
  if (!ls_conversation_session_get_details_conflict (session) || details_shown ())
    return;
  ls_ui_load_async (parent, ls_conversation_session_get_store (session), read_their_details, their_details_free,
                    ls_sketch_get_id (ls_conversation_session_get_sketch (session)), NULL, their_details_read,
                    g_object_ref (session));
}
