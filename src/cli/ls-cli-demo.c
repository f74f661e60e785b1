/* SPDX-License-Identifier: GPL-3.0-or-later */
/* demo [--persons N] [--seed S]: invented people (ls-demo-names, synthetic
 * id numbers only), each with a case, two or three life sketches over time
 * with entries in every domain, decisions in every state with chains of
 * previous decisions, evaluations and service plans. Saved in batches of
 * BATCH persons per transaction so that 100 000 persons take well under a
 * minute. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-cli.h"
#include "ls-demo-names.h"
#include "ls-domain.h"
#include "ls-store-bookings.h"
#include "ls-store-cases.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-value.h"

#define BATCH 1000

/* Who prepares and who approves and issues the demo's decisions: the
 * default letterhead's contact person and signer, so that a demo letter
 * names them with the signer's title. */
#define DEMO_CASEWORKER "Kari Nordmann"
#define DEMO_LEADER "Ola Nordmann"

typedef struct
{
  LsStore *store;
  GRand   *rand;
  GStrv    domains;
  GDate    today;
} Demo;

static const char * const factors[] = {
  "Nettbrettet med kalender hjelper meg å huske",
  "Bussen har ikke rampe",
  "Naboen kjører meg til butikken",
  "Det er vanskelig å få time hos legen",
};

/* What the caseworker writes, in the person's written language: a nynorsk
 * letter quotes the person in their own words but says everything else in
 * nynorsk. */
static const char *
in_language (LsPerson   *person,
             const char *bokmal,
             const char *nynorsk)
{
  return g_strcmp0 (ls_person_get_written_language (person), "nn") == 0 ? nynorsk : bokmal;
}

/* A caseworker's note per phrase kind (LsDemoPhraseKind), bokmål and
 * nynorsk; the phrases of ls_demo_phrase() are the person's own words. */
static const char *const caseworker_notes[LS_DEMO_N_PHRASE_KINDS][2] = {
  { "Klarer frokost og enkle måltider selv.", "Klarer frukost og enkle måltid sjølv." },
  { "Trenger påminning for å komme i gang med dagen.", "Treng påminning for å kome i gang med dagen." },
  { "Ønsker mer kontakt med venner.", "Ønskjer meir kontakt med vener." },
  { "Støtte til å planlegge uka og handle mat.", "Støtte til å planleggje veka og handle mat." },
};

static GDate *
days_from_today (Demo *demo,
                 int   days)
{
  GDate *date = g_date_copy (&demo->today);

  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

static LsPerson *
make_person (Demo  *demo,
             guint  index)
{
  LsPerson *person = ls_person_new ();
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  g_autofree char *national_id = NULL;
  GDate birth;

  g_date_clear (&birth, 1);
  ls_demo_person (demo->rand, index, &given, &family, &birth, &national_id);
  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, family);
  ls_person_set_birth_date (person, &birth);
  ls_person_set_national_id (person, national_id);
  ls_person_set_plain_language (person, index % 3 == 0);
  ls_person_set_pictograms (person, index % 5 == 0);
  ls_person_set_consent_share (person, index % 4 != 1);
  ls_person_set_consent_plan (person, index % 4 != 1);
  ls_person_set_written_language (person, index % 9 == 0 ? "nn" : "nb");
  {
    g_autofree char *address = ls_demo_address (index);

    ls_person_set_address (person, address);
  }
  if (index % 4 == 0)
    {
      /* A named guardian, or a relative who shares the family name; drawn
       * from a generator of their own, so the people above stay as they
       * were for a seed. */
      g_autoptr(GRand) names = g_rand_new_with_seed (index ^ 0x76657267u);
      g_autofree char *rep_given = NULL;
      g_autofree char *rep_family = NULL;
      g_autofree char *rep_name = NULL;

      ls_demo_person (names, index, &rep_given, &rep_family, NULL, NULL);
      rep_name = g_strdup_printf ("%s %s", rep_given, index % 8 == 0 ? rep_family : family);
      ls_person_set_representative_name (person, rep_name);
      ls_person_set_representative_relation (person, index % 8 == 0 ? "guardian" : "relative");
    }
  if (index % 11 == 0)
    ls_person_set_interpreter_language (person, "ar");
  return person;
}

static void
add_entries (Demo     *demo,
             LsPerson *person,
             LsSketch *sketch,
             guint     session)
{
  GListStore *entries = ls_sketch_get_entries (sketch);

  for (guint d = 0; demo->domains[d] != NULL; d++)
    {
      LsDemoPhraseKind kind = (d + session) % LS_DEMO_N_PHRASE_KINDS;
      gboolean by_caseworker = g_rand_int_range (demo->rand, 0, 5) == 0;
      const char *phrase = ls_demo_phrase (demo->rand, kind);
      g_autoptr(LsSketchEntry) entry =
        ls_sketch_entry_new_with (demo->domains[d], (LsEntryKind) kind,
                                  by_caseworker ? LS_ENTRY_AUTHOR_CASEWORKER : LS_ENTRY_AUTHOR_PERSON,
                                  by_caseworker ? in_language (person, caseworker_notes[kind][0],
                                                               caseworker_notes[kind][1])
                                                : phrase);
      LsDomainReading *reading = ls_sketch_ensure_reading (sketch, demo->domains[d]);

      g_list_store_append (entries, entry);
      ls_domain_reading_set_self_rating (reading, g_rand_int_range (demo->rand, 1, 11));
      if (g_rand_int_range (demo->rand, 0, 3) == 0)
        ls_domain_reading_set_caseworker_rating (reading, g_rand_int_range (demo->rand, 1, 11));
      if (g_rand_int_range (demo->rand, 0, 4) == 0)
        ls_domain_reading_set_pictogram (reading, g_rand_int_range (demo->rand, LS_PICTOGRAM_GOOD,
                                                                    LS_PICTOGRAM_HARD + 1));
    }
  {
    guint f = g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (factors));
    g_autoptr(LsSketchEntry) factor =
      ls_sketch_entry_new_with ("mobility", f % 2 == 0 ? LS_ENTRY_FACILITATOR : LS_ENTRY_BARRIER,
                                LS_ENTRY_AUTHOR_PERSON, factors[f]);

    ls_sketch_entry_set_environment (factor, f % 2 == 0 ? LS_ENVIRONMENT_E1 : LS_ENVIRONMENT_E5);
    g_list_store_append (entries, factor);
  }
}

static gboolean
add_sketches (Demo      *demo,
              LsPerson  *person,
              gint64     case_id,
              guint      index,
              GError   **error)
{
  guint sessions = 2 + index % 2;
  g_autofree char *name = ls_person_dup_display_name (person);

  for (guint s = 0; s < sessions; s++)
    {
      g_autoptr(LsSketch) sketch = ls_sketch_new ();
      g_autoptr(GDate) date = days_from_today (demo, -380 + (int) s * 150 + (int) (index % 30));
      gboolean last = s + 1 == sessions;
      const char *priorities[] = { demo->domains[index % 10], demo->domains[(index + 3) % 10], NULL };

      ls_sketch_set_person_id (sketch, ls_person_get_id (person));
      ls_sketch_set_case_id (sketch, case_id);
      ls_sketch_set_date (sketch, date);
      ls_sketch_set_status (sketch, last && index % 7 == 0 ? LS_SKETCH_IN_PROGRESS : LS_SKETCH_FINISHED);
      ls_sketch_set_agreements (sketch, in_language (person, "Vi møtes igjen før evalueringen. Saksbehandler sender vedtak.",
                                                     "Vi møtest igjen før evalueringa. Sakshandsamaren sender vedtak."));
      ls_sketch_add_participant (sketch, name, "personen");
      ls_sketch_add_participant (sketch, "Kari Nordmann", in_language (person, "saksbehandler", "sakshandsamar"));
      if (index % 4 == 0)
        ls_sketch_add_participant (sketch, ls_person_get_representative_name (person),
                                   in_language (person, "verge/pårørende", "verje/pårørande"));
      ls_sketch_set_priorities (sketch, priorities);
      add_entries (demo, person, sketch, s);
      if (!ls_store_save_sketch (demo->store, sketch, error))
        return FALSE;
    }
  return TRUE;
}

/* A draft trial starting @start_days from today, saved. */
static LsDecision *
new_decision (Demo            *demo,
              LsPerson        *person,
              gint64           case_id,
              gint64           previous_id,
              LsDecisionType   type,
              int              start_days,
              GError         **error)
{
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  g_autoptr(GDate) start = days_from_today (demo, start_days);
  g_autoptr(GDate) end = days_from_today (demo, start_days + (type == LS_DECISION_TYPE_TRIAL ? 180 : 730));
  g_autoptr(GDate) evaluation = days_from_today (demo, start_days + (type == LS_DECISION_TYPE_TRIAL ? 166 : 700));

  ls_decision_set_person_id (decision, ls_person_get_id (person));
  ls_decision_set_case_id (decision, case_id);
  ls_decision_set_previous_id (decision, previous_id);
  ls_decision_set_decision_type (decision, type);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, in_language (person,
                                                  "Du har fortalt at du vil klare mer selv hjemme. "
                                                  "Vi prøver ut praktisk bistand og opplæring.",
                                                  "Du har fortalt at du vil klare meir sjølv heime. "
                                                  "Vi prøver ut praktisk bistand og opplæring."));
  /* Kept in bokmål as the catalog has it; a nynorsk letter names the law
   * in nynorsk. */
  ls_decision_set_legal_basis (decision, "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b");
  ls_decision_set_prepared_by (decision, DEMO_CASEWORKER);
  ls_decision_set_approved_by (decision, DEMO_LEADER);
  ls_goal_set_text (goal, in_language (person, "Lage middag selv to dager i uka med støtte fra assistent, innen seks måneder",
                                       "Lage middag sjølv to dagar i veka med støtte frå assistent, innan seks månader"));
  ls_goal_set_level_text (goal, -2, in_language (person, "Lager ikke middag", "Lagar ikkje middag"));
  ls_goal_set_level_text (goal, -1, in_language (person, "Lager middag med mye hjelp en dag i uka",
                                                 "Lagar middag med mykje hjelp ein dag i veka"));
  ls_goal_set_level_text (goal, 0, in_language (person, "Lager middag to dager i uka med støtte",
                                                "Lagar middag to dagar i veka med støtte"));
  ls_goal_set_level_text (goal, 1, in_language (person, "Lager middag tre dager i uka med støtte",
                                                "Lagar middag tre dagar i veka med støtte"));
  ls_goal_set_level_text (goal, 2, in_language (person, "Lager middag tre dager i uka nesten alene",
                                                "Lagar middag tre dagar i veka nesten åleine"));
  ls_goal_set_domain_key (goal, "home");
  ls_goal_set_weight (goal, 1 + g_rand_int_range (demo->rand, 0, 6));
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 2 + g_rand_int_range (demo->rand, 0, 8));
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_provider (measure, in_language (person, "Hjemmetjenesten, sone nord", "Heimetenesta, sone nord"));
  ls_measure_set_start (measure, start);
  ls_measure_set_end (measure, end);
  g_list_store_append (ls_decision_get_goals (decision), goal);
  g_list_store_append (ls_decision_get_measures (decision), measure);
  if (previous_id == 0 && ls_person_get_id (person) % 5 == 2)
    {
      /* Applied for, refused, with its own grounds. */
      g_autoptr(LsMeasure) refused = ls_measure_new ();

      ls_measure_set_service_key (refused, "bpa");
      ls_measure_set_extent (refused, 10);
      ls_measure_set_unit (refused, "hours");
      ls_measure_set_granted (refused, FALSE);
      ls_measure_set_refusal_grounds (refused, in_language (person,
        "Behovet ditt for hjelp er under 25 timer i uka, og det kan dekkes godt med praktisk bistand og opplæring.",
        "Behovet ditt for hjelp er under 25 timar i veka, og det kan dekkjast godt med praktisk bistand og opplæring."));
      g_list_store_append (ls_decision_get_measures (decision), refused);
    }
  if (!ls_store_save_decision (demo->store, decision, error))
    return NULL;
  return g_steal_pointer (&decision);
}

/* @decision's first measure (the granted hours). */
static LsMeasure *
first_measure (LsDecision *decision)
{
  return g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (decision)), 0);
}

/* @next follows @previous after an evaluation: the same hours, or with
 * @reduce half of them, told in advance (forhåndsvarsel) with the
 * person's answer or a deadline that passed; with the reason and an
 * assessment of its own. Saved. */
static gboolean
follow_on (Demo       *demo,
           LsPerson   *person,
           LsDecision *previous,
           LsDecision *next,
           gboolean    reduce,
           guint       index,
           GError    **error)
{
  g_autoptr(LsMeasure) before = first_measure (previous);
  g_autoptr(LsMeasure) after = first_measure (next);
  double hours = ls_measure_get_extent (before);

  if (!reduce)
    {
      ls_measure_set_extent (after, hours);
      ls_decision_set_change_reason (next, in_language (person,
        "Målet er nådd som avtalt, og du ønsker å fortsette med samme hjelp.",
        "Målet er nådd som avtalt, og du ønskjer å halde fram med same hjelp."));
      ls_decision_set_grounds (next, in_language (person,
        "Evalueringen viser at hjelpen virker. Vi gjør derfor tjenesten om til et vanlig vedtak med samme omfang.",
        "Evalueringa viser at hjelpa verkar. Vi gjer derfor tenesta om til eit vanleg vedtak med same omfang."));
      return ls_store_save_decision (demo->store, next, error);
    }
  {
    g_autoptr(GDate) sent = g_date_copy (ls_decision_get_start (next));
    g_autoptr(GDate) deadline = NULL;

    g_date_subtract_days (sent, 28);
    deadline = g_date_copy (sent);
    g_date_add_days (deadline, 14);
    /* The demo grants 2-9 hours: 6 become 3. */
    ls_measure_set_extent (after, (double) (int) (hours / 2));
    ls_decision_set_change_reason (next, in_language (person,
      "Du lager nå middag selv flere dager i uka og trenger mindre hjelp enn før.",
      "Du lagar no middag sjølv fleire dagar i veka og treng mindre hjelp enn før."));
    ls_decision_set_grounds (next, index % 4 == 3
      ? in_language (person,
                     "Du har nådd målet om å lage middag selv, og assistenten brukes nå mest til å vente. "
                     "Vi mener at færre timer er nok, og at opplæringen kan fortsette i det nye omfanget. "
                     "Vi har lagt vekt på det du svarte på forhåndsvarselet, og legger timene til tirsdagene.",
                     "Du har nådd målet om å lage middag sjølv, og assistenten blir no mest brukt til å vente. "
                     "Vi meiner at færre timar er nok, og at opplæringa kan halde fram i det nye omfanget. "
                     "Vi har lagt vekt på det du svarte på førehandsvarselet, og legg timane til tysdagane.")
      : in_language (person,
                     "Du har nådd målet om å lage middag selv, og assistenten brukes nå mest til å vente. "
                     "Vi mener at færre timer er nok, og at opplæringen kan fortsette i det nye omfanget. "
                     "Du svarte ikke på forhåndsvarselet; ta kontakt hvis du mener vi har tatt feil.",
                     "Du har nådd målet om å lage middag sjølv, og assistenten blir no mest brukt til å vente. "
                     "Vi meiner at færre timar er nok, og at opplæringa kan halde fram i det nye omfanget. "
                     "Du svarte ikkje på førehandsvarselet; ta kontakt om du meiner vi har teke feil."));
    ls_decision_set_notice_sent (next, sent);
    ls_decision_set_notice_deadline (next, deadline);
    if (index % 4 == 3)
      ls_decision_set_notice_answer (next, in_language (person,
        "Jeg klarer meg med færre timer, men vil gjerne beholde tirsdagene.",
        "Eg klarar meg med færre timar, men vil gjerne halde på tysdagane."));
    else
      ls_decision_set_notice_no_answer (next, TRUE);
  }
  return ls_store_save_decision (demo->store, next, error);
}

static gboolean
issue (Demo       *demo,
       LsDecision *decision,
       GError    **error)
{
  return ls_store_issue_decision (demo->store, decision, DEMO_LEADER, ls_decision_get_start (decision), TRUE, error);
}

/* Evaluates @decision with @outcome and moves it on; returns the decision
 * that follows (issued, linked to it) or NULL when the outcome ends it. */
static gboolean
evaluate (Demo                *demo,
          LsPerson            *person,
          LsDecision          *decision,
          LsEvaluationOutcome  outcome,
          GError             **error)
{
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsGoal) goal = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 0);

  ls_evaluation_set_decision_id (evaluation, ls_decision_get_id (decision));
  ls_evaluation_set_date (evaluation, ls_decision_get_evaluation_date (decision));
  ls_evaluation_set_person_view (evaluation, in_language (person, "Det går bedre enn jeg trodde, men jeg blir sliten.",
                                                          "Det går betre enn eg trudde, men eg blir sliten."));
  ls_evaluation_set_measures_view (evaluation, "Assistenten kom som avtalt.");
  ls_evaluation_set_outcome (evaluation, outcome);
  ls_evaluation_set_score (evaluation, ls_goal_get_id (goal), g_rand_int_range (demo->rand, -1, 3),
                           ls_goal_get_weight (goal));
  return ls_store_set_decision_status (demo->store, decision, LS_DECISION_UNDER_EVALUATION, error)
         && ls_store_save_evaluation (demo->store, evaluation, error)
         && ls_store_set_decision_status (demo->store, decision, ls_evaluation_outcome_next_status (outcome), error);
}

static gboolean
add_decisions (Demo      *demo,
               LsPerson  *person,
               gint64     case_id,
               guint      index,
               GError   **error)
{
  guint pattern = index % 6;
  g_autoptr(LsDecision) first = NULL;
  g_autoptr(LsDecision) second = NULL;
  g_autoptr(LsDecision) third = NULL;
  LsEvaluationOutcome outcome;

  switch (pattern)
    {
    case 0:   /* a draft being prepared */
      first = new_decision (demo, person, case_id, 0, LS_DECISION_TYPE_TRIAL, 7, error);
      return first != NULL;
    case 1:   /* a running trial, evaluation ahead (some soon), or an ordinary decision */
      first = new_decision (demo, person, case_id, 0, index % 12 == 7 ? LS_DECISION_TYPE_ORDINARY : LS_DECISION_TYPE_TRIAL,
                            -150 + (int) (index % 40), error);
      return first != NULL && issue (demo, first, error);
    case 2:   /* evaluation due or overdue */
      first = new_decision (demo, person, case_id, 0, LS_DECISION_TYPE_TRIAL, -170 - (int) (index % 20), error);
      return first != NULL && issue (demo, first, error)
             && (index % 4 != 0 || ls_store_set_decision_status (demo->store, first, LS_DECISION_UNDER_EVALUATION,
                                                                 error));
    case 5:   /* tried and ended */
      first = new_decision (demo, person, case_id, 0, LS_DECISION_TYPE_TRIAL, -300, error);
      return first != NULL && issue (demo, first, error)
             && evaluate (demo, person, first, LS_EVALUATION_OUTCOME_END, error);
    default:  /* 3, 4: a chain of decisions */
      break;
    }
  outcome = pattern == 3 ? LS_EVALUATION_OUTCOME_ADJUST : LS_EVALUATION_OUTCOME_MAKE_ORDINARY;
  first = new_decision (demo, person, case_id, 0, LS_DECISION_TYPE_TRIAL, -400, error);
  if (first == NULL)
    return FALSE;
  if (outcome == LS_EVALUATION_OUTCOME_ADJUST)
    {
      /* Six hours a week, halved after the evaluation. */
      g_autoptr(LsMeasure) hours = first_measure (first);

      ls_measure_set_extent (hours, 6);
      if (!ls_store_save_decision (demo->store, first, error))
        return FALSE;
    }
  if (!issue (demo, first, error) || !evaluate (demo, person, first, outcome, error))
    return FALSE;
  second = new_decision (demo, person, case_id, ls_decision_get_id (first),
                         ls_evaluation_outcome_new_type (outcome, LS_DECISION_TYPE_TRIAL), -220, error);
  if (second == NULL
      || !follow_on (demo, person, first, second, outcome == LS_EVALUATION_OUTCOME_ADJUST, index, error)
      || !issue (demo, second, error))
    return FALSE;
  if (pattern != 3 || index % 12 != 3)
    return TRUE;
  /* Every other adjusted trial goes round once more: a chain of three. */
  if (!evaluate (demo, person, second, LS_EVALUATION_OUTCOME_MAKE_ORDINARY, error))
    return FALSE;
  third = new_decision (demo, person, case_id, ls_decision_get_id (second), LS_DECISION_TYPE_ORDINARY, -40, error);
  return third != NULL && follow_on (demo, person, second, third, FALSE, index, error) && issue (demo, third, error);
}

static gboolean
add_plan (Demo      *demo,
          LsPerson  *person,
          GError   **error)
{
  g_autoptr(LsServicePlan) plan = ls_service_plan_new ();
  g_autoptr(GDate) start = days_from_today (demo, -200);
  g_autoptr(GDate) end = days_from_today (demo, 165);
  g_autoptr(GDate) revision = days_from_today (demo, 60);
  g_autofree char *name = ls_person_dup_display_name (person);

  g_autoptr(GPtrArray) decisions = ls_store_list_decisions (demo->store, ls_person_get_id (person), error);

  if (decisions == NULL)
    return FALSE;
  /* Linked to the decision in force, as a plan drafted from it is. */
  for (guint i = decisions->len; i > 0; i--)
    if (ls_decision_get_status (g_ptr_array_index (decisions, i - 1)) == LS_DECISION_ISSUED)
      {
        ls_service_plan_set_decision_id (plan, ls_decision_get_id (g_ptr_array_index (decisions, i - 1)));
        break;
      }
  ls_service_plan_set_person_id (plan, ls_person_get_id (person));
  ls_service_plan_set_goals (plan, in_language (person, "Bo i egen leilighet og klare mer av hverdagen selv.",
                                                "Bu i eigen leilegheit og klare meir av kvardagen sjølv."));
  ls_service_plan_set_coordinator (plan, "Koordinator i tildelingskontoret");
  ls_service_plan_set_implementation (plan, in_language (person, "Assistent tirsdag og torsdag ettermiddag.",
                                                         "Assistent tysdag og torsdag ettermiddag."));
  ls_service_plan_set_period_start (plan, start);
  ls_service_plan_set_period_end (plan, end);
  ls_service_plan_set_revision_date (plan, revision);
  ls_service_plan_set_consent_plan (plan, ls_person_get_consent_plan (person));
  ls_service_plan_set_consent_share (plan, ls_person_get_consent_share (person));
  ls_service_plan_set_cooperation (plan, "NAV om arbeid og aktivitet.");
  ls_service_plan_add_participant (plan, name, "personen",
                                   in_language (person, "Handler selv og sier fra når noe ikke virker",
                                                "Handlar sjølv og seier frå når noko ikkje verkar"));
  ls_service_plan_add_participant (plan, in_language (person, "Hjemmetjenesten", "Heimetenesta"),
                                   in_language (person, "tjenesteyter", "tenesteytar"), "Praktisk bistand og opplæring");
  return ls_store_save_service_plan (demo->store, plan, error);
}

static gboolean
add_person (Demo    *demo,
            guint    index,
            GError **error)
{
  g_autoptr(LsPerson) person = make_person (demo, index);
  g_autoptr(LsCase) kase = ls_case_new ();
  g_autoptr(GDate) received = days_from_today (demo, -420 + (int) (index % 30));
  g_autofree char *number = g_strdup_printf ("%u/%05u", g_date_get_year (received), index + 1);

  if (!ls_store_save_person (demo->store, person, error))
    return FALSE;
  ls_case_set_person_id (kase, ls_person_get_id (person));
  ls_case_set_case_number (kase, number);
  ls_case_set_received (kase, received);
  ls_case_set_applied_for (kase, in_language (person, "Praktisk bistand og opplæring i hjemmet",
                                              "Praktisk bistand og opplæring i heimen"));
  ls_case_set_applied_by (kase, index % 4 == 0 ? in_language (person, "verge", "verje")
                                               : in_language (person, "søker selv", "søkjar sjølv"));
  ls_case_set_channel (kase, index % 3 == 0 ? "digital" : "form");
  ls_case_set_status (kase, index % 6 == 0 ? LS_CASE_PLANNING : index % 6 == 5 ? LS_CASE_CLOSED : LS_CASE_EVALUATING);
  return ls_store_save_case (demo->store, kase, error)
         && add_sketches (demo, person, ls_case_get_id (kase), index, error)
         && add_decisions (demo, person, ls_case_get_id (kase), index, error)
         && (index % 6 < 3 || add_plan (demo, person, error));
}

static GStrv
domain_keys (GError **error)
{
  g_autoptr(GListStore) domains = ls_catalog_load_domains (NULL, error);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  if (domains == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (domains)); i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (G_LIST_MODEL (domains), i);

      g_strv_builder_add (keys, ls_domain_get_key (domain));
    }
  return g_strv_builder_end (keys);
}

/* Opening hours for every provider unit that has none, and bookings in the
 * coming weeks for some persons with granted hours. A generator of its own,
 * so that the persons and decisions above stay as they were for a seed. */
static gboolean
add_bookings (LsStore     *store,
              guint        seed,
              const GDate *today,
              GError     **error)
{
  g_auto(GStrv) providers = ls_store_list_providers (store, error);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0x626f6f6bu);
  GDate monday;

  if (providers == NULL)
    return FALSE;
  for (guint i = 0; providers[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) slots = ls_store_list_provider_slots (store, providers[i], error);

      if (slots == NULL)
        return FALSE;
      if (slots->len > 0)
        continue;
      for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_FRIDAY; day++)
        g_ptr_array_add (slots, ls_provider_slot_new (day, 8 * 60, 16 * 60, 3));
      if (!ls_store_set_provider_slots (store, providers[i], slots, error))
        return FALSE;
    }
  decisions = ls_store_list_decisions (store, 0, error);
  if (decisions == NULL)
    return FALSE;
  /* From the Monday after next: always before the deadline. */
  ls_iso_week_monday (today, &monday);
  g_date_add_days (&monday, 14);
  for (guint i = 0; i < decisions->len; i += 3)
    {
      gint64 decision_id = ls_decision_get_id (g_ptr_array_index (decisions, i));
      g_autoptr(GPtrArray) budget = ls_store_booking_budget (store, decision_id, error);
      g_autoptr(LsBooking) booking = ls_booking_new ();
      g_autoptr(GError) refusal = NULL;
      LsBookingBudget *item;

      if (budget == NULL)
        return FALSE;
      if (budget->len == 0)
        continue;
      item = g_ptr_array_index (budget, 0);
      booking->measure_id = item->measure_id;
      booking->date = monday;
      g_date_add_days (&booking->date, g_rand_int_range (rand, 0, 5));
      booking->start_minute = (9 + g_rand_int_range (rand, 0, 5)) * 60;
      booking->minutes = MIN (item->minutes_per_week, 120);
      if (g_rand_boolean (rand))
        {
          booking->weekly_until = booking->date;
          g_date_add_days (&booking->weekly_until, 21);
        }
      /* A time outside the period or already taken is simply not booked. */
      if (!ls_store_add_booking (store, decision_id, booking, NULL, &refusal)
          && !g_error_matches (refusal, LS_STORE_ERROR, LS_STORE_ERROR_INVALID))
        {
          g_propagate_error (error, g_steal_pointer (&refusal));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
ls_cli_demo_fill (LsStore  *store,
                  guint     persons,
                  guint     seed,
                  GError  **error)
{
  g_auto(GStrv) domains = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 first_index;
  Demo demo = { 0 };

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);

  domains = domain_keys (error);
  if (domains == NULL)
    return FALSE;
  /* Running demo twice adds new people: their id numbers continue. */
  first_index = ls_store_count_persons (store, error);
  if (first_index < 0)
    return FALSE;

  demo.store = store;
  demo.rand = g_rand_new_with_seed (seed + first_index);
  demo.domains = domains;
  ls_date_set_today (&demo.today);
  /* The batches are one series: what the store does after a bulk write
   * (its search index tidied, its log checkpointed) is done once, at the end. */
  ls_store_set_series (store, TRUE);
  for (guint done = 0; done < persons && local_error == NULL; done += BATCH)
    {
      if (!ls_store_begin_batch (store, &local_error))
        break;
      for (guint i = done; i < MIN (done + BATCH, persons) && local_error == NULL; i++)
        add_person (&demo, first_index + i, &local_error);
      if (done + BATCH >= persons || local_error != NULL)
        ls_store_set_series (store, FALSE);
      if (local_error != NULL)
        ls_store_cancel_batch (store);
      else
        ls_store_end_batch (store, &local_error);
    }
  ls_store_set_series (store, FALSE);
  g_rand_free (demo.rand);
  if (local_error == NULL)
    add_bookings (store, seed + first_index, &demo.today, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

int
ls_cli_demo (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  int persons = 30, seed = 1;
  GOptionEntry entries[] = {
    { "persons", 0, 0, G_OPTION_ARG_INT, &persons, N_("How many invented persons to add (30)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed for the random choices (1)"), "S" },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc > 1)
    return ls_cli_usage (_("demo takes no arguments"));
  if (persons < 1 || persons > 300000)
    return ls_cli_usage (_("--persons must be between 1 and 300000"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || !ls_cli_demo_fill (store, persons, seed, &error))
    return ls_cli_fail_error (error);
  return 0;
}
