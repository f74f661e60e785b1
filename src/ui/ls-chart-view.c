/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-chart-view"

#include "config.h"

#include "ls-chart-view.h"
#include "ls-goal-row.h"
#include "ls-ui-util.h"

struct _LsChartView
{
  GtkWidget    parent_instance;
  LsChartKind  kind;
  char        *title;
  char        *value_axis;
  char        *format;
  GArray      *items;     /* LsChartItem; labels owned by @labels */
  GPtrArray   *labels;
};

G_DEFINE_FINAL_TYPE (LsChartView, ls_chart_view, GTK_TYPE_WIDGET)

static void
ls_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LsChartView *self = LS_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;
  LsChart chart;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ls_chart_init (&chart, self->kind, (const LsChartItem *) self->items->data, self->items->len);
  chart.title = self->title;
  chart.value_axis = self->value_axis;
  chart.value_format = self->format;
  chart.style = ls_ui_render_style ();
  chart.background = FALSE;
  chart.font_scale = 1.25;
  ls_chart_draw (&chart, cr, 0, 0, width, height);
  cairo_destroy (cr);
}

static void
ls_chart_view_finalize (GObject *object)
{
  LsChartView *self = LS_CHART_VIEW (object);

  g_array_unref (self->items);
  g_ptr_array_unref (self->labels);
  g_free (self->title);
  g_free (self->value_axis);
  g_free (self->format);
  G_OBJECT_CLASS (ls_chart_view_parent_class)->finalize (object);
}

static void
ls_chart_view_class_init (LsChartViewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_chart_view_finalize;
  GTK_WIDGET_CLASS (klass)->snapshot = ls_chart_view_snapshot;
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ls_chart_view_init (LsChartView *self)
{
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->items = g_array_new (FALSE, FALSE, sizeof (LsChartItem));
  gtk_widget_set_size_request (GTK_WIDGET (self), LS_CHART_VIEW_MIN_WIDTH, 300);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

LsChartView *
ls_chart_view_new (LsChartKind  kind,
                   const char  *title,
                   const char  *value_axis,
                   const char  *format)
{
  LsChartView *self = g_object_new (LS_TYPE_CHART_VIEW, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->value_axis = g_strdup (value_axis);
  self->format = g_strdup (format);
  ls_set_accessible_label (GTK_WIDGET (self), title);
  return self;
}

/* The figures in words for screen readers: "Title: label 1: value; …". */
static void
describe (LsChartView *self)
{
  g_autoptr(GString) text = g_string_new (self->title);

  for (guint i = 0; i < self->items->len; i++)
    {
      LsChartItem *item = &g_array_index (self->items, LsChartItem, i);
      g_string_append_printf (text, "%s %s: %g", i == 0 ? ":" : ";", item->label, item->value);
    }
  ls_set_accessible_label (GTK_WIDGET (self), text->str);
}

void
ls_chart_view_add (LsChartView *self,
                   const char  *label,
                   double       value)
{
  char *copy;
  LsChartItem item;

  g_return_if_fail (LS_IS_CHART_VIEW (self));

  copy = g_strdup (label);
  item = (LsChartItem) { copy, value };
  g_ptr_array_add (self->labels, copy);
  g_array_append_val (self->items, item);
  describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
