/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unsaved text kept on this computer (ls-unsaved-keeper.h). The keeper
 * follows the session's signals only ("save-state-changed", "changed"),
 * so the session itself knows nothing of it. The file holds a GVariant
 * in text form, (xa(xxsiis)a{sv}): when it was written (Unix time), per
 * entry its id (0: never saved), the row version it was typed on, life
 * domain, kind, author and text, and the sketch's details when they were
 * not saved ("agreements", "priorities", "participants" as (name, role),
 * and the sketch's "version" they were typed on). A file from before the
 * details were kept, (xa(xxsiis)), is read as one without them. The text
 * is the person's data: the file is private (0600, folder 0700) and never
 * named after anyone. */
#define G_LOG_DOMAIN "ls-unsaved-keeper"

#include "config.h"

#include "ls-conversation-session-private.h"
#include "ls-row-version.h"
#include "ls-unsaved-file.h"
#include "ls-unsaved-keeper.h"

#define FORMAT "(xa(xxsiis)a{sv})"
#define FORMAT_WITHOUT_DETAILS "(xa(xxsiis))"
#define KEEPER_KEY "ls-unsaved-keeper"

typedef struct
{
  LsConversationSession *session;   /* not a reference: the keeper is its data */
  char                  *path;
  gboolean               offered;   /* an earlier run's file waits for a choice */
  GtkWidget             *offer;     /* the banner, while there is one */
} Keeper;

static void
keeper_free (gpointer data)
{
  Keeper *keeper = data;

  if (keeper->offer != NULL)
    g_object_remove_weak_pointer (G_OBJECT (keeper->offer), (gpointer *) &keeper->offer);
  g_free (keeper->path);
  g_free (keeper);
}

char *
ls_unsaved_keeper_dup_path (LsStore *store,
                            gint64   sketch_id)
{
  return ls_unsaved_file_dup_path (store, NULL, sketch_id);
}

static Keeper *
get_keeper (LsConversationSession *session)
{
  Keeper *keeper = g_object_get_data (G_OBJECT (session), KEEPER_KEY);

  if (keeper == NULL)
    {
      keeper = g_new0 (Keeper, 1);
      keeper->session = session;
      keeper->path = ls_unsaved_keeper_dup_path (session->store, ls_sketch_get_id (session->sketch));
      keeper->offered = g_file_test (keeper->path, G_FILE_TEST_EXISTS);
      g_object_set_data_full (G_OBJECT (session), KEEPER_KEY, keeper, keeper_free);
    }
  return keeper;
}

static void
remove_file (Keeper *keeper)
{
  ls_unsaved_file_remove (keeper->path);
}

static gboolean
keep (Keeper  *keeper,
      GError **error)
{
  LsConversationSession *session = keeper->session;
  g_autoptr(GVariantBuilder) entries = g_variant_builder_new (G_VARIANT_TYPE ("a(xxsiis)"));
  g_auto(GVariantBuilder) details = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  g_hash_table_iter_init (&iter, session->dirty_entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      LsSketchEntry *entry = key;

      g_variant_builder_add (entries, "(xxsiis)", ls_sketch_entry_get_id (entry), ls_row_version_get (entry),
                             ls_sketch_entry_get_domain_key (entry), (gint32) ls_sketch_entry_get_kind (entry),
                             (gint32) ls_sketch_entry_get_author (entry),
                             ls_sketch_entry_get_text (entry) != NULL ? ls_sketch_entry_get_text (entry) : "");
      n++;
    }
  if (session->dirty_details || session->details_conflict)
    {
      LsSketch *sketch = session->sketch;
      GPtrArray *participants = ls_sketch_get_participants (sketch);
      const char * const *priorities = ls_sketch_get_priorities (sketch);
      const char * const none[] = { NULL };
      g_auto(GVariantBuilder) people = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(ss)"));

      for (guint i = 0; participants != NULL && i < participants->len; i++)
        {
          LsParticipant *participant = g_ptr_array_index (participants, i);

          g_variant_builder_add (&people, "(ss)", participant->name != NULL ? participant->name : "",
                                 participant->role != NULL ? participant->role : "");
        }
      g_variant_builder_add (&details, "{sv}", "agreements",
                             g_variant_new_string (ls_sketch_get_agreements (sketch) != NULL
                                                   ? ls_sketch_get_agreements (sketch) : ""));
      g_variant_builder_add (&details, "{sv}", "priorities",
                             g_variant_new_strv (priorities != NULL ? priorities : none, -1));
      g_variant_builder_add (&details, "{sv}", "participants", g_variant_builder_end (&people));
      g_variant_builder_add (&details, "{sv}", "version", g_variant_new_int64 (ls_row_version_get (sketch)));
      n++;
    }
  if (n == 0)
    {
      remove_file (keeper);
      return TRUE;
    }
  return ls_unsaved_file_write (keeper->path,
                                g_variant_new (FORMAT, g_get_real_time () / G_USEC_PER_SEC, entries, &details),
                                error);
}

static void
keep_or_warn (Keeper *keeper)
{
  g_autoptr(GError) error = NULL;

  if (!keep (keeper, &error))
    g_warning ("The unsaved text could not be kept on this computer: %s", error->message);
}

/* A save failed: what is not saved goes into the file; all saved: the
 * file goes. An earlier run's file is left alone until the choice. */
static void
on_save_state_changed (LsConversationSession *session,
                       Keeper                *keeper)
{
  if (keeper->offered)
    return;
  if (ls_conversation_session_get_saving_failed (session) || !ls_conversation_session_has_pending (session))
    keep_or_warn (keeper);
}

/* Typed while saves fail (a full disk): the file follows. */
static void
on_changed (LsConversationSession *session,
            const char            *field,
            Keeper                *keeper)
{
  if (!keeper->offered && ls_conversation_session_get_saving_failed (session))
    keep_or_warn (keeper);
}

void
ls_unsaved_keeper_attach (LsConversationSession *session)
{
  Keeper *keeper;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (session));

  keeper = get_keeper (session);
  g_signal_connect (session, "save-state-changed", G_CALLBACK (on_save_state_changed), keeper);
  g_signal_connect (session, "changed", G_CALLBACK (on_changed), keeper);
}

gboolean
ls_unsaved_keeper_keep (LsConversationSession *session,
                        GError               **error)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (session), FALSE);
  return keep (get_keeper (session), error);
}

static GVariant *
read_kept (Keeper  *keeper,
           GError **error)
{
  g_autoptr(GVariant) old = NULL;
  GVariant *value = ls_unsaved_file_read (keeper->path, G_VARIANT_TYPE (FORMAT), NULL);
  g_autoptr(GVariant) entries = NULL;
  gint64 when;

  if (value != NULL)
    return value;
  old = ls_unsaved_file_read (keeper->path, G_VARIANT_TYPE (FORMAT_WITHOUT_DETAILS), error);
  if (old == NULL)
    return NULL;
  g_variant_get (old, "(x@a(xxsiis))", &when, &entries);
  return g_variant_ref_sink (g_variant_new ("(x@a(xxsiis)@a{sv})", when, entries,
                                            g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)));
}

/* The details as they were typed, saved against the version they were
 * typed on (someone else's change since then is a conflict). */
static void
restore_details (LsConversationSession *session,
                 GVariant              *details)
{
  g_autoptr(GVariant) people = NULL;
  g_autofree const char **priorities = NULL;
  const char *agreements = NULL;
  gint64 version;

  if (!g_variant_lookup (details, "version", "x", &version))
    return;
  ls_row_version_set (session->sketch, version);
  if (g_variant_lookup (details, "agreements", "&s", &agreements))
    ls_conversation_session_set_agreements (session, agreements);
  if (g_variant_lookup (details, "priorities", "^a&s", &priorities))
    ls_conversation_session_set_priorities (session, priorities);
  people = g_variant_lookup_value (details, "participants", G_VARIANT_TYPE ("a(ss)"));
  if (people != NULL)
    {
      g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_participant_free);
      GVariantIter iter;
      const char *name, *role;

      g_variant_iter_init (&iter, people);
      while (g_variant_iter_next (&iter, "(&s&s)", &name, &role))
        g_ptr_array_add (participants, ls_participant_new (name, role, NULL));
      ls_conversation_session_set_participants (session, participants);
    }
  /* saved even when it is what the session shows */
  session->dirty_details = TRUE;
}

static LsSketchEntry *
find_entry (LsConversationSession *session,
            gint64                 id)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (session->sketch));

  for (guint i = 0; id > 0 && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_id (entry) == id)
        return entry; /* the sketch keeps it */
    }
  return NULL;
}

static void
offer_done (Keeper *keeper)
{
  keeper->offered = FALSE;
  if (keeper->offer != NULL)
    gtk_revealer_set_reveal_child (GTK_REVEALER (keeper->offer), FALSE);
}

/* The restored text's save ended: what is still not saved stays in the
 * file (a failure shows in the page's banner). */
static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  LsConversationSession *session = LS_CONVERSATION_SESSION (source);
  g_autoptr(GError) error = NULL;

  if (!ls_conversation_session_flush_finish (session, result, &error))
    g_debug ("The restored text is not saved yet: %s", error->message);
  keep_or_warn (get_keeper (session));
}

gboolean
ls_unsaved_keeper_restore (LsConversationSession *session,
                           GError               **error)
{
  Keeper *keeper;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  g_autoptr(GVariant) details = NULL;
  const char *domain_key, *text;
  gint64 id, version, when;
  gint32 kind, author;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (session), FALSE);

  keeper = get_keeper (session);
  value = read_kept (keeper, error);
  if (value == NULL)
    return FALSE;
  offer_done (keeper);
  g_variant_get (value, "(xa(xxsiis)@a{sv})", &when, &iter, &details);
  ls_edit_history_seal (session->history);
  restore_details (session, details);
  while (g_variant_iter_next (iter, "(xx&sii&s)", &id, &version, &domain_key, &kind, &author, &text))
    {
      LsSketchEntry *entry = find_entry (session, id);

      if (entry == NULL)
        ls_conversation_session_add_entry (session, domain_key, kind, author, text);
      else if (g_strcmp0 (ls_sketch_entry_get_text (entry), text) != 0)
        {
          /* Saved against the version it was typed on: a change by
           * someone else since then is a conflict, never overwritten. */
          ls_row_version_set (entry, version);
          ls_conversation_session_set_entry_text (session, entry, text);
        }
    }
  ls_edit_history_seal (session->history);
  /* Saved on the session's worker; what is still not saved stays in the
   * file. */
  ls_conversation_session_flush_async (session, NULL, restored_cb, NULL);
  return TRUE;
}

void
ls_unsaved_keeper_discard (LsConversationSession *session)
{
  Keeper *keeper;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (session));

  keeper = get_keeper (session);
  offer_done (keeper);
  remove_file (keeper);
  if (ls_conversation_session_get_saving_failed (session))
    keep_or_warn (keeper);
}

static void
on_restore (LsConversationSession *session)
{
  g_autoptr(GError) error = NULL;

  /* A save that fails shows in the page's banner, and the file stays. */
  if (!ls_unsaved_keeper_restore (session, &error))
    g_debug ("The kept text could not be read: %s", error->message);
}

static void
on_discard (LsConversationSession *session)
{
  ls_unsaved_keeper_discard (session);
}

GtkWidget *
ls_unsaved_keeper_offer_new (LsConversationSession *session)
{
  Keeper *keeper;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  gint64 seconds = 0;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (session), NULL);

  keeper = get_keeper (session);
  if (!keeper->offered)
    return gtk_revealer_new ();
  value = read_kept (keeper, NULL);
  if (value != NULL)
    g_variant_get (value, "(xa(xxsiis)@a{sv})", &seconds, &iter, NULL);
  keeper->offer = ls_unsaved_offer_new (seconds, G_CALLBACK (on_restore), G_CALLBACK (on_discard), session);
  g_object_add_weak_pointer (G_OBJECT (keeper->offer), (gpointer *) &keeper->offer);
  return keeper->offer;
}
