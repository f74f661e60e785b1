/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The changes a conversation makes: each one is put into the sketch,
 * recorded for undo, announced with "changed" and handed to the saver. */
#define G_LOG_DOMAIN "ls-conversation-session"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conversation-session-private.h"
#include "ls-row-version.h"

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
  _ls_conversation_session_record (self, "participants", old_value, new_value, TRUE);
  put_participants (self, new_value);
  self->dirty_details = TRUE;
  _ls_conversation_session_emit_changed (self, "participants");
  _ls_conversation_session_schedule_save (self, TRUE);
}

void
ls_conversation_session_set_agreements (LsConversationSession *self,
                                        const char            *text)
{
  const char *old = ls_sketch_get_agreements (self->sketch);

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));

  if (g_strcmp0 (old ? old : "", text ? text : "") == 0)
    return;
  _ls_conversation_session_record (self, "agreements", g_variant_new_string (old ? old : ""), g_variant_new_string (text ? text : ""), TRUE);
  ls_sketch_set_agreements (self->sketch, text);
  self->dirty_details = TRUE;
  _ls_conversation_session_emit_changed (self, "agreements");
  _ls_conversation_session_schedule_save (self, TRUE);
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
  _ls_conversation_session_record (self, "priorities", g_variant_new_strv (old, -1), g_variant_new_strv (priorities, -1), FALSE);
  ls_sketch_set_priorities (self->sketch, priorities);
  self->dirty_details = TRUE;
  _ls_conversation_session_emit_changed (self, "priorities");
  _ls_conversation_session_schedule_save (self, FALSE);
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
  _ls_conversation_session_emit_changed (self, "status");
  _ls_conversation_session_schedule_save (self, FALSE);
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
  _ls_conversation_session_record (self, field, g_variant_new_int32 (old), g_variant_new_int32 (value), FALSE);
  reading_put (reading, what, value);
  g_hash_table_add (self->dirty_readings, g_strdup (domain_key));
  changed = g_strdup_printf ("reading:%s", domain_key);
  _ls_conversation_session_emit_changed (self, changed);
  _ls_conversation_session_schedule_save (self, FALSE);
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
  guint uid = _ls_conversation_session_assign_uid (self, entry);

  return what ? g_strdup_printf ("entry:%u:%s", uid, what) : g_strdup_printf ("entry:%u", uid);
}

static void
emit_entry_changed (LsConversationSession *self,
                    LsSketchEntry         *entry)
{
  g_autofree char *field = entry_field (self, entry, NULL);

  _ls_conversation_session_emit_changed (self, field);
}

static void
emit_entries_changed (LsConversationSession *self,
                      const char            *domain_key)
{
  g_autofree char *field = g_strdup_printf ("entries:%s", domain_key);

  _ls_conversation_session_emit_changed (self, field);
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
  _ls_conversation_session_assign_uid (self, entry);
  g_object_unref (entry); /* entries_by_uid keeps it */

  field = entry_field (self, entry, NULL);
  _ls_conversation_session_record (self, field, NULL, g_variant_new_boolean (TRUE), FALSE);
  insert_entry (self, entry);
  _ls_conversation_session_schedule_save (self, FALSE);
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
  _ls_conversation_session_record (self, field, g_variant_new_boolean (TRUE), NULL, FALSE);
  take_out_entry (self, entry);
  _ls_conversation_session_schedule_save (self, FALSE);
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
  _ls_conversation_session_record (self, field, g_variant_new_string (old ? old : ""), g_variant_new_string (text ? text : ""), TRUE);
  ls_sketch_entry_set_text (entry, text ? text : "");
  if (find_entry (self, entry, NULL))
    g_hash_table_add (self->dirty_entries, entry);
  emit_entry_changed (self, entry);
  _ls_conversation_session_schedule_save (self, TRUE);
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
  _ls_conversation_session_record (self, field, g_variant_new_int32 (old), g_variant_new_int32 (value), FALSE);
  if (g_str_equal (what, "author"))
    ls_sketch_entry_set_author (entry, value);
  else
    ls_sketch_entry_set_environment (entry, value);
  if (find_entry (self, entry, NULL))
    g_hash_table_add (self->dirty_entries, entry);
  emit_entry_changed (self, entry);
  _ls_conversation_session_schedule_save (self, FALSE);
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
gboolean
_ls_conversation_session_apply_field (const char *field,
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
          _ls_conversation_session_schedule_save (self, FALSE);
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

char *
ls_conversation_session_step_for_field (LsConversationSession *self,
                                        const char            *field)
{
  g_auto(GStrv) parts = NULL;
  LsSketchEntry *entry;
  const char *key;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);

  if (field == NULL)
    return NULL;
  parts = g_strsplit (field, ":", 3);
  if (g_str_equal (parts[0], "participants") || g_str_equal (parts[0], "agreements")
      || g_str_equal (parts[0], "priorities"))
    return g_strdup (parts[0]);
  if (g_str_equal (parts[0], "reading") && parts[1] != NULL)
    return g_strdup_printf ("domain:%s", parts[1]);
  if (!g_str_equal (parts[0], "entry") || parts[1] == NULL)
    return NULL;
  entry = g_hash_table_lookup (self->entries_by_uid,
                               GUINT_TO_POINTER ((guint) g_ascii_strtoull (parts[1], NULL, 10)));
  if (entry == NULL)
    return NULL;
  key = ls_sketch_entry_get_domain_key (entry);
  /* "What matters most" is the first wish in the matters domain. */
  if (g_strcmp0 (key, "matters") == 0 && ls_sketch_entry_get_kind (entry) == LS_ENTRY_WISH
      && ls_sketch_entry_get_position (entry) == 0)
    return g_strdup ("matters");
  return g_strdup_printf ("domain:%s", key);
}

/* A colleague's save of the details or of a reading came first: the
 * caseworker's choice is made as edits (so undo brings ours back) and
 * saved over the version shown. */

gboolean
ls_conversation_session_get_details_conflict (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return self->details_conflict;
}

void
ls_conversation_session_resolve_details (LsConversationSession *self,
                                         LsConflictChoice       choice,
                                         LsSketch              *theirs)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH (theirs));

  if (!self->details_conflict)
    return;
  self->details_conflict = FALSE;
  /* Either way the next save is over the version shown: a third change
   * after it was read is a new conflict, never overwritten. */
  ls_row_version_set (self->sketch, ls_row_version_get (theirs));
  if (choice == LS_CONFLICT_TAKE_THEIRS)
    {
      /* as edits, so that undo brings ours back */
      ls_edit_history_seal (self->history);
      ls_conversation_session_set_agreements (self, ls_sketch_get_agreements (theirs));
      ls_conversation_session_set_priorities (self, ls_sketch_get_priorities (theirs));
      ls_conversation_session_set_participants (self, ls_sketch_get_participants (theirs));
      ls_edit_history_seal (self->history);
    }
  self->dirty_details = TRUE;
  ls_conversation_session_save (self);
}

GStrv
ls_conversation_session_dup_reading_conflicts (LsConversationSession *self)
{
  g_autofree gpointer *keys = NULL;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  keys = g_hash_table_get_keys_as_array (self->reading_conflicts, NULL);
  return g_strdupv ((char **) keys);
}

void
ls_conversation_session_resolve_reading (LsConversationSession *self,
                                         const char            *domain_key,
                                         LsConflictChoice       choice,
                                         LsDomainReading       *theirs)
{
  LsDomainReading *mine;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (domain_key != NULL);

  if (!g_hash_table_remove (self->reading_conflicts, domain_key))
    return;
  mine = ls_sketch_ensure_reading (self->sketch, domain_key);
  /* over the version shown (0: they took it out); a later change is a
   * new conflict */
  ls_row_version_set (mine, theirs != NULL ? ls_row_version_get (theirs) : 0);
  if (choice == LS_CONFLICT_TAKE_THEIRS && theirs != NULL)
    {
      /* as edits, so that undo brings ours back */
      ls_edit_history_seal (self->history);
      ls_conversation_session_set_self_rating (self, domain_key, ls_domain_reading_get_self_rating (theirs));
      ls_conversation_session_set_pictogram (self, domain_key, ls_domain_reading_get_pictogram (theirs));
      ls_conversation_session_set_caseworker_rating (self, domain_key,
                                                     ls_domain_reading_get_caseworker_rating (theirs));
      ls_conversation_session_set_skipped (self, domain_key, ls_domain_reading_get_skipped (theirs));
      ls_edit_history_seal (self->history);
    }
  g_hash_table_add (self->dirty_readings, g_strdup (domain_key));
  ls_conversation_session_save (self);
}
