/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the decision editor reads before it is built: store calls only, on
 * any thread (a worker's connection); the editor takes it over on the main
 * thread. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-decision-draft.h"
#include "ls-decision-editor-private.h"
#include "ls-domain.h"
#include "ls-legal-texts.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-value.h"

void
ls_decision_editor_data_free (gpointer editor_data)
{
  LsDecisionEditorData *data = editor_data;

  if (data == NULL)
    return;
  _ls_decision_editor_clear_acts (data->acts);
  g_clear_object (&data->decision);
  g_clear_pointer (&data->services, g_key_file_unref);
  g_clear_object (&data->sketch);
  g_clear_object (&data->previous);
  g_free (data->language);
  g_free (data);
}

void
_ls_decision_editor_clear_acts (LsDecisionEditorAct *acts)
{
  for (guint i = 0; i < LS_DECISION_EDITOR_N_ACTS; i++)
    g_clear_pointer (&acts[i].reason, g_free);
}

void
_ls_decision_editor_read_acts (LsStore             *store,
                               LsDecision          *decision,
                               LsDecisionEditorAct *acts)
{
  _ls_decision_editor_clear_acts (acts);
  for (guint i = 0; i < LS_DECISION_EDITOR_N_ACTS; i++)
    {
      g_autoptr(GError) error = NULL;

      acts[i].may = ls_store_may_act_on_decision (store, ls_decision_get_id (decision), (LsDecisionAct) i,
                                                  &acts[i].reason, &error);
      if (acts[i].may == LS_MAY_FAILED)
        {
          g_free (acts[i].reason);
          acts[i].reason = g_strdup (error->message);
        }
    }
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
  /* A new draft (no id yet) is asked once it is saved. */
  if (ls_decision_get_id (data->decision) != 0
      && ls_decision_status_is_editable (ls_decision_get_status (data->decision)))
    _ls_decision_editor_read_acts (store, data->decision, data->acts);
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

const char *
_ls_decision_editor_name_in (const char *key,
                             gpointer    domains)
{
  return ls_domain_name_in (domains, key);
}

gpointer
ls_decision_editor_draft (LsStore *store,
                          gint64   person_id,
                          GError **error)
{
  LsDecisionEditorData *data = g_new0 (LsDecisionEditorData, 1);
  g_autoptr(GDate) today = g_date_new ();
  g_autoptr(LsLegalTexts) legal = NULL;

  data->decision = ls_decision_new ();
  ls_decision_set_person_id (data->decision, person_id);
  ls_decision_set_decision_type (data->decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_status (data->decision, LS_DECISION_DRAFT);
  ls_decision_set_prepared_by (data->decision, ls_store_get_login (store));
  ls_date_set_today (today);
  ls_decision_set_start (data->decision, today);
  if (!_ls_decision_editor_load_context (store, data, error))
    goto fail;
  if (data->sketch == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("A decision is built from a finished life sketch; finish the conversation first"));
      goto fail;
    }
  ls_decision_set_case_id (data->decision, ls_sketch_get_case_id (data->sketch));
  /* The assessment's help, drafted from the sketch in the letter's
   * language; without the legal texts (an unreadable override) none. */
  legal = ls_legal_texts_new (NULL, NULL);
  if (legal != NULL)
    {
      g_autoptr(GListModel) domains = G_LIST_MODEL (ls_catalog_load_domains (data->language, NULL));
      g_autofree char *grounds = ls_decision_draft_grounds (data->sketch, legal, data->language,
                                                            _ls_decision_editor_name_in, domains);

      ls_decision_set_grounds (data->decision, grounds);
    }
  if (!ls_store_save_decision (store, data->decision, error))
    goto fail;
  _ls_decision_editor_read_acts (store, data->decision, data->acts);
  return data;

fail:
  ls_decision_editor_data_free (data);
  return NULL;
}
