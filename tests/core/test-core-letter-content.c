/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What letters say: every point of REFERENCE §7 in a decision letter, every
 * point of §8 in a service plan, in bokmål and nynorsk. */
#include <gio/gio.h>

#include "ls-letter-content.h"
#include "../export/ls-test-letters.h"

static char *
part_text (LsLetterContent *content,
           LsLetterPart     part)
{
  LsLetterSection *section = ls_letter_content_find_part (content, part);

  if (section == NULL)
    g_error ("part %d is missing", part);
  return ls_letter_section_to_text (section);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
test_decision_nb (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autoptr(LsLetterContent) content = ls_letter_content_new_decision (&t->sources);
  g_autofree char *all = ls_letter_content_to_text (content);
  g_autofree char *decision = part_text (content, LS_LETTER_PART_DECISION);
  g_autofree char *trial = part_text (content, LS_LETTER_PART_TRIAL);
  g_autofree char *rules = part_text (content, LS_LETTER_PART_RULES);
  g_autofree char *facts = part_text (content, LS_LETTER_PART_FACTS);
  g_autofree char *assessment = part_text (content, LS_LETTER_PART_ASSESSMENT);
  g_autofree char *appeal = part_text (content, LS_LETTER_PART_APPEAL);
  g_autofree char *access = part_text (content, LS_LETTER_PART_ACCESS);
  g_autofree char *contact = part_text (content, LS_LETTER_PART_CONTACT);
  g_autofree char *law = part_text (content, LS_LETTER_PART_LAW);
  LsLetterSection *first = g_ptr_array_index (content->sections, 0);
  LsLetterSection *appeal_section = ls_letter_content_find_part (content, LS_LETTER_PART_APPEAL);
  LsLetterItem *appeal_item = g_ptr_array_index (appeal_section->items, 0);
  LsLetterItem *callout = g_ptr_array_index (ls_letter_content_find_part (content, LS_LETTER_PART_TRIAL)->items, 0);

  g_assert_cmpstr (content->language, ==, "nb");
  g_assert_cmpstr (content->title, ==, "Vedtak om helse- og omsorgstjenester for en prøveperiode");
  /* §7.2: the decision first, with what is granted and refused, extent, start, end. */
  g_assert_cmpint (first->part, ==, LS_LETTER_PART_DECISION);
  assert_contains (decision, "Personlig assistanse, herunder praktisk bistand, opplæring og støttekontakt");
  assert_contains (decision, "6 timer per uke");
  assert_contains (decision, "Dagaktivitetstilbud");
  assert_contains (decision, "2 besøk per uke");
  assert_contains (decision, "Avlastning");
  assert_contains (decision, "Innvilget");
  assert_contains (decision, "Avslått");
  assert_contains (decision, "1. desember 2026 – 31. mai 2027");
  assert_contains (decision, "Hjemmetjenesten sone øst");
  /* The trial period and evaluation date, and what will be evaluated. */
  g_assert_cmpint (callout->kind, ==, LS_LETTER_ITEM_CALLOUT);
  assert_contains (trial, "fra 1. desember 2026 til 31. mai 2027");
  assert_contains (callout->strong, "3. mai 2027");
  assert_contains (trial, "Åse lager middag selv tre dager i uka");
  /* §7.3: the rules, the facts in the person's words, the assessment. */
  assert_contains (rules, "pasient- og brukerrettighetsloven § 2-1 a");
  assert_contains (rules, "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b");
  assert_contains (facts, "12. oktober 2026");
  assert_contains (facts, "«Jeg glemmer å handle, og da blir det bare brødskiver til middag.»");
  assert_contains (facts, "Hjem og hverdag");
  assert_contains (facts, "Hjelp til å lage handleliste og ukeplan.");
  assert_contains (assessment, "bo videre i egen leilighet");
  assert_contains (assessment, "Avlastning: Det er ikke pårørende");
  /* §7.4: appeal, deadline (bold), body, how. */
  g_assert_nonnull (appeal_item->strong);
  assert_contains (appeal_item->strong, "4 uker");
  assert_contains (appeal_item->text, appeal_item->strong);
  assert_contains (appeal, "Statsforvalteren i Eksempel");
  assert_contains (appeal, "pasient- og brukerrettighetsloven § 7-2");
  assert_contains (appeal, "pasient- og brukerrettighetsloven § 7-5");
  assert_contains (appeal, "Eksempel kommune");
  assert_contains (appeal, "Skriv hvilket vedtak du klager på");
  /* §7.5: right to see the documents. */
  assert_contains (access, "forvaltningsloven § 18");
  assert_contains (access, "pasient- og brukerrettighetsloven § 5-1");
  /* §7.6: who decided, contact, date, case number. */
  assert_contains (contact, "Ola Nordmann");
  assert_contains (contact, "23. november 2026");
  assert_contains (contact, "Kari Nordmann");
  assert_contains (contact, "2026/4711");
  /* The reference line: our ref. is the case number; no reference of
   * the applicant's; the caseworker (a user name in the store gives way to
   * the letterhead's contact); the date. */
  {
    const char *labels[] = { "Vår ref.", "Deres ref.", "Saksbehandler", "Dato", "Fødselsnummer", NULL };
    const char *values[] = { "2026/4711", "–", "Kari Nordmann", "23. november 2026", NULL };

    g_assert_cmpstrv (content->reference_labels, labels);
    for (guint i = 0; values[i] != NULL; i++)
      g_assert_cmpstr (content->reference_values[i], ==, values[i]);
  }
  assert_contains (all, "Vår ref.: 2026/4711");
  assert_contains (content->footer, "2026/4711");
  /* §7.1: in writing (§ 23), sent as soon as possible (§ 27). */
  assert_contains (law, "forvaltningsloven § 23");
  assert_contains (law, "forvaltningsloven § 27");
  assert_contains (all, "Kopi til: Per Bjørnstad, pårørende");
  /* No placeholder was left unfilled. */
  g_assert_null (strstr (all, "{"));
  g_assert_null (strstr (all, "[decision/"));
}

static void
test_decision_nn (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autoptr(LsLetterContent) content = ls_letter_content_new_decision (&t->sources);
  g_autofree char *all = ls_letter_content_to_text (content);

  g_assert_cmpstr (content->language, ==, "nn");
  assert_contains (all, "Vedtak om helse- og omsorgstenester for ein prøveperiode");
  assert_contains (all, "Fristen for å klage er 4 veker");
  assert_contains (all, "Statsforvaltaren i Eksempel");
  assert_contains (all, "forvaltningslova § 18");
  assert_contains (all, "Heim og kvardag");
  assert_contains (all, "Innvilga");
  assert_contains (all, "Vår ref.: 2026/4711");
  assert_contains (all, "Dykkar ref.: –");
  assert_contains (all, "Sakshandsamar: Kari Nordmann");
  g_assert_null (strstr (all, "{"));
}

/* Who decided comes from the record: prepared by A, approved by B, issued
 * by C, each named in their role with their title from the staff list, in
 * both languages; the signature is C's, not the letterhead's signer. */
static void
test_who_decided (gconstpointer data)
{
  const char *lang = data;
  gboolean nn = g_str_equal (lang, "nn");
  g_autoptr(LsTestLetters) t = ls_test_letters_new (lang);
  g_autoptr(LsLetterContent) content = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *signature = NULL;

  ls_decision_set_prepared_by (t->decision, "anna");
  ls_decision_set_approved_by (t->decision, "Berit Bakke");
  ls_decision_set_issued_by (t->decision, "carl");
  ls_letterhead_set_staff (t->letterhead, "anna", "Anna Aas", "rådgiver", "rådgjevar");
  ls_letterhead_set_staff (t->letterhead, "carl", "Carl Cappelen", "enhetsleder", "einingsleiar");
  content = ls_letter_content_new_decision (&t->sources);
  contact = part_text (content, LS_LETTER_PART_CONTACT);
  signature = part_text (content, LS_LETTER_PART_SIGNATURE);

  if (nn)
    {
      assert_contains (contact, "Saka er førebudd av Anna Aas (rådgjevar). Vedtaket er godkjent av Berit Bakke. "
                                "Vedtaket er gjort av Carl Cappelen (einingsleiar) den 23. november 2026.");
      assert_contains (signature, "Med venleg helsing\nCarl Cappelen\neiningsleiar\nEksempel kommune");
    }
  else
    {
      assert_contains (contact, "Saken er forberedt av Anna Aas (rådgiver). Vedtaket er godkjent av Berit Bakke. "
                                "Vedtaket er fattet av Carl Cappelen (enhetsleder) den 23. november 2026.");
      assert_contains (signature, "Med vennlig hilsen\nCarl Cappelen\nenhetsleder\nEksempel kommune");
    }
  /* The letterhead's signer is not named: someone else decided. */
  g_assert_null (strstr (contact, "Ola Nordmann"));
  g_assert_null (strstr (signature, "Ola Nordmann"));
  g_assert_cmpstr (content->reference_values[2], ==, "Anna Aas");
}

/* A record from before who issued was kept: the letterhead's signer, with
 * the signer's title in the letter's language. */
static void
test_who_decided_old_record (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autoptr(LsLetterContent) content = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *signature = NULL;

  ls_decision_set_issued_by (t->decision, NULL);
  ls_letterhead_set_nynorsk (t->letterhead, LS_LETTERHEAD_SIGNATURE_TITLE, "Leiar, helse og meistring");
  content = ls_letter_content_new_decision (&t->sources);
  contact = part_text (content, LS_LETTER_PART_CONTACT);
  signature = part_text (content, LS_LETTER_PART_SIGNATURE);

  assert_contains (contact, "Vedtaket er gjort av Ola Nordmann (Leiar, helse og meistring) den 23. november 2026.");
  assert_contains (signature, "Ola Nordmann\nLeiar, helse og meistring\n");
}

/* The letterhead speaks the letter's language: the nynorsk texts where the
 * letterhead has them, the invented nynorsk defaults while the bokmål texts
 * are the defaults, and a municipality's own bokmål text rather than an
 * invented one. */
static void
test_letterhead_language (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autoptr(LsLetterContent) defaults = ls_letter_content_new_decision (&t->sources);
  g_autoptr(LsLetterContent) own = NULL;
  g_autoptr(LsLetterContent) bokmal_only = NULL;
  g_autofree char *defaults_text = ls_letter_content_to_text (defaults);
  g_autofree char *own_text = NULL;
  g_autofree char *bokmal_only_text = NULL;

  assert_contains (defaults->letterhead[1], "Tildelingskontoret for helse- og omsorgstenester");
  assert_contains (defaults_text, "Send klaga til Eksempel kommune, Tildelingskontoret for helse- og omsorgstenester.");
  assert_contains (defaults_text, "Leiar, tildelingskontoret");
  g_assert_null (strstr (defaults_text, "tjenester"));

  ls_letterhead_set (t->letterhead, LS_LETTERHEAD_UNIT, "Helse og mestring");
  ls_letterhead_set_nynorsk (t->letterhead, LS_LETTERHEAD_UNIT, "Helse og meistring");
  ls_letterhead_set (t->letterhead, LS_LETTERHEAD_APPEAL_BODY, "Statsforvalteren i Vest");
  ls_letterhead_set_nynorsk (t->letterhead, LS_LETTERHEAD_APPEAL_BODY, "Statsforvaltaren i Vest");
  own = ls_letter_content_new_decision (&t->sources);
  own_text = ls_letter_content_to_text (own);
  g_assert_cmpstr (own->letterhead[1], ==, "Helse og meistring");
  assert_contains (own_text, "sender vi klaga til Statsforvaltaren i Vest");

  ls_letterhead_set_nynorsk (t->letterhead, LS_LETTERHEAD_UNIT, "");
  bokmal_only = ls_letter_content_new_decision (&t->sources);
  bokmal_only_text = ls_letter_content_to_text (bokmal_only);
  g_assert_cmpstr (bokmal_only->letterhead[1], ==, "Helse og mestring");
}

/* The needs the letter lists are the person's own words in «», a
 * caseworker's note without. */
static void
test_needs_quoted (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("leisure", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON,
                                                             "Eg treng følgje til nye stader.");
  g_autoptr(LsLetterContent) content = NULL;
  g_autofree char *facts = NULL;

  g_list_store_append (ls_sketch_get_entries (t->sketch), entry);
  content = ls_letter_content_new_decision (&t->sources);
  facts = part_text (content, LS_LETTER_PART_FACTS);
  assert_contains (facts, "«Eg treng følgje til nye stader.»");
  assert_contains (facts, ": Hjelp til å lage handleliste og ukeplan.");
}

/* A guardian acts for the person: the address block names them. */
static void
test_recipient_guardian (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autoptr(LsLetterContent) content = NULL;
  const char *expected[] = { "Åse Bjørnstad Ærø", "v/ verje Per Bjørnstad", "Fjellveien 7", "1234 Eksempelby", NULL };

  ls_person_set_representative_relation (t->person, "guardian");
  content = ls_letter_content_new_decision (&t->sources);
  g_assert_cmpstrv (content->recipient, expected);
}

static void
test_decision_ordinary_deadline (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autoptr(LsLetterContent) content = NULL;
  g_autofree char *all = NULL;

  ls_decision_set_decision_type (t->decision, LS_DECISION_TYPE_ORDINARY);
  ls_letterhead_set_appeal_weeks (t->letterhead, 3);
  ls_letterhead_set (t->letterhead, LS_LETTERHEAD_APPEAL_BODY, "Statsforvalteren i Øst");
  t->sources.sketch = NULL;
  content = ls_letter_content_new_decision (&t->sources);
  all = ls_letter_content_to_text (content);
  g_assert_null (ls_letter_content_find_part (content, LS_LETTER_PART_TRIAL));
  g_assert_nonnull (ls_letter_content_find_part (content, LS_LETTER_PART_FACTS));
  assert_contains (all, "Fristen for å klage er 3 uker");
  assert_contains (all, "Statsforvalteren i Øst");
  assert_contains (all, "Vedtaket gjelder fra 1. desember 2026 til 31. mai 2027.");
}

static void
test_easy_read (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autoptr(LsLetterContent) content = ls_letter_content_new_easy_read (&t->sources);
  g_autofree char *all = ls_letter_content_to_text (content);
  LsLetterSection *wheel = ls_letter_content_find_part (content, LS_LETTER_PART_WHEEL);
  LsLetterItem *figure;

  g_assert_cmpint (((LsLetterSection *) g_ptr_array_index (content->sections, 0))->part, ==, LS_LETTER_PART_DECISION);
  g_assert_nonnull (ls_letter_content_find_part (content, LS_LETTER_PART_NEXT));
  g_assert_nonnull (ls_letter_content_find_part (content, LS_LETTER_PART_MEET));
  g_assert_nonnull (ls_letter_content_find_part (content, LS_LETTER_PART_CALL));
  assert_contains (all, "Hei, Åse!");
  assert_contains (all, "Vi møtes igjen 3. mai 2027.");
  assert_contains (all, "Ring Kari Nordmann på 12 34 56 78.");
  assert_contains (all, "Dette får du ikke");
  assert_contains (all, "Du får ikke pause for dem som hjelper deg.");
  assert_contains (all, "Du får hjelp i hverdagen 6 timer per uke.");
  g_assert_nonnull (wheel);
  figure = g_ptr_array_index (wheel->items, 0);
  g_assert_cmpint (figure->kind, ==, LS_LETTER_ITEM_WHEEL);
  g_assert_cmpuint (figure->wheel->len, ==, 10);
  assert_contains (figure->text, "Hjem og hverdag: 4");
  /* Only the person's own ratings in the easy-read wheel. */
  g_assert_cmpint (g_array_index (figure->wheel, LsLetterWheelSegment, 0).earlier_rating, ==, 0);
  g_assert_cmpint (g_array_index (figure->wheel, LsLetterWheelSegment, 0).self_rating, ==, 4);
  /* Short sentences: none over 20 words. */
  {
    g_auto(GStrv) sentences = g_regex_split_simple ("[.!?:]\\s", all, 0, 0);

    for (guint i = 0; sentences[i] != NULL; i++)
      if (!g_str_has_prefix (sentences[i], "Livsskissen som et hjul"))
        {
          g_auto(GStrv) words = g_strsplit_set (sentences[i], " \n", -1);

          g_assert_cmpuint (g_strv_length (words), <=, 24);
        }
  }
}

static void
test_service_plan (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autoptr(LsLetterContent) content = ls_letter_content_new_service_plan (&t->sources);
  static const struct { LsLetterPart part; const char *needle; } points[] = {
    { LS_LETTER_PART_PLAN_GOALS, "klare mer selv hjemme" },
    { LS_LETTER_PART_PLAN_GOALS, "«Jeg er flink til å rydde kjøkkenet.»" },
    { LS_LETTER_PART_PLAN_GOALS, "Åse går på aktivitetshuset to ganger i uka" },
    { LS_LETTER_PART_PLAN_PARTICIPANTS, "Per Bjørnstad (pårørende)" },
    { LS_LETTER_PART_PLAN_COORDINATOR, "Kari Nordmann, koordinator" },
    { LS_LETTER_PART_PLAN_COORDINATOR, "helse- og omsorgstjenesteloven § 7-2" },
    { LS_LETTER_PART_PLAN_CONTRIBUTIONS, "Kjører til aktivitetshuset på lørdager." },
    { LS_LETTER_PART_PLAN_MEASURES, "6 timer per uke" },
    { LS_LETTER_PART_PLAN_MEASURES, "Hjemmetjenesten sone øst" },
    { LS_LETTER_PART_PLAN_IMPLEMENTATION, "tirsdag og fredag" },
    { LS_LETTER_PART_PLAN_PERIOD, "1. desember 2026 til 30. november 2027" },
    { LS_LETTER_PART_PLAN_PERIOD, "3. mai 2027" },
    { LS_LETTER_PART_PLAN_CONSENT, "Samtykke til planen: Ja" },
    { LS_LETTER_PART_PLAN_CONSENT, "taushetsbelagte opplysninger: Ja" },
    { LS_LETTER_PART_PLAN_COOPERATION, "Fastlegen" },
  };
  g_autofree char *measures = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autofree char *text = part_text (content, points[i].part);

      assert_contains (text, points[i].needle);
    }
  /* Only granted measures are in the plan. */
  measures = part_text (content, LS_LETTER_PART_PLAN_MEASURES);
  g_assert_null (strstr (measures, "Avlastning"));
  /* The nine points come in the order of the regulation. */
  for (LsLetterPart part = LS_LETTER_PART_PLAN_GOALS; part < LS_LETTER_PART_PLAN_COOPERATION; part++)
    {
      guint a = 0, b = 0;

      g_assert_true (g_ptr_array_find (content->sections, ls_letter_content_find_part (content, part), &a));
      g_assert_true (g_ptr_array_find (content->sections, ls_letter_content_find_part (content, part + 1), &b));
      g_assert_cmpuint (a, <, b);
    }
}

static void
test_sketch_report (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autoptr(LsLetterContent) content = ls_letter_content_new_sketch_report (&t->sources);
  g_autofree char *all = ls_letter_content_to_text (content);
  guint n_domains = 0;

  for (guint i = 0; i < content->sections->len; i++)
    if (((LsLetterSection *) g_ptr_array_index (content->sections, i))->part == LS_LETTER_PART_SKETCH_DOMAIN)
      n_domains++;
  g_assert_cmpuint (n_domains, ==, 10);
  g_assert_nonnull (ls_letter_content_find_part (content, LS_LETTER_PART_WHEEL));
  assert_contains (all, "Førre gong: 3. No: 4 (+1).");
  assert_contains (all, "Førre gong: 8. No: 7 (−1).");
  assert_contains (all, "«Det er ensomt i helgene, jeg savner å være sammen med noen.»");
  assert_contains (all, "«Jeg vil lage ordentlig middag selv.»");
  assert_contains (all, "Vi snakka ikkje om dette området denne gongen.");
  assert_contains (all, "Vi har ikkje snakka om dette området enno.");
  assert_contains (all, "Førre gong: 3. No: 3 (uendra).");
  assert_contains (all, "Åse tar med seg ukeplanen");
  g_assert_null (strstr (all, "{"));

  /* Without a case: no case number, the footer names the document. */
  {
    g_autoptr(LsLetterContent) no_case = NULL;

    t->sources.case_ = NULL;
    no_case = ls_letter_content_new_sketch_report (&t->sources);
    g_assert_cmpstr (no_case->footer, ==, "Livsskisse");
    g_assert_cmpuint (g_strv_length (no_case->reference_labels), ==, 4);
    g_assert_cmpstr (no_case->reference_labels[0], ==, "Vår ref.");
    g_assert_cmpstr (no_case->reference_values[0], ==, "–");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/letter-content/decision-nb", test_decision_nb);
  g_test_add_func ("/core/letter-content/decision-nn", test_decision_nn);
  g_test_add_func ("/core/letter-content/recipient-guardian", test_recipient_guardian);
  g_test_add_data_func ("/core/letter-content/who-decided-nb", "nb", test_who_decided);
  g_test_add_data_func ("/core/letter-content/who-decided-nn", "nn", test_who_decided);
  g_test_add_func ("/core/letter-content/who-decided-old-record", test_who_decided_old_record);
  g_test_add_func ("/core/letter-content/letterhead-language", test_letterhead_language);
  g_test_add_func ("/core/letter-content/needs-quoted", test_needs_quoted);
  g_test_add_func ("/core/letter-content/decision-ordinary", test_decision_ordinary_deadline);
  g_test_add_func ("/core/letter-content/easy-read", test_easy_read);
  g_test_add_func ("/core/letter-content/service-plan", test_service_plan);
  g_test_add_func ("/core/letter-content/sketch-report", test_sketch_report);
  return g_test_run ();
}
