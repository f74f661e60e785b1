/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document layout engine, checked through the PDFs it makes with
 * poppler-utils (pdftotext, pdfinfo, pdffonts). Set LS_TEST_OUTPUT_DIR to
 * keep the PDFs. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "ls-doc-layout-private.h"
#include "ls-doc-pdf.h"
#include "ls-test-util.h"
#include "ls-wheel.h"

static const LsWheelSegment segments[] = {
  { "Hjem og hverdag", 7, 5, 4, 2, 1, FALSE },
  { "Egenomsorg og helse", 8, 0, 6, 1, 0, FALSE },
  { "Kommunikasjon, syn og hørsel", 4, 0, 0, 0, 2, FALSE },
  { "Hukommelse, læring og struktur", 5, 6, 0, 0, 0, FALSE },
  { "Komme seg rundt", 9, 0, 9, 1, 0, FALSE },
  { "Familie, relasjoner og nettverk", 6, 0, 3, 3, 1, FALSE },
  { "Skole, arbeid og økonomi", 3, 5, 0, 0, 1, FALSE },
  { "Fritid, venner og samfunn", 0, 0, 0, 0, 0, TRUE },
  { "Trivsel og psykisk helse", 5, 0, 4, 1, 1, FALSE },
  { "Det som er viktig for meg", 8, 0, 0, 2, 0, FALSE },
};

static char *tmpdir;

static void
draw_wheel (cairo_t *cr,
            double   width,
            double   height,
            gpointer user_data)
{
  LsWheel wheel;

  ls_wheel_init (&wheel, segments, G_N_ELEMENTS (segments));
  wheel.parts |= LS_WHEEL_PART_LEGEND;
  ls_wheel_draw (&wheel, cr, 0, 0, width, height);
}

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils are not installed");
  return path != NULL;
}

/* Runs a poppler tool; its stdout, asserting it exited 0. */
static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The value of a "Name:   value" line of pdfinfo. */
static char *
info_field (const char *info,
            const char *name)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  guint i;

  for (i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], name) && lines[i][strlen (name)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (name) + 1));
  return NULL;
}

#define assert_info(info, name, value) \
  G_STMT_START { \
    g_autofree char *_v = info_field (info, name); \
    g_assert_cmpstr (_v, ==, value); \
  } G_STMT_END

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *n = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-layout", "-f", n, "-l", n, pdf, "-", NULL };

  return run (argv);
}

/* The text of each of @pdf's @n_pages pages, from one run of pdftotext
 * (which ends every page with a form feed): the sweeps below lay out a
 * document at 43 heights each, and a run a page made them take seconds. */
static GStrv
pages_text (const char *pdf,
            guint       n_pages)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *text = run (argv);
  GStrv pages = g_strsplit (text, "\f", -1);

  /* nothing after the last page's form feed */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  g_assert_cmpstr (pages[n_pages], ==, "");
  g_clear_pointer (&pages[n_pages], g_free);
  return pages;
}

static char *
write_pdf (LsDocLayout *layout,
           const char  *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);
  const char *keep = g_getenv ("LS_TEST_OUTPUT_DIR");

  g_assert_true (ls_doc_pdf_write_file (layout, path, &error));
  g_assert_no_error (error);
  if (keep)
    {
      g_autofree char *copy = g_build_filename (keep, name, NULL);

      g_assert_true (ls_doc_pdf_write_file (layout, copy, NULL));
    }
  return path;
}

static LsDoc *
sample_doc (guint n_rows)
{
  LsDoc *doc = ls_doc_new ();
  LsDocBlock *list, *table, *figure, *callout;
  static const char *header[] = { "Tjeneste", "Omfang", "Fra og med", "Vurdering" };
  static const double widths[] = { 3, 2, 2, 3 };
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 4, 10, 0, 0);
  guint i;

  ls_doc_set_title (doc, "Vedtak om helse- og omsorgstjenester");
  ls_doc_set_author (doc, "Eksempel kommune, tildelingskontoret");
  ls_doc_set_subject (doc, "Vedtaksbrev");
  ls_doc_set_language (doc, "nb");
  ls_doc_set_creation_date (doc, date);

  ls_doc_add_heading_text (doc, 1, "Vedtak om praktisk bistand – prøveperiode");
  ls_doc_add_paragraph (doc, "Vi viser til søknaden din. Du får <b>praktisk bistand</b> i en prøveperiode. "
                             "Blåbærsyltetøy på Ærø: æøå ÆØÅ skal overleve.");
  callout = ls_doc_add_paragraph (doc, "<b>Prøveperioden varer fra 1. april til 30. juni 2026.</b> "
                                       "Vi evaluerer sammen med deg innen 15. juni 2026.");
  ls_doc_block_set_paragraph_style (callout, LS_DOC_PARAGRAPH_CALLOUT);
  ls_doc_add_heading_text (doc, 2, "Hva vi har lagt vekt på");
  list = ls_doc_add_list (doc, FALSE);
  ls_doc_list_add_item_text (list, "Det du selv har fortalt om hverdagen din.");
  ls_doc_list_add_item_text (list, "Vurderingen fra hjemmetjenesten, som også beskriver hva som fungerer godt "
                                   "og hva som er vanskelig i perioder med mye uro.");
  list = ls_doc_add_list (doc, TRUE);
  ls_doc_list_add_item_text (list, "Første punkt");
  ls_doc_list_add_item_text (list, "Andre punkt");

  ls_doc_add_heading_text (doc, 2, "Tiltak");
  table = ls_doc_add_table (doc, 4, widths);
  ls_doc_table_set_header (table, header);
  for (i = 0; i < n_rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("Tiltak nummer %u", i + 1);
      g_autofree char *amount = g_strdup_printf ("%u timer per uke", 1 + i % 5);
      const char *row[] = { name, amount, "01.04.2026", i % 3 == 0 ? "Innvilget etter en samlet vurdering" : "Innvilget" };

      ls_doc_table_add_row_text (table, row);
    }

  ls_doc_add_heading_text (doc, 2, "Livsskissen din");
  figure = ls_doc_add_figure (doc, 460, 400, draw_wheel, NULL, NULL,
                              "Livsskissen med ti livsområder og egen vurdering");
  ls_doc_figure_set_caption (figure, "Livsskissen slik du vurderte den 4. mars 2026");
  ls_doc_add_heading_text (doc, 3, "Klage");
  ls_doc_add_paragraph (doc, "<b>Klagefristen er tre uker</b> fra du mottok dette brevet.");
  return doc;
}

static LsDocLayout *
sample_layout (LsDoc      *doc,
               const char *logo)
{
  static const char *letterhead[] = { "Eksempel kommune", "Tildelingskontoret",
                                      "Postboks 1, 9999 Eksempelby", NULL };
  LsDocLayout *layout = ls_doc_layout_new (doc);

  ls_doc_layout_set_letterhead (layout, letterhead, logo);
  ls_doc_layout_set_footer_text (layout, "Saksnummer 2026/123");
  return layout;
}

static void
test_table_breaks (void)
{
  g_autoptr(LsDoc) doc = NULL;
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *expected_last = NULL;
  guint n_pages, page, rows_seen = 0;

  if (!have_poppler ())
    return;

  doc = sample_doc (40);
  layout = sample_layout (doc, NULL);
  n_pages = ls_doc_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (ls_doc_layout_get_warnings (layout)->len, ==, 0);
  pdf = write_pdf (layout, "doc-table.pdf");

  for (page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = page_text (pdf, page);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, n_pages);
      gboolean has_rows = strstr (text, "Tiltak nummer") != NULL;
      guint r;

      g_assert_nonnull (strstr (text, number));
      /* Every page the table is on starts with its header row. */
      if (has_rows)
        {
          g_assert_nonnull (strstr (text, "Tjeneste"));
          g_assert_nonnull (strstr (text, "Vurdering"));
          g_assert_true (strstr (text, "Tjeneste") < strstr (text, "Tiltak nummer"));
        }
      for (r = 1; r <= 40; r++)
        {
          g_autofree char *row = g_strdup_printf ("Tiltak nummer %u ", r);

          rows_seen += strstr (text, row) != NULL;
        }
    }
  /* All rows, each once (rows never split). */
  g_assert_cmpuint (rows_seen, ==, 40);
  {
    g_autofree char *p2 = page_text (pdf, 2);

    g_assert_nonnull (strstr (p2, "Tiltak nummer"));
    g_assert_nonnull (strstr (p2, "Tjeneste"));
  }
}

/* pdffonts lists at least one font, and every one is embedded. */
static void
assert_fonts_embedded (const char *pdf)
{
  g_autofree char *fonts = run ((const char *[]) { "pdffonts", pdf, NULL });
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint i, n_fonts = 0;

  /* name type encoding emb sub uni object ID: "emb" is the 5th from the end. */
  for (i = 2; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      GPtrArray *words = g_ptr_array_new ();
      guint c;

      for (c = 0; cols[c]; c++)
        if (*cols[c])
          g_ptr_array_add (words, cols[c]);
      g_assert_cmpuint (words->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      g_ptr_array_free (words, TRUE);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_pdf_properties (void)
{
  g_autoptr(LsDoc) doc = NULL;
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *structure = NULL;
  static const char *tags[] = { "  H1", "  H2", "  H3", "  P", "  L", "    LI", "      Lbl", "      LBody",
                                "  Table", "    TR", "      TH", "      TD", "  Figure", "  Caption" };
  guint i;

  if (!have_poppler ())
    return;

  doc = sample_doc (5);
  layout = sample_layout (doc, NULL);
  pdf = write_pdf (layout, "doc-small.pdf");

  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  assert_info (info, "Tagged", "yes");
  assert_info (info, "Title", "Vedtak om helse- og omsorgstjenester");
  assert_info (info, "Author", "Eksempel kommune, tildelingskontoret");
  assert_info (info, "Subject", "Vedtaksbrev");
  assert_info (info, "Page size", "595.276 x 841.89 pts (A4)");
  {
    /* pdfinfo shows the date in the local time zone. */
    g_autofree char *created = info_field (info, "CreationDate");

    g_assert_nonnull (created);
    g_assert_nonnull (strstr (created, "Mar  4"));
    g_assert_nonnull (strstr (created, "2026"));
  }

  /* The structure tree a screen reader walks. */
  structure = run ((const char *[]) { "pdfinfo", "-struct", pdf, NULL });
  for (i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_autofree char *needle = g_strdup_printf ("\n%s", tags[i]);

      g_assert_nonnull (strstr (structure, needle));
    }
  g_assert_true (g_str_has_prefix (structure, "Document"));

  text = run ((const char *[]) { "pdftotext", pdf, "-", NULL });
  g_assert_nonnull (strstr (text, "Blåbærsyltetøy på Ærø: æøå ÆØÅ"));
  g_assert_nonnull (strstr (text, "Eksempel kommune"));
  g_assert_nonnull (strstr (text, "Saksnummer 2026/123"));
  g_assert_nonnull (strstr (text, "Livsskissen slik du vurderte den"));
  g_assert_nonnull (strstr (text, "Hjem og hverdag"));
  /* The wheel's key explains the hatching it shows, and only that. */
  g_assert_nonnull (strstr (text, "Skipped for now"));
  g_assert_null (strstr (text, "Lower than last time"));
  assert_fonts_embedded (pdf);
}

/* A PDF's text is measured with the fonts cairo draws it with (the PDF
 * surface's font options merged under the text's), so no glyph is loaded
 * twice; and it is laid out exactly as when it was measured without
 * knowing the surface (page count, the preview). */
static void
test_pdf_measured_as_drawn (void)
{
  g_autoptr(LsDoc) doc = NULL;
  g_autoptr(LsDocLayout) plain = NULL;
  g_autoptr(LsDocLayout) for_pdf = NULL;
  g_autofree char *plain_pdf = NULL;
  g_autofree char *for_pdf_pdf = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *for_pdf_text = NULL;
  g_autofree char *plain_info = NULL;
  g_autofree char *for_pdf_info = NULL;
  g_autofree char *plain_pages = NULL;
  g_autofree char *for_pdf_pages = NULL;
  cairo_surface_t *surface;
  cairo_font_options_t *surface_options, *drawn;
  const cairo_font_options_t *measured;

  if (!have_poppler ())
    return;

  doc = sample_doc (40);
  plain = sample_layout (doc, NULL);
  g_assert_cmpuint (ls_doc_layout_get_n_pages (plain), >, 1);
  plain_pdf = write_pdf (plain, "doc-measured-first.pdf");
  for_pdf = sample_layout (doc, NULL);
  for_pdf_pdf = write_pdf (for_pdf, "doc-measured-for-pdf.pdf");

  surface = cairo_pdf_surface_create (NULL, LS_DOC_PAGE_A4_WIDTH, LS_DOC_PAGE_A4_HEIGHT);
  surface_options = cairo_font_options_create ();
  cairo_surface_get_font_options (surface, surface_options);
  measured = pango_cairo_context_get_font_options (for_pdf->context);
  g_assert_nonnull (measured);
  drawn = cairo_font_options_copy (surface_options);
  cairo_font_options_merge (drawn, measured);
  g_assert_true (cairo_font_options_equal (drawn, measured));
  g_assert_cmpint (cairo_font_options_get_hint_metrics (measured), ==, CAIRO_HINT_METRICS_OFF);
  g_assert_cmpint (cairo_font_options_get_hint_style (measured), ==, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_destroy (drawn);
  cairo_font_options_destroy (surface_options);
  cairo_surface_destroy (surface);

  plain_text = run ((const char *[]) { "pdftotext", "-layout", plain_pdf, "-", NULL });
  for_pdf_text = run ((const char *[]) { "pdftotext", "-layout", for_pdf_pdf, "-", NULL });
  g_assert_cmpstr (for_pdf_text, ==, plain_text);
  plain_info = run ((const char *[]) { "pdfinfo", plain_pdf, NULL });
  for_pdf_info = run ((const char *[]) { "pdfinfo", for_pdf_pdf, NULL });
  plain_pages = info_field (plain_info, "Pages");
  for_pdf_pages = info_field (for_pdf_info, "Pages");
  g_assert_cmpstr (for_pdf_pages, ==, plain_pages);
}

/* Each text's font is described as pango describes the font it loads (one
 * family, an absolute size) in a context at the font map's resolution: the
 * metrics pango measures of a new font, on a sample text laid out in that
 * description, then find the fontset already loaded instead of asking
 * fontconfig for another. */
static void
check_described_as_loaded (PangoLayout *layout)
{
  const PangoFontDescription *asked = pango_layout_get_font_description (layout);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFont) font = pango_context_load_font (context, asked);
  g_autoptr(PangoFontDescription) loaded = pango_font_describe_with_absolute_size (font);

  g_assert_cmpfloat (pango_cairo_context_get_resolution (context), <, 0);
  g_assert_true (pango_font_description_get_size_is_absolute (asked));
  g_assert_cmpint (pango_font_description_get_size (asked), ==, pango_font_description_get_size (loaded));
  g_assert_cmpstr (pango_font_description_get_family (asked), ==, pango_font_description_get_family (loaded));
  g_assert_cmpint (pango_font_description_get_weight (asked), ==, pango_font_description_get_weight (loaded));
}

static void
test_fonts_described_as_loaded (void)
{
  g_autoptr(LsDoc) doc = sample_doc (4);
  g_autoptr(LsDocLayout) layout = sample_layout (doc, NULL);
  g_autoptr(PangoFontDescription) body = NULL;
  g_autoptr(PangoFont) font = NULL;
  g_autoptr(PangoFontDescription) found = NULL;
  guint checked = 0;

  g_assert_cmpuint (ls_doc_layout_get_n_pages (layout), >, 0);
  body = pango_font_description_from_string (LS_RENDER_DOC_FONT_FAMILY " 10.5");
  font = pango_context_load_font (layout->context, body);
  found = pango_font_describe (font);
  if (g_ascii_strcasecmp (pango_font_description_get_family (found), LS_RENDER_DOC_FONT_FAMILY) != 0)
    {
      g_test_skip ("the documents' font is not installed");
      return;
    }
  for (guint i = 0; i < layout->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (layout->pieces, i);

      if (piece->layout != NULL)
        {
          check_described_as_loaded (piece->layout);
          checked++;
        }
      for (guint c = 0; piece->cells != NULL && c < piece->cells->len; c++)
        {
          check_described_as_loaded (g_ptr_array_index (piece->cells, c));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 10);
}

static void
test_missing_logo (void)
{
  g_autoptr(LsDoc) doc = sample_doc (3);
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-logo.png", NULL);
  GPtrArray *warnings;

  layout = sample_layout (doc, missing);
  warnings = ls_doc_layout_get_warnings (layout);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (warnings, 0), LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_LOGO);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (warnings, 0))->message, "no-such-logo.png"));
  if (!have_poppler ())
    return;
  pdf = write_pdf (layout, "doc-no-logo.pdf");
  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  assert_info (info, "Tagged", "yes");
}

static void
test_logo (void)
{
  g_autoptr(LsDoc) doc = sample_doc (3);
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *logo = g_build_filename (tmpdir, "logo.png", NULL);
  g_autofree char *pdf = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 120);
  cairo_t *cr = cairo_create (surface);

  cairo_arc (cr, 60, 60, 50, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.1, 0.4, 0.7);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, logo), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  layout = sample_layout (doc, logo);
  g_assert_cmpuint (ls_doc_layout_get_warnings (layout)->len, ==, 0);
  if (have_poppler ())
    pdf = write_pdf (layout, "doc-logo.pdf");
}

static void
test_overlong_word (void)
{
  g_autoptr(LsDoc) doc = ls_doc_new ();
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GString) word = g_string_new (NULL);
  GPtrArray *warnings;
  guint i;

  for (i = 0; i < 40; i++)
    g_string_append (word, "langtord");
  ls_doc_set_title (doc, "Langt ord");
  ls_doc_add_paragraph_text (doc, "Et vanlig avsnitt først.");
  ls_doc_add_paragraph_text (doc, word->str);
  layout = ls_doc_layout_new (doc);
  warnings = ls_doc_layout_get_warnings (layout);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (warnings, 0), LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_OVERLONG_WORD);
  /* The message names the block, never the text. */
  g_assert_null (strstr (((GError *) g_ptr_array_index (warnings, 0))->message, "langtord"));
  if (!have_poppler ())
    return;
  pdf = write_pdf (layout, "doc-long-word.pdf");
  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  assert_info (info, "Pages", "1");
}

/* A heading never ends a page: whatever fills the page before it, the
 * heading and the start of its paragraph share a page. */
static void
test_keep_with_next (void)
{
  guint filler;

  for (filler = 30; filler < 60; filler++)
    {
      g_autoptr(LsDoc) doc = ls_doc_new ();
      g_autoptr(LsDocLayout) layout = NULL;
      g_autoptr(GBytes) bytes = NULL;
      guint i, page, heading_page = 0, body_page = 0;

      for (i = 0; i < filler; i++)
        ls_doc_add_paragraph_text (doc, "Fyll.");
      ls_doc_add_heading_text (doc, 2, "Overskriften");
      ls_doc_add_paragraph_text (doc, "Teksten etter overskriften, som er lang nok til å gå over flere linjer "
                                      "når den settes med vanlig skrift på en A4-side med marger.");
      layout = ls_doc_layout_new (doc);
      bytes = ls_doc_pdf_write_bytes (layout, NULL);
      g_assert_nonnull (bytes);
      if (!have_poppler ())
        return;
      {
        g_autofree char *path = g_build_filename (tmpdir, "keep.pdf", NULL);

        g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
        for (page = 1; page <= ls_doc_layout_get_n_pages (layout); page++)
          {
            g_autofree char *text = page_text (path, page);

            if (strstr (text, "Overskriften"))
              heading_page = page;
            if (strstr (text, "Teksten etter"))
              body_page = page;
          }
      }
      g_assert_cmpuint (heading_page, >, 0);
      g_assert_cmpuint (heading_page, ==, body_page);
    }
}

/* The same code previews a page on an image surface. */
static void
test_preview (void)
{
  g_autoptr(LsDoc) doc = sample_doc (10);
  g_autoptr(LsDocLayout) layout = sample_layout (doc, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cairo_t *cr = cairo_create (surface);
  unsigned char *data;
  int stride, x, y;
  guint dark = 0;

  cairo_scale (cr, 0.5, 0.5);
  ls_doc_layout_render_page (layout, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (y = 0; y < 421; y++)
    for (x = 0; x < 298; x++)
      dark += (*(guint32 *) (data + y * stride + x * 4) & 0xff) < 128;
  g_assert_cmpuint (dark, >, 500);
  if (g_getenv ("LS_TEST_OUTPUT_DIR"))
    {
      g_autofree char *png = g_build_filename (g_getenv ("LS_TEST_OUTPUT_DIR"), "doc-preview.png", NULL);

      cairo_surface_write_to_png (surface, png);
    }
  cairo_surface_destroy (surface);
}

/* Which of @pages (a bitmask, page 1 the lowest bit) contain @needle. */
static guint
pages_with (GStrv       pages,
            const char *needle)
{
  guint page, mask = 0;

  for (page = 1; pages[page - 1] != NULL; page++)
    if (strstr (pages[page - 1], needle))
      mask |= 1u << (page - 1);
  return mask;
}

static void
draw_nothing (cairo_t *cr,
              double   width,
              double   height,
              gpointer user_data)
{
}

/* A blank figure @height points tall: moves what follows down the page
 * in steps finer than a line. */
static void
add_spacer (LsDoc  *doc,
            double  height)
{
  ls_doc_add_figure (doc, 100, height, draw_nothing, NULL, NULL, "");
}

/* The lines of @pdf's page @page (1-based) that hold text, header and
 * footer included. */
static GStrv
page_lines (const char *pdf,
            guint       page)
{
  g_autofree char *text = page_text (pdf, page);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint i;

  for (i = 0; lines[i]; i++)
    if (g_strstrip (lines[i])[0] != '\0' && lines[i][0] != '\f')
      g_strv_builder_add (builder, lines[i]);
  return g_strv_builder_end (builder);
}

/* A heading followed by a list of one-line items moves to the next page
 * with at least the list's first two lines. */
static void
test_heading_keeps_two_lines (void)
{
  guint filler;

  if (!have_poppler ())
    return;
  for (filler = 600; filler < 729; filler += 3)
    {
      g_autoptr(LsDoc) doc = ls_doc_new ();
      g_autoptr(LsDocLayout) layout = NULL;
      g_autofree char *pdf = NULL;
      g_auto(GStrv) pages = NULL;
      LsDocBlock *list;

      add_spacer (doc, filler);
      ls_doc_add_heading_text (doc, 2, "Overskriften");
      list = ls_doc_add_list (doc, FALSE);
      ls_doc_list_add_item_text (list, "Første punkt");
      ls_doc_list_add_item_text (list, "Andre punkt");
      ls_doc_list_add_item_text (list, "Tredje punkt");
      layout = ls_doc_layout_new (doc);
      pdf = write_pdf (layout, "heading-list.pdf");
      pages = pages_text (pdf, ls_doc_layout_get_n_pages (layout));
      g_assert_cmpuint (pages_with (pages, "Overskriften"), ==, pages_with (pages, "Første punkt"));
      g_assert_cmpuint (pages_with (pages, "Overskriften"), ==, pages_with (pages, "Andre punkt"));
    }
}

/* A heading before a block that cannot be split and is taller than a
 * page: the block starts a page of its own, and the heading goes with it
 * rather than being left at the foot of the page before. */
static void
test_heading_before_tall_block (void)
{
  guint filler;

  if (!have_poppler ())
    return;
  for (filler = 600; filler < 729; filler += 3)
    {
      g_autoptr(LsDoc) doc = ls_doc_new ();
      g_autoptr(LsDocLayout) layout = NULL;
      g_autoptr(GString) text = g_string_new ("Startmerke ");
      g_autofree char *pdf = NULL;
      g_auto(GStrv) pages = NULL;
      LsDocBlock *block;
      guint i;

      add_spacer (doc, filler);
      for (i = 0; i < 700; i++)
        g_string_append (text, "ord som holdes samlet ");
      ls_doc_add_heading_text (doc, 2, "Overskriften");
      block = ls_doc_add_paragraph_text (doc, text->str);
      ls_doc_block_set_keep_together (block, TRUE);
      layout = ls_doc_layout_new (doc);
      pdf = write_pdf (layout, "heading-tall.pdf");
      pages = pages_text (pdf, ls_doc_layout_get_n_pages (layout));
      g_assert_cmpuint (pages_with (pages, "Overskriften"), ==, pages_with (pages, "Startmerke"));
    }
}

/* A paragraph of five lines is never split so that one line is alone on a
 * page: each page holds none of its lines or at least two. */
static void
test_widow_orphan (void)
{
  static const char *markers[] = { "Linjeen", "Linjeto", "Linjetre", "Linjefire", "Linjefem" };
  guint filler;

  if (!have_poppler ())
    return;
  for (filler = 600; filler < 729; filler += 3)
    {
      g_autoptr(LsDoc) doc = ls_doc_new ();
      g_autoptr(LsDocLayout) layout = NULL;
      g_autofree char *pdf = NULL;
      g_auto(GStrv) pages = NULL;
      guint i, page, n_pages;

      add_spacer (doc, filler);
      ls_doc_add_paragraph_text (doc, "Linjeen\nLinjeto\nLinjetre\nLinjefire\nLinjefem");
      layout = ls_doc_layout_new (doc);
      pdf = write_pdf (layout, "widow.pdf");
      n_pages = ls_doc_layout_get_n_pages (layout);
      pages = pages_text (pdf, n_pages);
      for (page = 1; page <= n_pages; page++)
        {
          guint here = 0;

          for (i = 0; i < G_N_ELEMENTS (markers); i++)
            here += strstr (pages[page - 1], markers[i]) != NULL;
          g_assert_true (here == 0 || here >= 2);
        }
    }
}

/* A closing block (a greeting and a signature, kept together) that would
 * be alone on the last page brings the end of what precedes it along; so
 * does a single short last paragraph. */
static void
test_closing_company (void)
{
  guint filler, closing;

  if (!have_poppler ())
    return;
  for (closing = 0; closing < 2; closing++)
    for (filler = 600; filler < 729; filler += 3)
      {
        g_autoptr(LsDoc) doc = ls_doc_new ();
        g_autoptr(LsDocLayout) layout = NULL;
        g_autofree char *pdf = NULL;
        g_auto(GStrv) lines = NULL;
        LsDocBlock *block;
        guint n_pages;

        add_spacer (doc, filler);
        ls_doc_add_paragraph_text (doc, "Nest siste avsnitt, som er langt nok til å gå over flere linjer når det "
                                        "settes med vanlig skrift på en A4-side med marger, og enda litt til, slik "
                                        "at det blir fire linjer på siden, med noen ord attpå for å fylle opp.");
        if (closing == 0)
          {
            block = ls_doc_add_paragraph_text (doc, "Med vennlig hilsen\nOla Nordmann\nLeder\nEksempel kommune");
            ls_doc_block_set_keep_together (block, TRUE);
          }
        else
          ls_doc_add_paragraph_text (doc, "Siste korte avsnitt.");
        layout = ls_doc_layout_new (doc);
        pdf = write_pdf (layout, "closing.pdf");
        n_pages = ls_doc_layout_get_n_pages (layout);
        if (n_pages < 2)
          continue;
        lines = page_lines (pdf, n_pages);
        /* The footer's line, and more than the closing block. */
        g_assert_cmpuint (g_strv_length (lines), >, closing == 0 ? 5 : 2);
      }
}

static void
test_keep_together (void)
{
  guint filler;

  if (!have_poppler ())
    return;
  for (filler = 36; filler < 50; filler += 2)
    {
      g_autoptr(LsDoc) doc = ls_doc_new ();
      g_autoptr(LsDocLayout) layout = NULL;
      g_autoptr(GString) text = g_string_new ("Startmerke ");
      g_autofree char *pdf = NULL;
      g_auto(GStrv) pages = NULL;
      LsDocBlock *block;
      guint i, start, end;

      for (i = 0; i < filler; i++)
        ls_doc_add_paragraph_text (doc, "Fyll.");
      for (i = 0; i < 60; i++)
        g_string_append (text, "ord som holdes samlet ");
      g_string_append (text, "Sluttmerke");
      block = ls_doc_add_paragraph_text (doc, text->str);
      ls_doc_block_set_keep_together (block, TRUE);
      layout = ls_doc_layout_new (doc);
      pdf = write_pdf (layout, "keep-together.pdf");
      pages = pages_text (pdf, ls_doc_layout_get_n_pages (layout));
      start = pages_with (pages, "Startmerke");
      end = pages_with (pages, "Sluttmerke");
      g_assert_cmpuint (start, !=, 0);
      g_assert_cmpuint (start, ==, end);
    }
}

static void
header_func (LsDocLayout     *layout,
             cairo_t         *cr,
             const LsDocRect *area,
             guint            page,
             guint            n_pages,
             gpointer         user_data)
{
  g_autofree char *text = g_strdup_printf ("Egen topptekst %u/%u", page + 1, n_pages);
  PangoLayout *pl = pango_cairo_create_layout (cr);

  pango_layout_set_text (pl, text, -1);
  cairo_move_to (cr, area->x, area->y);
  pango_cairo_show_layout (cr, pl);
  g_object_unref (pl);
  (*(guint *) user_data)++;
}

static void
test_page_break_and_custom_header (void)
{
  g_autoptr(LsDoc) doc = ls_doc_new ();
  g_autoptr(LsDocLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) pages = NULL;
  guint calls = 0;

  ls_doc_add_paragraph_text (doc, "Før sideskiftet");
  ls_doc_add_page_break (doc);
  ls_doc_add_page_break (doc);   /* a second one makes no empty page */
  ls_doc_add_paragraph_text (doc, "Etter sideskiftet");
  layout = ls_doc_layout_new (doc);
  ls_doc_layout_set_header_func (layout, 20, header_func, &calls, NULL);
  g_assert_cmpuint (ls_doc_layout_get_n_pages (layout), ==, 2);
  if (!have_poppler ())
    return;
  pdf = write_pdf (layout, "page-break.pdf");
  /* Once per page (write_pdf writes twice when keeping output). */
  g_assert_cmpuint (calls, ==, g_getenv ("LS_TEST_OUTPUT_DIR") ? 4 : 2);
  pages = pages_text (pdf, 2);
  g_assert_cmpuint (pages_with (pages, "Før sideskiftet"), ==, 1);
  g_assert_cmpuint (pages_with (pages, "Etter sideskiftet"), ==, 2);
  g_assert_cmpuint (pages_with (pages, "Egen topptekst 2/2"), ==, 2);
}

static void
test_too_tall_row (void)
{
  g_autoptr(LsDoc) doc = ls_doc_new ();
  g_autoptr(LsDocLayout) layout = NULL;
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  LsDocBlock *table;
  const char *row[2];
  guint i;

  for (i = 0; i < 120; i++)
    g_string_append (tall, "Linje\n");
  table = ls_doc_add_table (doc, 2, NULL);
  row[0] = "Kort";
  row[1] = tall->str;
  ls_doc_table_add_row_text (table, row);
  layout = ls_doc_layout_new (doc);
  g_assert_cmpuint (ls_doc_layout_get_warnings (layout)->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (ls_doc_layout_get_warnings (layout), 0),
                  LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_TOO_TALL);
  if (have_poppler ())
    pdf = write_pdf (layout, "too-tall.pdf");

  /* A boxed paragraph never splits: too tall, it is cut with a warning. */
  {
    g_autoptr(LsDoc) boxed = ls_doc_new ();
    g_autoptr(LsDocLayout) boxed_layout = NULL;
    g_autoptr(GBytes) bytes = NULL;
    LsDocBlock *block = ls_doc_add_paragraph_text (boxed, tall->str);

    ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_CALLOUT);
    boxed_layout = ls_doc_layout_new (boxed);
    g_assert_cmpuint (ls_doc_layout_get_n_pages (boxed_layout), ==, 1);
    g_assert_cmpuint (ls_doc_layout_get_warnings (boxed_layout)->len, ==, 1);
    g_assert_error ((GError *) g_ptr_array_index (ls_doc_layout_get_warnings (boxed_layout), 0),
                    LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_TOO_TALL);
    bytes = ls_doc_pdf_write_bytes (boxed_layout, NULL);
    g_assert_nonnull (bytes);
  }
}

/* Broken markup is printed as it stands, and the warning does not repeat
 * the text (it may hold a name). */
static void
test_broken_markup (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(LsDoc) doc = ls_doc_new ();
      g_autoptr(LsDocLayout) layout = NULL;

      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      ls_doc_add_paragraph (doc, "Til Kari &Nordmann; og <b>Ola</i>");
      layout = ls_doc_layout_new (doc);
      g_assert_cmpuint (ls_doc_layout_get_n_pages (layout), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Invalid markup*");
  g_test_trap_assert_stderr_unmatched ("*Nordmann*");
  g_test_trap_assert_stderr_unmatched ("*Ola*");
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  tmpdir = ls_test_mkdtemp ();
  g_test_add_func ("/render/doc/table-breaks", test_table_breaks);
  g_test_add_func ("/render/doc/pdf-properties", test_pdf_properties);
  g_test_add_func ("/render/doc/pdf-measured-as-drawn", test_pdf_measured_as_drawn);
  g_test_add_func ("/render/doc/fonts-described-as-loaded", test_fonts_described_as_loaded);
  g_test_add_func ("/render/doc/missing-logo", test_missing_logo);
  g_test_add_func ("/render/doc/logo", test_logo);
  g_test_add_func ("/render/doc/overlong-word", test_overlong_word);
  g_test_add_func ("/render/doc/keep-with-next", test_keep_with_next);
  g_test_add_func ("/render/doc/preview", test_preview);
  g_test_add_func ("/render/doc/keep-together", test_keep_together);
  g_test_add_func ("/render/doc/heading-keeps-two-lines", test_heading_keeps_two_lines);
  g_test_add_func ("/render/doc/heading-before-tall-block", test_heading_before_tall_block);
  g_test_add_func ("/render/doc/widow-orphan", test_widow_orphan);
  g_test_add_func ("/render/doc/closing-company", test_closing_company);
  g_test_add_func ("/render/doc/page-break-and-custom-header", test_page_break_and_custom_header);
  g_test_add_func ("/render/doc/too-tall-row", test_too_tall_row);
  g_test_add_func ("/render/doc/broken-markup", test_broken_markup);
  result = g_test_run ();
  ls_test_rmdir (tmpdir);
  g_free (tmpdir);
  return result;
}
