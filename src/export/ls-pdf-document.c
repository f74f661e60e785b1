/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Letter content -> LsDoc blocks -> A4 layout. */
#define G_LOG_DOMAIN "ls-pdf-document"

#include <pango/pangocairo.h>

#include "ls-doc-pdf.h"
#include "ls-pdf-accessible.h"
#include "ls-pdf-document.h"
#include "ls-render-style.h"
#include "ls-wheel.h"

#define BODY_SIZE 10.5
#define WHEEL_WIDTH 400.0
#define WHEEL_HEIGHT 300.0
/* Easy-read documents: no text below 14 pt anywhere on the page, the wheel
 * as wide as the text with its labels at 14 pt, a pictogram beside each
 * section's heading and each service. */
#define EASY_READ_BODY_SIZE 14.0
#define EASY_READ_MIN_SIZE 14.0
#define EASY_WHEEL_WIDTH 480.0
#define EASY_WHEEL_HEIGHT 300.0
#define EASY_HEADING_PICTOGRAM 40.0
#define EASY_ITEM_PICTOGRAM 36.0
/* Header and footer texts are laid out with pango_cairo_create_layout() on
 * the PDF surface, at pangocairo's 96 dpi: a size of 10.5 there prints at
 * 14 pt. */
#define EASY_READ_MIN_SIZE_96DPI (EASY_READ_MIN_SIZE * 72.0 / 96.0)

/* ---- the wheel figure ------------------------------------------------ */

typedef struct
{
  LsWheelSegment segments[LS_WHEEL_MAX_SEGMENTS];
  char          *labels[LS_WHEEL_MAX_SEGMENTS];
  guint          n_segments;
  double         min_font_px;   /* 0, or the easy-read labels' size */
} WheelFigure;

static void
wheel_figure_free (gpointer data)
{
  WheelFigure *figure = data;

  for (guint i = 0; i < figure->n_segments; i++)
    g_free (figure->labels[i]);
  g_free (figure);
}

static WheelFigure *
wheel_figure_new (GArray *segments,
                  double  min_font_px)
{
  WheelFigure *figure = g_new0 (WheelFigure, 1);

  figure->min_font_px = min_font_px;
  figure->n_segments = MIN (segments->len, LS_WHEEL_MAX_SEGMENTS);
  for (guint i = 0; i < figure->n_segments; i++)
    {
      const LsLetterWheelSegment *from = &g_array_index (segments, LsLetterWheelSegment, i);
      LsWheelSegment *to = &figure->segments[i];

      figure->labels[i] = g_strdup (from->label);
      to->label = figure->labels[i];
      to->self_rating = from->self_rating;
      to->caseworker_rating = from->caseworker_rating;
      to->earlier_rating = from->earlier_rating;
      to->n_strengths = from->n_strengths;
      to->n_challenges = from->n_challenges;
      to->skipped = from->skipped;
    }
  return figure;
}

static void
draw_wheel (cairo_t *cr,
            double   width,
            double   height,
            gpointer user_data)
{
  WheelFigure *figure = user_data;
  LsWheel wheel;

  ls_wheel_init (&wheel, figure->segments, figure->n_segments);
  wheel.style = LS_RENDER_STYLE_LIGHT;
  wheel.min_font_px = figure->min_font_px;
  /* No drawn legend: it would speak the UI's language, not the letter's;
   * the caption (from the legal texts) explains the figure instead. */
  wheel.parts = LS_WHEEL_PART_DISC | LS_WHEEL_PART_LABELS;
  ls_wheel_draw (&wheel, cr, 0, 0, width, height);
}

/* ---- text ------------------------------------------------------------ */

/* @text escaped for Pango markup, with its first @strong part in bold. */
static char *
markup_with_strong (const char *text,
                    const char *strong)
{
  const char *at = strong != NULL && strong[0] != '\0' ? strstr (text, strong) : NULL;
  g_autofree char *before = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *after = NULL;

  if (at == NULL)
    return g_markup_escape_text (text, -1);
  before = g_markup_escape_text (text, at - text);
  middle = g_markup_escape_text (strong, -1);
  after = g_markup_escape_text (at + strlen (strong), -1);
  return g_strconcat (before, "<b>", middle, "</b>", after, NULL);
}

static LsDocBlock *
add_text_item (LsDoc        *doc,
               LsLetterItem *item)
{
  g_autofree char *markup = markup_with_strong (item->text, item->strong);
  LsDocBlock *block;

  switch (item->kind)
    {
    case LS_LETTER_ITEM_SUBHEADING:
      return ls_doc_add_heading_text (doc, 3, item->text);
    case LS_LETTER_ITEM_QUOTE:
      {
        g_autofree char *quote = g_strdup_printf ("<i>%s</i>", markup);

        return ls_doc_add_paragraph (doc, quote);
      }
    default:
      break;
    }
  block = ls_doc_add_paragraph (doc, markup);
  if (item->kind == LS_LETTER_ITEM_LEAD)
    ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_LEAD);
  else if (item->kind == LS_LETTER_ITEM_CALLOUT)
    ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_CALLOUT);
  else if (item->kind == LS_LETTER_ITEM_SMALL)
    ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_SMALL);
  /* Paragraphs with line breaks (the signature) must not be split. */
  if (strchr (item->text, '\n') != NULL)
    ls_doc_block_set_keep_together (block, TRUE);
  /* A line leading into a list stays with it, as a heading does. */
  if (item->keep_with_next)
    {
      ls_doc_block_set_keep_together (block, TRUE);
      ls_doc_block_set_keep_with_next (block, TRUE);
    }
  return block;
}

static void
add_table_item (LsDoc        *doc,
                LsLetterItem *item)
{
  guint n_columns = g_strv_length (item->lines);
  LsDocBlock *table = ls_doc_add_table (doc, n_columns,
                                        item->widths != NULL ? (const double *) item->widths->data : NULL);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (header, g_markup_escape_text (item->lines[c], -1));
  g_ptr_array_add (header, NULL);
  ls_doc_table_set_header (table, (const char *const *) header->pdata);
  for (guint r = 0; r < item->rows->len; r++)
    ls_doc_table_add_row_text (table, g_ptr_array_index (item->rows, r));
}

static void
add_item (LsDoc           *doc,
          LsLetterContent *content,
          LsLetterItem    *item,
          double           wheel_height)
{
  gboolean easy = ls_letter_kind_is_easy_read (content->kind);
  LsDocBlock *block;

  switch (item->kind)
    {
    case LS_LETTER_ITEM_LIST:
    case LS_LETTER_ITEM_NUMBERED_LIST:
      block = ls_doc_add_list (doc, item->kind == LS_LETTER_ITEM_NUMBERED_LIST);
      for (guint i = 0; item->lines[i] != NULL; i++)
        ls_doc_list_add_item_text (block, item->lines[i]);
      break;
    case LS_LETTER_ITEM_TABLE:
      add_table_item (doc, item);
      break;
    case LS_LETTER_ITEM_WHEEL:
      if (wheel_height <= 0)
        break;
      block = ls_doc_add_figure (doc, easy ? EASY_WHEEL_WIDTH : WHEEL_WIDTH, wheel_height, draw_wheel,
                                 wheel_figure_new (item->wheel, easy ? EASY_READ_MIN_SIZE : 0),
                                 wheel_figure_free, item->text);
      if (item->caption != NULL)
        ls_doc_figure_set_caption (block, item->caption);
      break;
    default:
      block = add_text_item (doc, item);
      /* The person's words as large as what is said to them. */
      if (easy && item->kind == LS_LETTER_ITEM_QUOTE)
        ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_LEAD);
      if (item->pictogram != NULL)
        ls_doc_block_set_pictogram (block, item->pictogram, EASY_ITEM_PICTOGRAM);
      break;
    }
}

/* The recipient in the envelope's window, the reference line, the title. */
static void
add_opening (LsDoc           *doc,
             LsLetterContent *content)
{
  g_autofree char *recipient = g_strjoinv ("\n", content->recipient);
  LsDocBlock *block;

  if (recipient[0] != '\0')
    {
      block = ls_doc_add_paragraph_text (doc, recipient);
      ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_ADDRESS);
    }
  if (content->reference_labels[0] != NULL)
    ls_doc_add_fields (doc, (const char *const *) content->reference_labels,
                       (const char *const *) content->reference_values);
  ls_doc_add_heading_text (doc, 1, content->title);
}

/* @wheel_height: the wheel figure's height, 0 = leave it out. */
static LsDoc *
doc_from_content (LsLetterContent *content,
                  double           wheel_height)
{
  LsDoc *doc = ls_doc_new ();

  ls_doc_set_title (doc, content->title);
  ls_doc_set_author (doc, content->author);
  ls_doc_set_subject (doc, content->subject);
  ls_doc_set_keywords (doc, content->keywords);
  ls_doc_set_language (doc, content->language);

  add_opening (doc, content);
  for (guint s = 0; s < content->sections->len; s++)
    {
      LsLetterSection *section = g_ptr_array_index (content->sections, s);

      if (section->heading != NULL)
        {
          LsDocBlock *heading = ls_doc_add_heading_text (doc, 2, section->heading);

          if (section->pictogram != NULL)
            ls_doc_block_set_pictogram (heading, section->pictogram, EASY_HEADING_PICTOGRAM);
        }
      for (guint i = 0; i < section->items->len; i++)
        add_item (doc, content, g_ptr_array_index (section->items, i), wheel_height);
    }
  return doc;
}

/* ---- footer: "Saksnummer …" left, "Side n av m" right, in the letter's
 * language (the layout's own footer speaks the UI's language). ---------- */

typedef struct
{
  char *left;
  char *page_format; /* "Side {page} av {pages}" */
  char *draft_mark;  /* "UTKAST – ikke sendt" above the line, or NULL */
  double size;       /* of its texts (at 96 dpi): 8.5, or 14 pt in easy-read documents */
} Footer;

static void
footer_free (gpointer data)
{
  Footer *footer = data;

  g_free (footer->left);
  g_free (footer->page_format);
  g_free (footer->draft_mark);
  g_free (footer);
}

static void
show_footer_text (cairo_t         *cr,
                  const char      *text,
                  double           size,
                  const LsDocRect *area,
                  PangoAlignment   alignment)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (LS_RENDER_DOC_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (area->width * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, area->x, area->y + area->height - size * 1.4);
  ls_doc_pdf_show_paragraph (cr, layout);
}

/* Bold, centred, in the footer's top line on every page of a draft. */
static void
show_draft_mark (cairo_t         *cr,
                 const char      *mark,
                 double           size,
                 const LsDocRect *area)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (LS_RENDER_DOC_FONT_FAMILY);
  LsRgba ink = ls_render_style_color (LS_RENDER_STYLE_LIGHT, LS_RENDER_ROLE_FOREGROUND);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (area->width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, mark, -1);
  ls_render_set_source (cr, &ink);
  cairo_move_to (cr, area->x, area->y);
  ls_doc_pdf_show_paragraph (cr, layout);
}

static void
draw_footer (LsDocLayout     *layout,
             cairo_t         *cr,
             const LsDocRect *area,
             guint            page,
             guint            n_pages,
             gpointer         user_data)
{
  Footer *footer = user_data;
  LsRgba dim = ls_render_style_color (LS_RENDER_STYLE_LIGHT, LS_RENDER_ROLE_DIM);
  LsRgba line = ls_render_style_color (LS_RENDER_STYLE_LIGHT, LS_RENDER_ROLE_RING);
  g_autofree char *page_text = NULL;
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  g_autofree char *count = g_strdup_printf ("%u", n_pages);
  g_auto(GStrv) parts = g_strsplit (footer->page_format, "{page}", 2);
  g_autofree char *joined = g_strjoinv (number, parts);
  g_auto(GStrv) parts2 = g_strsplit (joined, "{pages}", 2);
  double mark_size = MAX (10, footer->size);
  double rule_y = area->y + (footer->draft_mark != NULL ? mark_size * 1.6 : 6);

  page_text = g_strjoinv (count, parts2);

  cairo_save (cr);
  if (footer->draft_mark != NULL)
    show_draft_mark (cr, footer->draft_mark, mark_size, area);
  ls_render_set_source (cr, &line);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, area->x, rule_y);
  cairo_line_to (cr, area->x + area->width, rule_y);
  cairo_stroke (cr);
  ls_render_set_source (cr, &dim);
  if (footer->left != NULL)
    show_footer_text (cr, footer->left, footer->size, area, PANGO_ALIGN_LEFT);
  show_footer_text (cr, page_text, footer->size, area, PANGO_ALIGN_RIGHT);
  cairo_restore (cr);
}

/* ---- the easy-read documents' compact header: the municipality and the
 * unit (printed at about 16.7 and 14 pt). ---------------------------------- */

#define COMPACT_HEADER_HEIGHT 46.0

static void
show_text (cairo_t      *cr,
           const char   *text,
           double        size,
           gboolean      bold,
           double        x,
           double        y,
           double        width,
           const LsRgba *color)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (LS_RENDER_DOC_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  ls_render_set_source (cr, color);
  cairo_move_to (cr, x, y);
  ls_doc_pdf_show_paragraph (cr, layout);
}

/* A copy, so the layout does not depend on the content's lifetime. */
typedef struct
{
  GStrv  letterhead;
  char  *logo_path;
} CompactHeader;

static void
compact_header_free (gpointer data)
{
  CompactHeader *header = data;

  g_strfreev (header->letterhead);
  g_free (header->logo_path);
  g_free (header);
}

static void
draw_compact_header (LsDocLayout     *layout,
                     cairo_t         *cr,
                     const LsDocRect *area,
                     guint            page,
                     guint            n_pages,
                     gpointer         user_data)
{
  CompactHeader *content = user_data;
  LsRgba ink = ls_render_style_color (LS_RENDER_STYLE_LIGHT, LS_RENDER_ROLE_FOREGROUND);
  LsRgba dim = ls_render_style_color (LS_RENDER_STYLE_LIGHT, LS_RENDER_ROLE_DIM);
  LsRgba line = ls_render_style_color (LS_RENDER_STYLE_LIGHT, LS_RENDER_ROLE_RING);
  cairo_surface_t *logo = content->logo_path != NULL ? cairo_image_surface_create_from_png (content->logo_path) : NULL;

  cairo_save (cr);
  if (logo != NULL && cairo_surface_status (logo) == CAIRO_STATUS_SUCCESS &&
      cairo_image_surface_get_height (logo) > 0)
    {
      double scale = (area->height - 8) / cairo_image_surface_get_height (logo);

      cairo_save (cr);
      cairo_translate (cr, area->x, area->y);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, logo, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }
  g_clear_pointer (&logo, cairo_surface_destroy);
  if (content->letterhead[0] != NULL)
    show_text (cr, content->letterhead[0], 12.5, TRUE, area->x, area->y, area->width, &ink);
  if (content->letterhead[0] != NULL && content->letterhead[1] != NULL)
    show_text (cr, content->letterhead[1], EASY_READ_MIN_SIZE_96DPI, FALSE, area->x, area->y + 23, area->width, &dim);
  ls_render_set_source (cr, &line);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, area->x, area->y + area->height - 2);
  cairo_line_to (cr, area->x + area->width, area->y + area->height - 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static LsDocLayout *
layout_new (LsLetterContent *content,
            LsLegalTexts    *legal,
            double           wheel_height)
{
  g_autoptr(LsDoc) doc = NULL;
  LsDocLayout *layout;
  Footer *footer;
  const char *page_format;
  gboolean easy = ls_letter_kind_is_easy_read (content->kind);
  double footer_height;

  doc = doc_from_content (content, wheel_height);
  layout = ls_doc_layout_new (doc);
  if (easy)
    {
      CompactHeader *header = g_new0 (CompactHeader, 1);

      ls_doc_layout_set_font (layout, LS_RENDER_DOC_FONT_FAMILY, EASY_READ_BODY_SIZE);
      ls_doc_layout_set_min_text_size (layout, EASY_READ_MIN_SIZE);
      header->letterhead = g_strdupv (content->letterhead);
      header->logo_path = g_strdup (content->logo_path);
      ls_doc_layout_set_header_func (layout, COMPACT_HEADER_HEIGHT, draw_compact_header, header, compact_header_free);
    }
  else
    {
      ls_doc_layout_set_font (layout, LS_RENDER_DOC_FONT_FAMILY, BODY_SIZE);
      ls_doc_layout_set_letterhead (layout, (const char *const *) content->letterhead, content->logo_path);
    }

  page_format = ls_legal_texts_lookup (legal, "common", "PageOf", content->language);
  footer = g_new0 (Footer, 1);
  footer->left = g_strdup (content->footer);
  footer->page_format = g_strdup (page_format != NULL ? page_format : "{page} / {pages}");
  footer->draft_mark = g_strdup (content->draft_mark);
  footer->size = easy ? EASY_READ_MIN_SIZE_96DPI : 8.5;
  /* The rule and a line of text, and the draft mark above them. */
  footer_height = (content->draft_mark != NULL ? 40 : 28) * footer->size / 8.5;
  ls_doc_layout_set_footer_func (layout, footer_height, draw_footer, footer, footer_free);
  return layout;
}

LsDocLayout *
ls_pdf_layout_new (LsLetterContent *content,
                   LsLegalTexts    *legal)
{
  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (legal), NULL);

  /* Easy-read: large print before one page; the wheel is never left out
   * (it may go on the next page, kept whole). */
  return layout_new (content, legal, ls_letter_kind_is_easy_read (content->kind) ? EASY_WHEEL_HEIGHT : WHEEL_HEIGHT);
}

/* @layout's warnings as a new array for the caller's @warnings. */
static void
copy_warnings (LsDocLayout  *layout,
               GPtrArray   **warnings)
{
  GPtrArray *found = ls_doc_layout_get_warnings (layout);

  *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  for (guint i = 0; found != NULL && i < found->len; i++)
    g_ptr_array_add (*warnings, g_error_copy (g_ptr_array_index (found, i)));
}

GBytes *
ls_pdf_content_to_bytes (LsLetterContent  *content,
                         LsLegalTexts     *legal,
                         GPtrArray       **warnings,
                         GError          **error)
{
  g_autoptr(LsDocLayout) layout = NULL;
  GBytes *pdf;

  g_return_val_if_fail (content != NULL, NULL);

  layout = ls_pdf_layout_new (content, legal);
  pdf = ls_pdf_accessible_render (layout, error);
  if (warnings != NULL)
    copy_warnings (layout, warnings);
  return pdf;
}

gboolean
ls_pdf_write_content_to (LsLetterContent  *content,
                         LsLegalTexts     *legal,
                         LsPrivateFile    *file,
                         GPtrArray       **warnings,
                         GError          **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  pdf = ls_pdf_content_to_bytes (content, legal, warnings, error);
  return pdf != NULL
         && ls_private_file_write (file, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}

gboolean
ls_pdf_write_content (LsLetterContent  *content,
                      LsLegalTexts     *legal,
                      const char       *path,
                      GPtrArray       **warnings,
                      GError          **error)
{
  g_autoptr(LsPrivateFile) file = NULL;

  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  return file != NULL
         && ls_pdf_write_content_to (content, legal, file, warnings, error)
         && ls_private_file_commit (file, error);
}
