/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Legal texts as data: both languages, placeholders, the municipality's
 * override file, dates and extents. */
#include <gio/gio.h>

#include "ls-legal-texts.h"
#include "ls-test-util.h"

static LsLegalTexts *
load_without_override (void)
{
  g_autoptr(GError) error = NULL;
  LsLegalTexts *texts = ls_legal_texts_new ("/nonexistent/legal.ini", &error);

  g_assert_no_error (error);
  g_assert_nonnull (texts);
  return texts;
}

static void
test_languages (void)
{
  g_autoptr(LsLegalTexts) texts = load_without_override ();

  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Access", "nb"), ==, "forvaltningsloven § 18");
  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Access", "nn"), ==, "forvaltningslova § 18");
  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Access", "nn_NO.UTF-8"), ==, "forvaltningslova § 18");
  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Deadline", NULL), ==,
                   "pasient- og brukerrettighetsloven § 7-5");
  g_assert_null (ls_legal_texts_lookup (texts, "references", "NoSuchKey", "nb"));
  g_assert_cmpuint (ls_legal_texts_get_appeal_weeks (texts), ==, 4);
  g_assert_cmpstr (ls_legal_texts_get_appeal_body (texts, "nn"), ==, "Statsforvaltaren i Eksempel");

  /* Every key of the letters has a nynorsk variant. */
  {
    const char *groups[] = { "decision", "easy-read", "plan", "sketch", "common", "explain", "references" };

    for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
      {
        g_autoptr(GKeyFile) key_file = g_key_file_new ();
        g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/livsskisse/Livsskisse/catalog/legal.ini", 0, NULL);
        g_auto(GStrv) keys = NULL;

        g_assert_true (g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_KEEP_TRANSLATIONS, NULL));
        keys = g_key_file_get_keys (key_file, groups[g], NULL, NULL);
        for (guint k = 0; keys[k] != NULL; k++)
          {
            g_autofree char *nn = g_strdup_printf ("%s[nn]", keys[k]);

            if (strchr (keys[k], '[') != NULL || g_str_equal (keys[k], "Order"))
              continue;
            if (!g_key_file_has_key (key_file, groups[g], nn, NULL))
              g_error ("%s/%s has no nynorsk text", groups[g], keys[k]);
          }
      }
  }
}

static void
test_expand (void)
{
  g_autoptr(LsLegalTexts) texts = load_without_override ();
  g_autoptr(GHashTable) vars = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;

  g_hash_table_insert (vars, "weeks", "4");
  text = ls_legal_texts_format (texts, "decision", "AppealDeadline", "nn", vars);
  g_assert_cmpstr (text, ==, "Fristen for å klage er 4 veker frå den dagen du fekk dette brevet.");

  g_free (text);
  text = ls_legal_texts_expand (texts, "jf. {ref:Access}, {weeks} uker, {unknown} {", "nb", vars);
  g_assert_cmpstr (text, ==, "jf. forvaltningsloven § 18, 4 uker, {unknown} {");
}

static void
test_override (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "legal.ini", NULL);
  g_autoptr(LsLegalTexts) texts = NULL;
  g_autoptr(GError) error = NULL;
  const char *override =
    "[appeal]\nWeeks=6\n"
    "[references]\nAccess=forvaltningsloven (ny) § 30\n";

  g_assert_true (g_file_set_contents (path, override, -1, NULL));
  texts = ls_legal_texts_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ls_legal_texts_get_appeal_weeks (texts), ==, 6);
  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Access", "nb"), ==, "forvaltningsloven (ny) § 30");
  /* Keys the override leaves alone come from the shipped file. */
  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Access", "nn"), ==, "forvaltningslova § 18");
  g_assert_cmpstr (ls_legal_texts_lookup (texts, "references", "Written", "nb"), ==, "forvaltningsloven § 23");

  g_clear_object (&texts);
  g_assert_true (g_file_set_contents (path, "not [a key file", -1, NULL));
  texts = ls_legal_texts_new (path, &error);
  g_assert_null (texts);
  g_assert_nonnull (error);
  ls_test_rmdir (dir);
}

static void
test_dates_services (void)
{
  g_autoptr(LsLegalTexts) texts = load_without_override ();
  g_autoptr(GDate) date = g_date_new_dmy (3, G_DATE_FEBRUARY, 2027);
  g_autofree char *nb = ls_legal_texts_format_date (texts, date, "nb");
  g_autofree char *unset = ls_legal_texts_format_date (texts, NULL, "nn");
  g_autofree char *extent = ls_legal_texts_format_extent (texts, 1.5, "hours", "nb");
  g_autofree char *visits = ls_legal_texts_format_extent (texts, 3, "visits", "nn");
  g_autofree char *basis_nb = ls_legal_texts_service_basis (texts, "bpa", "nb");
  g_autofree char *basis_nn = ls_legal_texts_service_basis (texts, "bpa", "nn");

  g_assert_cmpstr (nb, ==, "3. februar 2027");
  g_assert_cmpstr (unset, ==, "ikkje fastsett");
  g_assert_cmpstr (extent, ==, "1,5 timer per uke");
  g_assert_cmpstr (visits, ==, "3 besøk per veke");
  g_assert_cmpstr (ls_legal_texts_service_name (texts, "respite", "nb"), ==, "Avlastning");
  g_assert_cmpstr (ls_legal_texts_service_name (texts, "respite", "nn"), ==, "Avlasting");
  g_assert_cmpstr (ls_legal_texts_service_name (texts, "unknown_key", "nn"), ==, "unknown_key");
  g_assert_cmpstr (basis_nb, ==, "helse- og omsorgstjenesteloven § 3-8 og pasient- og brukerrettighetsloven § 2-1 d");
  g_assert_cmpstr (basis_nn, ==, "helse- og omsorgstenestelova § 3-8 og pasient- og brukarrettslova § 2-1 d");
}

/* One hour is "1 time", in both languages; any other number takes the
 * plural ("0,5 timer", "1,5 timar"); units alike in both keep their form. */
static void
test_extent_singular (void)
{
  g_autoptr(LsLegalTexts) texts = load_without_override ();
  static const struct
  {
    double      extent;
    const char *unit;
    const char *language;
    const char *expected;
  } cases[] = {
    { 1, "hours", "nb", "1 time per uke" },
    { 1, "hours", "nn", "1 time per veke" },
    { 1.04, "hours", "nb", "1 time per uke" },   /* printed as 1 */
    { 1.5, "hours", "nn", "1,5 timar per veke" },
    { 0.5, "hours", "nb", "0,5 timer per uke" },
    { 2, "hours", "nb", "2 timer per uke" },
    { 1, "visits", "nb", "1 besøk per uke" },
    { 1, "days", "nn", "1 døgn per veke" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ls_legal_texts_format_extent (texts, cases[i].extent, cases[i].unit,
                                                            cases[i].language);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* A legal basis kept as one bokmål text reads with the nynorsk names of the
 * laws in a nynorsk letter, and stays as it is in bokmål. */
static void
test_localize_reference (void)
{
  g_autoptr(LsLegalTexts) texts = load_without_override ();
  const char *basis = "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b, jf. forvaltningsloven § 35 "
                      "og pasient- og brukerrettighetsloven § 2-1 a; kommunalt tilbud";
  g_autofree char *nn = ls_legal_texts_localize_reference (texts, basis, "nn_NO");
  g_autofree char *nb = ls_legal_texts_localize_reference (texts, basis, "nb");

  g_assert_cmpstr (nn, ==, "helse- og omsorgstenestelova § 3-2 første ledd nr. 6 bokstav b, jf. forvaltningslova § 35 "
                           "og pasient- og brukarrettslova § 2-1 a; kommunalt tilbod");
  g_assert_cmpstr (nb, ==, basis);
  g_assert_null (ls_legal_texts_localize_reference (texts, NULL, "nn"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/legal-texts/languages", test_languages);
  g_test_add_func ("/core/legal-texts/expand", test_expand);
  g_test_add_func ("/core/legal-texts/override", test_override);
  g_test_add_func ("/core/legal-texts/dates-services", test_dates_services);
  g_test_add_func ("/core/legal-texts/extent-singular", test_extent_singular);
  g_test_add_func ("/core/legal-texts/localize-reference", test_localize_reference);
  return g_test_run ();
}
