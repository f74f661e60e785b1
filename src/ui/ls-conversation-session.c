/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conversation's data side: one place that changes the sketch, records
 * each change for undo and saves it, so no widget talks to the store and a
 * failed save can never drop what was typed (it stays in the sketch and in
 * the pending sets until a save succeeds). */
#define G_LOG_DOMAIN "ls-conversation-session"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-conversation-session.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"

#define DEFAULT_SAVE_DELAY_MS 300

struct _LsConversationSession
{
  GObject        parent_instance;

  LsStore       *store;
  LsSketch      *sketch;
  GListStore    *domains;
  LsEditHistory *history;

  GHashTable    *entries_by_uid;   /* uid -> LsSketchEntry (also removed ones, for undo) */
  guint          next_uid;

  GHashTable    *dirty_entries;    /* LsSketchEntry set */
  GArray        *deleted_ids;      /* gint64 */
  GHashTable    *dirty_readings;   /* domain key set */
  gboolean       dirty_details;

  guint          save_delay_ms;
  guint          save_source;
  gboolean       saving_failed;
  char          *save_error;
};

G_DEFINE_FINAL_TYPE (LsConversationSession, ls_conversation_session, G_TYPE_OBJECT)

enum {
  CHANGED,
  SAVE_STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark uid_quark;

static void
ls_conversation_session_dispose (GObject *object)
{
  LsConversationSession *self = LS_CONVERSATION_SESSION (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  /* Last chance to write what is pending; errors were shown already. */
  if (self->store != NULL && ls_conversation_session_has_pending (self))
    ls_conversation_session_flush (self, NULL);
  g_clear_object (&self->history);
  g_clear_object (&self->sketch);
  g_clear_object (&self->domains);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_conversation_session_parent_class)->dispose (object);
}

static void
ls_conversation_session_finalize (GObject *object)
{
  LsConversationSession *self = LS_CONVERSATION_SESSION (object);

  g_hash_table_unref (self->entries_by_uid);
  g_hash_table_unref (self->dirty_entries);
  g_hash_table_unref (self->dirty_readings);
  g_array_unref (self->deleted_ids);
  g_free (self->save_error);
  G_OBJECT_CLASS (ls_conversation_session_parent_class)->finalize (object);
}

static void
ls_conversation_session_class_init (LsConversationSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_conversation_session_dispose;
  object_class->finalize = ls_conversation_session_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SAVE_STATE_CHANGED] = g_signal_new ("save-state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  uid_quark = g_quark_from_static_string ("ls-conversation-entry-uid");
}

static void
ls_conversation_session_init (LsConversationSession *self)
{
  self->entries_by_uid = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->dirty_entries = g_hash_table_new (NULL, NULL);
  self->dirty_readings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->deleted_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->save_delay_ms = DEFAULT_SAVE_DELAY_MS;
  self->next_uid = 1;
}

static void
emit_changed (LsConversationSession *self,
              const char            *field)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (field), field);
}

/* Saving ---------------------------------------------------------------- */

static void
set_save_state (LsConversationSession *self,
                const GError          *error)
{
  gboolean failed = error != NULL;
  const char *message = error != NULL ? error->message : NULL;

  if (failed == self->saving_failed && g_strcmp0 (message, self->save_error) == 0)
    return;
  self->saving_failed = failed;
  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_signal_emit (self, signals[SAVE_STATE_CHANGED], 0);
}

static void
keep_first (GError **first,
            GError  *error)
{
  if (*first == NULL)
    *first = error;
  else
    g_error_free (error);
}

gboolean
ls_conversation_session_flush (LsConversationSession *self,
                               GError               **error)
{
  gint64 sketch_id;
  GError *first = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  sketch_id = ls_sketch_get_id (self->sketch);

  /* Each save is its own transaction: what succeeds leaves the sets. */
  g_hash_table_iter_init (&iter, self->dirty_entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GError *local = NULL;

      ls_sketch_entry_set_sketch_id (key, sketch_id);
      if (ls_store_save_entry (self->store, key, &local))
        g_hash_table_iter_remove (&iter);
      else
        keep_first (&first, local);
    }
  for (guint i = 0; i < self->deleted_ids->len; )
    {
      GError *local = NULL;

      if (ls_store_delete_entry (self->store, g_array_index (self->deleted_ids, gint64, i), &local))
        g_array_remove_index (self->deleted_ids, i);
      else
        {
          keep_first (&first, local);
          i++;
        }
    }
  g_hash_table_iter_init (&iter, self->dirty_readings);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GError *local = NULL;
      LsDomainReading *reading = ls_sketch_ensure_reading (self->sketch, key);

      if (ls_store_save_reading (self->store, sketch_id, reading, &local))
        g_hash_table_iter_remove (&iter);
      else
        keep_first (&first, local);
    }
  if (self->dirty_details)
    {
      GError *local = NULL;

      if (ls_store_save_sketch_details (self->store, self->sketch, &local))
        self->dirty_details = FALSE;
      else
        keep_first (&first, local);
    }

  set_save_state (self, first);
  if (first != NULL)
    {
      g_propagate_error (error, first);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  LsConversationSession *self = user_data;

  self->save_source = 0;
  ls_conversation_session_flush (self, NULL);
  return G_SOURCE_REMOVE;
}

/* Typing waits for a pause; everything else (and undo/redo) saves now. */
static void
schedule_save (LsConversationSession *self,
               gboolean               typing)
{
  if (!typing || ls_edit_history_is_applying (self->history))
    {
      ls_conversation_session_flush (self, NULL);
      return;
    }
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (self->save_delay_ms, save_timeout_cb, self);
}

gboolean
ls_conversation_session_has_pending (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return g_hash_table_size (self->dirty_entries) > 0 || self->deleted_ids->len > 0
         || g_hash_table_size (self->dirty_readings) > 0 || self->dirty_details;
}

gboolean
ls_conversation_session_get_saving_failed (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return self->saving_failed;
}

const char *
ls_conversation_session_get_save_error (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->save_error;
}

void
ls_conversation_session_set_save_delay (LsConversationSession *self,
                                        guint                  delay_ms)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  self->save_delay_ms = delay_ms;
}

/* Undo ------------------------------------------------------------------ */

static gboolean apply_field (const char *field,
                             GVariant   *value,
                             gpointer    user_data,
                             GError    **error);

static void
record (LsConversationSession *self,
        const char            *field,
        GVariant              *old_value,
        GVariant              *new_value,
        gboolean               merge)
{
  ls_edit_history_push (self->history, field, old_value, new_value, merge);
}

gboolean
ls_conversation_session_undo (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return ls_edit_history_undo (self->history, NULL);
}

gboolean
ls_conversation_session_redo (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return ls_edit_history_redo (self->history, NULL);
}

/* Construction ---------------------------------------------------------- */

static guint
assign_uid (LsConversationSession *self,
            LsSketchEntry         *entry)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), uid_quark));

  if (uid == 0)
    {
      uid = self->next_uid++;
      g_object_set_qdata (G_OBJECT (entry), uid_quark, GUINT_TO_POINTER (uid));
      g_hash_table_insert (self->entries_by_uid, GUINT_TO_POINTER (uid), g_object_ref (entry));
    }
  return uid;
}

static char *
person_display_name (LsStore *store,
                     gint64   person_id)
{
  g_autoptr(LsPerson) person = ls_store_load_person (store, person_id, NULL);

  if (person == NULL)
    return NULL;
  return g_strjoin (" ", ls_person_get_given_name (person) ? ls_person_get_given_name (person) : "",
                    ls_person_get_family_name (person) ? ls_person_get_family_name (person) : "", NULL);
}

static LsSketch *
create_sketch (LsStore  *store,
               gint64    person_id,
               GError  **error)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = person_display_name (store, person_id);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  ls_sketch_set_person_id (sketch, person_id);
  ls_sketch_set_date (sketch, &today);
  ls_sketch_set_status (sketch, LS_SKETCH_IN_PROGRESS);
  if (name != NULL)
    ls_sketch_add_participant (sketch, g_strstrip (name), _("The person"));
  if (!ls_store_save_sketch (store, sketch, error))
    return NULL;
  return g_steal_pointer (&sketch);
}

LsConversationSession *
ls_conversation_session_new (LsStore  *store,
                             gint64    person_id,
                             gint64    sketch_id,
                             GError  **error)
{
  g_autoptr(LsConversationSession) self = NULL;
  GListModel *entries;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (person_id > 0 || sketch_id > 0, NULL);

  self = g_object_new (LS_TYPE_CONVERSATION_SESSION, NULL);
  self->store = g_object_ref (store);
  self->domains = ls_catalog_load_domains (NULL, error);
  if (self->domains == NULL)
    return NULL;
  if (sketch_id > 0)
    self->sketch = ls_store_load_sketch (store, sketch_id, error);
  else
    self->sketch = create_sketch (store, person_id, error);
  if (self->sketch == NULL)
    return NULL;

  entries = G_LIST_MODEL (ls_sketch_get_entries (self->sketch));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      assign_uid (self, entry);
    }
  self->history = ls_edit_history_new (apply_field, self, NULL);
  return g_steal_pointer (&self);
}

LsStore *
ls_conversation_session_get_store (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->store;
}

LsSketch *
ls_conversation_session_get_sketch (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->sketch;
}

LsEditHistory *
ls_conversation_session_get_history (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->history;
}

GListModel *
ls_conversation_session_get_domains (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return G_LIST_MODEL (self->domains);
}

guint
ls_conversation_session_entry_uid (LsConversationSession *self,
                                   LsSketchEntry         *entry)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), 0);
  return assign_uid (self, entry);
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  LsSketchEntry *ea = *(LsSketchEntry **) a;
  LsSketchEntry *eb = *(LsSketchEntry **) b;
  guint pa = ls_sketch_entry_get_position (ea);
  guint pb = ls_sketch_entry_get_position (eb);

  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

GPtrArray *
ls_conversation_session_list_entries (LsConversationSession *self,
                                      const char            *domain_key,
                                      LsEntryKind            kind)
{
  GListModel *entries;
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), result);

  entries = G_LIST_MODEL (ls_sketch_get_entries (self->sketch));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      LsSketchEntry *entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_kind (entry) == kind
          && g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) == 0)
        g_ptr_array_add (result, entry);
      g_object_unref (entry); /* the sketch keeps it */
    }
  g_ptr_array_sort (result, compare_position);
  return result;
}

/* Edits ----------------------------------------------------------------- */

static GVariant *
participants_variant (GPtrArray *participants)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ss)"));
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      LsParticipant *p = g_ptr_array_index (participants, i);

      g_variant_builder_add (&builder, "(ss)", p->name ? p->name : "", p->role ? p->role : "");
    }
  return g_variant_builder_end (&builder);
}

static void
put_participants (LsConversationSession *self,
                  GVariant              *value)
{
  GPtrArray *current = ls_sketch_get_participants (self->sketch);
  GVariantIter iter;
  const char *name, *role;

  g_ptr_array_set_size (current, 0);
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(&s&s)", &name, &role))
    ls_sketch_add_participant (self->sketch, name, role);
}

void
ls_conversation_session_set_participants (LsConversationSession *self,
                                          GPtrArray             *participants)
{
  g_autoptr(GVariant) old_value = NULL;
  g_autoptr(GVariant) new_value = NULL;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));

  old_value = g_variant_ref_sink (participants_variant (ls_sketch_get_participants (self->sketch)));
  new_value = g_variant_ref_sink (participants_variant (participants));
  if (g_variant_equal (old_value, new_value))
    return;
  record (self, "participants", old_value, new_value, TRUE);
  put_participants (self, new_value);
  self->dirty_details = TRUE;
  emit_changed (self, "participants");
  schedule_save (self, TRUE);
}

void
ls_conversation_session_set_agreements (LsConversationSession *self,
                                        const char            *text)
{
  const char *old = ls_sketch_get_agreements (self->sketch);

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));

  if (g_strcmp0 (old ? old : "", text ? text : "") == 0)
    return;
  record (self, "agreements", g_variant_new_string (old ? old : ""), g_variant_new_string (text ? text : ""), TRUE);
  ls_sketch_set_agreements (self->sketch, text);
  self->dirty_details = TRUE;
  emit_changed (self, "agreements");
  schedule_save (self, TRUE);
}

void
ls_conversation_session_set_priorities (LsConversationSession *self,
                                        const char * const    *priorities)
{
  const char * const *old = ls_sketch_get_priorities (self->sketch);
  const char * const empty[] = { NULL };

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));

  if (priorities == NULL)
    priorities = empty;
  if (g_strv_equal (old, priorities))
    return;
  record (self, "priorities", g_variant_new_strv (old, -1), g_variant_new_strv (priorities, -1), FALSE);
  ls_sketch_set_priorities (self->sketch, priorities);
  self->dirty_details = TRUE;
  emit_changed (self, "priorities");
  schedule_save (self, FALSE);
}

void
ls_conversation_session_set_status (LsConversationSession *self,
                                    LsSketchStatus         status)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));

  if (ls_sketch_get_status (self->sketch) == status)
    return;
  ls_sketch_set_status (self->sketch, status);
  self->dirty_details = TRUE;
  emit_changed (self, "status");
  schedule_save (self, FALSE);
}

/* Readings: "reading:KEY:self|picto|cw|skip". */
static int
reading_get (LsDomainReading *reading,
             const char      *what)
{
  if (g_str_equal (what, "self"))
    return ls_domain_reading_get_self_rating (reading);
  if (g_str_equal (what, "picto"))
    return ls_domain_reading_get_pictogram (reading);
  if (g_str_equal (what, "cw"))
    return ls_domain_reading_get_caseworker_rating (reading);
  return ls_domain_reading_get_skipped (reading);
}

static void
reading_put (LsDomainReading *reading,
             const char      *what,
             int              value)
{
  if (g_str_equal (what, "self"))
    ls_domain_reading_set_self_rating (reading, value);
  else if (g_str_equal (what, "picto"))
    ls_domain_reading_set_pictogram (reading, value);
  else if (g_str_equal (what, "cw"))
    ls_domain_reading_set_caseworker_rating (reading, value);
  else
    ls_domain_reading_set_skipped (reading, value != 0);
}

static void
set_reading_value (LsConversationSession *self,
                   const char            *domain_key,
                   const char            *what,
                   int                    value)
{
  LsDomainReading *reading;
  g_autofree char *field = NULL;
  g_autofree char *changed = NULL;
  int old;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (domain_key != NULL);

  reading = ls_sketch_ensure_reading (self->sketch, domain_key);
  old = reading_get (reading, what);
  if (old == value)
    return;
  field = g_strdup_printf ("reading:%s:%s", domain_key, what);
  record (self, field, g_variant_new_int32 (old), g_variant_new_int32 (value), FALSE);
  reading_put (reading, what, value);
  g_hash_table_add (self->dirty_readings, g_strdup (domain_key));
  changed = g_strdup_printf ("reading:%s", domain_key);
  emit_changed (self, changed);
  schedule_save (self, FALSE);
}

void
ls_conversation_session_set_self_rating (LsConversationSession *self,
                                         const char            *domain_key,
                                         int                    rating)
{
  g_return_if_fail (rating >= 0 && rating <= 10);
  set_reading_value (self, domain_key, "self", rating);
}

void
ls_conversation_session_set_pictogram (LsConversationSession *self,
                                       const char            *domain_key,
                                       LsPictogramRating      pictogram)
{
  set_reading_value (self, domain_key, "picto", pictogram);
}

void
ls_conversation_session_set_caseworker_rating (LsConversationSession *self,
                                               const char            *domain_key,
                                               int                    rating)
{
  g_return_if_fail (rating >= 0 && rating <= 10);
  set_reading_value (self, domain_key, "cw", rating);
}

void
ls_conversation_session_set_skipped (LsConversationSession *self,
                                     const char            *domain_key,
                                     gboolean               skipped)
{
  set_reading_value (self, domain_key, "skip", skipped ? 1 : 0);
}

/* Entries: "entry:UID" (exists), "entry:UID:text|author|env". */
static char *
entry_field (LsConversationSession *self,
             LsSketchEntry         *entry,
             const char            *what)
{
  guint uid = assign_uid (self, entry);

  return what ? g_strdup_printf ("entry:%u:%s", uid, what) : g_strdup_printf ("entry:%u", uid);
}

static void
emit_entry_changed (LsConversationSession *self,
                    LsSketchEntry         *entry)
{
  g_autofree char *field = entry_field (self, entry, NULL);

  emit_changed (self, field);
}

static void
emit_entries_changed (LsConversationSession *self,
                      const char            *domain_key)
{
  g_autofree char *field = g_strdup_printf ("entries:%s", domain_key);

  emit_changed (self, field);
}

static gboolean
find_entry (LsConversationSession *self,
            LsSketchEntry         *entry,
            guint                 *position)
{
  return g_list_store_find (ls_sketch_get_entries (self->sketch), entry, position);
}

static void
insert_entry (LsConversationSession *self,
              LsSketchEntry         *entry)
{
  gint64 id = ls_sketch_entry_get_id (entry);

  if (find_entry (self, entry, NULL))
    return;
  /* Back again: if its deletion is still pending, forget the deletion;
   * otherwise the row is gone and the entry is written anew. */
  for (guint i = 0; i < self->deleted_ids->len; i++)
    if (g_array_index (self->deleted_ids, gint64, i) == id)
      {
        g_array_remove_index (self->deleted_ids, i);
        id = -1;
        break;
      }
  if (id > 0)
    ls_sketch_entry_set_id (entry, 0);
  g_list_store_append (ls_sketch_get_entries (self->sketch), entry);
  g_hash_table_add (self->dirty_entries, entry);
  emit_entries_changed (self, ls_sketch_entry_get_domain_key (entry));
}

static void
take_out_entry (LsConversationSession *self,
                LsSketchEntry         *entry)
{
  guint position;
  gint64 id = ls_sketch_entry_get_id (entry);

  if (!find_entry (self, entry, &position))
    return;
  g_list_store_remove (ls_sketch_get_entries (self->sketch), position);
  g_hash_table_remove (self->dirty_entries, entry);
  if (id > 0)
    g_array_append_val (self->deleted_ids, id);
  emit_entries_changed (self, ls_sketch_entry_get_domain_key (entry));
}

LsSketchEntry *
ls_conversation_session_add_entry (LsConversationSession *self,
                                   const char            *domain_key,
                                   LsEntryKind            kind,
                                   LsEntryAuthor          author,
                                   const char            *text)
{
  g_autoptr(GPtrArray) siblings = NULL;
  LsSketchEntry *entry;
  g_autofree char *field = NULL;
  guint position = 0;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  g_return_val_if_fail (domain_key != NULL, NULL);

  siblings = ls_conversation_session_list_entries (self, domain_key, kind);
  if (siblings->len > 0)
    position = ls_sketch_entry_get_position (g_ptr_array_index (siblings, siblings->len - 1)) + 1;
  entry = ls_sketch_entry_new_with (domain_key, kind, author, text ? text : "");
  ls_sketch_entry_set_position (entry, position);
  ls_sketch_entry_set_sketch_id (entry, ls_sketch_get_id (self->sketch));
  assign_uid (self, entry);
  g_object_unref (entry); /* entries_by_uid keeps it */

  field = entry_field (self, entry, NULL);
  record (self, field, NULL, g_variant_new_boolean (TRUE), FALSE);
  insert_entry (self, entry);
  schedule_save (self, FALSE);
  return entry;
}

void
ls_conversation_session_remove_entry (LsConversationSession *self,
                                      LsSketchEntry         *entry)
{
  g_autofree char *field = NULL;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH_ENTRY (entry));

  field = entry_field (self, entry, NULL);
  record (self, field, g_variant_new_boolean (TRUE), NULL, FALSE);
  take_out_entry (self, entry);
  schedule_save (self, FALSE);
}

void
ls_conversation_session_set_entry_text (LsConversationSession *self,
                                        LsSketchEntry         *entry,
                                        const char            *text)
{
  const char *old;
  g_autofree char *field = NULL;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH_ENTRY (entry));

  old = ls_sketch_entry_get_text (entry);
  if (g_strcmp0 (old ? old : "", text ? text : "") == 0)
    return;
  field = entry_field (self, entry, "text");
  record (self, field, g_variant_new_string (old ? old : ""), g_variant_new_string (text ? text : ""), TRUE);
  ls_sketch_entry_set_text (entry, text ? text : "");
  if (find_entry (self, entry, NULL))
    g_hash_table_add (self->dirty_entries, entry);
  emit_entry_changed (self, entry);
  schedule_save (self, TRUE);
}

static void
set_entry_int (LsConversationSession *self,
               LsSketchEntry         *entry,
               const char            *what,
               int                    value)
{
  int old = g_str_equal (what, "author") ? (int) ls_sketch_entry_get_author (entry)
                                         : (int) ls_sketch_entry_get_environment (entry);
  g_autofree char *field = NULL;

  if (old == value)
    return;
  field = entry_field (self, entry, what);
  record (self, field, g_variant_new_int32 (old), g_variant_new_int32 (value), FALSE);
  if (g_str_equal (what, "author"))
    ls_sketch_entry_set_author (entry, value);
  else
    ls_sketch_entry_set_environment (entry, value);
  if (find_entry (self, entry, NULL))
    g_hash_table_add (self->dirty_entries, entry);
  emit_entry_changed (self, entry);
  schedule_save (self, FALSE);
}

void
ls_conversation_session_set_entry_author (LsConversationSession *self,
                                          LsSketchEntry         *entry,
                                          LsEntryAuthor          author)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH_ENTRY (entry));
  set_entry_int (self, entry, "author", author);
}

void
ls_conversation_session_set_entry_environment (LsConversationSession *self,
                                               LsSketchEntry         *entry,
                                               LsEnvironmentFactor    environment)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH_ENTRY (entry));
  set_entry_int (self, entry, "env", environment);
}

/* Puts a recorded value back (undo/redo) through the same setters; the
 * history ignores the pushes they make while it applies. */
static gboolean
apply_field (const char *field,
             GVariant   *value,
             gpointer    user_data,
             GError    **error)
{
  LsConversationSession *self = user_data;
  g_auto(GStrv) parts = g_strsplit (field, ":", 3);
  guint n = g_strv_length (parts);

  if (g_str_equal (parts[0], "participants"))
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_participant_free);
      GVariantIter iter;
      const char *name, *role;

      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "(&s&s)", &name, &role))
        g_ptr_array_add (list, ls_participant_new (name, role, NULL));
      ls_conversation_session_set_participants (self, list);
    }
  else if (g_str_equal (parts[0], "agreements"))
    ls_conversation_session_set_agreements (self, g_variant_get_string (value, NULL));
  else if (g_str_equal (parts[0], "priorities"))
    {
      g_autofree const char **strv = g_variant_get_strv (value, NULL);
      ls_conversation_session_set_priorities (self, strv);
    }
  else if (g_str_equal (parts[0], "reading") && n == 3)
    set_reading_value (self, parts[1], parts[2], g_variant_get_int32 (value));
  else if (g_str_equal (parts[0], "entry") && n >= 2)
    {
      LsSketchEntry *entry = g_hash_table_lookup (self->entries_by_uid,
                                                  GUINT_TO_POINTER ((guint) g_ascii_strtoull (parts[1], NULL, 10)));

      if (entry == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("This change can no longer be undone"));
          return FALSE;
        }
      if (n == 2)
        {
          if (value != NULL)
            insert_entry (self, entry);
          else
            take_out_entry (self, entry);
          schedule_save (self, FALSE);
        }
      else if (g_str_equal (parts[2], "text"))
        ls_conversation_session_set_entry_text (self, entry, g_variant_get_string (value, NULL));
      else
        set_entry_int (self, entry, parts[2], g_variant_get_int32 (value));
    }
  return TRUE;
}

LsDomainState
ls_conversation_session_domain_state (LsConversationSession *self,
                                      const char            *domain_key)
{
  LsDomainReading *reading;
  GListModel *entries;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), LS_DOMAIN_STATE_NOT_YET);

  reading = ls_sketch_get_reading (self->sketch, domain_key);
  if (reading != NULL)
    {
      if (ls_domain_reading_get_skipped (reading))
        return LS_DOMAIN_STATE_SKIPPED;
      if (ls_domain_reading_get_self_rating (reading) > 0
          || ls_domain_reading_get_pictogram (reading) != LS_PICTOGRAM_UNSET
          || ls_domain_reading_get_caseworker_rating (reading) > 0)
        return LS_DOMAIN_STATE_DONE;
    }
  entries = G_LIST_MODEL (ls_sketch_get_entries (self->sketch));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      const char *text = ls_sketch_entry_get_text (entry);

      if (g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) == 0 && text != NULL && *text != '\0')
        return LS_DOMAIN_STATE_DONE;
    }
  return LS_DOMAIN_STATE_NOT_YET;
}
