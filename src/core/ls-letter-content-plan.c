/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a service plan (REFERENCE §8) and a life-sketch report say. */
#define G_LOG_DOMAIN "ls-letter-content"

#include "ls-goal.h"
#include "ls-letter-content-private.h"
#include "ls-measure.h"

static const char *
nonempty (const char *value,
          const char *fallback)
{
  return value != NULL && value[0] != '\0' ? value : fallback;
}

/* Paragraphs of free text split at blank lines; "None" when empty. */
static void
add_free_text (LsLetterBuilder *b,
               LsLetterSection *section,
               const char      *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text != NULL ? text : "", "\n\n", -1);
  guint added = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (g_strstrip (paragraphs[i])[0] != '\0')
      {
        _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, g_strdup (paragraphs[i]), NULL);
        added++;
      }
  if (added == 0)
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "plan", "None"), NULL);
}

static LsLetterSection *
add_plan_section (LsLetterBuilder *b,
                  LsLetterPart     part,
                  const char      *key)
{
  g_autofree char *heading = _ls_letter_text (b, "plan", key);

  return _ls_letter_add_section (b, part, heading);
}

/* Entries of @kind, the person's own words in «», caseworker notes plain. */
static GStrv
entries_of_kind (LsLetterBuilder *b,
                 const char      *domain_key,
                 LsEntryKind      kind,
                 gboolean         with_domain)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      const char *key = ls_sketch_entry_get_domain_key (entry);
      g_autofree char *text = NULL;

      if (ls_sketch_entry_get_kind (entry) != kind || (domain_key != NULL && g_strcmp0 (key, domain_key) != 0))
        continue;
      text = _ls_letter_entry_text (entry);
      if (with_domain)
        _ls_strv_take (builder, g_strdup_printf ("%s: %s", _ls_letter_domain_name (b, key), text));
      else
        g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static void
add_plan_goals (LsLetterBuilder *b)
{
  LsLetterSection *section = add_plan_section (b, LS_LETTER_PART_PLAN_GOALS, "Goals");
  LsDecision *decision = b->src->decision;

  add_free_text (b, section, ls_service_plan_get_goals (b->src->plan));
  if (decision != NULL && g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (decision))) > 0)
    {
      GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
        {
          g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

          g_strv_builder_add (builder, ls_goal_get_text (goal));
        }
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "plan", "GoalList"), NULL);
      _ls_letter_add_list (section, TRUE, g_strv_builder_end (builder));
    }
  if (b->src->sketch != NULL)
    {
      GStrv strengths = entries_of_kind (b, NULL, LS_ENTRY_STRENGTH, TRUE);
      GStrv needs = entries_of_kind (b, NULL, LS_ENTRY_SUPPORT_NEED, TRUE);

      if (strengths[0] != NULL)
        _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "plan", "Resources"), NULL);
      _ls_letter_add_list (section, FALSE, strengths);
      if (needs[0] != NULL)
        _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "Needs"), NULL);
      _ls_letter_add_list (section, FALSE, needs);
    }
}

static void
add_plan_people (LsLetterBuilder *b)
{
  static const double widths[] = { 2.0, 2.0, 4.0 };
  GPtrArray *participants = ls_service_plan_get_participants (b->src->plan);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autofree char *col_name = _ls_letter_text (b, "plan", "ColName");
  g_autofree char *col_role = _ls_letter_text (b, "plan", "ColRole");
  g_autofree char *col_contribution = _ls_letter_text (b, "plan", "ColContribution");
  const char *header[] = { col_name, col_role, col_contribution, NULL };
  const char *coordinator = ls_service_plan_get_coordinator (b->src->plan);
  LsLetterSection *section;
  LsLetterItem *table;

  section = add_plan_section (b, LS_LETTER_PART_PLAN_PARTICIPANTS, "Participants");
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      _ls_strv_take (names, g_strdup_printf ("%s (%s)", participant->name, nonempty (participant->role, "–")));
    }
  if (_ls_letter_add_list (section, FALSE, g_strv_builder_end (names)) == NULL)
    add_free_text (b, section, NULL);

  section = add_plan_section (b, LS_LETTER_PART_PLAN_COORDINATOR, "Coordinator");
  if (coordinator != NULL && coordinator[0] != '\0')
    {
      _ls_letter_set_var (b, "name", coordinator);
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "plan", "CoordinatorText"),
                           g_strdup (coordinator));
    }
  else
    add_free_text (b, section, NULL);

  section = add_plan_section (b, LS_LETTER_PART_PLAN_CONTRIBUTIONS, "Contributions");
  table = _ls_letter_add_table (section, header, widths);
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);
      GStrv cells = g_new0 (char *, 4);

      cells[0] = g_strdup (participant->name);
      cells[1] = g_strdup (nonempty (participant->role, "–"));
      cells[2] = g_strdup (nonempty (participant->contribution, "–"));
      _ls_letter_table_add_row (table, cells);
    }
}

static void
add_plan_measures (LsLetterBuilder *b)
{
  LsLetterSection *section = add_plan_section (b, LS_LETTER_PART_PLAN_MEASURES, "Measures");
  g_autoptr(GListStore) granted = g_list_store_new (LS_TYPE_MEASURE);

  if (b->src->decision != NULL)
    {
      GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (b->src->decision));

      for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
        {
          g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

          if (ls_measure_get_granted (measure))
            g_list_store_append (granted, measure);
        }
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (granted)) > 0)
    _ls_letter_add_measure_table (b, section, G_LIST_MODEL (granted), FALSE);
  else
    add_free_text (b, section, NULL);

  section = add_plan_section (b, LS_LETTER_PART_PLAN_IMPLEMENTATION, "Implementation");
  add_free_text (b, section, ls_service_plan_get_implementation (b->src->plan));
}

static void
add_plan_period_consent (LsLetterBuilder *b)
{
  LsServicePlan *plan = b->src->plan;
  LsLetterSection *section = add_plan_section (b, LS_LETTER_PART_PLAN_PERIOD, "Period");
  g_autoptr(GStrvBuilder) consents = g_strv_builder_new ();
  const char *yes = ls_legal_texts_lookup (b->src->legal, "common", "Yes", b->lang);
  const char *no = ls_legal_texts_lookup (b->src->legal, "common", "No", b->lang);
  g_autofree char *consent_plan = _ls_letter_text (b, "plan", "ConsentPlan");
  g_autofree char *consent_share = _ls_letter_text (b, "plan", "ConsentShare");

  _ls_letter_set_date_var (b, "start", ls_service_plan_get_period_start (plan));
  _ls_letter_set_date_var (b, "end", ls_service_plan_get_period_end (plan));
  _ls_letter_set_date_var (b, "revision", ls_service_plan_get_revision_date (plan));
  _ls_letter_add_text (section, LS_LETTER_ITEM_CALLOUT, _ls_letter_text (b, "plan", "PeriodText"),
                       g_strdup (g_hash_table_lookup (b->vars, "revision")));

  section = add_plan_section (b, LS_LETTER_PART_PLAN_CONSENT, "Consent");
  _ls_strv_take (consents, g_strdup_printf ("%s: %s", consent_plan,
                                                  ls_service_plan_get_consent_plan (plan) ? yes : no));
  _ls_strv_take (consents, g_strdup_printf ("%s: %s", consent_share,
                                                  ls_service_plan_get_consent_share (plan) ? yes : no));
  _ls_letter_add_list (section, FALSE, g_strv_builder_end (consents));

  section = add_plan_section (b, LS_LETTER_PART_PLAN_COOPERATION, "Cooperation");
  add_free_text (b, section, ls_service_plan_get_cooperation (plan));
}

LsLetterContent *
ls_letter_content_new_service_plan (const LsLetterSources *sources)
{
  LsLetterBuilder b;
  LsLetterSection *section;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (sources->plan), NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_SERVICE_PLAN, sources);
  b.content->title = _ls_letter_text (&b, "plan", "Title");
  b.content->subject = g_strdup (b.content->title);
  b.content->keywords = g_strdup (b.content->title);
  _ls_letter_set_references (&b, LS_LETTER_REFS_NATIONAL_ID | LS_LETTER_REFS_CORRESPONDENCE);

  section = _ls_letter_add_section (&b, LS_LETTER_PART_NONE, NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (&b, "plan", "Intro"), NULL);
  add_plan_goals (&b);
  add_plan_people (&b);
  add_plan_measures (&b);
  add_plan_period_consent (&b);
  return _ls_letter_builder_finish (&b);
}

/* ---- life-sketch report ---------------------------------------------- */

static void
add_priorities (LsLetterBuilder *b)
{
  const char *const *priorities = ls_sketch_get_priorities (b->src->sketch);
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *heading = NULL;
  LsLetterSection *section;

  for (guint i = 0; priorities[i] != NULL; i++)
    {
      gint64 entry_id = ls_sketch_priority_entry_id (priorities[i]);

      if (entry_id == 0)
        {
          g_strv_builder_add (builder, _ls_letter_domain_name (b, priorities[i]));
          continue;
        }
      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, e);

          if (ls_sketch_entry_get_id (entry) == entry_id)
            _ls_strv_take (builder, _ls_letter_entry_text (entry));
        }
    }
  heading = _ls_letter_text (b, "sketch", "Priorities");
  section = _ls_letter_add_section (b, LS_LETTER_PART_SKETCH_PRIORITIES, heading);
  if (_ls_letter_add_list (section, TRUE, g_strv_builder_end (builder)) == NULL)
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "plan", "None"), NULL);
}

static void
add_rating_lines (LsLetterBuilder      *b,
                  LsLetterSection      *section,
                  LsLetterWheelSegment *segment)
{
  g_autofree char *rating = g_strdup_printf ("%d", segment->self_rating);
  g_autofree char *caseworker = g_strdup_printf ("%d", segment->caseworker_rating);

  if (segment->self_rating > 0 && segment->earlier_rating > 0)
    {
      int diff = segment->self_rating - segment->earlier_rating;
      g_autofree char *from = g_strdup_printf ("%d", segment->earlier_rating);
      /* U+2212 MINUS SIGN reads better than a hyphen in print. */
      g_autofree char *change = diff < 0 ? g_strdup_printf ("−%d", -diff)
                                : diff > 0 ? g_strdup_printf ("+%d", diff)
                                : _ls_letter_text (b, "sketch", "Unchanged");

      _ls_letter_set_var (b, "from", from);
      _ls_letter_set_var (b, "to", rating);
      _ls_letter_set_var (b, "change", change);
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "sketch", "Change"), NULL);
    }
  else if (segment->self_rating > 0)
    {
      _ls_letter_set_var (b, "rating", rating);
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "sketch", "Rating"), NULL);
    }
  if (segment->caseworker_rating > 0)
    {
      _ls_letter_set_var (b, "rating", caseworker);
      _ls_letter_add_text (section, LS_LETTER_ITEM_SMALL, _ls_letter_text (b, "sketch", "Caseworker"), NULL);
    }
}

static void
add_domains (LsLetterBuilder *b,
             GArray          *segments)
{
  static const struct { LsEntryKind kind; const char *key; } kinds[] = {
    { LS_ENTRY_STRENGTH, "Strength" }, { LS_ENTRY_CHALLENGE, "Challenge" }, { LS_ENTRY_WISH, "Wish" },
    { LS_ENTRY_SUPPORT_NEED, "SupportNeed" }, { LS_ENTRY_FACILITATOR, "Facilitator" },
    { LS_ENTRY_BARRIER, "Barrier" },
  };
  guint n = segments->len;

  for (guint i = 0; i < n; i++)
    {
      LsLetterWheelSegment *segment = &g_array_index (segments, LsLetterWheelSegment, i);
      LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_SKETCH_DOMAIN, segment->label);
      const char *key = segment->key;

      if (segment->skipped)
        {
          _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "sketch", "SkippedDomain"), NULL);
          continue;
        }
      add_rating_lines (b, section, segment);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          GStrv items = entries_of_kind (b, key, kinds[k].kind, FALSE);

          if (items[0] != NULL)
            _ls_letter_add_text (section, LS_LETTER_ITEM_SUBHEADING, _ls_letter_text (b, "sketch", kinds[k].key), NULL);
          _ls_letter_add_list (section, FALSE, items);
        }
      if (section->items->len == 0)
        _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "sketch", "NotTalked"), NULL);
    }
}

static void
add_agreements (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "sketch", "Agreements");
  g_autofree char *participants_heading = _ls_letter_text (b, "sketch", "Participants");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_SKETCH_AGREEMENTS, heading);
  GPtrArray *participants = ls_sketch_get_participants (b->src->sketch);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  add_free_text (b, section, ls_sketch_get_agreements (b->src->sketch));
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      _ls_strv_take (names, g_strdup_printf ("%s (%s)", participant->name, nonempty (participant->role, "–")));
    }
  if (participants->len > 0)
    _ls_letter_add_text (section, LS_LETTER_ITEM_SUBHEADING, g_steal_pointer (&participants_heading), NULL);
  _ls_letter_add_list (section, FALSE, g_strv_builder_end (names));
}

LsLetterContent *
ls_letter_content_new_sketch_report (const LsLetterSources *sources)
{
  LsLetterBuilder b;
  LsLetterSection *section;
  g_autoptr(GArray) segments = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *overview = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (LS_IS_SKETCH (sources->sketch), NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_SKETCH_REPORT, sources);
  b.content->title = _ls_letter_text (&b, "sketch", "Title");
  b.content->subject = g_strdup (b.content->title);
  b.content->keywords = g_strdup (b.content->title);
  _ls_letter_set_references (&b, LS_LETTER_REFS_CORRESPONDENCE);

  _ls_letter_set_date_var (&b, "date", ls_sketch_get_date (sources->sketch));
  section = _ls_letter_add_section (&b, LS_LETTER_PART_NONE, NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (&b, "sketch", "Intro"), NULL);

  segments = _ls_letter_wheel_segments (&b);
  summary = _ls_letter_wheel_summary (&b, segments);
  _ls_letter_set_var (&b, "summary", summary);
  overview = _ls_letter_text (&b, "sketch", "Overview");
  section = _ls_letter_add_section (&b, LS_LETTER_PART_WHEEL, overview);
  _ls_letter_add_wheel (section, g_array_ref (segments), _ls_letter_text (&b, "common", "WheelAlt"),
                        _ls_letter_text (&b, "common", "WheelCaption"));
  add_priorities (&b);
  add_domains (&b, segments);
  add_agreements (&b);
  return _ls_letter_builder_finish (&b);
}
