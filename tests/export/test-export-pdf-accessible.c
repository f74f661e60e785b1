/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PDFs the program writes, read back with qpdf's C API as a screen
 * reader would: the document language from the person's written language,
 * the title shown, XMP metadata, an alternative text on every figure, a
 * scope on every table header, every text on the page in the structure
 * tree, and the same text and a clean qpdf check as before. */
#include <gio/gio.h>
#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <string.h>

#include "ls-doc-pdf.h"
#include "ls-pdf-document.h"
#include "ls-test-letters.h"
#include "ls-test-poppler.h"
#include "ls-test-util.h"

/* In the demo of ten, persons 1 and 10 write nynorsk, the others bokmål
 * (src/cli/ls-cli-demo.c): decision 1 and sketch 1 are person 1's,
 * decision 2 person 2's, service plan 4 person 10's. */
#define NYNORSK_DECISION "1"
#define BOKMAL_DECISION "2"
#define NYNORSK_PLAN "4"
#define NYNORSK_SKETCH "1"

typedef struct
{
  char *dir;
  char *database;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *args[] = { "demo", "--persons", "10", "--database", NULL, NULL };

  f->dir = ls_test_mkdtemp ();
  f->database = g_build_filename (f->dir, "demo.db", NULL);
  args[4] = f->database;
  ls_test_run_cli (args);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ls_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->database);
}

/* Exports one document (@kind: "--decision", …) and returns its path. */
static char *
export (Fixture    *f,
        const char *kind,
        const char *id)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.pdf", kind + 2, id);
  char *path = g_build_filename (f->dir, name, NULL);
  /* The demo's decisions may be drafts: they are read marked as such. */
  const char *args[] = { "export-pdf", "--draft", "--database", f->database, kind, id, "-o", path, NULL };

  ls_test_run_cli (args);
  ls_test_keep_pdf (path, name);
  return path;
}

/* ---- reading with qpdf ------------------------------------------------ */

static qpdf_data
open_pdf (const char *path)
{
  qpdf_data q = qpdf_init ();

  qpdf_silence_errors (q);
  if (qpdf_read (q, path, NULL) & QPDF_ERRORS)
    g_error ("qpdf cannot read %s: %s", path, qpdf_get_error_full_text (q, qpdf_get_error (q)));
  return q;
}

static void
assert_no_qpdf_error (qpdf_data q)
{
  if (qpdf_has_error (q))
    g_error ("qpdf: %s", qpdf_get_error_full_text (q, qpdf_get_error (q)));
}

static char *
get_text (qpdf_data   q,
          qpdf_oh     dict,
          const char *key)
{
  qpdf_oh value = qpdf_oh_get_key (q, dict, key);

  return qpdf_oh_is_string (q, value) ? g_strdup (qpdf_oh_get_utf8_value (q, value)) : NULL;
}

static gboolean
get_bool (qpdf_data   q,
          qpdf_oh     dict,
          const char *key)
{
  qpdf_oh value = qpdf_oh_get_key (q, dict, key);

  return qpdf_oh_is_bool (q, value) && qpdf_oh_get_bool_value (q, value);
}

typedef struct
{
  GPtrArray *figure_alts;  /* one per Figure, "" when it has none */
  guint      n_th;
  guint      n_th_scoped;
} Structure;

static void
walk (qpdf_data  q,
      qpdf_oh    node,
      Structure *s,
      guint      depth)
{
  g_assert_cmpuint (depth, <, 32);
  if (qpdf_oh_is_array (q, node))
    {
      for (int i = 0; i < qpdf_oh_get_array_n_items (q, node); i++)
        walk (q, qpdf_oh_get_array_item (q, node, i), s, depth + 1);
      return;
    }
  if (!qpdf_oh_is_dictionary (q, node))
    return;
  if (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, node, "/S"), "/Figure"))
    {
      g_autofree char *alt = get_text (q, node, "/Alt");

      g_ptr_array_add (s->figure_alts, g_strdup (alt != NULL ? alt : ""));
    }
  if (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, node, "/S"), "/TH"))
    {
      qpdf_oh a = qpdf_oh_get_key (q, node, "/A");

      s->n_th++;
      if (qpdf_oh_is_dictionary (q, a) &&
          qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, a, "/O"), "/Table") &&
          (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, a, "/Scope"), "/Column") ||
           qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, a, "/Scope"), "/Row")))
        s->n_th_scoped++;
    }
  /* Marked-content references and objects carry no /S. */
  if (qpdf_oh_has_key (q, node, "/S") || depth == 0)
    walk (q, qpdf_oh_get_key (q, node, "/K"), s, depth + 1);
}

static void
read_structure (qpdf_data  q,
                Structure *s)
{
  qpdf_oh tree = qpdf_oh_get_key (q, qpdf_get_root (q), "/StructTreeRoot");

  g_assert_true (qpdf_oh_is_dictionary (q, tree));
  s->figure_alts = g_ptr_array_new_with_free_func (g_free);
  walk (q, tree, s, 0);
  assert_no_qpdf_error (q);
}

/* ---- every text inside the structure tree ------------------------------ */

/* The structure element for @mcid on @page, from the ParentTree. */
static gboolean
mcid_in_structure (qpdf_data q,
                   qpdf_oh   page,
                   long      mcid)
{
  qpdf_oh tree = qpdf_oh_get_key (q, qpdf_oh_get_key (q, qpdf_get_root (q), "/StructTreeRoot"), "/ParentTree");
  qpdf_oh nums = qpdf_oh_get_key (q, tree, "/Nums");
  qpdf_oh key = qpdf_oh_get_key (q, page, "/StructParents");

  if (!qpdf_oh_is_integer (q, key) || !qpdf_oh_is_array (q, nums))
    return FALSE;
  for (int i = 0; i + 1 < qpdf_oh_get_array_n_items (q, nums); i += 2)
    if (qpdf_oh_get_int_value (q, qpdf_oh_get_array_item (q, nums, i)) == qpdf_oh_get_int_value (q, key))
      {
        qpdf_oh elements = qpdf_oh_get_array_item (q, nums, i + 1);

        return qpdf_oh_is_array (q, elements) && mcid < qpdf_oh_get_array_n_items (q, elements) &&
               qpdf_oh_is_dictionary (q, qpdf_oh_get_array_item (q, elements, (int) mcid));
      }
  return FALSE;
}

/* Skips a string "(…)" starting at @p (balanced parentheses, escapes). */
static const guchar *
skip_string (const guchar *p,
             const guchar *end)
{
  int depth = 0;

  for (; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '(')
        depth++;
      else if (*p == ')' && --depth == 0)
        return p + 1;
    }
  return end;
}

/* Skips "<<…>>" starting at @p (nested dictionaries, strings). */
static const guchar *
skip_dict (const guchar *p,
           const guchar *end)
{
  int depth = 0;

  while (p < end)
    {
      if (p + 1 < end && p[0] == '<' && p[1] == '<')
        depth++, p += 2;
      else if (p + 1 < end && p[0] == '>' && p[1] == '>')
        {
          p += 2;
          if (--depth == 0)
            return p;
        }
      else if (*p == '(')
        p = skip_string (p, end);
      else
        p++;
    }
  return end;
}

/* Fails unless every text-showing operator in @page's content stream lies
 * inside marked content whose MCID belongs to the structure tree, or inside
 * an /Artifact sequence. Returns how many texts it checked. */
static guint
assert_page_text_marked (qpdf_data q,
                         qpdf_oh   page)
{
  unsigned char *data = NULL;
  size_t length = 0;
  const guchar *p, *end;
  /* One entry per open BDC/BMC: whether it puts text in the structure. */
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gboolean));
  char last_name[64] = "";
  long last_mcid = -1;
  guint n_texts = 0;

  g_assert_cmpint (qpdf_oh_get_page_content_data (q, page, &data, &length) & QPDF_ERRORS, ==, 0);
  p = data;
  end = data + length;
  while (p < end)
    {
      const guchar *start = p;
      g_autofree char *word = NULL;

      if (g_ascii_isspace (*p))
        p++;
      else if (*p == '%')
        while (p < end && *p != '\n')
          p++;
      else if (*p == '(')
        p = skip_string (p, end);
      else if (p + 1 < end && p[0] == '<' && p[1] == '<')
        {
          g_autofree char *dict = NULL;
          const char *mcid;

          p = skip_dict (p, end);
          dict = g_strndup ((const char *) start, p - start);
          mcid = strstr (dict, "/MCID");
          last_mcid = mcid != NULL ? strtol (mcid + 5, NULL, 10) : -1;
        }
      else if (*p == '<')
        {
          while (p < end && *p != '>')
            p++;
          p++;
        }
      else if (*p == '[' || *p == ']')
        p++;
      else
        {
          p++;
          while (p < end && !g_ascii_isspace (*p) && strchr ("()<>[]{}/%", *p) == NULL)
            p++;
          word = g_strndup ((const char *) start, p - start);
          if (word[0] == '/')
            g_strlcpy (last_name, word + 1, sizeof last_name);
          else if (g_str_equal (word, "BDC") || g_str_equal (word, "BMC"))
            {
              gboolean marked = g_str_equal (last_name, "Artifact") ||
                                (g_str_equal (word, "BDC") && last_mcid >= 0 &&
                                 mcid_in_structure (q, page, last_mcid));

              g_array_append_val (open, marked);
              last_mcid = -1;
            }
          else if (g_str_equal (word, "EMC"))
            {
              g_assert_cmpuint (open->len, >, 0);
              g_array_set_size (open, open->len - 1);
            }
          else if (g_str_equal (word, "Tj") || g_str_equal (word, "TJ") ||
                   g_str_equal (word, "'") || g_str_equal (word, "\""))
            {
              gboolean marked = FALSE;

              for (guint i = 0; i < open->len; i++)
                marked |= g_array_index (open, gboolean, i);
              if (!marked)
                g_error ("text outside the structure tree at byte %" G_GSIZE_FORMAT " of the page:\n%.300s",
                         (gsize) (start - data), (const char *) MAX (data, start - 300));
              n_texts++;
            }
          else if (g_str_equal (word, "BI"))
            g_error ("inline image in the page: the check cannot skip it");
        }
    }
  g_assert_cmpuint (open->len, ==, 0);
  free (data);
  return n_texts;
}

/* ---- the checks --------------------------------------------------------- */

static void
assert_accessible (const char *path,
                   const char *lang)
{
  qpdf_data q = open_pdf (path);
  qpdf_oh root = qpdf_get_root (q);
  g_autofree char *lang_value = get_text (q, root, "/Lang");
  g_autofree char *title = get_text (q, qpdf_oh_get_key (q, qpdf_get_trailer (q), "/Info"), "/Title");
  g_autofree char *escaped_title = NULL;
  g_autofree char *xmp = NULL;
  qpdf_oh metadata = qpdf_oh_get_key (q, root, "/Metadata");
  unsigned char *data = NULL;
  size_t length = 0;

  g_assert_cmpstr (lang_value, ==, lang);
  g_assert_true (get_bool (q, qpdf_oh_get_key (q, root, "/ViewerPreferences"), "/DisplayDocTitle"));
  g_assert_true (get_bool (q, qpdf_oh_get_key (q, root, "/MarkInfo"), "/Marked"));

  /* XMP: title, language, PDF/UA identification, readable. */
  g_assert_true (qpdf_oh_is_stream (q, metadata));
  g_assert_true (qpdf_oh_is_dictionary_of_type (q, qpdf_oh_get_dict (q, metadata), "/Metadata", "/XML"));
  g_assert_cmpint (qpdf_oh_get_stream_data (q, metadata, qpdf_dl_all, NULL, &data, &length) & QPDF_ERRORS, ==, 0);
  xmp = g_strndup ((const char *) data, length);
  free (data);
  g_assert_nonnull (title);
  escaped_title = g_markup_escape_text (title, -1);
  ls_test_assert_contains (xmp, escaped_title);
  ls_test_assert_contains (xmp, "<pdfuaid:part>1</pdfuaid:part>");
  {
    g_autofree char *language = g_strdup_printf ("<rdf:li>%s</rdf:li>", lang);

    ls_test_assert_contains (xmp, language);
  }

  /* What a screen reader reads is all in the tree, on every page. */
  for (int i = 0; i < qpdf_get_num_pages (q); i++)
    g_assert_cmpuint (assert_page_text_marked (q, qpdf_get_page_n (q, (size_t) i)), >, 0);

  g_assert_cmpint (qpdf_check_pdf (q) & QPDF_ERRORS, ==, 0);
  g_assert_false (qpdf_more_warnings (q));
  assert_no_qpdf_error (q);
  qpdf_cleanup (&q);
}

static void
assert_figures_described (const char *path)
{
  qpdf_data q = open_pdf (path);
  Structure s = { 0, };

  read_structure (q, &s);
  g_assert_cmpuint (s.figure_alts->len, >, 0);
  for (guint i = 0; i < s.figure_alts->len; i++)
    {
      const char *alt = g_ptr_array_index (s.figure_alts, i);
      g_autoptr(GRegex) areas = g_regex_new ("livsområde.*(Hjem og hverdag|Heim og kvardag): ", 0, 0, NULL);

      if (!g_regex_match (areas, alt, 0, NULL))
        g_error ("figure %u of %s is not described: “%s”", i, path, alt);
    }
  g_ptr_array_unref (s.figure_alts);
  qpdf_cleanup (&q);
}

static void
assert_table_headers_scoped (const char *path)
{
  qpdf_data q = open_pdf (path);
  Structure s = { 0, };

  read_structure (q, &s);
  g_assert_cmpuint (s.n_th, >, 0);
  g_assert_cmpuint (s.n_th_scoped, ==, s.n_th);
  g_ptr_array_unref (s.figure_alts);
  qpdf_cleanup (&q);
}

static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *bokmal = export (f, "--decision", BOKMAL_DECISION);
  g_autofree char *nynorsk = export (f, "--decision", NYNORSK_DECISION);

  assert_accessible (bokmal, "nb-NO");
  assert_accessible (nynorsk, "nn-NO");
}

static void
test_each_document (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *decision = export (f, "--decision", BOKMAL_DECISION);
  g_autofree char *easy_read = export (f, "--easy-read", BOKMAL_DECISION);
  g_autofree char *plan = export (f, "--plan", NYNORSK_PLAN);
  g_autofree char *sketch = export (f, "--sketch", NYNORSK_SKETCH);

  assert_accessible (easy_read, "nb-NO");
  assert_accessible (plan, "nn-NO");
  assert_accessible (sketch, "nn-NO");
  assert_table_headers_scoped (decision);
  assert_table_headers_scoped (plan);
  assert_figures_described (easy_read);
  assert_figures_described (sketch);
}

/* The letterhead and the footer are read too: poppler finds their text in
 * the structure tree. */
static void
test_letterhead_in_structure (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = export (f, "--decision", BOKMAL_DECISION);
  g_autofree char *structure = NULL;
  g_autofree char *text = NULL;
  const char *args[] = { "pdfinfo", "-struct-text", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  text = ls_test_poppler ("pdftotext", path);
  if (text == NULL)
    return;
  g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &structure, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The demo's letterhead and footer (see data/ and ls-letterhead.c). */
  ls_test_assert_contains (text, "Postboks 100");
  ls_test_assert_contains (structure, "Postboks 100");
  ls_test_assert_contains (text, "Side 1 av");
  ls_test_assert_contains (structure, "Side 1 av");
}

/* qpdf changes no text: pdftotext reads the same as from cairo's PDF. */
static void
test_same_text (void)
{
  g_autoptr(LsTestLetters) t = ls_test_letters_new ("nb");
  g_autoptr(LsLetterContent) content = ls_letter_content_new_decision (&t->sources);
  g_autoptr(LsDocLayout) layout = ls_pdf_layout_new (content, t->legal);
  g_autoptr(GBytes) plain = ls_doc_pdf_write_bytes (layout, NULL);
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *plain_path = g_build_filename (dir, "cairo.pdf", NULL);
  g_autofree char *final_path = g_build_filename (dir, "final.pdf", NULL);
  g_autofree char *plain_text = NULL;
  g_autofree char *final_text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (plain);
  g_assert_true (g_file_set_contents (plain_path, g_bytes_get_data (plain, NULL), g_bytes_get_size (plain), NULL));
  g_assert_true (ls_pdf_write_content (content, t->legal, final_path, NULL, &error));
  g_assert_no_error (error);
  plain_text = ls_test_poppler ("pdftotext", plain_path);
  final_text = ls_test_poppler ("pdftotext", final_path);
  if (plain_text != NULL)
    g_assert_cmpstr (final_text, ==, plain_text);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/pdf-accessible/language", Fixture, NULL, fixture_set_up, test_language, fixture_tear_down);
  g_test_add ("/export/pdf-accessible/each-document", Fixture, NULL, fixture_set_up, test_each_document,
              fixture_tear_down);
  g_test_add ("/export/pdf-accessible/letterhead-in-structure", Fixture, NULL, fixture_set_up,
              test_letterhead_in_structure, fixture_tear_down);
  g_test_add_func ("/export/pdf-accessible/same-text", test_same_text);
  return g_test_run ();
}
