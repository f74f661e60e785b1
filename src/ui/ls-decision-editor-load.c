/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the decision editor reads before it is built: store calls only, on
 * any thread (a worker's connection); the editor takes it over on the main
 * thread. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include "ls-decision-editor-private.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"

void
ls_decision_editor_data_free (gpointer editor_data)
{
  LsDecisionEditorData *data = editor_data;

  if (data == NULL)
    return;
  g_clear_object (&data->decision);
  g_clear_pointer (&data->services, g_key_file_unref);
  g_clear_object (&data->sketch);
  g_clear_object (&data->previous);
  g_free (data->language);
  g_free (data->may_text[0]);
  g_free (data->may_text[1]);
  g_free (data);
}

gboolean
_ls_decision_editor_load_context (LsStore              *store,
                                  LsDecisionEditorData *data,
                                  GError              **error)
{
  g_autoptr(LsPerson) person = NULL;
  gint64 sketch_id, previous_id;

  data->services = ls_store_load_services (store, error);
  if (data->services == NULL)
    return FALSE;
  person = ls_store_load_person (store, ls_decision_get_person_id (data->decision), error);
  if (person == NULL)
    return FALSE;
  data->language = g_strdup (ls_legal_texts_normalize_language (ls_person_get_written_language (person)));
  previous_id = ls_decision_get_previous_id (data->decision);
  if (previous_id != 0 && (data->previous = ls_store_load_decision (store, previous_id, error)) == NULL)
    return FALSE;
  sketch_id = ls_decision_get_sketch_id (data->decision);
  if (sketch_id == 0)
    sketch_id = ls_store_latest_finished_sketch (store, ls_decision_get_person_id (data->decision), error);
  if (sketch_id < 0)
    return FALSE;
  if (sketch_id > 0 && (data->sketch = ls_store_load_sketch (store, sketch_id, error)) == NULL)
    return FALSE;
  if (ls_decision_get_id (data->decision) > 0)
    {
      for (LsDecisionAct act = LS_DECISION_ACT_ISSUE; act <= LS_DECISION_ACT_APPROVE; act++)
        {
          g_autoptr(GError) local = NULL;
          g_autofree char *reason = NULL;

          data->may[act] = ls_store_may_act_on_decision (store, ls_decision_get_id (data->decision), act,
                                                         &reason, &local);
          data->may_text[act] = local != NULL ? g_strdup (local->message) : g_steal_pointer (&reason);
        }
      data->may_read = TRUE;
    }
  return TRUE;
}

gpointer
ls_decision_editor_load (LsStore *store,
                         gint64   decision_id,
                         GError **error)
{
  LsDecisionEditorData *data = g_new0 (LsDecisionEditorData, 1);

  data->decision = ls_store_load_decision (store, decision_id, error);
  if (data->decision == NULL || !_ls_decision_editor_load_context (store, data, error))
    {
      ls_decision_editor_data_free (data);
      return NULL;
    }
  return data;
}
