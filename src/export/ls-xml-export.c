/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-store-cases.h"
#include "ls-store-decisions.h"
#include "ls-store-exchange.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-xml-export.h"

typedef struct
{
  guint       n_person, n_case, n_sketch, n_entry, n_decision, n_goal, n_measure, n_evaluation, n_plan;
  /* Per person: database id -> file id, by kind. */
  GHashTable *cases, *sketches, *entries, *decisions, *goals;
  LsStore    *store;
  GError     *error;  /* the first failure to read a uid */
} Ids;

static char *
next_id (const char *prefix,
         guint      *counter)
{
  return g_strdup_printf ("%s%u", prefix, ++*counter);
}

static void
remember (GHashTable *map,
          gint64      db_id,
          const char *file_id)
{
  g_hash_table_insert (map, g_memdup2 (&db_id, sizeof db_id), g_strdup (file_id));
}

static const char *
lookup (GHashTable *map,
        gint64      db_id)
{
  return db_id == 0 ? NULL : g_hash_table_lookup (map, &db_id);
}

/* A child element with the next file id of its kind as its first
 * attribute; remembered in map (when given) under db_id. */
static LsXmlNode *
add_numbered (LsXmlNode  *parent,
              const char *element,
              const char *prefix,
              guint      *counter,
              GHashTable *map,
              gint64      db_id)
{
  LsXmlNode *node = ls_xml_node_add (parent, element);
  g_autofree char *id = next_id (prefix, counter);

  if (map != NULL)
    remember (map, db_id, id);
  ls_xml_node_set_attr (node, "id", id);
  return node;
}

/* The record's stable identifier, which an import keeps. */
static void
set_uid (Ids       *ids,
         LsXmlNode *node,
         LsUidKind  kind,
         gint64     db_id)
{
  g_autofree char *uid = NULL;

  if (ids->error != NULL)
    return;
  uid = ls_store_exchange_get_uid (ids->store, kind, db_id, &ids->error);
  ls_xml_node_set_attr (node, "uid", uid);
}

static void
add_person_fields (LsXmlNode *node,
                   LsPerson  *person)
{
  ls_xml_node_set_attr (node, "national-id", ls_person_get_national_id (person));
  ls_xml_node_set_attr_date (node, "birth-date", ls_person_get_birth_date (person));
  ls_xml_node_set_attr (node, "written-language", ls_person_get_written_language (person));
  ls_xml_node_set_attr_bool (node, "plain-language", ls_person_get_plain_language (person));
  ls_xml_node_set_attr_bool (node, "pictograms", ls_person_get_pictograms (person));
  ls_xml_node_set_attr (node, "interpreter-language", ls_person_get_interpreter_language (person));
  ls_xml_node_set_attr_bool (node, "consent-share", ls_person_get_consent_share (person));
  ls_xml_node_set_attr_bool (node, "consent-plan", ls_person_get_consent_plan (person));
  ls_xml_node_set_attr (node, "representative-relation", ls_person_get_representative_relation (person));
  ls_xml_node_add_text (node, "given-name", ls_person_get_given_name (person));
  ls_xml_node_add_text (node, "family-name", ls_person_get_family_name (person));
  ls_xml_node_add_text (node, "phone", ls_person_get_phone (person));
  ls_xml_node_add_text (node, "email", ls_person_get_email (person));
  ls_xml_node_add_text (node, "address", ls_person_get_address (person));
  ls_xml_node_add_text (node, "representative", ls_person_get_representative_name (person));
}

static void
add_case (LsXmlNode *person,
          LsCase    *kase,
          Ids       *ids)
{
  LsXmlNode *node = add_numbered (person, "case", "c", &ids->n_case, ids->cases, ls_case_get_id (kase));

  set_uid (ids, node, LS_UID_CASE, ls_case_get_id (kase));

  ls_xml_node_set_attr (node, "status", ls_case_status_to_string (ls_case_get_status (kase)));
  ls_xml_node_set_attr (node, "number", ls_case_get_case_number (kase));
  ls_xml_node_set_attr_date (node, "received", ls_case_get_received (kase));
  ls_xml_node_set_attr (node, "channel", ls_case_get_channel (kase));
  ls_xml_node_add_text (node, "applied-for", ls_case_get_applied_for (kase));
  ls_xml_node_add_text (node, "applied-by", ls_case_get_applied_by (kase));
}

static void
add_participants (LsXmlNode *parent,
                   GPtrArray *participants)
{
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *p = g_ptr_array_index (participants, i);
      LsXmlNode *node = ls_xml_node_add (parent, "participant");

      ls_xml_node_add_text (node, "name", p->name);
      ls_xml_node_add_text (node, "role", p->role);
      ls_xml_node_add_text (node, "contribution", p->contribution);
    }
}

static void
add_entries (LsXmlNode *node,
             LsSketch  *sketch,
             Ids       *ids)
{
  GListModel *readings = G_LIST_MODEL (ls_sketch_get_readings (sketch));
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));

  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(LsDomainReading) r = g_list_model_get_item (readings, i);
      LsXmlNode *rn = ls_xml_node_add (node, "reading");

      ls_xml_node_set_attr (rn, "domain", ls_domain_reading_get_domain_key (r));
      if (ls_domain_reading_get_self_rating (r) > 0)
        ls_xml_node_set_attr_int (rn, "self-rating", ls_domain_reading_get_self_rating (r));
      if (ls_domain_reading_get_pictogram (r) != LS_PICTOGRAM_UNSET)
        ls_xml_node_set_attr (rn, "pictogram", ls_pictogram_rating_to_string (ls_domain_reading_get_pictogram (r)));
      if (ls_domain_reading_get_caseworker_rating (r) > 0)
        ls_xml_node_set_attr_int (rn, "caseworker-rating", ls_domain_reading_get_caseworker_rating (r));
      if (ls_domain_reading_get_skipped (r))
        ls_xml_node_set_attr_bool (rn, "skipped", TRUE);
    }
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) e = g_list_model_get_item (entries, i);
      LsXmlNode *en = add_numbered (node, "entry", "e", &ids->n_entry,
                                    ids->entries, ls_sketch_entry_get_id (e));

      set_uid (ids, en, LS_UID_ENTRY, ls_sketch_entry_get_id (e));

      ls_xml_node_set_attr (en, "domain", ls_sketch_entry_get_domain_key (e));
      ls_xml_node_set_attr (en, "kind", ls_entry_kind_to_string (ls_sketch_entry_get_kind (e)));
      ls_xml_node_set_attr (en, "author", ls_entry_author_to_string (ls_sketch_entry_get_author (e)));
      if (ls_sketch_entry_get_environment (e) != LS_ENVIRONMENT_NONE)
        ls_xml_node_set_attr (en, "environment",
                              ls_environment_factor_to_string (ls_sketch_entry_get_environment (e)));
      ls_xml_node_set_attr_int (en, "position", ls_sketch_entry_get_position (e));
      ls_xml_node_set_text (en, ls_sketch_entry_get_text (e));
    }
}

static gboolean
add_sketch (LsStore   *store,
            LsXmlNode *person,
            gint64     sketch_id,
            Ids       *ids,
            GError   **error)
{
  g_autoptr(LsSketch) sketch = ls_store_load_sketch (store, sketch_id, error);
  const char * const *priorities;
  LsXmlNode *node;

  if (sketch == NULL)
    return FALSE;
  node = add_numbered (person, "sketch", "s", &ids->n_sketch, ids->sketches, sketch_id);
  set_uid (ids, node, LS_UID_SKETCH, sketch_id);
  ls_xml_node_set_attr (node, "status", ls_sketch_status_to_string (ls_sketch_get_status (sketch)));
  ls_xml_node_set_attr_date (node, "date", ls_sketch_get_date (sketch));
  ls_xml_node_set_attr (node, "case", lookup (ids->cases, ls_sketch_get_case_id (sketch)));
  add_participants (node, ls_sketch_get_participants (sketch));
  ls_xml_node_add_text (node, "agreements", ls_sketch_get_agreements (sketch));
  add_entries (node, sketch, ids);

  priorities = ls_sketch_get_priorities (sketch);
  for (guint i = 0; priorities != NULL && priorities[i] != NULL; i++)
    {
      gint64 entry = ls_sketch_priority_entry_id (priorities[i]);
      const char *ref = lookup (ids->entries, entry);

      if (entry != 0 && ref == NULL)
        continue;  /* the entry is gone */
      ls_xml_node_set_attr (ls_xml_node_add (node, "priority"), entry != 0 ? "entry" : "domain",
                            entry != 0 ? ref : priorities[i]);
    }
  return TRUE;
}

static void
add_goals_and_measures (LsXmlNode  *node,
                        LsDecision *decision,
                        Ids        *ids)
{
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      LsXmlNode *gn = add_numbered (node, "goal", "g", &ids->n_goal, ids->goals, ls_goal_get_id (goal));

      set_uid (ids, gn, LS_UID_GOAL, ls_goal_get_id (goal));

      ls_xml_node_set_attr (gn, "domain", ls_goal_get_domain_key (goal));
      ls_xml_node_set_attr_int (gn, "baseline", ls_goal_get_baseline (goal));
      ls_xml_node_set_attr_double (gn, "weight", ls_goal_get_weight (goal));
      ls_xml_node_set_attr_int (gn, "position", ls_goal_get_position (goal));
      ls_xml_node_set_attr (gn, "need", lookup (ids->entries, ls_goal_get_need_entry_id (goal)));
      ls_xml_node_add_text (gn, "text", ls_goal_get_text (goal));
      for (int level = -2; level <= 2; level++)
        {
          const char *text = ls_goal_get_level_text (goal, level);

          if (text != NULL && *text != '\0')
            {
              LsXmlNode *ln = ls_xml_node_add (gn, "level");

              ls_xml_node_set_attr_int (ln, "score", level);
              ls_xml_node_set_text (ln, text);
            }
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) m = g_list_model_get_item (measures, i);
      LsXmlNode *mn = add_numbered (node, "measure", "m", &ids->n_measure, NULL, 0);

      set_uid (ids, mn, LS_UID_MEASURE, ls_measure_get_id (m));

      ls_xml_node_set_attr (mn, "service", ls_measure_get_service_key (m));
      ls_xml_node_set_attr_double (mn, "extent", ls_measure_get_extent (m));
      ls_xml_node_set_attr (mn, "unit", ls_measure_get_unit (m));
      ls_xml_node_set_attr_date (mn, "start", ls_measure_get_start (m));
      ls_xml_node_set_attr_date (mn, "end", ls_measure_get_end (m));
      ls_xml_node_set_attr_bool (mn, "granted", ls_measure_get_granted (m));
      ls_xml_node_set_attr_int (mn, "position", ls_measure_get_position (m));
      ls_xml_node_add_text (mn, "provider", ls_measure_get_provider (m));
      ls_xml_node_add_text (mn, "refusal-grounds", ls_measure_get_refusal_grounds (m));
    }
}

static gboolean
add_evaluations (LsStore   *store,
                 LsXmlNode *node,
                 gint64     decision_id,
                 Ids       *ids,
                 GError   **error)
{
  g_autoptr(GPtrArray) evaluations = ls_store_list_evaluations (store, decision_id, error);

  if (evaluations == NULL)
    return FALSE;
  for (guint i = 0; i < evaluations->len; i++)
    {
      LsEvaluation *ev = g_ptr_array_index (evaluations, i);
      LsXmlNode *vn = add_numbered (node, "evaluation", "v", &ids->n_evaluation, NULL, 0);

      set_uid (ids, vn, LS_UID_EVALUATION, ls_evaluation_get_id (ev));

      ls_xml_node_set_attr (vn, "outcome", ls_evaluation_outcome_to_string (ls_evaluation_get_outcome (ev)));
      ls_xml_node_set_attr_date (vn, "date", ls_evaluation_get_date (ev));
      ls_xml_node_add_text (vn, "person-view", ls_evaluation_get_person_view (ev));
      ls_xml_node_add_text (vn, "measures-view", ls_evaluation_get_measures_view (ev));
      for (guint s = 0; s < ls_evaluation_get_n_scores (ev); s++)
        {
          const LsGoalScore *score = ls_evaluation_get_score (ev, s);
          const char *goal = lookup (ids->goals, score->goal_id);
          LsXmlNode *sn;

          if (goal == NULL)
            continue;
          sn = ls_xml_node_add (vn, "score");
          ls_xml_node_set_attr (sn, "goal", goal);
          ls_xml_node_set_attr_int (sn, "value", score->score);
          ls_xml_node_set_attr_double (sn, "weight", score->weight);
        }
    }
  return TRUE;
}

static gboolean
add_decisions (LsStore   *store,
               LsXmlNode *person,
               gint64     person_id,
               Ids       *ids,
               GError   **error)
{
  g_autoptr(GPtrArray) list = ls_store_list_decisions (store, person_id, error);

  if (list == NULL)
    return FALSE;
  /* Numbered first, so that "previous" may point either way. */
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *id = next_id ("d", &ids->n_decision);

      remember (ids->decisions, ls_decision_get_id (g_ptr_array_index (list, i)), id);
    }
  for (guint i = 0; i < list->len; i++)
    {
      gint64 db_id = ls_decision_get_id (g_ptr_array_index (list, i));
      g_autoptr(LsDecision) d = ls_store_load_decision (store, db_id, error);
      LsXmlNode *node;

      if (d == NULL)
        return FALSE;
      node = ls_xml_node_add (person, "decision");
      ls_xml_node_set_attr (node, "id", lookup (ids->decisions, db_id));
      set_uid (ids, node, LS_UID_DECISION, db_id);
      ls_xml_node_set_attr (node, "type", ls_decision_type_to_string (ls_decision_get_decision_type (d)));
      ls_xml_node_set_attr (node, "status", ls_decision_status_to_string (ls_decision_get_status (d)));
      ls_xml_node_set_attr (node, "case", lookup (ids->cases, ls_decision_get_case_id (d)));
      ls_xml_node_set_attr (node, "previous", lookup (ids->decisions, ls_decision_get_previous_id (d)));
      ls_xml_node_set_attr_date (node, "start", ls_decision_get_start (d));
      ls_xml_node_set_attr_date (node, "end", ls_decision_get_end (d));
      ls_xml_node_set_attr_date (node, "evaluation-date", ls_decision_get_evaluation_date (d));
      ls_xml_node_set_attr_date (node, "issued-date", ls_decision_get_issued_date (d));
      ls_xml_node_set_attr (node, "sketch", lookup (ids->sketches, ls_decision_get_sketch_id (d)));
      ls_xml_node_set_attr_date (node, "notice-sent", ls_decision_get_notice_sent (d));
      ls_xml_node_set_attr_date (node, "notice-deadline", ls_decision_get_notice_deadline (d));
      if (ls_decision_get_notice_no_answer (d))
        ls_xml_node_set_attr_bool (node, "notice-no-answer", TRUE);
      ls_xml_node_add_text (node, "grounds", ls_decision_get_grounds (d));
      ls_xml_node_add_text (node, "legal-basis", ls_decision_get_legal_basis (d));
      ls_xml_node_add_text (node, "prepared-by", ls_decision_get_prepared_by (d));
      ls_xml_node_add_text (node, "approved-by", ls_decision_get_approved_by (d));
      ls_xml_node_add_text (node, "issued-by", ls_decision_get_issued_by (d));
      ls_xml_node_add_text (node, "change-reason", ls_decision_get_change_reason (d));
      ls_xml_node_add_text (node, "notice-answer", ls_decision_get_notice_answer (d));
      add_goals_and_measures (node, d, ids);
      if (!add_evaluations (store, node, db_id, ids, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_plans (LsStore   *store,
           LsXmlNode *person,
           gint64     person_id,
           Ids       *ids,
           GError   **error)
{
  g_autoptr(GPtrArray) plans = ls_store_list_service_plans (store, person_id, error);

  if (plans == NULL)
    return FALSE;
  for (guint i = 0; i < plans->len; i++)
    {
      LsServicePlan *plan = g_ptr_array_index (plans, i);
      LsXmlNode *node = add_numbered (person, "service-plan", "sp", &ids->n_plan, NULL, 0);

      set_uid (ids, node, LS_UID_PLAN, ls_service_plan_get_id (plan));

      ls_xml_node_set_attr (node, "decision", lookup (ids->decisions, ls_service_plan_get_decision_id (plan)));
      ls_xml_node_set_attr_date (node, "period-start", ls_service_plan_get_period_start (plan));
      ls_xml_node_set_attr_date (node, "period-end", ls_service_plan_get_period_end (plan));
      ls_xml_node_set_attr_date (node, "revision-date", ls_service_plan_get_revision_date (plan));
      ls_xml_node_set_attr_bool (node, "consent-plan", ls_service_plan_get_consent_plan (plan));
      ls_xml_node_set_attr_bool (node, "consent-share", ls_service_plan_get_consent_share (plan));
      ls_xml_node_add_text (node, "goals", ls_service_plan_get_goals (plan));
      ls_xml_node_add_text (node, "coordinator", ls_service_plan_get_coordinator (plan));
      ls_xml_node_add_text (node, "implementation", ls_service_plan_get_implementation (plan));
      ls_xml_node_add_text (node, "cooperation", ls_service_plan_get_cooperation (plan));
      add_participants (node, ls_service_plan_get_participants (plan));
    }
  return TRUE;
}

static gboolean
add_export_events (LsStore   *store,
                   LsXmlNode *person,
                   gint64     person_id,
                   GError   **error)
{
  g_autoptr(GPtrArray) events = ls_store_exchange_list_export_events (store, person_id, error);

  if (events == NULL)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      LsExportEvent *event = g_ptr_array_index (events, i);
      LsXmlNode *node = ls_xml_node_add (person, "export-event");

      ls_xml_node_set_attr (node, "time", event->time);
      ls_xml_node_set_attr (node, "user", event->user);
    }
  return TRUE;
}

/* One person as a tree of nodes. */
static LsXmlNode *
person_node (LsStore *store,
             gint64   person_id,
             Ids     *ids,
             GError **error)
{
  g_autoptr(LsPerson) person = ls_store_load_person (store, person_id, error);
  g_autoptr(LsXmlNode) node = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) sketches = NULL;
  g_autofree char *id = NULL;

  if (person == NULL)
    return NULL;
  g_hash_table_remove_all (ids->cases);
  g_hash_table_remove_all (ids->sketches);
  g_hash_table_remove_all (ids->entries);
  g_hash_table_remove_all (ids->decisions);
  g_hash_table_remove_all (ids->goals);

  node = ls_xml_node_new ("person");
  id = next_id ("p", &ids->n_person);
  ls_xml_node_set_attr (node, "id", id);
  set_uid (ids, node, LS_UID_PERSON, person_id);
  add_person_fields (node, person);

  if ((cases = ls_store_list_cases (store, person_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < cases->len; i++)
    add_case (node, g_ptr_array_index (cases, i), ids);
  if ((sketches = ls_store_list_sketches (store, person_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < sketches->len; i++)
    if (!add_sketch (store, node, ls_sketch_get_id (g_ptr_array_index (sketches, i)), ids, error))
      return NULL;
  if (!add_decisions (store, node, person_id, ids, error)
      || !add_plans (store, node, person_id, ids, error)
      || !add_export_events (store, node, person_id, error))
    return NULL;
  if (ids->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&ids->error));
      return NULL;
    }
  return g_steal_pointer (&node);
}

static LsXmlNode *
header_node (gint64      person_id,
             GDateTime  *time,
             const char *user)
{
  LsXmlNode *node = ls_xml_node_new ("export");
  g_autoptr(GDateTime) now = time ? g_date_time_ref (time) : g_date_time_new_now_utc ();
  g_autofree char *when = ls_xml_format_time (now);

  ls_xml_node_set_attr (node, "time", when);
  ls_xml_node_set_attr (node, "scope", person_id != 0 ? "person" : "all");
  ls_xml_node_set_attr (node, "generator", "Livsskisse " PACKAGE_VERSION);
  ls_xml_node_set_attr (node, "user", user ? user : g_get_user_name ());
  return node;
}

static gboolean
write_all (LsStore      *store,
           LsXmlWriter  *writer,
           gint64        person_id,
           GDateTime    *time,
           const char   *user,
           LsXmlProgressFunc progress,
           gpointer      progress_data,
           GCancellable *cancellable,
           GError      **error)
{
  g_autoptr(LsXmlNode) header = header_node (person_id, time, user);
  g_autoptr(GArray) persons = NULL;
  Ids ids = { 0 };
  gboolean ok = FALSE;

  if (person_id != 0)
    {
      persons = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (persons, person_id);
    }
  else if ((persons = ls_store_exchange_list_person_ids (store, error)) == NULL)
    return FALSE;

  ids.store = store;
  ids.cases = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  ids.sketches = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  ids.entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  ids.decisions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  ids.goals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  /* One transaction: the reads' audit rows and the export rows are
   * committed once, and the file shows one consistent moment. */
  if (!ls_store_exchange_begin (store, error))
    goto out;
  if (!ls_xml_writer_begin (writer, header, error))
    goto fail;
  for (guint i = 0; i < persons->len; i++)
    {
      gint64 id = g_array_index (persons, gint64, i);
      g_autoptr(LsXmlNode) node = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || (node = person_node (store, id, &ids, error)) == NULL
          || !ls_xml_writer_write_node (writer, node, error)
          || !ls_store_audit (store, id, "person", id, LS_AUDIT_EXPORT, error))
        goto fail;
      if (progress != NULL)
        progress (i + 1, persons->len, progress_data);
    }
  ok = ls_store_exchange_commit (store, error);
  goto out;

fail:
  ls_store_exchange_rollback (store);
out:
  g_clear_error (&ids.error);
  g_hash_table_unref (ids.cases);
  g_hash_table_unref (ids.sketches);
  g_hash_table_unref (ids.entries);
  g_hash_table_unref (ids.decisions);
  g_hash_table_unref (ids.goals);
  return ok;
}

gboolean
ls_xml_export_file (LsStore      *store,
                    const char   *path,
                    gint64        person_id,
                    GDateTime    *time,
                    const char   *user,
                    GCancellable *cancellable,
                    GError      **error)
{
  return ls_xml_export_file_with_progress (store, path, person_id, time, user, NULL, NULL,
                                           cancellable, error);
}

gboolean
ls_xml_export_file_with_progress (LsStore          *store,
                                  const char       *path,
                                  gint64            person_id,
                                  GDateTime        *time,
                                  const char       *user,
                                  LsXmlProgressFunc progress,
                                  gpointer          progress_data,
                                  GCancellable     *cancellable,
                                  GError          **error)
{
  g_autoptr(LsXmlWriter) writer = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  writer = ls_xml_writer_new_for_path (path, error);
  if (writer == NULL)
    return FALSE;
  /* The file is renamed into place only when everything was written and
   * the audit rows committed; otherwise the temporary file is removed. */
  return write_all (store, writer, person_id, time, user, progress, progress_data, cancellable, error)
         && ls_xml_writer_finish (writer, error);
}

GBytes *
ls_xml_export_bytes (LsStore    *store,
                     gint64      person_id,
                     GDateTime  *time,
                     const char *user,
                     GError    **error)
{
  g_autoptr(LsXmlWriter) writer = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  writer = ls_xml_writer_new_for_memory (error);
  if (writer == NULL || !write_all (store, writer, person_id, time, user, NULL, NULL, NULL, error))
    return NULL;
  return ls_xml_writer_finish_bytes (writer, error);
}
