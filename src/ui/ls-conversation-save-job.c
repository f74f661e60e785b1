/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A conversation session's save: what it writes, copied from what was
 * pending, and the writing itself on a worker thread. It knows the store
 * and the sketch's objects, nothing of the session, which fills a job,
 * runs it and puts its results back (ls-conversation-session.c). */
#define G_LOG_DOMAIN "ls-conversation-session"

#include "ls-conversation-save-job.h"
#include "ls-participant.h"
#include "ls-row-version.h"
#include "ls-store-sketches.h"

static void
clear_error (gpointer error)
{
  if (error != NULL)
    g_error_free (error);
}


void
ls_conversation_save_job_free (LsConversationSaveJob *job)
{
  g_clear_object (&job->origin);
  g_clear_object (&job->store);
  g_ptr_array_unref (job->entries);
  g_ptr_array_unref (job->entry_copies);
  g_ptr_array_unref (job->entry_errors);
  g_array_unref (job->deleted_ids);
  g_ptr_array_unref (job->delete_errors);
  g_ptr_array_unref (job->reading_keys);
  g_ptr_array_unref (job->readings);
  g_ptr_array_unref (job->reading_errors);
  g_clear_object (&job->details);
  g_clear_error (&job->details_error);
  g_ptr_array_unref (job->settle_entries);
  g_array_unref (job->settle_ids);
  g_ptr_array_unref (job->settle_texts);
  g_array_unref (job->settle_versions);
  g_ptr_array_unref (job->settle_errors);
  g_clear_error (&job->open_error);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->done_cond);
  g_free (job);
}

/* What ls_store_save_sketch_details() writes, copied. */
LsSketch *
ls_conversation_save_job_copy_details (LsSketch *sketch)
{
  LsSketch *copy = ls_sketch_new ();
  GPtrArray *participants = ls_sketch_get_participants (sketch);

  ls_sketch_set_id (copy, ls_sketch_get_id (sketch));
  ls_sketch_set_person_id (copy, ls_sketch_get_person_id (sketch));
  ls_sketch_set_case_id (copy, ls_sketch_get_case_id (sketch));
  if (ls_sketch_get_date (sketch) != NULL && g_date_valid (ls_sketch_get_date (sketch)))
    ls_sketch_set_date (copy, ls_sketch_get_date (sketch));
  ls_sketch_set_status (copy, ls_sketch_get_status (sketch));
  ls_sketch_set_agreements (copy, ls_sketch_get_agreements (sketch));
  ls_sketch_set_priorities (copy, ls_sketch_get_priorities (sketch));
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      ls_sketch_add_participant (copy, participant->name, participant->role);
    }
  ls_row_version_set (copy, ls_row_version_get (sketch));
  return copy;
}

/* An empty job (nothing to write yet). */
LsConversationSaveJob *
ls_conversation_save_job_new (void)
{
  LsConversationSaveJob *job = g_new0 (LsConversationSaveJob, 1);

  job->entries = g_ptr_array_new_with_free_func (g_object_unref);
  job->entry_copies = g_ptr_array_new_with_free_func (g_object_unref);
  job->entry_errors = g_ptr_array_new_with_free_func (clear_error);
  job->deleted_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  job->delete_errors = g_ptr_array_new_with_free_func (clear_error);
  job->reading_keys = g_ptr_array_new_with_free_func (g_free);
  job->readings = g_ptr_array_new_with_free_func (g_object_unref);
  job->reading_errors = g_ptr_array_new_with_free_func (clear_error);
  job->settle_entries = g_ptr_array_new_with_free_func (g_object_unref);
  job->settle_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  job->settle_texts = g_ptr_array_new_with_free_func (g_free);
  job->settle_versions = g_array_new (FALSE, FALSE, sizeof (gint64));
  job->settle_errors = g_ptr_array_new_with_free_func (clear_error);
  g_mutex_init (&job->lock);
  g_cond_init (&job->done_cond);
  return job;
}

/* Any thread: writes the job's copies, each its own transaction, through
 * the session's connection (opened here the first time). */
void
ls_conversation_save_job_run (LsConversationSaveJob *job)
{
  gboolean empty = job->entries->len == 0 && job->deleted_ids->len == 0 && job->readings->len == 0
                   && job->details == NULL && job->settle_entries->len == 0;

  if (job->store == NULL && !empty)
    job->store = ls_store_open_another (job->origin, &job->open_error);
  /* A conflict's choice: the other's row as it is stored now. */
  for (guint i = 0; i < job->settle_ids->len; i++)
    {
      GError *local = NULL;
      char *text = NULL;
      gint64 version = 0;

      if (job->store != NULL)
        ls_store_read_entry (job->store, g_array_index (job->settle_ids, gint64, i), &text, &version, NULL, NULL,
                             &local);
      g_ptr_array_add (job->settle_texts, text);
      g_array_append_val (job->settle_versions, version);
      g_ptr_array_add (job->settle_errors, local);
    }
  for (guint i = 0; i < job->entry_copies->len; i++)
    {
      GError *local = NULL;

      if (job->store != NULL)
        ls_store_save_entry (job->store, g_ptr_array_index (job->entry_copies, i), &local);
      g_ptr_array_add (job->entry_errors, local);
    }
  for (guint i = 0; i < job->deleted_ids->len; i++)
    {
      GError *local = NULL;

      if (job->store != NULL)
        ls_store_delete_entry (job->store, g_array_index (job->deleted_ids, gint64, i), &local);
      g_ptr_array_add (job->delete_errors, local);
    }
  for (guint i = 0; i < job->readings->len; i++)
    {
      GError *local = NULL;

      if (job->store != NULL)
        ls_store_save_reading (job->store, job->sketch_id, g_ptr_array_index (job->readings, i), &local);
      g_ptr_array_add (job->reading_errors, local);
    }
  if (job->details != NULL && job->store != NULL)
    ls_store_save_sketch_details (job->store, job->details, &job->details_error);
}

