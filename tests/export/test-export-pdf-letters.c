/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The four documents as PDF, checked with poppler-utils: every required
 * element in the text, fonts embedded, title and tags, æøå, the easy-read
 * letter short (its large print: test-export-pdf-easy-read.c), and a missing
 * logo as a warning with a PDF still made. */
#include <gio/gio.h>

#include "ls-doc-layout.h"
#include "ls-doc-private.h"
#include "ls-goal.h"
#include "ls-measure.h"
#include "ls-pdf-document.h"
#include "ls-test-letters.h"
#include "ls-test-poppler.h"
#include "ls-test-util.h"

typedef LsLetterContent *(*ContentFunc) (const LsLetterSources *sources);

/* Writes the document into a fresh folder; returns the PDF's path. */
static char *
write_pdf (LsTestLetters  *t,
           ContentFunc     make,
           const char     *name,
           char          **dir_out,
           GPtrArray     **warnings)
{
  g_autoptr(LsLetterContent) content = make (&t->sources);
  g_autoptr(GError) error = NULL;
  char *dir = ls_test_mkdtemp ();
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (ls_pdf_write_content (content, t->legal, path, warnings, &error));
  g_assert_no_error (error);
  ls_test_keep_pdf (path, name);
  *dir_out = dir;
  return path;
}

/* The value of "Key:" in pdfinfo's output (the padding varies). */
static char *
info_value (const char *info,
            const char *key)
{
  g_autofree char *pattern = g_strdup_printf ("^%s:\\s*(.*)$", key);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, info, 0, &match))
    g_error ("pdfinfo shows no %s:\n%s", key, info);
  return g_match_info_fetch (match, 1);
}

static void
assert_info (const char *info,
             const char *key,
             const char *expected)
{
  g_autofree char *value = info_value (info, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
assert_pdf_basics (const char *path,
                   const char *title)
{
  g_autofree char *info = ls_test_poppler ("pdfinfo", path);

  if (info == NULL)
    return;
  assert_info (info, "Title", title);
  assert_info (info, "Tagged", "yes");
  assert_info (info, "Author", "Eksempel kommune");
  assert_info (info, "Page size", "595.276 x 841.89 pts (A4)");
  ls_test_assert_fonts_embedded (path);
}

static void
test_decision_letter (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *path = write_pdf (t, ls_letter_content_new_decision, "vedtak-nb.pdf", &dir, &warnings);
  g_autofree char *text = ls_test_pdf_text (path);
  const char *required[] = {
    /* §7.2 the decision: each measure, extent, period, result */
    "Personlig assistanse, herunder praktisk bistand, opplæring og støttekontakt", "6 timer per uke",
    "Dagaktivitetstilbud", "2 besøk per uke", "Avlastning", "Innvilget", "Avslått",
    "1. desember 2026 – 31. mai 2027", "Hjemmetjenesten sone øst",
    "Vi evaluerer tjenestene sammen med deg 3. mai 2027.",
    /* §7.3 legal basis, facts in the person's words, grounds */
    "pasient- og brukerrettighetsloven § 2-1 a", "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b",
    "«Jeg glemmer å handle, og da blir det bare brødskiver til middag.»",
    "bo videre i egen leilighet", "Det er ikke pårørende med omsorgsoppgaver",
    /* §7.4 appeal body and deadline */
    "Statsforvalteren i Eksempel", "Fristen for å klage er 4 uker",
    "pasient- og brukerrettighetsloven § 7-2", "pasient- og brukerrettighetsloven § 7-5",
    /* §7.5 right to see documents */
    "Du har rett til å se dokumentene", "forvaltningsloven § 18",
    /* §7.6 who, contact, dates, case number */
    "Vedtaket er fattet av Ola Nordmann (Leder, tildelingskontoret) den 23. november 2026.", "Kari Nordmann", "2026/4711",
    "Med vennlig hilsen", "Side 1 av",
    /* æøå from the person's data */
    "Åse Bjørnstad Ærø", "Fjellveien 7",
  };

  if (text == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    ls_test_assert_contains (text, required[i]);
  /* The decision comes before the grounds and the appeal. */
  g_assert_true (strstr (text, "Innvilget") < strstr (text, "Begrunnelse"));
  g_assert_true (strstr (text, "Begrunnelse") < strstr (text, "Du kan klage"));
  g_assert_null (strstr (text, "{"));
  assert_pdf_basics (path, "Vedtak om helse- og omsorgstjenester for en prøveperiode");
  g_assert_cmpuint (ls_test_pdf_pages (path), >=, 2);
  g_assert_cmpuint (warnings->len, ==, 0);
  ls_test_rmdir (dir);
}

static void
test_decision_letter_nn (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autofree char *dir = NULL;
  g_autofree char *path = write_pdf (t, ls_letter_content_new_decision, "vedtak-nn.pdf", &dir, NULL);
  g_autofree char *text = ls_test_pdf_text (path);

  if (text == NULL)
    return;
  ls_test_assert_contains (text, "Fristen for å klage er 4 veker");
  ls_test_assert_contains (text, "Statsforvaltaren i Eksempel");
  ls_test_assert_contains (text, "forvaltningslova § 18");
  ls_test_assert_contains (text, "Med venleg helsing");
  ls_test_assert_contains (text, "Innvilga");
  assert_pdf_basics (path, "Vedtak om helse- og omsorgstenester for ein prøveperiode");
  ls_test_rmdir (dir);
}

static void
test_easy_read (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autofree char *path = write_pdf (t, ls_letter_content_new_easy_read, "lettlest-nb.pdf", &dir, NULL);
  g_autofree char *text = ls_test_pdf_text (path);

  if (text == NULL)
    return;
  ls_test_assert_contains (text, "Dette har vi bestemt");
  ls_test_assert_contains (text, "Hei, Åse!");
  ls_test_assert_contains (text, "Vi møtes igjen 3. mai 2027.");
  ls_test_assert_contains (text, "Ring Kari Nordmann på 12 34 56 78.");
  ls_test_assert_contains (text, "Livsskissen din: jo større felt");
  assert_pdf_basics (path, "Dette har vi bestemt");
  g_assert_cmpuint (ls_test_pdf_pages (path), <=, 2);
  ls_test_rmdir (dir);
}

static void
test_easy_read_nn_long (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  /* A longer name and more services: still short, and the wheel is never
   * left out to save room. */
  ls_person_set_given_name (t->person, "Åslaug-Øydis Marie");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LsMeasure) measure = ls_measure_new ();

      ls_measure_set_service_key (measure, "home_nursing");
      ls_measure_set_extent (measure, 2);
      ls_measure_set_unit (measure, "visits");
      ls_measure_set_granted (measure, TRUE);
      g_list_store_append (ls_decision_get_measures (t->decision), measure);
    }
  path = write_pdf (t, ls_letter_content_new_easy_read, "lettlest-nn.pdf", &dir, NULL);
  g_assert_cmpuint (ls_test_pdf_pages (path), <=, 2);
  {
    g_autofree char *text = ls_test_pdf_text (path);

    if (text != NULL)
      ls_test_assert_contains (text, "Livsskissa di: di større felt");
  }
  ls_test_rmdir (dir);
}

static void
test_service_plan (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autofree char *path = write_pdf (t, ls_letter_content_new_service_plan, "tjenesteplan-nb.pdf", &dir, NULL);
  g_autofree char *text = ls_test_pdf_text (path);
  const char *required[] = {
    "1. Mål, ressurser og behov for tjenester", "klare mer selv hjemme",
    "2. Hvem som deltar i planleggingen", "Per Bjørnstad (pårørende)",
    "3. Koordinator", "Kari Nordmann, koordinator i tildelingskontoret",
    "4. Hva hver enkelt bidrar med", "Kjører til aktivitetshuset på lørdager.",
    "5. Tiltak, omfang og ansvar", "6 timer per uke", "Hjemmetjenesten sone øst",
    "6. Slik gjennomføres tiltakene", "tirsdag og fredag",
    "7. Planperiode og revisjon", "1. desember 2026 til 30. november 2027", "3. mai 2027",
    "8. Samtykke", "Samtykke til planen: Ja",
    "9. Samarbeid med andre tjenester og etater", "Fastlegen følger opp medisinene.",
  };

  if (text == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    ls_test_assert_contains (text, required[i]);
  assert_pdf_basics (path, "Tjenesteplan");
  ls_test_rmdir (dir);
}

static void
test_sketch_report (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autofree char *path = write_pdf (t, ls_letter_content_new_sketch_report, "livsskisse-nb.pdf", &dir, NULL);
  g_autofree char *text = ls_test_pdf_text (path);

  if (text == NULL)
    return;
  ls_test_assert_contains (text, "Hjem og hverdag");
  ls_test_assert_contains (text, "Forrige gang: 3. Nå: 4 (+1).");
  ls_test_assert_contains (text, "Forrige gang: 8. Nå: 7 (−1).");
  ls_test_assert_contains (text, "«Søsteren min Øydis ringer hver søndag.»");
  ls_test_assert_contains (text, "Figur: Livsskissen din.");
  assert_pdf_basics (path, "Livsskisse");
  ls_test_rmdir (dir);
}

/* 40 measures: the table goes over a page break with its header row
 * repeated on the next page. */
static void
test_long_table (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *second = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-f", "2", "-l", "2", "-enc", "UTF-8", NULL, "-", NULL };
  int status = 0;

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(LsMeasure) measure = ls_measure_new ();
      g_autofree char *provider = g_strdup_printf ("Utfører nummer %u", i + 1);

      ls_measure_set_service_key (measure, i % 2 ? "home_nursing" : "day_activity");
      ls_measure_set_extent (measure, 1 + i % 5);
      ls_measure_set_unit (measure, "hours");
      ls_measure_set_provider (measure, provider);
      ls_measure_set_granted (measure, TRUE);
      g_list_store_append (ls_decision_get_measures (t->decision), measure);
    }
  path = write_pdf (t, ls_letter_content_new_decision, "vedtak-40-tiltak.pdf", &dir, NULL);
  if (pdftotext == NULL)
    return;
  argv[7] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &second, NULL, &status, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Page 2 starts with the repeated header and goes on with the rows. */
  ls_test_assert_contains (second, "Tjeneste");
  ls_test_assert_contains (second, "Utføres av");
  ls_test_assert_contains (second, "Utfører nummer");
  g_assert_null (strstr (second, "Vedtak om helse"));
  ls_test_rmdir (dir);
}

static void
test_missing_logo (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *path = NULL;
  GError *warning;

  ls_letterhead_set (t->letterhead, LS_LETTERHEAD_LOGO_PATH, "/nonexistent/kommunevapen.png");
  path = write_pdf (t, ls_letter_content_new_decision, "vedtak-uten-logo.pdf", &dir, &warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_error (warning, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_LOGO);
  ls_test_assert_contains (warning->message, "kommunevapen.png");
  assert_pdf_basics (path, "Vedtak om helse- og omsorgstjenester for en prøveperiode");
  ls_test_rmdir (dir);
}

static void
test_overlong_word (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gboolean found = FALSE;

  ls_decision_set_grounds (t->decision, "Ord: Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.");
  path = write_pdf (t, ls_letter_content_new_decision, "vedtak-langt-ord.pdf", &dir, &warnings);
  for (guint i = 0; i < warnings->len; i++)
    if (g_error_matches (g_ptr_array_index (warnings, i), LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_OVERLONG_WORD))
      found = TRUE;
  g_assert_true (found);
  text = ls_test_pdf_text (path);
  if (text != NULL)
    ls_test_assert_contains (text, "Fristen for å klage er 4 uker");
  ls_test_rmdir (dir);
}

/* After the evaluation of @t's trial: fewer hours of personal assistance
 * (6 → 3), day activity ended, told in advance, answered. @t's decision
 * becomes the one before; the returned draft-turned-issued one follows. */
static LsDecision *
make_adjustment (LsTestLetters *t,
                 LsEvaluation **evaluation_out)
{
  LsDecision *next = ls_decision_new ();
  LsEvaluation *evaluation = ls_evaluation_new ();
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (t->decision));
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JUNE, 2027);
  g_autoptr(GDate) sent = g_date_new_dmy (10, G_DATE_MAY, 2027);
  g_autoptr(GDate) deadline = g_date_new_dmy (24, G_DATE_MAY, 2027);
  g_autoptr(GDate) evaluated = g_date_new_dmy (3, G_DATE_MAY, 2027);
  g_autoptr(LsMeasure) measure = ls_measure_new ();

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

      ls_goal_set_id (goal, i + 1);
      ls_goal_set_level_text (goal, 1, "fire dager i uka");
      ls_evaluation_set_score (evaluation, i + 1, i == 0 ? 1 : -1, 1);
    }
  ls_evaluation_set_date (evaluation, evaluated);
  ls_evaluation_set_person_view (evaluation, "Jeg lager middag nesten hver dag nå, men aktivitetshuset er for bråkete.");
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_MAKE_ORDINARY);

  ls_decision_set_id (next, 2);
  ls_decision_set_person_id (next, 1);
  ls_decision_set_case_id (next, 1);
  ls_decision_set_previous_id (next, 1);
  ls_decision_set_decision_type (next, LS_DECISION_TYPE_ORDINARY);
  ls_decision_set_status (next, LS_DECISION_ISSUED);
  ls_decision_set_start (next, start);
  ls_decision_set_issued_date (next, t->today);
  ls_decision_set_issued_by (next, "Ola Nordmann");
  ls_decision_set_prepared_by (next, "Kari Nordmann");
  ls_decision_set_legal_basis (next, ls_decision_get_legal_basis (t->decision));
  ls_decision_set_grounds (next, "Åse klarer nå det meste av matlagingen selv. Vi mener tre timer i uka er nok "
                                 "til planlegging og innkjøp, og vi har lagt vekt på at hun selv vil slutte på "
                                 "aktivitetshuset.");
  ls_decision_set_change_reason (next, "Du lager middag selv de fleste dager og trenger mindre hjelp enn før.");
  ls_decision_set_notice_sent (next, sent);
  ls_decision_set_notice_deadline (next, deadline);
  ls_decision_set_notice_answer (next, "Det er greit, men jeg vil gjerne ha hjelp til å handle.");
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 3);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_provider (measure, "Hjemmetjenesten sone øst");
  g_list_store_append (ls_decision_get_measures (next), measure);

  t->sources.previous_decision = t->decision;
  t->sources.previous_goals = goals;
  t->sources.previous_decision_date = ls_decision_get_issued_date (t->decision);
  t->sources.evaluation = evaluation;
  t->sources.decision = next;
  *evaluation_out = evaluation;
  return next;
}

/* Issue 11: the letter of a decision that follows an evaluation, and the
 * forhåndsvarsel before it, in bokmål and nynorsk (also the reference
 * pages in data/screenshots/documents). */
static void
test_adjustment_and_notice (void)
{
  static const struct { const char *lang; const char *letter[6]; const char *notice[6]; } cases[] = {
    { "nb", { "Evaluering og endring", "noe bedre enn forventet – fire dager i uka", "noe mindre enn forventet",
              "6 timer per uke → 3 timer per uke", "Dagaktivitetstilbud: 2 besøk per uke → avsluttes",
              "Hvorfor: Du lager middag selv de fleste dager" },
            { "Forhåndsvarsel om endring av vedtak", "forvaltningsloven § 16", "6 timer per uke → 3 timer per uke",
              "Fristen for å svare er 24. mai 2027.", "Endringen vil gjelde fra 1. juni 2027.",
              "«Jeg lager middag nesten hver dag nå" } },
    { "nn", { "Evaluering og endring", "noko betre enn venta – fire dager i uka", "noko mindre enn venta",
              "6 timar per veke → 3 timar per veke", "Dagaktivitetstilbod: 2 besøk per veke → blir avslutta",
              "Kvifor: Du lager middag selv de fleste dager" },
            { "Førehandsvarsel om endring av vedtak", "forvaltningslova § 16", "6 timar per veke → 3 timar per veke",
              "Fristen for å svare er 24. mai 2027.", "Endringa vil gjelde frå 1. juni 2027.",
              "«Jeg lager middag nesten hver dag nå" } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(LsTestLetters) t = ls_test_letters_new (cases[c].lang);
      g_autoptr(LsEvaluation) evaluation = NULL;
      g_autoptr(LsDecision) next = make_adjustment (t, &evaluation);
      g_autofree char *letter_name = g_strdup_printf ("vedtak-endring-%s.pdf", cases[c].lang);
      g_autofree char *notice_name = g_strdup_printf ("forhandsvarsel-%s.pdf", cases[c].lang);
      g_autofree char *dir = NULL;
      g_autofree char *notice_dir = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GPtrArray) notice_warnings = NULL;
      g_autofree char *path = write_pdf (t, ls_letter_content_new_decision, letter_name, &dir, &warnings);
      g_autofree char *notice = write_pdf (t, ls_letter_content_new_advance_notice, notice_name, &notice_dir,
                                           &notice_warnings);
      g_autofree char *text = ls_test_pdf_text (path);
      g_autofree char *notice_text = ls_test_pdf_text (notice);

      if (text == NULL || notice_text == NULL)
        return;
      for (guint i = 0; i < G_N_ELEMENTS (cases[c].letter); i++)
        ls_test_assert_contains (text, cases[c].letter[i]);
      for (guint i = 0; i < G_N_ELEMENTS (cases[c].notice); i++)
        ls_test_assert_contains (notice_text, cases[c].notice[i]);
      ls_test_assert_contains (text, "«Det er greit, men jeg vil gjerne ha hjelp til å handle.»");
      g_assert_null (strstr (notice_text, "{"));
      assert_pdf_basics (notice, c == 0 ? "Forhåndsvarsel om endring av vedtak" : "Førehandsvarsel om endring av vedtak");
      ls_test_rmdir (dir);
      ls_test_rmdir (notice_dir);
    }
}

/* A line that leads into a list ("Dette endres fra vedtaket av …:")
 * keeps with the list, as a heading keeps with what follows, so that it
 * never stands alone at the foot of a page. */
static void
test_lead_in_keeps_with_list (void)
{
  static const char * const lead_ins[] = { "Dette endres fra vedtaket av", "Dette blir endra frå vedtaket av" };
  static const char * const languages[] = { "nb", "nn" };

  for (guint c = 0; c < G_N_ELEMENTS (languages); c++)
    {
      g_autoptr(LsTestLetters) t = ls_test_letters_new (languages[c]);
      g_autoptr(LsEvaluation) evaluation = NULL;
      g_autoptr(LsDecision) next = make_adjustment (t, &evaluation);
      g_autoptr(LsLetterContent) content = ls_letter_content_new_decision (&t->sources);
      g_autoptr(LsDocLayout) layout = ls_pdf_layout_new (content, t->legal);
      LsDoc *doc = ls_doc_layout_get_doc (layout);
      gboolean found = FALSE;

      for (guint i = 0; i + 1 < ls_doc_get_n_blocks (doc); i++)
        {
          LsDocBlock *block = ls_doc_get_block (doc, i);

          if (block->markup == NULL || !g_str_has_prefix (block->markup, lead_ins[c]))
            continue;
          found = TRUE;
          g_assert_true (block->keep_with_next);
          g_assert_cmpint (ls_doc_get_block (doc, i + 1)->kind, ==, LS_DOC_BLOCK_LIST);
        }
      g_assert_true (found);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/pdf/decision-letter", test_decision_letter);
  g_test_add_func ("/export/pdf/decision-letter-nn", test_decision_letter_nn);
  g_test_add_func ("/export/pdf/easy-read", test_easy_read);
  g_test_add_func ("/export/pdf/easy-read-nn-long", test_easy_read_nn_long);
  g_test_add_func ("/export/pdf/service-plan", test_service_plan);
  g_test_add_func ("/export/pdf/sketch-report", test_sketch_report);
  g_test_add_func ("/export/pdf/long-table", test_long_table);
  g_test_add_func ("/export/pdf/missing-logo", test_missing_logo);
  g_test_add_func ("/export/pdf/overlong-word", test_overlong_word);
  g_test_add_func ("/export/pdf/adjustment-and-notice", test_adjustment_and_notice);
  g_test_add_func ("/export/pdf/lead-in-keeps-with-list", test_lead_in_keeps_with_list);
  return g_test_run ();
}
