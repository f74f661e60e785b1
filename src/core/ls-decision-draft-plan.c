/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A service plan drafted from an issued decision and the life sketch it
 * rests on: the decision editor's rules, kept apart from the decision's own. */
#define G_LOG_DOMAIN "ls-decision-draft"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-value.h"

static void
plan_goals (GString    *text,
            LsDecision *decision,
            LsSketch   *sketch)
{
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));

  g_string_append_printf (text, "%s\n", _("Goals:"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      g_string_append_printf (text, "– %s\n", ls_goal_get_text (goal) != NULL ? ls_goal_get_text (goal) : "");
    }
  if (sketch == NULL)
    return;
  g_string_append_printf (text, "%s\n", _("Resources (what works, who helps):"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (sketch))); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (sketch)), i);

      if (ls_sketch_entry_get_kind (entry) == LS_ENTRY_STRENGTH && ls_str_has_text (ls_sketch_entry_get_text (entry)))
        g_string_append_printf (text, "– %s\n", ls_sketch_entry_get_text (entry));
    }
}

static const char *
unit_word (const char *unit)
{
  if (g_strcmp0 (unit, "visits") == 0)
    return _("visits");
  if (g_strcmp0 (unit, "days") == 0)
    return _("days");
  return _("hours");
}

static void
plan_measures (GString    *text,
               LsDecision *decision,
               GKeyFile   *services)
{
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *key = ls_measure_get_service_key (measure);
      g_autofree char *name = key != NULL && services != NULL
                              ? g_key_file_get_string (services, key, "Name", NULL) : NULL;
      const char *provider = ls_measure_get_provider (measure);

      if (!ls_measure_get_granted (measure))
        continue;
      /* Translators: service, extent and unit per week, provider unit */
      g_string_append_printf (text, _("– %s: %g %s per week, provided by %s\n"),
                              name != NULL ? name : (key != NULL ? key : ""),
                              ls_measure_get_extent (measure),
                              unit_word (ls_measure_get_unit (measure)),
                              ls_str_has_text (provider) ? provider : _("(provider unit not set)"));
    }
}

LsServicePlan *
ls_decision_draft_service_plan (LsDecision *decision,
                                LsSketch   *sketch,
                                const char *person_name,
                                GKeyFile   *services)
{
  LsServicePlan *plan;
  g_autoptr(GString) goals = g_string_new (NULL);
  g_autoptr(GString) implementation = g_string_new (NULL);

  g_return_val_if_fail (LS_IS_DECISION (decision), NULL);
  g_return_val_if_fail (sketch == NULL || LS_IS_SKETCH (sketch), NULL);

  plan = ls_service_plan_new ();
  ls_service_plan_set_person_id (plan, ls_decision_get_person_id (decision));
  ls_service_plan_set_decision_id (plan, ls_decision_get_id (decision));
  plan_goals (goals, decision, sketch);
  ls_service_plan_set_goals (plan, goals->str);
  plan_measures (implementation, decision, services);
  ls_service_plan_set_implementation (plan, implementation->str);
  ls_service_plan_set_period_start (plan, ls_decision_get_start (decision));
  ls_service_plan_set_period_end (plan, ls_decision_get_end (decision));
  ls_service_plan_set_revision_date (plan, ls_decision_get_evaluation_date (decision));
  /* the person first, then who took part in the conversation */
  ls_service_plan_add_participant (plan, person_name != NULL ? person_name : "", _("the person"), NULL);
  if (sketch != NULL)
    {
      GPtrArray *participants = ls_sketch_get_participants (sketch);

      for (guint i = 0; i < participants->len; i++)
        {
          LsParticipant *participant = g_ptr_array_index (participants, i);
          if (g_strcmp0 (participant->name, person_name) != 0)
            ls_service_plan_add_participant (plan, participant->name, participant->role, NULL);
        }
    }
  return plan;
}
