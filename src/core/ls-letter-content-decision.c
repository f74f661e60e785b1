/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a decision letter (REFERENCE §7) says; its easy-read version is in
 * ls-letter-content-easy-read.c. */
#define G_LOG_DOMAIN "ls-letter-content"

#include "ls-goal.h"
#include "ls-letter-content-private.h"
#include "ls-measure.h"

#define MAX_FACT_DOMAINS 4
#define MAX_QUOTES_PER_DOMAIN 3

static gboolean
is_trial (LsLetterBuilder *b)
{
  return ls_decision_get_decision_type (b->src->decision) == LS_DECISION_TYPE_TRIAL;
}

static GListModel *
measures_of (LsLetterBuilder *b)
{
  return G_LIST_MODEL (ls_decision_get_measures (b->src->decision));
}

static void
add_decision_part (LsLetterBuilder *b)
{
  LsDecision *decision = b->src->decision;
  LsCase *case_ = b->src->case_;
  g_autofree char *heading = _ls_letter_text (b, "decision", "Decision");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_DECISION, heading);
  const char *applied_for = case_ != NULL ? ls_case_get_applied_for (case_) : NULL;

  if (applied_for != NULL && applied_for[0] != '\0')
    {
      g_autofree char *lower = _ls_letter_sentence_case_inside (applied_for);

      _ls_letter_set_var (b, "applied_for", lower);
      _ls_letter_set_date_var (b, "received", ls_case_get_received (case_));
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "Intro"), NULL);
    }
  else
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH,
                         _ls_letter_text (b, "decision", "IntroNoApplication"), NULL);

  _ls_letter_add_measure_table (b, section, measures_of (b), TRUE);

  _ls_letter_set_date_var (b, "start", ls_decision_get_start (decision));
  _ls_letter_set_date_var (b, "end", ls_decision_get_end (decision));
  if (!is_trial (b))
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH,
                         _ls_letter_text (b, "decision", ls_decision_get_end (decision) != NULL
                                                         ? "OrdinaryPeriodEnd" : "OrdinaryPeriod"), NULL);
  if (b->src->previous_decision_date != NULL)
    {
      _ls_letter_set_date_var (b, "date", b->src->previous_decision_date);
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "Previous"), NULL);
    }
}

static GStrv
goal_texts (LsLetterBuilder *b)
{
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (b->src->decision));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      const char *expected = ls_goal_get_level_0 (goal);

      if (expected != NULL && expected[0] != '\0')
        _ls_strv_take (builder, g_strdup_printf ("%s (%s)", ls_goal_get_text (goal), expected));
      else
        g_strv_builder_add (builder, ls_goal_get_text (goal));
    }
  return g_strv_builder_end (builder);
}

static void
add_trial_part (LsLetterBuilder *b)
{
  LsLetterSection *section;

  if (!is_trial (b))
    return;
  _ls_letter_set_date_var (b, "evaluation", ls_decision_get_evaluation_date (b->src->decision));
  section = _ls_letter_add_section (b, LS_LETTER_PART_TRIAL, NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_CALLOUT, _ls_letter_text (b, "decision", "TrialCallout"),
                       _ls_letter_text (b, "decision", "TrialStrong"));
  _ls_letter_add_lead_in_list (section, _ls_letter_text (b, "decision", "Evaluated"), TRUE, goal_texts (b));
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "AfterTrial"), NULL);
}

/* The score @goal got in the evaluation, or FALSE when it was not scored. */
static gboolean
goal_score (LsLetterBuilder *b,
            LsGoal          *goal,
            int             *score)
{
  return b->src->evaluation != NULL && ls_goal_get_id (goal) != 0
         && ls_evaluation_lookup_score (b->src->evaluation, ls_goal_get_id (goal), score);
}

void
_ls_letter_add_evaluation_result (LsLetterBuilder *b,
                                  LsLetterSection *section)
{
  LsEvaluation *evaluation = b->src->evaluation;
  const char *view;

  if (evaluation == NULL)
    return;
  view = ls_evaluation_get_person_view (evaluation);
  _ls_letter_set_date_var (b, "evaluation", ls_evaluation_get_date (evaluation));
  _ls_letter_add_lead_in_list (section, _ls_letter_text (b, "change", "Evaluated"), FALSE,
                               _ls_letter_goal_results (b));
  if (view != NULL && view[0] != '\0')
    {
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "change", "PersonView"), NULL);
      _ls_letter_add_text (section, LS_LETTER_ITEM_QUOTE, _ls_letter_quote (view), NULL);
    }
}

GStrv
_ls_letter_goal_results (LsLetterBuilder *b)
{
  GListModel *goals = b->src->previous_goals;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      g_autofree char *key = NULL;
      const char *level = NULL;
      int score = 0;

      if (!goal_score (b, goal, &score))
        {
          _ls_strv_take (builder, g_strdup_printf ("%s: %s", ls_goal_get_text (goal),
                                                   ls_legal_texts_lookup (b->src->legal, "change", "NotScored", b->lang)));
          continue;
        }
      key = g_strdup_printf ("Level%+d", score);
      level = ls_goal_get_level_text (goal, score);
      if (level != NULL && level[0] != '\0')
        _ls_strv_take (builder, g_strdup_printf ("%s: %s – %s", ls_goal_get_text (goal),
                                                 ls_legal_texts_lookup (b->src->legal, "change", key, b->lang), level));
      else
        _ls_strv_take (builder, g_strdup_printf ("%s: %s", ls_goal_get_text (goal),
                                                 ls_legal_texts_lookup (b->src->legal, "change", key, b->lang)));
    }
  return g_strv_builder_end (builder);
}

/* After an evaluation (fvl §§ 24-25): how it went, in the person's words
 * too, what changes from the decision before, and why. */
static void
add_change_part (LsLetterBuilder *b)
{
  LsEvaluation *evaluation = b->src->evaluation;
  LsDecision *decision = b->src->decision;
  const char *reason = ls_decision_get_change_reason (decision);
  g_autofree char *heading = NULL;
  GStrv lines;
  LsLetterSection *section;

  if (b->src->previous_decision == NULL)
    return;
  heading = _ls_letter_text (b, "change", evaluation != NULL ? "Heading" : "HeadingNoEvaluation");
  section = _ls_letter_add_section (b, LS_LETTER_PART_CHANGE, heading);
  _ls_letter_add_evaluation_result (b, section);
  _ls_letter_set_date_var (b, "date", b->src->previous_decision_date);
  lines = _ls_letter_change_lines (b);
  if (lines != NULL)
    _ls_letter_add_lead_in_list (section, _ls_letter_text (b, "change", "WhatChanges"), FALSE, lines);
  else
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "change", "NothingChanges"), NULL);
  if (reason != NULL && reason[0] != '\0')
    {
      g_autofree char *why = _ls_letter_text (b, "change", "Why");

      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, g_strdup_printf ("%s %s", why, reason), g_strdup (why));
    }
  if (ls_decision_get_notice_sent (decision) != NULL)
    {
      const char *answer = ls_decision_get_notice_answer (decision);

      _ls_letter_set_date_var (b, "sent", ls_decision_get_notice_sent (decision));
      _ls_letter_set_date_var (b, "deadline", ls_decision_get_notice_deadline (decision));
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "change", "Notified"), NULL);
      if (answer != NULL && answer[0] != '\0')
        {
          _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "change", "Answered"), NULL);
          _ls_letter_add_text (section, LS_LETTER_ITEM_QUOTE, _ls_letter_quote (answer), NULL);
        }
      else if (ls_decision_get_notice_no_answer (decision))
        _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "change", "NoAnswer"), NULL);
    }
}

static void
add_rules_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "decision", "Grounds");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_RULES, heading);
  g_autoptr(GStrvBuilder) rules = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *basis = ls_decision_get_legal_basis (b->src->decision);
  GListModel *measures = measures_of (b);

  _ls_letter_add_text (section, LS_LETTER_ITEM_SUBHEADING, _ls_letter_text (b, "decision", "Rules"), NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "RulesIntro"), NULL);
  if (basis != NULL && basis[0] != '\0')
    _ls_strv_take (rules, ls_legal_texts_localize_reference (b->src->legal, basis, b->lang));
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *key = ls_measure_get_service_key (measure);
      g_autofree char *service_basis = ls_legal_texts_service_basis (b->src->legal, key, NULL);
      g_autofree char *localized = NULL;

      /* Compared in bokmål, as the decision keeps its basis. */
      if (service_basis == NULL || g_strcmp0 (service_basis, basis) == 0 ||
          g_hash_table_contains (seen, service_basis))
        continue;
      g_hash_table_add (seen, g_strdup (service_basis));
      localized = ls_legal_texts_localize_reference (b->src->legal, service_basis, b->lang);
      _ls_strv_take (rules, g_strdup_printf ("%s: %s",
                                             ls_legal_texts_service_name (b->src->legal, key, b->lang),
                                             localized));
    }
  _ls_letter_add_list (section, FALSE, g_strv_builder_end (rules));
}

/* The domains the facts are told from: those the goals answer, then what
 * matters most to the person, then any domain where they spoke. */
static GPtrArray *
fact_domains (LsLetterBuilder *b)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (b->src->decision));
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  const char *const *priorities = ls_sketch_get_priorities (b->src->sketch);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

      g_ptr_array_add (candidates, g_strdup (ls_goal_get_domain_key (goal)));
    }
  for (guint i = 0; priorities[i] != NULL; i++)
    if (ls_sketch_priority_entry_id (priorities[i]) == 0)
      g_ptr_array_add (candidates, g_strdup (priorities[i]));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_author (entry) == LS_ENTRY_AUTHOR_PERSON)
        g_ptr_array_add (candidates, g_strdup (ls_sketch_entry_get_domain_key (entry)));
    }
  for (guint i = 0; i < candidates->len && keys->len < MAX_FACT_DOMAINS; i++)
    {
      const char *key = g_ptr_array_index (candidates, i);

      if (key != NULL && !g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
        g_ptr_array_add (keys, g_strdup (key));
    }
  return keys;
}

static void
add_domain_facts (LsLetterBuilder *b,
                  LsLetterSection *section,
                  const char      *domain_key)
{
  static const LsEntryKind order[] = { LS_ENTRY_CHALLENGE, LS_ENTRY_SUPPORT_NEED, LS_ENTRY_WISH, LS_ENTRY_STRENGTH };
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  LsDomainReading *reading = ls_sketch_get_reading (b->src->sketch, domain_key);
  int rating = reading != NULL ? ls_domain_reading_get_self_rating (reading) : 0;
  guint n_quotes = 0;

  if (rating > 0)
    {
      g_autofree char *text = NULL;
      g_autofree char *rating_text = g_strdup_printf ("%d", rating);

      _ls_letter_set_var (b, "rating", rating_text);
      text = _ls_letter_text (b, "sketch", "Rating");
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH,
                           g_strdup_printf ("%s. %s", _ls_letter_domain_name (b, domain_key), text),
                           g_strdup (_ls_letter_domain_name (b, domain_key)));
    }
  else
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH,
                         g_strdup_printf ("%s.", _ls_letter_domain_name (b, domain_key)),
                         g_strdup (_ls_letter_domain_name (b, domain_key)));

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    for (guint i = 0; i < g_list_model_get_n_items (entries) && n_quotes < MAX_QUOTES_PER_DOMAIN; i++)
      {
        g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

        if (ls_sketch_entry_get_author (entry) != LS_ENTRY_AUTHOR_PERSON ||
            ls_sketch_entry_get_kind (entry) != order[k] ||
            g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) != 0)
          continue;
        _ls_letter_add_text (section, LS_LETTER_ITEM_QUOTE, _ls_letter_entry_text (entry), NULL);
        n_quotes++;
      }
}

static GStrv
support_needs (LsLetterBuilder *b)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_kind (entry) == LS_ENTRY_SUPPORT_NEED && ls_sketch_entry_has_text (entry))
        {
          g_autofree char *text = _ls_letter_entry_text (entry);

          _ls_strv_take (builder, g_strdup_printf ("%s: %s",
                                                   _ls_letter_domain_name (b, ls_sketch_entry_get_domain_key (entry)),
                                                   text));
        }
    }
  return g_strv_builder_end (builder);
}

static void
add_facts_part (LsLetterBuilder *b)
{
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_FACTS, NULL);
  g_autoptr(GPtrArray) domains = NULL;
  GStrv needs;

  _ls_letter_add_text (section, LS_LETTER_ITEM_SUBHEADING, _ls_letter_text (b, "decision", "Facts"), NULL);
  if (b->src->sketch == NULL)
    {
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "FactsNoSketch"), NULL);
      return;
    }
  _ls_letter_set_date_var (b, "date", ls_sketch_get_date (b->src->sketch));
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "FactsIntro"), NULL);

  domains = fact_domains (b);
  for (guint i = 0; i < domains->len; i++)
    add_domain_facts (b, section, g_ptr_array_index (domains, i));

  needs = support_needs (b);
  if (needs[0] != NULL)
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "Needs"), NULL);
  _ls_letter_add_list (section, FALSE, needs);
}

static void
add_assessment_part (LsLetterBuilder *b)
{
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_ASSESSMENT, NULL);
  const char *grounds = ls_decision_get_grounds (b->src->decision);
  GListModel *measures = measures_of (b);

  _ls_letter_add_text (section, LS_LETTER_ITEM_SUBHEADING, _ls_letter_text (b, "decision", "Assessment"), NULL);
  if (grounds != NULL)
    {
      g_auto(GStrv) paragraphs = g_strsplit (grounds, "\n\n", -1);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (g_strstrip (paragraphs[i])[0] != '\0')
          _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, g_strdup (paragraphs[i]), NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *why = ls_measure_get_refusal_grounds (measure);

      if (ls_measure_get_granted (measure))
        continue;
      _ls_letter_set_var (b, "service", ls_legal_texts_service_name (b->src->legal,
                                                                     ls_measure_get_service_key (measure), b->lang));
      _ls_letter_set_var (b, "grounds", why != NULL ? why : "");
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "RefusedBecause"), NULL);
    }
}

static void
add_rights_parts (LsLetterBuilder *b)
{
  g_autofree char *appeal = _ls_letter_text (b, "decision", "Appeal");
  g_autofree char *access = _ls_letter_text (b, "decision", "Access");
  g_autofree char *deadline = _ls_letter_text (b, "decision", "AppealDeadline");
  g_autofree char *appeal_text = _ls_letter_text (b, "decision", "AppealText");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_APPEAL, appeal);

  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, g_strdup_printf ("%s %s", deadline, appeal_text),
                       g_strdup (deadline));
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "AppealHow"), NULL);

  section = _ls_letter_add_section (b, LS_LETTER_PART_ACCESS, access);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "AccessText"), NULL);
}

/* Who prepared, approved and issued the decision, from its record (REFERENCE
 * §7 point 6); approval is left out when the one who approved also issued
 * it. A record from before who issued was kept names the letterhead's
 * signer. */
static char *
who_decided (LsLetterBuilder *b)
{
  LsDecision *decision = b->src->decision;
  const char *approved_by = ls_decision_get_approved_by (decision);
  const char *issued_by = ls_decision_get_issued_by (decision);
  g_autofree char *prepared = _ls_letter_staff_text (b, ls_decision_get_prepared_by (decision));
  g_autofree char *approved = g_strcmp0 (approved_by, issued_by) != 0 ? _ls_letter_staff_text (b, approved_by) : NULL;
  g_autofree char *issued = _ls_letter_staff_text (b, issued_by);
  const GDate *issued_date = ls_decision_get_issued_date (decision);
  GString *out = g_string_new (NULL);

  if (issued == NULL)
    issued = _ls_letter_staff_text (b, ls_letterhead_get (b->src->letterhead, LS_LETTERHEAD_SIGNATURE_NAME));
  if (prepared != NULL)
    {
      g_autofree char *text = NULL;

      _ls_letter_set_var (b, "name", prepared);
      text = _ls_letter_text (b, "decision", "PreparedBy");
      g_string_append_printf (out, "%s ", text);
    }
  if (approved != NULL)
    {
      g_autofree char *text = NULL;

      _ls_letter_set_var (b, "name", approved);
      text = _ls_letter_text (b, "decision", "ApprovedBy");
      g_string_append_printf (out, "%s ", text);
    }
  if (issued != NULL)
    {
      g_autofree char *text = NULL;

      _ls_letter_set_var (b, "name", issued);
      _ls_letter_set_date_var (b, "date", issued_date != NULL ? issued_date : b->content->date);
      text = _ls_letter_text (b, "decision", "DecidedBy");
      g_string_append (out, text);
    }
  return g_strchomp (g_string_free (out, FALSE));
}

static void
add_contact_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "decision", "Contact");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_CONTACT, heading);
  gboolean draft = _ls_letter_is_draft (b);

  /* Nobody has decided a draft: no "decided by … on …", no signature. */
  if (!draft)
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, who_decided (b), NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "ContactText"), NULL);

  section = _ls_letter_add_section (b, LS_LETTER_PART_SIGNATURE, NULL);
  if (!draft)
    {
      char *strong = NULL;
      char *text = _ls_letter_signature (b, ls_decision_get_issued_by (b->src->decision), &strong);

      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, text, strong);
    }
  _ls_letter_add_copy_to (b, section);
}

void
_ls_letter_add_copy_to (LsLetterBuilder *b,
                        LsLetterSection *section)
{
  const char *representative = ls_person_get_representative_name (b->src->person);
  const char *relation = ls_person_get_representative_relation (b->src->person);
  const char *relation_text = g_strcmp0 (relation, "guardian") == 0 ? "Guardian"
                              : g_strcmp0 (relation, "relative") == 0 ? "Relative" : NULL;

  if (representative == NULL || representative[0] == '\0')
    return;
  _ls_letter_add_text (section, LS_LETTER_ITEM_SMALL,
                       g_strdup_printf ("%s: %s%s%s",
                                        ls_legal_texts_lookup (b->src->legal, "common", "Copy", b->lang),
                                        representative, relation_text != NULL ? ", " : "",
                                        relation_text != NULL
                                          ? ls_legal_texts_lookup (b->src->legal, "common", relation_text, b->lang)
                                          : ""),
                       NULL);
}

static void
add_law_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "decision", "LawInShort");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_LAW, heading);
  const char *order = ls_legal_texts_lookup (b->src->legal, "explain", "Order", NULL);
  g_auto(GStrv) keys = g_strsplit (order != NULL ? order : "", ";", -1);

  _ls_letter_add_text (section, LS_LETTER_ITEM_SMALL, _ls_letter_text (b, "decision", "Written"), NULL);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *reference = ls_legal_texts_lookup (b->src->legal, "references", g_strstrip (keys[i]), b->lang);
      g_autofree char *explanation = _ls_letter_text (b, "explain", keys[i]);

      if (reference != NULL)
        _ls_letter_add_text (section, LS_LETTER_ITEM_SMALL, g_strdup_printf ("%s: %s", reference, explanation),
                             g_strdup (reference));
    }
}

LsLetterContent *
ls_letter_content_new_decision (const LsLetterSources *sources)
{
  LsLetterBuilder b;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (LS_IS_DECISION (sources->decision), NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_DECISION, sources);
  b.content->title = _ls_letter_text (&b, "decision", is_trial (&b) ? "TitleTrial" : "TitleOrdinary");
  b.content->subject = _ls_letter_text (&b, "decision", "Subject");
  b.content->keywords = g_strdup (b.content->subject);
  _ls_letter_set_references (&b, LS_LETTER_REFS_NATIONAL_ID | LS_LETTER_REFS_CORRESPONDENCE);

  add_decision_part (&b);
  add_trial_part (&b);
  add_change_part (&b);
  add_rules_part (&b);
  add_facts_part (&b);
  add_assessment_part (&b);
  add_rights_parts (&b);
  add_contact_part (&b);
  add_law_part (&b);
  return _ls_letter_builder_finish (&b);
}
