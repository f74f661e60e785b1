/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ls-test-letters.h"

#include "ls-catalog.h"
#include "ls-goal.h"
#include "ls-measure.h"
#include "ls-national-id.h"

static void
add_measure (LsDecision *decision,
             const char *service,
             double      extent,
             const char *unit,
             const char *provider,
             const char *refusal)
{
  g_autoptr(LsMeasure) measure = ls_measure_new ();

  ls_measure_set_service_key (measure, service);
  ls_measure_set_extent (measure, extent);
  ls_measure_set_unit (measure, unit);
  ls_measure_set_provider (measure, provider);
  ls_measure_set_granted (measure, refusal == NULL);
  ls_measure_set_refusal_grounds (measure, refusal);
  g_list_store_append (ls_decision_get_measures (decision), measure);
}

static void
add_goal (LsDecision *decision,
          const char *domain,
          const char *text,
          const char *expected)
{
  g_autoptr(LsGoal) goal = ls_goal_new ();

  ls_goal_set_domain_key (goal, domain);
  ls_goal_set_text (goal, text);
  ls_goal_set_level_0 (goal, expected);
  ls_goal_set_baseline (goal, -1);
  ls_goal_set_weight (goal, 1);
  g_list_store_append (ls_decision_get_goals (decision), goal);
}

static void
add_entry (LsSketch      *sketch,
           gint64         id,
           const char    *domain,
           LsEntryKind    kind,
           LsEntryAuthor  author,
           const char    *text)
{
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with (domain, kind, author, text);

  ls_sketch_entry_set_id (entry, id);
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
}

static void
rate (LsSketch   *sketch,
      const char *domain,
      int         self_rating,
      int         caseworker_rating)
{
  LsDomainReading *reading = ls_sketch_ensure_reading (sketch, domain);

  ls_domain_reading_set_self_rating (reading, self_rating);
  ls_domain_reading_set_caseworker_rating (reading, caseworker_rating);
}

static void
fill_person (LsTestLetters *self,
             const char    *language)
{
  g_autoptr(GDate) birth = g_date_new_dmy (14, G_DATE_MARCH, 1999);
  g_autofree char *id = NULL;

  for (guint individual = 200; id == NULL; individual++)
    id = ls_national_id_make_synthetic (birth, individual);
  self->person = ls_person_new ();
  ls_person_set_id (self->person, 1);
  ls_person_set_given_name (self->person, "Åse");
  ls_person_set_family_name (self->person, "Bjørnstad Ærø");
  ls_person_set_birth_date (self->person, birth);
  ls_person_set_national_id (self->person, id);
  ls_person_set_address (self->person, "Fjellveien 7\n1234 Eksempelby");
  ls_person_set_written_language (self->person, language);
  ls_person_set_representative_name (self->person, "Per Bjørnstad");
  ls_person_set_representative_relation (self->person, "relative");

  self->case_ = ls_case_new ();
  ls_case_set_id (self->case_, 1);
  ls_case_set_person_id (self->case_, 1);
  ls_case_set_case_number (self->case_, "2026/4711");
  ls_case_set_applied_for (self->case_, "praktisk bistand og avlastning");
  {
    g_autoptr(GDate) received = g_date_new_dmy (2, G_DATE_OCTOBER, 2026);

    ls_case_set_received (self->case_, received);
  }
}

static void
fill_decision (LsTestLetters *self)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_MAY, 2027);
  g_autoptr(GDate) evaluation = g_date_new_dmy (3, G_DATE_MAY, 2027);

  self->decision = ls_decision_new ();
  ls_decision_set_id (self->decision, 1);
  ls_decision_set_person_id (self->decision, 1);
  ls_decision_set_case_id (self->decision, 1);
  ls_decision_set_decision_type (self->decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_status (self->decision, LS_DECISION_ISSUED);
  ls_decision_set_start (self->decision, start);
  ls_decision_set_end (self->decision, end);
  ls_decision_set_evaluation_date (self->decision, evaluation);
  ls_decision_set_issued_date (self->decision, self->today);
  ls_decision_set_issued_by (self->decision, "Ola Nordmann");
  ls_decision_set_legal_basis (self->decision, "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b");
  ls_decision_set_grounds (self->decision,
                           "Åse trenger hjelp til å planlegge uka og handle mat. Praktisk bistand to ganger i uka "
                           "gir henne struktur og gjør at hun kan bo videre i egen leilighet.\n\n"
                           "Avlastning for familien er ikke nødvendig nå, fordi Åse bor for seg selv og foreldrene "
                           "ikke har omsorgsoppgaver i hverdagen.");
  add_measure (self->decision, "personal_assistance", 6, "hours", "Hjemmetjenesten sone øst", NULL);
  add_measure (self->decision, "day_activity", 2, "visits", "Aktivitetshuset Kvisten", NULL);
  add_measure (self->decision, "respite", 12, "hours", NULL,
               "Det er ikke pårørende med omsorgsoppgaver som trenger avlastning.");
  add_goal (self->decision, "home", "Åse lager middag selv tre dager i uka innen mai 2027", "tre dager i uka");
  add_goal (self->decision, "leisure", "Åse går på aktivitetshuset to ganger i uka", "to ganger i uka");
}

static void
fill_sketches (LsTestLetters *self)
{
  g_autoptr(GDate) date = g_date_new_dmy (12, G_DATE_OCTOBER, 2026);
  g_autoptr(GDate) earlier = g_date_new_dmy (3, G_DATE_APRIL, 2026);
  const char *priorities[] = { "home", "entry:3", NULL };

  self->sketch = ls_sketch_new ();
  ls_sketch_set_id (self->sketch, 2);
  ls_sketch_set_person_id (self->sketch, 1);
  ls_sketch_set_date (self->sketch, date);
  ls_sketch_set_status (self->sketch, LS_SKETCH_FINISHED);
  ls_sketch_set_agreements (self->sketch, "Vi søker om praktisk bistand. Åse tar med seg ukeplanen neste gang.");
  ls_sketch_add_participant (self->sketch, "Åse Bjørnstad Ærø", "personen selv");
  ls_sketch_add_participant (self->sketch, "Kari Nordmann", "saksbehandler");
  rate (self->sketch, "home", 4, 3);
  rate (self->sketch, "selfcare", 7, 6);
  rate (self->sketch, "leisure", 3, 0);
  rate (self->sketch, "wellbeing", 6, 0);
  ls_domain_reading_set_skipped (ls_sketch_ensure_reading (self->sketch, "work"), TRUE);
  add_entry (self->sketch, 1, "home", LS_ENTRY_CHALLENGE, LS_ENTRY_AUTHOR_PERSON,
             "Jeg glemmer å handle, og da blir det bare brødskiver til middag.");
  add_entry (self->sketch, 2, "home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON, "Jeg er flink til å rydde kjøkkenet.");
  add_entry (self->sketch, 3, "home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, "Jeg vil lage ordentlig middag selv.");
  add_entry (self->sketch, 4, "home", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_CASEWORKER,
             "Hjelp til å lage handleliste og ukeplan.");
  add_entry (self->sketch, 5, "leisure", LS_ENTRY_CHALLENGE, LS_ENTRY_AUTHOR_PERSON,
             "Det er ensomt i helgene, jeg savner å være sammen med noen.");
  add_entry (self->sketch, 6, "leisure", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON, "Søsteren min Øydis ringer hver søndag.");
  add_entry (self->sketch, 7, "selfcare", LS_ENTRY_FACILITATOR, LS_ENTRY_AUTHOR_CASEWORKER, "Medisindosett med alarm.");
  ls_sketch_set_priorities (self->sketch, priorities);

  self->previous_sketch = ls_sketch_new ();
  ls_sketch_set_date (self->previous_sketch, earlier);
  rate (self->previous_sketch, "home", 3, 0);
  rate (self->previous_sketch, "selfcare", 8, 0);
  rate (self->previous_sketch, "leisure", 3, 0);
}

static void
fill_plan (LsTestLetters *self)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (30, G_DATE_NOVEMBER, 2027);
  g_autoptr(GDate) revision = g_date_new_dmy (3, G_DATE_MAY, 2027);

  self->plan = ls_service_plan_new ();
  ls_service_plan_set_id (self->plan, 1);
  ls_service_plan_set_person_id (self->plan, 1);
  ls_service_plan_set_decision_id (self->plan, 1);
  ls_service_plan_set_goals (self->plan, "Åse vil klare mer selv hjemme og ha noe å gå til i helgene.");
  ls_service_plan_set_coordinator (self->plan, "Kari Nordmann, koordinator i tildelingskontoret");
  ls_service_plan_set_implementation (self->plan,
                                      "Hjemmetjenesten kommer tirsdag og fredag ettermiddag. Sammen med Åse lager de "
                                      "handleliste og ukeplan, og de handler sammen den første måneden.");
  ls_service_plan_set_period_start (self->plan, start);
  ls_service_plan_set_period_end (self->plan, end);
  ls_service_plan_set_revision_date (self->plan, revision);
  ls_service_plan_set_consent_plan (self->plan, TRUE);
  ls_service_plan_set_consent_share (self->plan, TRUE);
  ls_service_plan_set_cooperation (self->plan, "Fastlegen følger opp medisinene. NAV følger opp arbeidstrening.");
  ls_service_plan_add_participant (self->plan, "Åse Bjørnstad Ærø", "personen selv", "Lager ukeplan og sier fra om den ikke passer.");
  ls_service_plan_add_participant (self->plan, "Per Bjørnstad", "pårørende", "Kjører til aktivitetshuset på lørdager.");
  ls_service_plan_add_participant (self->plan, "Hjemmetjenesten sone øst", "tjenesteyter", "Praktisk bistand seks timer i uka.");
}

LsTestLetters *
ls_test_letters_new (const char *language)
{
  LsTestLetters *self = g_new0 (LsTestLetters, 1);
  g_autoptr(GError) error = NULL;

  self->today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  fill_person (self, language);
  fill_decision (self);
  fill_sketches (self);
  fill_plan (self);
  self->domains = ls_catalog_load_domains (language, &error);
  g_assert_no_error (error);
  self->letterhead = ls_letterhead_new ();
  self->legal = ls_legal_texts_new ("/nonexistent/legal.ini", &error);
  g_assert_no_error (error);

  self->sources.person = self->person;
  self->sources.case_ = self->case_;
  self->sources.decision = self->decision;
  self->sources.sketch = self->sketch;
  self->sources.previous_sketch = self->previous_sketch;
  self->sources.plan = self->plan;
  self->sources.domains = G_LIST_MODEL (self->domains);
  self->sources.today = self->today;
  self->sources.letterhead = self->letterhead;
  self->sources.legal = self->legal;
  return self;
}

void
ls_test_letters_free (LsTestLetters *self)
{
  g_clear_object (&self->person);
  g_clear_object (&self->case_);
  g_clear_object (&self->decision);
  g_clear_object (&self->sketch);
  g_clear_object (&self->previous_sketch);
  g_clear_object (&self->plan);
  g_clear_object (&self->domains);
  g_clear_object (&self->letterhead);
  g_clear_object (&self->legal);
  g_date_free (self->today);
  g_free (self);
}
