/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the service plan editor reads before it is built: the decision's
 * plan, or a new one drafted and saved. Store calls only, on any thread (a
 * worker's connection); the editor takes the plan on the main thread. */
#define G_LOG_DOMAIN "ls-service-plan-editor"

#include "config.h"

#include "ls-decision-draft.h"
#include "ls-person.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"

/* The decision's plan, or a new one drafted from it and the sketch. */
static LsServicePlan *
find_or_draft (LsStore    *store,
               LsDecision *decision,
               GError    **error)
{
  g_autoptr(GPtrArray) plans = ls_store_list_service_plans (store, ls_decision_get_person_id (decision), error);
  g_autoptr(LsPerson) person = NULL;
  g_autoptr(LsSketch) sketch = NULL;
  g_autoptr(GKeyFile) services = NULL;
  g_autofree char *name = NULL;
  LsServicePlan *plan;
  gint64 sketch_id;

  if (plans == NULL)
    return NULL;
  for (guint i = 0; i < plans->len; i++)
    if (ls_service_plan_get_decision_id (g_ptr_array_index (plans, i)) == ls_decision_get_id (decision))
      return ls_store_load_service_plan (store, ls_service_plan_get_id (g_ptr_array_index (plans, i)), error);
  person = ls_store_load_person (store, ls_decision_get_person_id (decision), error);
  services = ls_store_load_services (store, error);
  /* The plan is drafted from the sketch its decision is based on. */
  sketch_id = ls_decision_get_sketch_id (decision);
  if (sketch_id == 0)
    sketch_id = ls_store_latest_finished_sketch (store, ls_decision_get_person_id (decision), error);
  if (person == NULL || services == NULL || sketch_id < 0)
    return NULL;
  if (sketch_id > 0)
    sketch = ls_store_load_sketch (store, sketch_id, NULL);
  name = ls_person_dup_display_name (person);
  plan = ls_decision_draft_service_plan (decision, sketch, name, services);
  if (!ls_store_save_service_plan (store, plan, error))
    g_clear_object (&plan);
  return plan;
}

gpointer
ls_service_plan_editor_load (LsStore *store,
                             gint64   decision_id,
                             GError **error)
{
  g_autoptr(LsDecision) decision = NULL;

  decision = ls_store_load_decision (store, decision_id, error);
  if (decision == NULL)
    return NULL;
  return find_or_draft (store, decision, error);
}
