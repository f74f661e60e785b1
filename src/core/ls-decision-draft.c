/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision editor's rules without widgets: needs offered by the sketch,
 * grounds drafted from it, what a draft lacks, issuing, and the next
 * decision after an evaluation. */
#define G_LOG_DOMAIN "ls-decision-draft"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-legal-texts.h"
#include "ls-due.h"
#include "ls-gas.h"
#include "ls-outcomes.h"
#include "ls-value.h"

void
ls_draft_need_free (LsDraftNeed *need)
{
  if (need == NULL)
    return;
  g_free (need->domain_key);
  g_free (need->text);
  g_free (need);
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static LsSketchEntry *
find_entry (LsSketch *sketch,
            gint64    entry_id)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  guint n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      if (ls_sketch_entry_get_id (entry) == entry_id)
        return entry;   /* the sketch keeps its ref */
    }
  return NULL;
}

static LsDraftNeed *
need_from_entry (LsSketchEntry *entry)
{
  LsDraftNeed *need = g_new0 (LsDraftNeed, 1);

  need->domain_key = g_strdup (ls_sketch_entry_get_domain_key (entry));
  need->entry_id = ls_sketch_entry_get_id (entry);
  need->text = g_strdup (ls_sketch_entry_get_text (entry));
  need->own_words = ls_sketch_entry_get_author (entry) == LS_ENTRY_AUTHOR_PERSON;
  return need;
}

/* Adds the support needs of @domain_key not yet in @seen; TRUE if any. */
static gboolean
add_domain_needs (GPtrArray  *needs,
                  GHashTable *seen,
                  LsSketch   *sketch,
                  const char *domain_key)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  guint n = g_list_model_get_n_items (entries);
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *key = ls_sketch_priority_for_entry (ls_sketch_entry_get_id (entry));

      if (ls_sketch_entry_get_kind (entry) != LS_ENTRY_SUPPORT_NEED || !ls_sketch_entry_has_text (entry)
          || (domain_key != NULL && g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) != 0))
        continue;
      any = TRUE;
      if (g_hash_table_contains (seen, key))
        continue;
      g_ptr_array_add (needs, need_from_entry (entry));
      g_hash_table_add (seen, g_steal_pointer (&key));
    }
  return any;
}

/* The person's first wish (else anything) in a domain, as the words of a
 * domain-level need. */
static LsSketchEntry *
domain_words (LsSketch   *sketch,
              const char *domain_key)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  guint n = g_list_model_get_n_items (entries);
  LsSketchEntry *fallback = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) != 0 || !ls_sketch_entry_has_text (entry))
        continue;
      if (ls_sketch_entry_get_kind (entry) == LS_ENTRY_WISH)
        return entry;
      if (fallback == NULL && ls_sketch_entry_get_kind (entry) == LS_ENTRY_CHALLENGE)
        fallback = entry;
    }
  return fallback;
}

GPtrArray *
ls_decision_draft_needs (LsSketch *sketch)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *needs;
  const char * const *priorities;

  g_return_val_if_fail (LS_IS_SKETCH (sketch), NULL);

  needs = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_draft_need_free);
  priorities = ls_sketch_get_priorities (sketch);
  for (guint i = 0; priorities[i] != NULL; i++)
    {
      gint64 entry_id = ls_sketch_priority_entry_id (priorities[i]);

      if (g_hash_table_contains (seen, priorities[i]))
        continue;
      if (entry_id != 0)
        {
          LsSketchEntry *entry = find_entry (sketch, entry_id);

          if (entry != NULL && ls_sketch_entry_has_text (entry))
            g_ptr_array_add (needs, need_from_entry (entry));
        }
      else if (!add_domain_needs (needs, seen, sketch, priorities[i]))
        {
          LsDraftNeed *need = g_new0 (LsDraftNeed, 1);
          LsSketchEntry *words = domain_words (sketch, priorities[i]);

          need->domain_key = g_strdup (priorities[i]);
          need->text = g_strdup (words != NULL ? ls_sketch_entry_get_text (words) : "");
          need->own_words = words != NULL && ls_sketch_entry_get_author (words) == LS_ENTRY_AUTHOR_PERSON;
          g_ptr_array_add (needs, need);
        }
      g_hash_table_add (seen, g_strdup (priorities[i]));
    }
  add_domain_needs (needs, seen, sketch, NULL);
  return needs;
}

/* Every new goal: nothing reached yet, weighed as the others. */
static LsGoal *
goal_new (void)
{
  LsGoal *goal = ls_goal_new ();

  ls_goal_set_baseline (goal, LS_GAS_DEFAULT_BASELINE);
  ls_goal_set_weight (goal, 1.0);
  return goal;
}

LsGoal *
ls_decision_draft_goal_for_need (const LsDraftNeed *need)
{
  LsGoal *goal;

  g_return_val_if_fail (need != NULL, NULL);

  goal = goal_new ();
  ls_goal_set_domain_key (goal, need->domain_key);
  ls_goal_set_need_entry_id (goal, need->entry_id);
  ls_goal_set_text (goal, need->text);
  return goal;
}

gboolean
ls_decision_draft_need_answered (LsDecision        *decision,
                                 const LsDraftNeed *need)
{
  GListModel *goals;

  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (need != NULL, FALSE);

  goals = G_LIST_MODEL (ls_decision_get_goals (decision));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

      if (need->entry_id != 0 ? ls_goal_get_need_entry_id (goal) == need->entry_id
                              : (ls_goal_get_need_entry_id (goal) == 0
                                 && g_strcmp0 (ls_goal_get_domain_key (goal), need->domain_key) == 0))
        return TRUE;
    }
  return FALSE;
}

LsGoal *
ls_decision_draft_add_goal (LsDecision        *decision,
                            const LsDraftNeed *need)
{
  GListStore *goals;
  g_autoptr(LsGoal) goal = NULL;

  g_return_val_if_fail (LS_IS_DECISION (decision), NULL);

  goals = ls_decision_get_goals (decision);
  goal = need != NULL ? ls_decision_draft_goal_for_need (need) : goal_new ();
  ls_goal_set_position (goal, g_list_model_get_n_items (G_LIST_MODEL (goals)));
  g_list_store_append (goals, goal);
  return goal;
}

LsMeasure *
ls_decision_draft_add_measure (LsDecision *decision,
                               const char *service_key,
                               const char *unit)
{
  GListStore *measures;
  g_autoptr(LsMeasure) measure = ls_measure_new ();

  g_return_val_if_fail (LS_IS_DECISION (decision), NULL);

  measures = ls_decision_get_measures (decision);
  ls_measure_set_service_key (measure, service_key);
  ls_measure_set_unit (measure, unit != NULL ? unit : "hours");
  ls_measure_set_granted (measure, TRUE);
  ls_measure_set_start (measure, ls_decision_get_start (decision));
  ls_measure_set_end (measure, ls_decision_get_end (decision));
  ls_measure_set_position (measure, g_list_model_get_n_items (G_LIST_MODEL (measures)));
  g_list_store_append (measures, measure);
  return measure;
}

static const char *
name_of (const char       *key,
         LsDomainNameFunc  domain_name,
         gpointer          user_data)
{
  const char *name = domain_name != NULL ? domain_name (key, user_data) : NULL;
  return name != NULL ? name : key;
}

/* Domains that matter most, in order; all domains with entries when the
 * person set no priorities. */
static GPtrArray *
grounds_domains (LsSketch *sketch)
{
  GPtrArray *domains = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) needs = ls_decision_draft_needs (sketch);
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  guint n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < needs->len; i++)
    {
      LsDraftNeed *need = g_ptr_array_index (needs, i);
      if (!g_ptr_array_find_with_equal_func (domains, need->domain_key, g_str_equal, NULL))
        g_ptr_array_add (domains, g_strdup (need->domain_key));
    }
  for (guint i = 0; domains->len == 0 && i < n; i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      const char *key = ls_sketch_entry_get_domain_key (entry);
      if (key != NULL && !g_ptr_array_find_with_equal_func (domains, key, g_str_equal, NULL))
        g_ptr_array_add (domains, g_strdup (key));
    }
  return domains;
}

static void
append_entries (GString          *text,
                LsSketch         *sketch,
                const char       *domain_key,
                LsEntryAuthor     author,
                LsDomainNameFunc  domain_name,
                gpointer          user_data)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  guint n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      LsEntryKind kind = ls_sketch_entry_get_kind (entry);
      const char *words = ls_sketch_entry_get_text (entry);

      if (ls_sketch_entry_get_author (entry) != author || !ls_str_has_text (words)
          || g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) != 0)
        continue;
      if (author == LS_ENTRY_AUTHOR_CASEWORKER
          && kind != LS_ENTRY_CHALLENGE && kind != LS_ENTRY_SUPPORT_NEED)
        continue;
      if (author == LS_ENTRY_AUTHOR_PERSON)
        /* The person's own words, then the life domain: the same in
         * bokmål and nynorsk. */
        g_string_append_printf (text, "«%s» (%s)\n", words, name_of (domain_key, domain_name, user_data));
      else
        g_string_append_printf (text, "– %s: %s\n",
                                name_of (domain_key, domain_name, user_data), words);
    }
}

char *
ls_decision_draft_grounds (LsSketch         *sketch,
                           LsLegalTexts     *legal,
                           const char       *language,
                           LsDomainNameFunc  domain_name,
                           gpointer          user_data)
{
  g_autoptr(GPtrArray) domains = NULL;
  GString *text;
  gsize mark;

  g_return_val_if_fail (LS_IS_SKETCH (sketch), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (legal), NULL);

  domains = grounds_domains (sketch);
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s\n", ls_legal_texts_lookup (legal, "assessment-draft", "Told", language));
  mark = text->len;
  for (guint i = 0; i < domains->len; i++)
    append_entries (text, sketch, g_ptr_array_index (domains, i), LS_ENTRY_AUTHOR_PERSON,
                    domain_name, user_data);
  if (text->len == mark)
    g_string_truncate (text, 0);
  else
    g_string_append_c (text, '\n');

  g_string_append_printf (text, "%s\n", ls_legal_texts_lookup (legal, "assessment-draft", "Needs", language));
  mark = text->len;
  for (guint i = 0; i < domains->len; i++)
    append_entries (text, sketch, g_ptr_array_index (domains, i), LS_ENTRY_AUTHOR_CASEWORKER,
                    domain_name, user_data);
  if (text->len == mark)
    g_string_append_printf (text, "%s\n", ls_legal_texts_lookup (legal, "assessment-draft", "WriteHere", language));
  return g_string_free (text, FALSE);
}

char *
ls_decision_draft_add_grounds (const char *written,
                               const char *drafted)
{
  g_autofree char *kept = NULL;
  g_autofree char *draft = NULL;

  g_return_val_if_fail (drafted != NULL, NULL);

  kept = g_strstrip (g_strdup (written != NULL ? written : ""));
  draft = g_strstrip (g_strdup (drafted));
  /* Nothing of the caseworker's own: the draft as it is. */
  if (kept[0] == '\0' || g_str_equal (kept, draft))
    return g_strdup (drafted);
  /* The draft is there already (asked for twice): nothing changes. */
  if (strstr (kept, draft) != NULL)
    return g_strdup (written);
  return g_strdup_printf ("%s\n\n%s", kept, drafted);
}

char *
ls_decision_draft_legal_basis (LsDecision *decision,
                               GKeyFile   *services)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GListModel *measures;
  guint n;

  g_return_val_if_fail (LS_IS_DECISION (decision), NULL);
  g_return_val_if_fail (services != NULL, NULL);

  measures = G_LIST_MODEL (ls_decision_get_measures (decision));
  n = g_list_model_get_n_items (measures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *key = ls_measure_get_service_key (measure);
      g_autofree char *basis = NULL;

      if (key == NULL || !ls_measure_get_granted (measure))
        continue;
      basis = g_key_file_get_string (services, key, "LegalBasis", NULL);
      if (ls_str_has_text (basis) && !g_ptr_array_find_with_equal_func (lines, basis, g_str_equal, NULL))
        g_ptr_array_add (lines, g_steal_pointer (&basis));
    }
  if (lines->len == 0)
    return NULL;
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
missing_goals (GPtrArray  *missing,
               LsDecision *decision)
{
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));
  guint n = g_list_model_get_n_items (goals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      gboolean levels = TRUE;

      for (int level = LS_GAS_SCORE_MIN; level <= LS_GAS_SCORE_MAX; level++)
        levels = levels && ls_str_has_text (ls_goal_get_level_text (goal, level));
      if (!ls_str_has_text (ls_goal_get_text (goal)))
        g_ptr_array_add (missing, g_strdup_printf (_("Goal %u: write the goal in plain words"), i + 1));
      if (!levels)
        g_ptr_array_add (missing, g_strdup_printf (_("Goal %u: describe all five levels, from −2 to +2"), i + 1));
    }
}

/* Adds the measures' gaps; TRUE when at least one measure is granted. */
static gboolean
missing_measures (GPtrArray  *missing,
                  LsDecision *decision)
{
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));
  guint n = g_list_model_get_n_items (measures);
  gboolean granted = FALSE;

  if (n == 0)
    g_ptr_array_add (missing, g_strdup (_("Add at least one measure from the service catalog")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

      if (!ls_str_has_text (ls_measure_get_service_key (measure)))
        g_ptr_array_add (missing, g_strdup_printf (_("Measure %u: choose a service"), i + 1));
      if (ls_measure_get_granted (measure))
        {
          granted = TRUE;
          if (ls_measure_get_extent (measure) <= 0)
            g_ptr_array_add (missing, g_strdup_printf (_("Measure %u: give the extent per week"), i + 1));
        }
      else if (!ls_str_has_text (ls_measure_get_refusal_grounds (measure)))
        g_ptr_array_add (missing, g_strdup_printf (_("Measure %u is refused: give the grounds for the refusal"), i + 1));
    }
  return granted;
}

static void
missing_dates (GPtrArray  *missing,
               LsDecision *decision)
{
  const GDate *start = ls_decision_get_start (decision);
  const GDate *end = ls_decision_get_end (decision);
  const GDate *evaluation = ls_decision_get_evaluation_date (decision);
  gboolean trial = ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL;

  if (!date_set (start))
    g_ptr_array_add (missing, g_strdup (_("Set the start date")));
  if (trial && !date_set (end))
    g_ptr_array_add (missing, g_strdup (_("A trial decision needs an end date")));
  if (trial && !date_set (evaluation))
    g_ptr_array_add (missing, g_strdup (_("A trial decision needs an evaluation date")));
  if (date_set (start) && date_set (end) && g_date_compare (end, start) < 0)
    g_ptr_array_add (missing, g_strdup (_("The end date is before the start date")));
  if (trial && date_set (start) && date_set (end) && date_set (evaluation)
      && (g_date_compare (evaluation, start) < 0 || g_date_compare (evaluation, end) > 0))
    g_ptr_array_add (missing, g_strdup (_("The evaluation date must fall within the trial period")));
}

GPtrArray *
ls_decision_draft_missing (LsDecision *decision)
{
  GPtrArray *missing;
  gboolean granted;

  g_return_val_if_fail (LS_IS_DECISION (decision), NULL);

  missing = g_ptr_array_new_with_free_func (g_free);
  granted = g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (decision))) > 0;
  if (!granted)
    g_ptr_array_add (missing, g_strdup (_("Add at least one goal")));
  missing_goals (missing, decision);
  granted = missing_measures (missing, decision);
  missing_dates (missing, decision);
  if (!ls_str_has_text (ls_decision_get_grounds (decision)))
    g_ptr_array_add (missing, g_strdup (_("Write the grounds for the decision")));
  if (granted && !ls_str_has_text (ls_decision_get_legal_basis (decision)))
    g_ptr_array_add (missing, g_strdup (_("Give the legal basis")));
  return missing;
}

gboolean
ls_decision_draft_check_issue (LsDecision  *decision,
                               const char  *issuer,
                               gboolean     four_eyes,
                               gboolean     issuer_is_decision_maker,
                               GError     **error)
{
  g_autoptr(GPtrArray) missing = NULL;

  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  if (!ls_decision_check_transition (ls_decision_get_status (decision), LS_DECISION_ISSUED, error))
    return FALSE;
  /* dates and roles first: they say most precisely what stops the issue */
  if (!ls_decision_check_issue (ls_decision_get_decision_type (decision),
                                ls_decision_get_start (decision),
                                ls_decision_get_end (decision),
                                ls_decision_get_evaluation_date (decision),
                                ls_decision_get_prepared_by (decision),
                                issuer, four_eyes, issuer_is_decision_maker, error))
    return FALSE;
  missing = ls_decision_draft_missing (decision);
  if (missing->len > 0)
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE,
                           g_ptr_array_index (missing, 0));
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_decision_draft_issue (LsDecision  *decision,
                         const char  *issuer,
                         gboolean     four_eyes,
                         gboolean     issuer_is_decision_maker,
                         const GDate *today,
                         GError     **error)
{
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (date_set (today), FALSE);

  if (!ls_decision_draft_check_issue (decision, issuer, four_eyes, issuer_is_decision_maker, error))
    return FALSE;
  ls_decision_set_approved_by (decision, issuer);
  ls_decision_set_issued_by (decision, issuer);
  ls_decision_set_issued_date (decision, today);
  ls_decision_set_status (decision, LS_DECISION_ISSUED);
  return TRUE;
}

gboolean
ls_decision_draft_check_evaluate (LsDecision  *decision,
                                  GError     **error)
{
  LsDecisionStatus status;

  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  status = ls_decision_get_status (decision);
  /* an evaluation already under way may be continued */
  if (status == LS_DECISION_UNDER_EVALUATION)
    return TRUE;
  return ls_decision_check_transition (status, LS_DECISION_UNDER_EVALUATION, error);
}

void
ls_decision_draft_score_goal (LsEvaluation *evaluation,
                              LsGoal       *goal,
                              int           score)
{
  g_return_if_fail (LS_IS_EVALUATION (evaluation));
  g_return_if_fail (LS_IS_GOAL (goal));
  g_return_if_fail (ls_gas_score_is_valid (score));

  ls_evaluation_set_score (evaluation, ls_goal_get_id (goal), score, ls_goal_get_weight (goal));
}

static LsGoal *
copy_goal (LsGoal       *goal,
           LsEvaluation *evaluation)
{
  LsGoal *copy = ls_goal_new ();
  int score;

  ls_goal_set_position (copy, ls_goal_get_position (goal));
  ls_goal_set_text (copy, ls_goal_get_text (goal));
  for (int level = LS_GAS_SCORE_MIN; level <= LS_GAS_SCORE_MAX; level++)
    ls_goal_set_level_text (copy, level, ls_goal_get_level_text (goal, level));
  ls_goal_set_baseline (copy, ls_goal_get_baseline (goal));
  /* the next period starts where this one ended */
  if (evaluation != NULL && ls_evaluation_lookup_score (evaluation, ls_goal_get_id (goal), &score))
    ls_goal_set_baseline (copy, score);
  ls_goal_set_weight (copy, ls_goal_get_weight (goal));
  ls_goal_set_domain_key (copy, ls_goal_get_domain_key (goal));
  ls_goal_set_need_entry_id (copy, ls_goal_get_need_entry_id (goal));
  return copy;
}

static LsMeasure *
copy_measure (LsMeasure   *measure,
              const GDate *start,
              const GDate *end)
{
  LsMeasure *copy = ls_measure_new ();

  ls_measure_set_position (copy, ls_measure_get_position (measure));
  ls_measure_set_service_key (copy, ls_measure_get_service_key (measure));
  ls_measure_set_extent (copy, ls_measure_get_extent (measure));
  ls_measure_set_unit (copy, ls_measure_get_unit (measure));
  ls_measure_set_provider (copy, ls_measure_get_provider (measure));
  ls_measure_set_start (copy, start != NULL ? start : ls_measure_get_start (measure));
  ls_measure_set_end (copy, start != NULL ? end : ls_measure_get_end (measure));
  ls_measure_set_granted (copy, ls_measure_get_granted (measure));
  ls_measure_set_refusal_grounds (copy, ls_measure_get_refusal_grounds (measure));
  return copy;
}

/* A new draft with @source's content; dates given by the caller. */
static LsDecision *
copy_decision (LsDecision   *source,
               LsEvaluation *evaluation,
               LsDecisionType type,
               const GDate  *start,
               const GDate  *end,
               const GDate  *evaluation_date,
               const char   *prepared_by)
{
  LsDecision *next = ls_decision_new ();
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (source));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (source));

  ls_decision_set_person_id (next, ls_decision_get_person_id (source));
  ls_decision_set_case_id (next, ls_decision_get_case_id (source));
  ls_decision_set_previous_id (next, ls_decision_get_id (source));
  ls_decision_set_decision_type (next, type);
  ls_decision_set_status (next, LS_DECISION_DRAFT);
  ls_decision_set_start (next, start);
  ls_decision_set_end (next, end);
  ls_decision_set_evaluation_date (next, evaluation_date);
  ls_decision_set_grounds (next, ls_decision_get_grounds (source));
  ls_decision_set_legal_basis (next, ls_decision_get_legal_basis (source));
  ls_decision_set_prepared_by (next, prepared_by);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(LsGoal) copy = copy_goal (goal, evaluation);
      g_list_store_append (ls_decision_get_goals (next), copy);
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      g_autoptr(LsMeasure) copy = copy_measure (measure, start, end);
      g_list_store_append (ls_decision_get_measures (next), copy);
    }
  return next;
}

LsDecision *
ls_decision_draft_next (LsDecision   *evaluated,
                        LsEvaluation *evaluation,
                        const char   *prepared_by)
{
  LsEvaluationOutcome outcome;
  LsDecisionType type;
  const GDate *old_start, *old_end;
  GDate start, end, evaluation_date;

  g_return_val_if_fail (LS_IS_DECISION (evaluated), NULL);
  g_return_val_if_fail (LS_IS_EVALUATION (evaluation), NULL);

  outcome = ls_evaluation_get_outcome (evaluation);
  if (!ls_evaluation_outcome_makes_new_decision (outcome))
    return NULL;
  type = ls_evaluation_outcome_new_type (outcome, ls_decision_get_decision_type (evaluated));
  old_start = ls_decision_get_start (evaluated);
  old_end = ls_decision_get_end (evaluated);
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_clear (&evaluation_date, 1);

  /* the new period follows on the day after the old one ends */
  if (date_set (old_end))
    {
      start = *old_end;
      g_date_add_days (&start, 1);
    }
  else if (date_set (ls_evaluation_get_date (evaluation)))
    start = *ls_evaluation_get_date (evaluation);
  if (type == LS_DECISION_TYPE_TRIAL && g_date_valid (&start)
      && date_set (old_start) && date_set (old_end))
    {
      end = start;
      g_date_add_days (&end, g_date_days_between (old_start, old_end));
      ls_due_default_evaluation (&start, &end, &evaluation_date);
    }
  return copy_decision (evaluated, evaluation, type, &start, &end, &evaluation_date, prepared_by);
}

LsDecision *
ls_decision_draft_correction (LsDecision *issued,
                              const char *prepared_by)
{
  g_return_val_if_fail (LS_IS_DECISION (issued), NULL);

  return copy_decision (issued, NULL, ls_decision_get_decision_type (issued),
                        ls_decision_get_start (issued), ls_decision_get_end (issued),
                        ls_decision_get_evaluation_date (issued), prepared_by);
}

static gboolean
has_goal_text (GListModel *goals,
               const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      if (g_strcmp0 (ls_goal_get_text (goal), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
goal_changes (GPtrArray  *changes,
              GListModel *from,
              GListModel *to,
              gboolean    added)
{
  for (guint i = 0; i < g_list_model_get_n_items (from); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (from, i);
      if (!has_goal_text (to, ls_goal_get_text (goal)))
        g_ptr_array_add (changes, added ? g_strdup_printf (_("New goal: %s"), ls_goal_get_text (goal))
                                        : g_strdup_printf (_("Goal dropped: %s"), ls_goal_get_text (goal)));
    }
}

GPtrArray *
ls_decision_draft_changes (LsDecision *before,
                           LsDecision *after)
{
  GPtrArray *changes;
  double hours_before, hours_after;
  const GDate *end_before, *end_after;

  g_return_val_if_fail (LS_IS_DECISION (before), NULL);
  g_return_val_if_fail (LS_IS_DECISION (after), NULL);

  changes = g_ptr_array_new_with_free_func (g_free);
  if (ls_decision_get_decision_type (before) != ls_decision_get_decision_type (after))
    g_ptr_array_add (changes, g_strdup_printf (_("Now: %s"),
                     ls_decision_type_display_name (ls_decision_get_decision_type (after))));
  hours_before = ls_outcomes_decision_hours (before);
  hours_after = ls_outcomes_decision_hours (after);
  if (hours_before != hours_after)
    g_ptr_array_add (changes, g_strdup_printf (_("Hours per week: %g → %g"), hours_before, hours_after));
  goal_changes (changes, G_LIST_MODEL (ls_decision_get_goals (after)),
                G_LIST_MODEL (ls_decision_get_goals (before)), TRUE);
  goal_changes (changes, G_LIST_MODEL (ls_decision_get_goals (before)),
                G_LIST_MODEL (ls_decision_get_goals (after)), FALSE);
  end_before = ls_decision_get_end (before);
  end_after = ls_decision_get_end (after);
  if (date_set (end_before) != date_set (end_after))
    g_ptr_array_add (changes, g_strdup (date_set (end_after) ? _("Now has an end date")
                                                             : _("No end date any more")));
  return changes;
}

GDate *
ls_decision_draft_parse_date (const char *text)
{
  guint day, month, year;
  char tail;

  if (text == NULL)
    return NULL;
  if (sscanf (text, " %u.%u.%u %c", &day, &month, &year, &tail) == 3
      && year >= 1900 && year <= 9999 && g_date_valid_dmy (day, month, year))
    return g_date_new_dmy (day, month, year);
  if (sscanf (text, " %u-%u-%u %c", &year, &month, &day, &tail) == 3
      && year >= 1900 && year <= 9999 && g_date_valid_dmy (day, month, year))
    return g_date_new_dmy (day, month, year);
  return NULL;
}

char *
ls_decision_draft_format_date (const GDate *date)
{
  if (!date_set (date))
    return g_strdup ("");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}
