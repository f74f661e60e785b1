/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Nynorsk throughout: every nynorsk document the demo can produce (decision
 * letters of each type and state, their easy-read letters, service plans,
 * life-sketch reports, "Min uke" of a week with bookings), written by livsskisse-cli and read back with
 * pdftotext, has no bokmål-only word outside the person's own words in «». */
#include <gio/gio.h>

#include "ls-store-bookings.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-poppler.h"
#include "ls-test-util.h"

/* Words that are bokmål and not nynorsk (Norsk rettskrivning, nynorsk since
 * 2012): a nynorsk text says the word in the second column. Words both
 * written standards allow (også/òg, nødvendig, blitt, nå "reach", får,
 * skal, vil, klage, mellom, gjennom, hjelp, søknaden) are not listed. */
static const char *const bokmal_only[][2] = {
  { "ikke", "ikkje" }, { "jeg", "eg" }, { "hva", "kva" }, { "hvordan", "korleis" }, { "hvorfor", "kvifor" },
  { "hvem", "kven" }, { "hvilke", "kva for" }, { "hvilket", "kva for" }, { "hvilken", "kva for" },
  { "hvis", "viss/dersom" }, { "hvor", "kvar" }, { "hver", "kvar" }, { "hvert", "kvart" }, { "fra", "frå" },
  { "bolig", "bustad" }, { "uke", "veke" }, { "uka", "veka" }, { "uker", "veker" }, { "måned", "månad" },
  { "måneder", "månader" }, { "dere", "de" }, { "deres", "dykkar" }, { "bare", "berre" }, { "noen", "nokon" },
  { "noe", "noko" }, { "mye", "mykje" }, { "mer", "meir" }, { "selv", "sjølv" }, { "egen", "eigen" },
  { "eget", "eige" }, { "egne", "eigne" }, { "hjemme", "heime" }, { "hjemmet", "heimen" }, { "hjem", "heim" },
  { "sammen", "saman" }, { "uten", "utan" }, { "siden", "sidan" }, { "mens", "medan" }, { "bedre", "betre" },
  { "dem", "dei" }, { "disse", "desse" }, { "dager", "dagar" }, { "timer", "timar" }, { "ganger", "gonger" },
  { "gangen", "gongen" }, { "forrige", "førre" }, { "ennå", "enno" }, { "ble", "vart/blei" }, { "fikk", "fekk" },
  { "kommer", "kjem" }, { "gjør", "gjer" }, { "gjøres", "gjerast" }, { "gjelder", "gjeld" }, { "sier", "seier" },
  { "bygger", "byggjer" }, { "tar", "tek" }, { "vet", "veit" }, { "møtes", "møtest" }, { "snakker", "snakkar" },
  { "snakket", "snakka" }, { "mottatt", "motteke" }, { "behandlet", "handsama" }, { "fattet", "fatta/gjort" },
  { "innvilget", "innvilga" }, { "uendret", "uendra" }, { "endres", "endrast" }, { "avsluttes", "avsluttast" },
  { "ønsker", "ønskjer/ønske" }, { "vanskelig", "vanskeleg" }, { "vanlig", "vanleg" }, { "skriftlig", "skriftleg" },
  { "muntlig", "munnleg" }, { "vennlig", "venleg" }, { "hilsen", "helsing" }, { "viktigst", "viktigast" },
  { "begrunnelse", "grunngiving" }, { "rettigheter", "rettar" }, { "saksbehandler", "sakshandsamar" },
  { "saksbehandlers", "sakshandsamaren sin" }, { "saksbehandleren", "sakshandsamaren" }, { "loven", "lova" },
  { "saken", "saka" }, { "klagen", "klaga" }, { "dokumentene", "dokumenta" }, { "reglene", "reglane" },
  { "målene", "måla" }, { "tiltakene", "tiltaka" }, { "behovene", "behova" }, { "deltakerne", "deltakarane" },
  { "opplysninger", "opplysningar" }, { "ressurser", "ressursar" }, { "etater", "etatar" }, { "avtaler", "avtalar" },
  { "detaljer", "detaljar" }, { "vurderingen", "vurderinga" }, { "evalueringen", "evalueringa" },
  { "livsskissen", "livsskissa" }, { "forvaltningsloven", "forvaltningslova" },
  { "brukerrettighetsloven", "brukarrettslova" }, { "tilbud", "tilbod" }, { "personlig", "personleg" },
  { "herunder", "medrekna" }, { "avlastning", "avlasting" }, { "pårørende", "pårørande" }, { "verge", "verje" },
  { "søker", "søkjar" },
};

/* "tjeneste" in any word (tjenester, omsorgstjenesteloven, tjenesteyter,
 * hjemmetjenesten): nynorsk says "teneste". */
#define BOKMAL_STEM "tjenest"

typedef struct
{
  char      *dir;
  char      *database;
  GPtrArray *documents;   /* "--decision 12", "--my-week 4 2027-W02", … for nynorsk persons */
  guint      n_trial;
  guint      n_ordinary;
  guint      n_draft;
  guint      n_plans;
  guint      n_sketches;
  guint      n_notices;
  guint      n_weeks;     /* "Min uke" of a week with a booked time */
} Demo;

static void
add_document (Demo       *demo,
              const char *option,
              gint64      id)
{
  g_ptr_array_add (demo->documents, g_strdup_printf ("%s %" G_GINT64_FORMAT, option, id));
}

static void
collect_person (Demo     *demo,
                LsStore  *store,
                LsPerson *person)
{
  gint64 id = ls_person_get_id (person);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) decisions = ls_store_list_decisions (store, id, &error);
  g_autoptr(GPtrArray) plans = ls_store_list_service_plans (store, id, &error);
  g_autoptr(GPtrArray) sketches = ls_store_list_sketches (store, id, &error);
  g_autoptr(GPtrArray) bookings = ls_store_list_bookings (store, id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);

      add_document (demo, "--decision", ls_decision_get_id (decision));
      add_document (demo, "--easy-read", ls_decision_get_id (decision));
      if (ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL)
        demo->n_trial++;
      else
        demo->n_ordinary++;
      if (ls_decision_get_status (decision) == LS_DECISION_DRAFT)
        demo->n_draft++;
      /* A decision that follows another: its forhåndsvarsel too. */
      if (ls_decision_get_previous_id (decision) != 0)
        {
          add_document (demo, "--advance-notice", ls_decision_get_id (decision));
          demo->n_notices++;
        }
    }
  for (guint i = 0; i < plans->len; i++)
    add_document (demo, "--plan", ls_service_plan_get_id (g_ptr_array_index (plans, i)));
  for (guint i = 0; i < sketches->len; i++)
    add_document (demo, "--sketch", ls_sketch_get_id (g_ptr_array_index (sketches, i)));
  /* "Min uke" of the week of the person's first booked time. */
  for (guint i = 0; i < bookings->len; i++)
    {
      LsBooking *booking = g_ptr_array_index (bookings, i);
      g_autofree char *week = NULL;

      if (booking->status != LS_BOOKING_BOOKED)
        continue;
      week = ls_iso_week_format (&booking->date);
      g_ptr_array_add (demo->documents, g_strdup_printf ("--my-week %" G_GINT64_FORMAT " %s", id, week));
      demo->n_weeks++;
      break;
    }
  demo->n_plans += plans->len;
  demo->n_sketches += sketches->len;
}

/* A demo database and the documents of its nynorsk persons. */
static void
demo_set_up (Demo *demo)
{
  const char *args[] = { "demo", "--persons", "30", "--database", NULL, NULL };
  g_autoptr(LsStore) store = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GError) error = NULL;

  demo->dir = ls_test_mkdtemp ();
  demo->database = g_build_filename (demo->dir, "demo.db", NULL);
  demo->documents = g_ptr_array_new_with_free_func (g_free);
  args[4] = demo->database;
  ls_test_run_cli (args);

  store = ls_store_open (demo->database, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  persons = ls_store_list_persons_at (store, 0, 1000, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < persons->len; i++)
    {
      /* The list holds what the list shows; the language is in the record. */
      g_autoptr(LsPerson) person = ls_store_load_person (store, ls_person_get_id (g_ptr_array_index (persons, i)),
                                                         &error);

      g_assert_no_error (error);
      if (g_strcmp0 (ls_person_get_written_language (person), "nn") == 0)
        collect_person (demo, store, person);
    }
}

static void
demo_tear_down (Demo *demo)
{
  ls_test_rmdir (demo->dir);
  g_free (demo->dir);
  g_free (demo->database);
  g_ptr_array_unref (demo->documents);
}

/* @text without what stands inside « » (the person's own words, which
 * may be in any written form). */
static char *
outside_quotes (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  for (;;)
    {
      const char *open = strstr (p, "«");
      const char *close = open != NULL ? strstr (open, "»") : NULL;

      if (open == NULL || close == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      g_string_append_c (out, ' ');
      p = close + strlen ("»");
    }
  return g_string_free (out, FALSE);
}

/* The bokmål-only words of @text, each with a few words around it. */
static void
find_bokmal (const char *text,
             GString    *found)
{
  g_auto(GStrv) words = g_regex_split_simple ("[^\\p{L}]+", text, 0, 0);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_strdown (words[i], -1);
      const char *nynorsk = strstr (word, BOKMAL_STEM) != NULL ? "teneste" : NULL;

      for (guint k = 0; nynorsk == NULL && k < G_N_ELEMENTS (bokmal_only); k++)
        if (g_str_equal (word, bokmal_only[k][0]))
          nynorsk = bokmal_only[k][1];
      if (nynorsk == NULL)
        continue;
      g_string_append_printf (found, "  “%s” (nynorsk: %s) in “", words[i], nynorsk);
      for (guint j = i >= 4 ? i - 4 : 0; words[j] != NULL && j <= i + 4; j++)
        g_string_append_printf (found, "%s%s", j > (i >= 4 ? i - 4 : 0) ? " " : "", words[j]);
      g_string_append (found, "”\n");
    }
}

static void
test_no_bokmal (void)
{
  Demo demo = { 0 };
  g_autoptr(GString) found = g_string_new (NULL);

  demo_set_up (&demo);
  /* Every kind of document the demo has for a nynorsk person. */
  g_assert_cmpuint (demo.n_trial, >, 0);
  g_assert_cmpuint (demo.n_ordinary, >, 0);
  g_assert_cmpuint (demo.n_draft, >, 0);
  g_assert_cmpuint (demo.n_plans, >, 0);
  g_assert_cmpuint (demo.n_sketches, >, 0);
  g_assert_cmpuint (demo.n_notices, >, 0);
  g_assert_cmpuint (demo.n_weeks, >, 0);

  for (guint i = 0; i < demo.documents->len; i++)
    {
      g_auto(GStrv) option = g_strsplit (g_ptr_array_index (demo.documents, i), " ", 3);
      g_autofree char *pdf = g_strdup_printf ("%s/%s-%s.pdf", demo.dir, option[0] + 2, option[1]);
      const char *args[] = { "export-pdf", "--database", demo.database, option[0], option[1], "--draft",
                             "-o", pdf, NULL, NULL, NULL };
      g_autofree char *text = NULL;
      g_autofree char *outside = NULL;
      g_autoptr(GString) in_document = g_string_new (NULL);

      if (option[2] != NULL)
        {
          args[8] = "--week";
          args[9] = option[2];
        }
      ls_test_run_cli (args);
      text = ls_test_pdf_text (pdf);
      if (text == NULL)
        return;   /* skipped: no poppler-utils */
      ls_test_keep_pdf (pdf, strrchr (pdf, '/') + 1);
      outside = outside_quotes (text);
      find_bokmal (outside, in_document);
      if (in_document->len > 0)
        g_string_append_printf (found, "%s %s:\n%s", option[0], option[1], in_document->str);
    }
  if (found->len > 0)
    g_error ("Bokmål in nynorsk documents:\n%s", found->str);
  g_test_message ("%u nynorsk documents scanned", demo.documents->len);
  demo_tear_down (&demo);
}

/* The scan itself: quotes are left out, bokmål outside them is found. */
static void
test_scanner (void)
{
  g_autofree char *outside = outside_quotes ("Vi fekk «Jeg vil ikke» og «hjemme» frå deg. Saken er ikke ferdig.");
  g_autoptr(GString) found = g_string_new (NULL);

  g_assert_cmpstr (outside, ==, "Vi fekk   og   frå deg. Saken er ikke ferdig.");
  find_bokmal (outside, found);
  g_assert_nonnull (strstr (found->str, "“Saken” (nynorsk: saka)"));
  g_assert_nonnull (strstr (found->str, "“ikke” (nynorsk: ikkje)"));
  g_assert_null (strstr (found->str, "Jeg"));
  g_string_truncate (found, 0);
  find_bokmal ("Helse- og omsorgstjenesteloven og helse- og omsorgstenestelova", found);
  g_assert_nonnull (strstr (found->str, "“omsorgstjenesteloven”"));
  g_assert_null (strstr (found->str, "“omsorgstenestelova” ("));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/nynorsk/scanner", test_scanner);
  g_test_add_func ("/export/nynorsk/no-bokmal", test_no_bokmal);
  return g_test_run ();
}
