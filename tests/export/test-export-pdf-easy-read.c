/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The easy-read documents as real PDFs: no word on any page below 14 pt
 * (word heights from `pdftotext -bbox`, calibrated on a 14 pt line), the
 * decision in plain service names, a reason for every refusal, the
 * pictograms drawn, "Min livsskisse" with the person's own words in
 * quotes, also from the command line, and "Min uke": a person's booked
 * times of a week, from a real store through the command line. */
#include <gio/gio.h>

#include "ls-doc-layout.h"
#include "ls-doc-pdf.h"
#include "ls-measure.h"
#include "ls-pdf-document.h"
#include "ls-render-style.h"
#include "ls-store-persons.h"
#include "ls-test-bookings.h"
#include "ls-test-letters.h"
#include "ls-test-poppler.h"
#include "ls-test-util.h"

#define MIN_SIZE 14.0

typedef LsLetterContent *(*ContentFunc) (const LsLetterSources *sources);

static char *
write_pdf (LsTestLetters *t,
           ContentFunc    make,
           const char    *dir,
           const char    *name)
{
  g_autoptr(LsLetterContent) content = make (&t->sources);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (ls_pdf_write_content (content, t->legal, path, NULL, &error));
  g_assert_no_error (error);
  ls_test_keep_pdf (path, name);
  return path;
}

/* Runs a poppler-utils program with @args (args[0] its name); NULL and the
 * test skipped without it. */
static char *
run (const char *const *args)
{
  g_autofree char *program = g_find_program_in_path (args[0]);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

typedef struct
{
  char   *text;
  double  height;
  guint   page;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->text);
}

/* Every word of @pdf with its height (yMax - yMin) and page. */
static GArray *
pdf_words (const char *pdf)
{
  const char *args[] = { "pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *html = run (args);
  g_autoptr(GRegex) regex = g_regex_new ("<page |<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" "
                                         "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *words;
  guint page = 0;

  if (html == NULL)
    return NULL;
  words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (words, word_clear);
  for (g_regex_match (regex, html, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *whole = g_match_info_fetch (match, 0);
      g_autofree char *y0 = NULL, *y1 = NULL;
      Word word = { 0 };

      if (g_str_has_prefix (whole, "<page"))
        {
          page++;
          continue;
        }
      y0 = g_match_info_fetch (match, 1);
      y1 = g_match_info_fetch (match, 2);
      word.text = g_match_info_fetch (match, 3);
      word.height = g_ascii_strtod (y1, NULL) - g_ascii_strtod (y0, NULL);
      word.page = page;
      g_array_append_val (words, word);
    }
  return words;
}

/* How tall pdftotext makes a word set at exactly 14 pt in the documents'
 * font: a one-line document written through the same layout code. */
static double
height_of_14pt (const char *dir)
{
  g_autoptr(LsDoc) doc = ls_doc_new ();
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *path = g_build_filename (dir, "14pt.pdf", NULL);
  g_autoptr(GArray) words = NULL;
  g_autoptr(GError) error = NULL;
  double height = 0;

  ls_doc_add_paragraph_text (doc, "Kalibrering på fjorten punkt");
  layout = ls_doc_layout_new (doc);
  ls_doc_layout_set_font (layout, LS_RENDER_FONT_FAMILY, MIN_SIZE);
  g_assert_true (ls_doc_pdf_write_file (layout, path, &error));
  g_assert_no_error (error);
  words = pdf_words (path);
  if (words == NULL)
    return 0;
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (g_array_index (words, Word, i).text, "Kalibrering"))
      height = g_array_index (words, Word, i).height;
  g_assert_cmpfloat (height, >, 10);
  return height;
}

/* No word of @pdf smaller than 14 pt, on every page. */
static void
assert_no_small_text (const char *pdf,
                      double      height_14pt)
{
  g_autoptr(GArray) words = pdf_words (pdf);

  if (words == NULL)
    return;
  g_assert_cmpuint (words->len, >, 20);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *word = &g_array_index (words, Word, i);

      /* 3 % for a glyph from a fallback font with other metrics; 13.5 pt
       * would still be caught. */
      if (word->height < height_14pt * 0.97)
        g_error ("%s: “%s” on page %u is %.1f pt (less than %.0f pt)", pdf, word->text, word->page,
                 word->height / height_14pt * MIN_SIZE, MIN_SIZE);
    }
}

/* How many filled shapes of @pdf are in the pictograms' colour (#1a5fb4,
 * data/pictograms); the documents draw nothing else in it. */
static guint
count_pictogram_shapes (const char *pdf,
                        const char *dir)
{
  g_autofree char *svg = g_build_filename (dir, "pages.svg", NULL);
  const char *args[] = { "pdftocairo", "-svg", pdf, svg, NULL };
  g_autofree char *out = run (args);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) colour = g_regex_new ("fill:rgb\\(10\\.19[0-9]*%,37\\.25[0-9]*%,70\\.58[0-9]*%\\)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (out == NULL)
    return G_MAXUINT;
  g_assert_true (g_file_get_contents (svg, &text, NULL, &error));
  g_assert_no_error (error);
  for (g_regex_match (colour, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    n++;
  return n;
}

static void
test_easy_read_letter (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = write_pdf (t, ls_letter_content_new_easy_read, dir, "lettlest-nb.pdf");
  g_autofree char *text = ls_test_pdf_text (path);
  double height = height_of_14pt (dir);

  if (text == NULL || height == 0)
    {
      ls_test_rmdir (dir);
      return;
    }
  assert_no_small_text (path, height);
  /* One short sentence per service, by its plain name, not the legal one. */
  ls_test_assert_contains (text, "Du får hjelp i hverdagen 6 timer per uke.");
  ls_test_assert_contains (text, "Du får aktiviteter på dagtid 2 besøk per uke.");
  g_assert_null (strstr (text, "Personlig assistanse"));
  /* A refusal and its reason. */
  ls_test_assert_contains (text, "Du får ikke pause for dem som hjelper deg. "
                                 "Grunnen: Det er ikke pårørende med omsorgsoppgaver som trenger avlastning.");
  /* The wheel is never left out. */
  ls_test_assert_contains (text, "Livsskissen din: jo større felt");
  /* Beside 3 services and 6 section headings (granted, refused, next,
   * meet, call, wheel): at least one shape each. */
  g_assert_cmpuint (count_pictogram_shapes (path, dir), >=, 9);
  ls_test_rmdir (dir);
}

static void
test_refusal_without_grounds (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nn");
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (t->decision));
  g_autoptr(LsLetterContent) content = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

      if (!ls_measure_get_granted (measure))
        ls_measure_set_refusal_grounds (measure, NULL);
    }
  content = ls_letter_content_new_easy_read (&t->sources);
  text = ls_letter_content_to_text (content);
  /* A plain fallback, never a bare "no". */
  ls_test_assert_contains (text, "Du får ikkje pause for dei som hjelper deg. Ring oss, så forklarar vi kvifor.");
}

static void
test_my_sketch (gconstpointer data)
{
  const char *language = data;
  g_autoptr(LsTestLetters) t = ls_test_letters_new (language);
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *name = g_strdup_printf ("min-livsskisse-%s.pdf", language);
  g_autofree char *path = write_pdf (t, ls_letter_content_new_my_sketch, dir, name);
  g_autofree char *text = ls_test_pdf_text (path);
  gboolean nn = g_str_equal (language, "nn");
  double height = height_of_14pt (dir);

  if (text == NULL || height == 0)
    {
      ls_test_rmdir (dir);
      return;
    }
  assert_no_small_text (path, height);
  ls_test_assert_contains (text, "Min livsskisse");
  ls_test_assert_contains (text, nn ? "Dette fortalde du oss" : "Dette fortalte du oss");
  /* Their own words in quotes, their rating, what matters most. */
  ls_test_assert_contains (text, "«Jeg er flink til å rydde kjøkkenet.»");
  ls_test_assert_contains (text, "«Søsteren min Øydis ringer hver søndag.»");
  ls_test_assert_contains (text, nn ? "Du gav 4 av 10." : "Du ga 4 av 10.");
  ls_test_assert_contains (text, nn ? "Det som er viktigast for deg" : "Det som er viktigst for deg");
  /* The caseworker's notes are not the person's words. */
  g_assert_null (strstr (text, "Medisindosett med alarm"));
  /* A pictogram beside each life area and each section. */
  g_assert_cmpuint (count_pictogram_shapes (path, dir), >=, 6);
  ls_test_rmdir (dir);
}

static void
test_my_sketch_cli (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *database = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "min-livsskisse.pdf", NULL);
  const char *demo[] = { "demo", "--persons", "3", "--database", database, NULL };
  const char *export[] = { "export-pdf", "--database", database, "--my-sketch", "1", "-o", pdf, NULL };
  g_autofree char *text = NULL;

  ls_test_run_cli (demo);
  ls_test_run_cli (export);
  text = ls_test_pdf_text (pdf);
  if (text != NULL)
    {
      ls_test_assert_contains (text, "Min livsskisse");
      ls_test_assert_contains (text, "«");
      assert_no_small_text (pdf, height_of_14pt (dir));
    }
  ls_test_rmdir (dir);
}

/* A person granted 3.5 hours a week of help in everyday life (in
 * @language), with a time on Tuesday 12 January 2027 (week 2), a weekly
 * one on Thursdays from 7 January and a cancelled one on Wednesday 13. */
static gint64
person_with_bookings (const char *database,
                      const char *language)
{
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsPerson) person = NULL;
  g_autoptr(GDateTime) now = ls_test_booking_now ();
  g_autoptr(GError) error = NULL;
  const char *const times[][3] = {
    { "2027-01-12T10:00", "120", NULL },
    { "2027-01-07T08:00", "30", "2027-01-28" },
    { "2027-01-13T12:00", "60", NULL },
  };
  gint64 person_id, decision_id, measure_id;

  store = ls_store_open (database, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_test_open_provider (store, 2);
  person_id = ls_test_granted_person (store, 3.5, &decision_id, &measure_id);
  person = ls_store_load_person (store, person_id, &error);
  g_assert_no_error (error);
  ls_person_set_written_language (person, language);
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(LsBooking) booking = ls_test_booking (measure_id, times[i][0],
                                                          (guint) g_ascii_strtoull (times[i][1], NULL, 10),
                                                          times[i][2]);

      g_assert_true (ls_store_add_booking (store, decision_id, booking, now, &error));
      g_assert_no_error (error);
      if (i == 2)
        g_assert_true (ls_store_cancel_booking (store, booking->id, LS_BOOKING_BY_PERSON, now, &error));
      g_assert_no_error (error);
    }
  return person_id;
}

static char *
export_my_week (const char *dir,
                const char *database,
                gint64      person_id,
                const char *week,
                const char *name)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
  char *pdf = g_build_filename (dir, name, NULL);
  const char *export[] = { "export-pdf", "--database", database, "--my-week", id, "--week", week, "-o", pdf, NULL };

  ls_test_run_cli (export);
  ls_test_keep_pdf (pdf, name);
  return pdf;
}

static void
test_my_week (gconstpointer data)
{
  const char *language = data;
  gboolean nn = g_str_equal (language, "nn");
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *database = g_build_filename (dir, "t.db", NULL);
  gint64 person_id = person_with_bookings (database, language);
  g_autofree char *name = g_strdup_printf ("min-uke-%s.pdf", language);
  g_autofree char *pdf = export_my_week (dir, database, person_id, "2027-W02", name);
  g_autofree char *text = ls_test_pdf_text (pdf);
  double height = height_of_14pt (dir);

  if (text == NULL || height == 0)
    {
      ls_test_rmdir (dir);
      return;
    }
  assert_no_small_text (pdf, height);
  ls_test_assert_contains (text, nn ? "Veka mi, veke 2" : "Min uke, uke 2");
  /* Each booked time on one line, by day; the weekly one in this week too,
   * the cancelled one not at all. */
  ls_test_assert_contains (text, nn ? "Tysdag 12. januar 10:00 til 12:00: hjelp i kvardagen, med Hjemmetjenesten, sone nord"
                                    : "Tirsdag 12. januar 10:00 til 12:00: hjelp i hverdagen, med Hjemmetjenesten, sone nord");
  ls_test_assert_contains (text, nn ? "Torsdag 14. januar 08:00 til 08:30: hjelp i kvardagen"
                                    : "Torsdag 14. januar 08:00 til 08:30: hjelp i hverdagen");
  g_assert_null (strstr (text, "12:00 til 13:00"));
  g_assert_true (strstr (text, "12. januar 10:00") < strstr (text, "14. januar 08:00"));
  /* 210 minutes granted, 150 booked. */
  ls_test_assert_contains (text, nn ? "Du har 1 time att denne veka." : "Du har 1 time igjen denne uken.");
  /* A pictogram beside each time and the sections (times, call). */
  g_assert_cmpuint (count_pictogram_shapes (pdf, dir), >=, 4);
  ls_test_rmdir (dir);
}

static void
test_my_week_empty (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *database = g_build_filename (dir, "t.db", NULL);
  gint64 person_id = person_with_bookings (database, "nb");
  g_autofree char *pdf = export_my_week (dir, database, person_id, "2027-W10", "min-uke-tom.pdf");
  g_autofree char *text = ls_test_pdf_text (pdf);

  if (text != NULL)
    {
      ls_test_assert_contains (text, "Min uke, uke 10");
      ls_test_assert_contains (text, "Du har ingen tider denne uken.");
      ls_test_assert_contains (text, "Du har 3 timer 30 minutter igjen denne uken.");
    }
  ls_test_rmdir (dir);
}

/* A week that is not one: one sentence naming it, exit non-zero, no file. */
static void
test_my_week_bad_week (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *database = g_build_filename (dir, "t.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "x.pdf", NULL);
  gint64 person_id = person_with_bookings (database, "nb");
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "export-pdf", "--database", database, "--my-week", id,
                         "--week", "2027-W60", "-o", pdf, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  ls_test_assert_contains (err, "2027-W60");
  g_assert_null (strchr (g_strstrip (err), '\n'));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/easy-read/letter", test_easy_read_letter);
  g_test_add_func ("/export/easy-read/refusal-without-grounds", test_refusal_without_grounds);
  g_test_add_data_func ("/export/easy-read/my-sketch/nb", "nb", test_my_sketch);
  g_test_add_data_func ("/export/easy-read/my-sketch/nn", "nn", test_my_sketch);
  g_test_add_func ("/export/easy-read/my-sketch-cli", test_my_sketch_cli);
  g_test_add_data_func ("/export/easy-read/my-week/nb", "nb", test_my_week);
  g_test_add_data_func ("/export/easy-read/my-week/nn", "nn", test_my_week);
  g_test_add_func ("/export/easy-read/my-week-empty", test_my_week_empty);
  g_test_add_func ("/export/easy-read/my-week-bad-week", test_my_week_bad_week);
  return g_test_run ();
}
