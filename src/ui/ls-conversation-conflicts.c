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

/* The sketch's details (agreements, priorities, who took part) and a
 * life area's reading: the same choice, with what the caseworker sees on
 * both sides. Their side is the sketch as stored now, read on a worker. */

typedef struct
{
  LsSketch  *sketch;
  char      *who;
  GDateTime *at;
} TheirSketch;

static void
their_sketch_free (gpointer data)
{
  TheirSketch *theirs = data;

  g_clear_object (&theirs->sketch);
  g_free (theirs->who);
  g_clear_pointer (&theirs->at, g_date_time_unref);
  g_free (theirs);
}

/* On a worker: store calls only. */
static gpointer
read_their_sketch (LsStore *store,
                   gint64   sketch_id,
                   GError **error)
{
  TheirSketch *theirs = g_new0 (TheirSketch, 1);

  theirs->sketch = ls_store_load_sketch (store, sketch_id, error);
  if (theirs->sketch == NULL)
    {
      their_sketch_free (theirs);
      return NULL;
    }
  ls_store_last_change (store, "sketch", sketch_id, &theirs->who, &theirs->at);
  return theirs;
}

static const char *
domain_name (LsConversationSession *session,
             const char            *key)
{
  return ls_domain_name_in (ls_conversation_session_get_domains (session), key);
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

static char *
describe_reading (LsConversationSession *session,
                  const char            *key,
                  LsDomainReading       *reading)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n\n", domain_name (session, key));
  if (reading == NULL)
    return g_string_free (text, FALSE);
  /* Translators: a rating from 0 to 10 */
  g_string_append_printf (text, _("The person's own rating: %d\n"), ls_domain_reading_get_self_rating (reading));
  /* Translators: a rating from 0 to 10 */
  g_string_append_printf (text, _("The caseworker's rating: %d\n"),
                          ls_domain_reading_get_caseworker_rating (reading));
  if (ls_domain_reading_get_skipped (reading))
    g_string_append_printf (text, "%s\n", _("Skipped"));
  return g_string_free (text, FALSE);
}

/* What a dialog is about: the details (no key) or the reading of a life
 * area (its key). */
typedef struct
{
  LsConversationSession *session;
  char                  *key;
} About;

static void
about_free (gpointer data)
{
  About *about = data;

  g_clear_object (&about->session);
  g_free (about->key);
  g_free (about);
}

static gboolean
still_waiting (About *about)
{
  g_auto(GStrv) keys = NULL;

  if (about->key == NULL)
    return ls_conversation_session_get_details_conflict (about->session);
  keys = ls_conversation_session_dup_reading_conflicts (about->session);
  return keys != NULL && g_strv_contains ((const char * const *) keys, about->key);
}

static void
sketch_choice (LsConflictDialog *dialog,
               LsConflictChoice  choice)
{
  About *about = g_object_get_data (G_OBJECT (dialog), "ls-about");
  LsSketch *theirs = g_object_get_data (G_OBJECT (dialog), "ls-theirs");

  if (about->key == NULL)
    ls_conversation_session_resolve_details (about->session, choice, theirs);
  else
    ls_conversation_session_resolve_reading (about->session, about->key, choice, ls_sketch_get_reading (theirs, about->key));
}

static void
sketch_keep_mine (LsConflictDialog *dialog)
{
  sketch_choice (dialog, LS_CONFLICT_KEEP_MINE);
}

static void
sketch_take_theirs (LsConflictDialog *dialog)
{
  sketch_choice (dialog, LS_CONFLICT_TAKE_THEIRS);
}

static gboolean
about_shown (About *about)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      About *shown = LS_IS_CONFLICT_DIALOG (window) ? g_object_get_data (window, "ls-about") : NULL;

      if (shown != NULL && shown->session == about->session && g_strcmp0 (shown->key, about->key) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
their_sketch_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GtkWidget *parent = GTK_WIDGET (source);
  About *about = user_data;
  TheirSketch *theirs = ls_ui_load_finish (result, NULL);
  LsSketch *mine = ls_conversation_session_get_sketch (about->session);
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (parent);

  /* Not readable now: the banner says why, and Try Again asks again. */
  if (theirs == NULL || root == NULL || !still_waiting (about) || about_shown (about))
    {
      g_clear_pointer (&theirs, their_sketch_free);
      about_free (about);
      return;
    }
  if (about->key == NULL)
    {
      mine_text = describe_details (about->session, mine);
      theirs_text = describe_details (about->session, theirs->sketch);
    }
  else
    {
      mine_text = describe_reading (about->session, about->key, ls_sketch_get_reading (mine, about->key));
      theirs_text = describe_reading (about->session, about->key, ls_sketch_get_reading (theirs->sketch, about->key));
    }
  dialog = ls_conflict_dialog_new (mine_text, theirs_text, theirs->who, theirs->at);
  g_object_set_data_full (G_OBJECT (dialog), "ls-theirs", g_object_ref (theirs->sketch), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "ls-about", about, about_free);
  g_signal_connect (dialog, "keep-mine", G_CALLBACK (sketch_keep_mine), NULL);
  g_signal_connect (dialog, "take-theirs", G_CALLBACK (sketch_take_theirs), NULL);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  their_sketch_free (theirs);
}

static void
show_sketch_conflict (GtkWidget             *parent,
                      LsConversationSession *session,
                      const char            *key)
{
  About *about = g_new0 (About, 1);

  about->session = g_object_ref (session);
  about->key = g_strdup (key);
  if (!still_waiting (about) || about_shown (about))
    {
      about_free (about);
      return;
    }
  ls_ui_load_async (parent, ls_conversation_session_get_store (session), read_their_sketch, their_sketch_free,
                    ls_sketch_get_id (ls_conversation_session_get_sketch (session)), NULL, their_sketch_read, about);
}

void
_ls_conversation_show_details_conflict (GtkWidget             *parent,
                                        LsConversationSession *session)
{
  show_sketch_conflict (parent, session, NULL);
}

void
_ls_conversation_show_reading_conflict (GtkWidget             *parent,
                                        LsConversationSession *session,
                                        const char            *domain_key)
{
  show_sketch_conflict (parent, session, domain_key);
}

void
_ls_conversation_show_sketch_conflicts (GtkWidget             *parent,
                                        LsConversationSession *session)
{
  g_auto(GStrv) keys = ls_conversation_session_dup_reading_conflicts (session);

  show_sketch_conflict (parent, session, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    show_sketch_conflict (parent, session, keys[i]);
}
