/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-caseload-view"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "ls-caseload-row.h"

/* The details' size, in points. */
#define DETAILS_POINTS 9

struct _LsCaseloadRow
{
  GtkWidget    parent_instance;

  char        *text;           /* the name, "\n", the details */
  guint        details_start;  /* byte index of the details in text */
  guint16      details_alpha;
  PangoLayout *layout;         /* NULL until drawn (or asked for); on the
                                * widget's PangoContext, so another font,
                                * size or direction lays it out again */
};

G_DEFINE_FINAL_TYPE (LsCaseloadRow, ls_caseload_row, GTK_TYPE_WIDGET)

static PangoAttrList *
details_attributes (guint   start,
                    guint16 alpha)
{
  PangoAttrList *attributes = pango_attr_list_new ();
  PangoAttribute *list[] = {
    pango_attr_weight_new (PANGO_WEIGHT_NORMAL),
    pango_attr_size_new (DETAILS_POINTS * PANGO_SCALE),
    pango_attr_foreground_alpha_new (alpha),
  };

  for (guint i = 0; i < G_N_ELEMENTS (list); i++)
    {
      list[i]->start_index = start;
      pango_attr_list_insert (attributes, list[i]);
    }
  return attributes;
}

/* @text laid out as a row draws it: each line one line, cut short. */
static PangoLayout *
row_layout (LsCaseloadRow *self,
            const char    *text,
            guint          details_start,
            guint16        details_alpha)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = details_attributes (details_start, details_alpha);

  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  return layout;
}

/* The height of a row's two lines in its fonts now: laid out once for
 * every font, size, resolution and font options the rows are shown in
 * (rows of one list share them), not once a row. */
static int
text_height (LsCaseloadRow *self)
{
  static char *measured_for;
  static int height;
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  g_autofree char *font = pango_font_description_to_string (pango_context_get_font_description (context));
  g_autofree char *key = g_strdup_printf ("%s|%g|%lu", font, pango_cairo_context_get_resolution (context),
                                          options != NULL ? cairo_font_options_hash (options) : 0);

  if (g_strcmp0 (key, measured_for) != 0)
    {
      g_autoptr(PangoLayout) sample = row_layout (self, "Åg\nÅg", strlen ("Åg\n"), G_MAXUINT16);

      pango_layout_get_pixel_size (sample, NULL, &height);
      g_free (measured_for);
      measured_for = g_steal_pointer (&key);
    }
  return height;
}

static PangoLayout *
ensure_layout (LsCaseloadRow *self)
{
  if (self->layout == NULL)
    {
      self->layout = row_layout (self, self->text != NULL ? self->text : "", self->details_start,
                                 self->details_alpha);
      pango_layout_set_width (self->layout, gtk_widget_get_width (GTK_WIDGET (self)) * PANGO_SCALE);
    }
  return self->layout;
}

void
ls_caseload_row_set_text (LsCaseloadRow *self,
                          const char    *name,
                          const char    *details,
                          guint16        details_alpha)
{
  g_return_if_fail (LS_IS_CASELOAD_ROW (self));

  g_free (self->text);
  self->text = g_strconcat (name, "\n", details, NULL);
  self->details_start = strlen (name) + 1;
  self->details_alpha = details_alpha;
  /* Laid out again when drawn; as high as before. */
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PangoLayout *
ls_caseload_row_get_layout (LsCaseloadRow *self)
{
  g_return_val_if_fail (LS_IS_CASELOAD_ROW (self), NULL);
  return ensure_layout (self);
}

static void
ls_caseload_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL ? text_height (LS_CASELOAD_ROW (widget)) : 0;
  *minimum_baseline = *natural_baseline = -1;
}

static void
ls_caseload_row_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LsCaseloadRow *self = LS_CASELOAD_ROW (widget);

  if (self->layout != NULL)
    pango_layout_set_width (self->layout, width * PANGO_SCALE);
}

static void
ls_caseload_row_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  LsCaseloadRow *self = LS_CASELOAD_ROW (widget);
  PangoLayout *layout;
  GdkRGBA color;
  int height;

  if (self->text == NULL)
    return;
  layout = ensure_layout (self);
  pango_layout_get_pixel_size (layout, NULL, &height);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, MAX (0, (gtk_widget_get_height (widget) - height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
ls_caseload_row_finalize (GObject *object)
{
  LsCaseloadRow *self = LS_CASELOAD_ROW (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  G_OBJECT_CLASS (ls_caseload_row_parent_class)->finalize (object);
}

static void
ls_caseload_row_class_init (LsCaseloadRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ls_caseload_row_finalize;
  widget_class->measure = ls_caseload_row_measure;
  widget_class->size_allocate = ls_caseload_row_size_allocate;
  widget_class->snapshot = ls_caseload_row_snapshot;
  /* Styled as a label is (the heading class gives the name's font). */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
ls_caseload_row_init (LsCaseloadRow *self)
{
}

GtkWidget *
ls_caseload_row_new (void)
{
  return g_object_new (LS_TYPE_CASELOAD_ROW, NULL);
}
