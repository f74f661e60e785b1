/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading whole cases from XML into the store, all or nothing: each
 * person's records (cases, conversations, decisions, evaluations, plans)
 * made from the file's elements and saved, in chunks (ls-store-import.h).
 * Which record is which in the database, and a record twice in the file,
 * is ls-xml-import-ids.c's; the elements' objects ls-xml-import-objects.c's;
 * the file read (again) ls-xml-import-source.c's. */
#define G_LOG_DOMAIN "ls-xml-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-record-uid.h"
#include "ls-store-cases.h"
#include "ls-store-decisions.h"
#include "ls-store-exchange.h"
#include "ls-store-import.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-xml-import.h"
#include "ls-xml-import-private.h"

static gboolean
import_case (Import          *im,
             const LsXmlNode *node,
             gint64           person_id,
             GError         **error)
{
  g_autoptr(LsCase) c = ls_case_new ();
  LsCaseStatus status = LS_CASE_RECEIVED;
  gint64 existing = _ls_xml_find_existing (im, node, LS_UID_CASE, FALSE, error);

  if (existing != 0)
    {
      if (existing > 0)
        _ls_xml_map_id (im, node, existing);
      return existing > 0;
    }
  ls_case_set_person_id (c, person_id);
  ls_case_set_case_number (c, ls_xml_node_get_attr (node, "number"));
  SET_DATE (node, "received", c, ls_case_set_received);
  ls_case_set_channel (c, ls_xml_node_get_attr (node, "channel"));
  ls_case_status_from_string (ls_xml_node_get_attr (node, "status"), &status);
  ls_case_set_status (c, status);
  ls_case_set_applied_for (c, ls_xml_node_get_child_text (node, "applied-for"));
  ls_case_set_applied_by (c, ls_xml_node_get_child_text (node, "applied-by"));
  _ls_xml_carry_uid (c, node);
  if (!ls_store_save_case (im->store, c, error))
    return FALSE;
  _ls_xml_map_id (im, node, ls_case_get_id (c));
  im->counts.cases++;
  return TRUE;
}

static gboolean
import_sketch (Import          *im,
               const LsXmlNode *node,
               gint64           person_id,
               GError         **error)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GPtrArray) entry_nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) priorities = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) entry_uids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  LsSketchStatus status = LS_SKETCH_IN_PROGRESS;
  gboolean entry_priorities = FALSE;
  gint64 existing = _ls_xml_find_existing (im, node, LS_UID_SKETCH, FALSE, error);

  if (existing != 0)
    return existing > 0 && _ls_xml_map_existing_children (im, node, "entry", LS_UID_ENTRY, existing, error);
  ls_sketch_set_person_id (sketch, person_id);
  ls_sketch_set_case_id (sketch, _ls_xml_ref (im, node, "case"));
  SET_DATE (node, "date", sketch, ls_sketch_set_date);
  ls_sketch_status_from_string (ls_xml_node_get_attr (node, "status"), &status);
  ls_sketch_set_status (sketch, status);
  ls_sketch_set_agreements (sketch, ls_xml_node_get_child_text (node, "agreements"));
  FOR_CHILDREN (c, node)
    {
      if (_ls_xml_is (c, "participant"))
        {
          GPtrArray *participants = ls_sketch_get_participants (sketch);
          LsParticipant *p;

          ls_sketch_add_participant (sketch, _ls_xml_participant_name (c), ls_xml_node_get_child_text (c, "role"));
          p = g_ptr_array_index (participants, participants->len - 1);
          p->contribution = g_strdup (ls_xml_node_get_child_text (c, "contribution"));
        }
      else if (_ls_xml_is (c, "reading"))
        _ls_xml_read_reading (sketch, c);
      else if (_ls_xml_is (c, "entry"))
        _ls_xml_read_entry (sketch, c, entry_nodes);
      else if (_ls_xml_is (c, "priority") && ls_xml_node_get_attr (c, "domain"))
        g_ptr_array_add (priorities, g_strdup (ls_xml_node_get_attr (c, "domain")));
      else if (_ls_xml_is (c, "priority"))
        entry_priorities = TRUE;
    }
  if (!entry_priorities)
    {
      g_ptr_array_add (priorities, NULL);
      ls_sketch_set_priorities (sketch, (const char * const *) priorities->pdata);
    }
  for (guint i = 0; i < entry_nodes->len; i++)
    if (!_ls_xml_check_new_sibling (im, g_ptr_array_index (entry_nodes, i), LS_UID_ENTRY, entry_uids, error))
      return FALSE;
  _ls_xml_carry_uid (sketch, node);
  _ls_xml_carry_uids (entry_nodes, entries);
  if (!ls_store_save_sketch (im->store, sketch, error))
    return FALSE;
  _ls_xml_map_id (im, node, ls_sketch_get_id (sketch));
  MAP_IDS (im, entry_nodes, entries, ls_sketch_entry_get_id);
  im->counts.sketches++;
  im->counts.entries += entry_nodes->len;
  if (!entry_priorities)
    return TRUE;

  /* Entries have their ids now: the priority order can name them. */
  g_ptr_array_set_size (priorities, 0);
  FOR_CHILDREN (c, node)
    if (_ls_xml_is (c, "priority"))
      g_ptr_array_add (priorities, ls_xml_node_get_attr (c, "domain")
                                   ? g_strdup (ls_xml_node_get_attr (c, "domain"))
                                   : ls_sketch_priority_for_entry (_ls_xml_ref (im, c, "entry")));
  g_ptr_array_add (priorities, NULL);
  ls_sketch_set_priorities (sketch, (const char * const *) priorities->pdata);
  return ls_store_save_sketch_details (im->store, sketch, error);
}

static LsGoal *
goal_from_node (Import          *im,
                const LsXmlNode *node)
{
  LsGoal *g = ls_goal_new ();

  ls_goal_set_text (g, ls_xml_node_get_child_text (node, "text"));
  ls_goal_set_domain_key (g, ls_xml_node_get_attr (node, "domain"));
  ls_goal_set_baseline (g, (int) ls_xml_node_get_int (node, "baseline", -1));
  ls_goal_set_weight (g, ls_xml_node_get_double (node, "weight", 1.0));
  ls_goal_set_position (g, (guint) ls_xml_node_get_int (node, "position", 0));
  ls_goal_set_need_entry_id (g, _ls_xml_ref (im, node, "need"));
  FOR_CHILDREN (c, node)
    if (_ls_xml_is (c, "level"))
      ls_goal_set_level_text (g, (int) ls_xml_node_get_int (c, "score", 0), ls_xml_node_get_text (c));
  return g;
}

/* Saved as a draft with its goals and measures; chain and status later. */
static gboolean
import_decision (Import          *im,
                 const LsXmlNode *node,
                 gint64           person_id,
                 GError         **error)
{
  g_autoptr(LsDecision) d = ls_decision_new ();
  g_autoptr(GPtrArray) goal_nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) measure_nodes = g_ptr_array_new ();
  g_autoptr(GHashTable) goal_uids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) measure_uids = g_hash_table_new (g_str_hash, g_str_equal);
  LsDecisionType type = LS_DECISION_TYPE_TRIAL;
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (d));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (d));
  gint64 existing = _ls_xml_find_existing (im, node, LS_UID_DECISION, FALSE, error);

  if (existing != 0)
    return existing > 0 && _ls_xml_map_existing_children (im, node, "goal", LS_UID_GOAL, existing, error);
  ls_decision_set_person_id (d, person_id);
  ls_decision_set_case_id (d, _ls_xml_ref (im, node, "case"));
  ls_decision_type_from_string (ls_xml_node_get_attr (node, "type"), &type);
  ls_decision_set_decision_type (d, type);
  ls_decision_set_status (d, LS_DECISION_DRAFT);
  SET_DATE (node, "start", d, ls_decision_set_start);
  SET_DATE (node, "end", d, ls_decision_set_end);
  SET_DATE (node, "evaluation-date", d, ls_decision_set_evaluation_date);
  SET_DATE (node, "issued-date", d, ls_decision_set_issued_date);
  ls_decision_set_grounds (d, ls_xml_node_get_child_text (node, "grounds"));
  ls_decision_set_legal_basis (d, ls_xml_node_get_child_text (node, "legal-basis"));
  ls_decision_set_prepared_by (d, ls_xml_node_get_child_text (node, "prepared-by"));
  ls_decision_set_approved_by (d, ls_xml_node_get_child_text (node, "approved-by"));
  ls_decision_set_issued_by (d, ls_xml_node_get_child_text (node, "issued-by"));
  /* Absent from files written before they were carried. */
  ls_decision_set_sketch_id (d, _ls_xml_ref (im, node, "sketch"));
  ls_decision_set_change_reason (d, ls_xml_node_get_child_text (node, "change-reason"));
  SET_DATE (node, "notice-sent", d, ls_decision_set_notice_sent);
  SET_DATE (node, "notice-deadline", d, ls_decision_set_notice_deadline);
  ls_decision_set_notice_answer (d, ls_xml_node_get_child_text (node, "notice-answer"));
  ls_decision_set_notice_no_answer (d, ls_xml_node_get_bool (node, "notice-no-answer", FALSE));
  FOR_CHILDREN (c, node)
    {
      if (_ls_xml_is (c, "goal"))
        {
          g_autoptr(LsGoal) g = goal_from_node (im, c);

          if (!_ls_xml_check_new_sibling (im, c, LS_UID_GOAL, goal_uids, error))
            return FALSE;
          g_list_store_append (ls_decision_get_goals (d), g);
          g_ptr_array_add (goal_nodes, (gpointer) c);
        }
      else if (_ls_xml_is (c, "measure"))
        {
          g_autoptr(LsMeasure) m = _ls_xml_measure_from_node (c);

          if (!_ls_xml_check_new_sibling (im, c, LS_UID_MEASURE, measure_uids, error))
            return FALSE;
          g_list_store_append (ls_decision_get_measures (d), m);
          g_ptr_array_add (measure_nodes, (gpointer) c);
          im->counts.measures++;
        }
    }
  _ls_xml_carry_uid (d, node);
  _ls_xml_carry_uids (goal_nodes, goals);
  _ls_xml_carry_uids (measure_nodes, measures);
  if (!ls_store_save_decision (im->store, d, error))
    return FALSE;
  g_hash_table_add (im->new_decisions, g_strdup (ls_xml_node_get_attr (node, "id")));
  _ls_xml_map_id (im, node, ls_decision_get_id (d));
  MAP_IDS (im, goal_nodes, goals, ls_goal_get_id);
  im->counts.goals += goal_nodes->len;
  im->counts.decisions++;
  return TRUE;
}

static gboolean
import_evaluations (Import          *im,
                    const LsXmlNode *decision,
                    GError         **error)
{
  FOR_CHILDREN (node, decision)
    {
      g_autoptr(LsEvaluation) ev = NULL;
      LsEvaluationOutcome outcome = LS_EVALUATION_OUTCOME_CONTINUE;
      gint64 existing;

      if (!_ls_xml_is (node, "evaluation"))
        continue;
      if ((existing = _ls_xml_find_existing (im, node, LS_UID_EVALUATION, FALSE, error)) != 0)
        {
          if (existing < 0)
            return FALSE;
          continue;
        }
      ev = ls_evaluation_new ();
      ls_evaluation_set_decision_id (ev, _ls_xml_ref (im, decision, "id"));
      SET_DATE (node, "date", ev, ls_evaluation_set_date);
      ls_evaluation_outcome_from_string (ls_xml_node_get_attr (node, "outcome"), &outcome);
      ls_evaluation_set_outcome (ev, outcome);
      ls_evaluation_set_person_view (ev, ls_xml_node_get_child_text (node, "person-view"));
      ls_evaluation_set_measures_view (ev, ls_xml_node_get_child_text (node, "measures-view"));
      FOR_CHILDREN (s, node)
        if (_ls_xml_is (s, "score"))
          ls_evaluation_set_score (ev, _ls_xml_ref (im, s, "goal"), (int) ls_xml_node_get_int (s, "value", 0),
                                   ls_xml_node_get_double (s, "weight", 1.0));
      _ls_xml_carry_uid (ev, node);
      if (!ls_store_save_evaluation (im->store, ev, error))
        return FALSE;
      im->counts.evaluations++;
    }
  return TRUE;
}

static gboolean
import_plan (Import          *im,
             const LsXmlNode *node,
             gint64           person_id,
             GError         **error)
{
  g_autoptr(LsServicePlan) plan = ls_service_plan_new ();
  gint64 existing = _ls_xml_find_existing (im, node, LS_UID_PLAN, FALSE, error);

  if (existing != 0)
    return existing > 0;
  ls_service_plan_set_person_id (plan, person_id);
  ls_service_plan_set_decision_id (plan, _ls_xml_ref (im, node, "decision"));
  SET_DATE (node, "period-start", plan, ls_service_plan_set_period_start);
  SET_DATE (node, "period-end", plan, ls_service_plan_set_period_end);
  SET_DATE (node, "revision-date", plan, ls_service_plan_set_revision_date);
  ls_service_plan_set_consent_plan (plan, ls_xml_node_get_bool (node, "consent-plan", FALSE));
  ls_service_plan_set_consent_share (plan, ls_xml_node_get_bool (node, "consent-share", FALSE));
  ls_service_plan_set_goals (plan, ls_xml_node_get_child_text (node, "goals"));
  ls_service_plan_set_coordinator (plan, ls_xml_node_get_child_text (node, "coordinator"));
  ls_service_plan_set_implementation (plan, ls_xml_node_get_child_text (node, "implementation"));
  ls_service_plan_set_cooperation (plan, ls_xml_node_get_child_text (node, "cooperation"));
  FOR_CHILDREN (c, node)
    if (_ls_xml_is (c, "participant"))
      ls_service_plan_add_participant (plan, _ls_xml_participant_name (c), ls_xml_node_get_child_text (c, "role"),
                                       ls_xml_node_get_child_text (c, "contribution"));
  _ls_xml_carry_uid (plan, node);
  if (!ls_store_save_service_plan (im->store, plan, error))
    return FALSE;
  im->counts.plans++;
  return TRUE;
}

/* A person may be in the file once: by file id, id number and uid. */
static gboolean
check_person_once (Import          *im,
                   const LsXmlNode *node,
                   GError         **error)
{
  const char *nid = ls_xml_node_get_attr (node, "national-id");
  g_autofree char *id_key = g_strconcat ("person:", ls_xml_node_get_attr (node, "id"), NULL);
  g_autofree char *nid_key = nid ? g_strconcat ("national-id:", nid, NULL) : NULL;

  guint earlier;

  if ((earlier = _ls_xml_seen_before (im, node, id_key, error)) == G_MAXUINT)
    return FALSE;
  if (earlier != 0)
    {
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_CONFLICT,
                   _("another person in the file has the same id, on line %u; nothing was imported"), earlier);
      return FALSE;
    }
  if (nid_key == NULL || (earlier = _ls_xml_seen_before (im, node, nid_key, error)) == 0)
    return TRUE;
  if (earlier != G_MAXUINT)
    g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_CONFLICT,
                 _("this person is twice in the file: the same national identity number is also on line %u;"
                   " nothing was imported"), earlier);
  return FALSE;
}

/* The person to add records to: new, or (merging) the one with the same
 * uid or, failing that, id number. 0 after a conflict was noted in a dry
 * run; -1 on error. */
static gint64
resolve_person (Import          *im,
                const LsXmlNode *node,
                GError         **error)
{
  const char *nid = ls_xml_node_get_attr (node, "national-id");
  g_autoptr(LsPerson) person = NULL;
  gint64 existing = 0;

  im->person_id = 0;
  if (!check_person_once (im, node, error)
      || (existing = _ls_xml_find_existing (im, node, LS_UID_PERSON, FALSE, error)) < 0)
    return -1;
  if (existing == 0 && nid != NULL)
    existing = ls_store_exchange_lookup_id (im->store, nid, error);
  if (existing < 0)
    return -1;
  if (existing > 0 && im->dry_run)
    {
      LsXmlConflict conflict = { ls_xml_node_get_line (node), existing };

      g_array_append_val (im->conflicts, conflict);
      return 0;
    }
  if (existing > 0 && !(im->flags & LS_XML_IMPORT_MERGE))
    {
      return _ls_xml_refuse_at (im, node, g_error_new_literal (LS_XML_ERROR, LS_XML_ERROR_CONFLICT,
                        _("this person is already in the database; nothing was imported"
                          " (merge to add the file’s records to that person)")), error) ? 0 : -1;
    }
  if (existing > 0)
    return existing;   /* counted as merged once it gains a record */
  if (im->dry_run)
    return 0;
  person = _ls_xml_person_from_node (node);
  _ls_xml_carry_uid (person, node);
  if (!ls_store_save_person (im->store, person, error)
      || (nid != NULL && !ls_store_exchange_note_id (im->store, nid, ls_person_get_id (person), error)))
    return -1;
  im->counts.persons++;
  return ls_person_get_id (person);
}

static gboolean
import_person_records (Import          *im,
                       const LsXmlNode *node,
                       gint64           person_id,
                       GError         **error)
{
  im->person_id = person_id;
  g_hash_table_remove_all (im->ids);
  g_hash_table_remove_all (im->new_decisions);
  _ls_xml_map_id (im, node, person_id);

  FOR_CHILDREN (c, node)
    {
      gboolean ok = TRUE;

      if (_ls_xml_is (c, "case"))
        ok = import_case (im, c, person_id, error);
      else if (_ls_xml_is (c, "sketch"))
        ok = import_sketch (im, c, person_id, error);
      else if (_ls_xml_is (c, "decision"))
        ok = import_decision (im, c, person_id, error);
      else if (_ls_xml_is (c, "export-event"))
        ok = ls_store_exchange_add_export_event (im->store, person_id, ls_xml_node_get_attr (c, "time"),
                                                 ls_xml_node_get_attr (c, "user"), error);
      if (!ok)
        return FALSE;
    }
  /* All decisions exist now: restore the chain and the status, then the
   * evaluations (which refer to goals), then the plans. */
  FOR_CHILDREN (c, node)
    if (_ls_xml_is (c, "decision"))
      {
        LsDecisionStatus status = LS_DECISION_DRAFT;

        ls_decision_status_from_string (ls_xml_node_get_attr (c, "status"), &status);
        if ((g_hash_table_contains (im->new_decisions, ls_xml_node_get_attr (c, "id"))
             && !ls_store_exchange_restore_decision (im->store, _ls_xml_ref (im, c, "id"), _ls_xml_ref (im, c, "previous"),
                                                     status, error))
            || !import_evaluations (im, c, error))
          return FALSE;
      }
  FOR_CHILDREN (c, node)
    if (_ls_xml_is (c, "service-plan") && !import_plan (im, c, person_id, error))
      return FALSE;
  return TRUE;
}

/* Every record the import has added so far. */
static guint
records_added (const LsXmlImportCounts *c)
{
  return c->cases + c->sketches + c->entries + c->decisions + c->goals + c->measures + c->evaluations + c->plans;
}

static gboolean
import_person (Import          *im,
               const LsXmlNode *node,
               GError         **error)
{
  guint new_persons = im->counts.persons;
  gint64 person_id = resolve_person (im, node, error);
  gboolean ok;
  guint before;

  if (person_id <= 0)
    return person_id == 0;
  before = records_added (&im->counts);
  ok = import_person_records (im, node, person_id, error);
  /* A registered person counts as merged only when the file added to them. */
  if (ok && im->counts.persons == new_persons && records_added (&im->counts) > before)
    im->counts.merged++;
  return ok;
}

static gboolean
on_node (LsXmlNode *node,
         gpointer   user_data,
         guint     *line,
         GError   **error)
{
  Import *im = user_data;

  im->line = line;
  if (!_ls_xml_is (node, "person"))
    return TRUE;
  /* Between two persons: other writers may have their turn. */
  return import_person (im, node, error) && (im->chunks == NULL || ls_store_import_step (im->chunks, error));
}

/* The largest id of each kind before the import. */
static gboolean
note_floors (Import  *im,
             GError **error)
{
  for (guint kind = 0; kind < LS_UID_N_KINDS; kind++)
    if ((im->floor[kind] = ls_store_exchange_last_id (im->store, kind, error)) < 0)
      return FALSE;
  return TRUE;
}

static gboolean
run (LsStore           *store,
     LsXmlImportFlags   flags,
     gboolean           dry_run,
     GArray            *conflicts,
     const LsXmlSource *src,
     LsXmlImportCounts *counts,
     GError           **error)
{
  Import im = { store, flags, { 0 }, dry_run, conflicts, NULL };
  gboolean ok;

  /* A dry run only reads; an import writes in chunks that other writers
   * get between (ls-store-import.h), all or nothing. */
  if (dry_run ? !ls_store_exchange_begin_read (store, error)
              : (im.chunks = ls_store_import_begin (store, error)) == NULL)
    return FALSE;
  im.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  im.new_decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im.source = src;
  ok = ls_store_exchange_begin_id_index (store, error) && note_floors (&im, error) && _ls_xml_source_read (src, on_node, &im, error);
  g_hash_table_unref (im.ids);
  g_hash_table_unref (im.new_decisions);
  /* A dry run or a check never keeps anything. */
  if (ok && im.chunks != NULL && !(flags & LS_XML_IMPORT_CHECK_ONLY))
    ok = ls_store_import_finish (im.chunks, error);
  else if (im.chunks != NULL)
    ls_store_import_abort (im.chunks);
  else
    ls_store_exchange_rollback (store);
  ls_store_exchange_end_id_index (store);
  if (ok && counts != NULL)
    *counts = im.counts;
  return ok;
}

gboolean
ls_xml_import_file (LsStore           *store,
                    const char        *path,
                    LsXmlImportFlags   flags,
                    LsXmlImportCounts *counts,
                    GCancellable      *cancellable,
                    GError           **error)
{
  return ls_xml_import_file_with_progress (store, path, flags, counts, NULL, NULL, cancellable, error);
}

gboolean
ls_xml_import_file_with_progress (LsStore           *store,
                                  const char        *path,
                                  LsXmlImportFlags   flags,
                                  LsXmlImportCounts *counts,
                                  LsXmlProgressFunc  progress,
                                  gpointer           progress_data,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  LsXmlSource src = { path, NULL, NULL, 0, NULL, cancellable, progress, progress_data };

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  return run (store, flags, FALSE, NULL, &src, counts, error);
}

gboolean
ls_xml_import_memory (LsStore           *store,
                      const char        *data,
                      gsize              length,
                      const char        *display_name,
                      const LsXmlLimits *limits,
                      LsXmlImportFlags   flags,
                      LsXmlImportCounts *counts,
                      GError           **error)
{
  LsXmlSource src = { NULL, display_name, data, length, limits, NULL, NULL, NULL };

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);
  return run (store, flags, FALSE, NULL, &src, counts, error);
}

GArray *
ls_xml_import_find_conflicts (LsStore      *store,
                              const char   *path,
                              GCancellable *cancellable,
                              GError      **error)
{
  return ls_xml_import_find_conflicts_with_progress (store, path, NULL, NULL, cancellable, error);
}

GArray *
ls_xml_import_find_conflicts_with_progress (LsStore           *store,
                                            const char        *path,
                                            LsXmlProgressFunc  progress,
                                            gpointer           progress_data,
                                            GCancellable      *cancellable,
                                            GError           **error)
{
  g_autoptr(GArray) conflicts = g_array_new (FALSE, FALSE, sizeof (LsXmlConflict));
  LsXmlSource src = { path, NULL, NULL, 0, NULL, cancellable, progress, progress_data };

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  if (!run (store, LS_XML_IMPORT_DEFAULT, TRUE, conflicts, &src, NULL, error))
    return NULL;
  return g_steal_pointer (&conflicts);
}
