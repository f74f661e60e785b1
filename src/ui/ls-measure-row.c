/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A measure: which service, how much each week, who provides it, from
 * when to when, and granted or refused. */
#define G_LOG_DOMAIN "ls-measure-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-goal-row.h"
#include "ls-measure-row.h"
#include "ls-ui-util.h"

struct _LsMeasureRow
{
  AdwBin       parent_instance;
  LsMeasure   *measure;
  GKeyFile    *services;
  GStrv        keys;
  guint        number;
  GtkLabel    *unit_label;
  GtkWidget   *refusal;
};

G_DEFINE_FINAL_TYPE (LsMeasureRow, ls_measure_row, ADW_TYPE_BIN)

enum { CHANGED, REMOVE, N_SIGNALS };
static guint signals[N_SIGNALS];

const char *
ls_measure_unit_per_week (const char *unit)
{
  if (g_strcmp0 (unit, "visits") == 0)
    return _("visits per week");
  if (g_strcmp0 (unit, "days") == 0)
    return _("days per week");
  return _("hours per week");
}

static void
emit_changed (LsMeasureRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
service_changed_cb (GtkDropDown  *dropdown,
                    GParamSpec   *pspec,
                    LsMeasureRow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *unit = NULL;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length (self->keys))
    return;
  ls_measure_set_service_key (self->measure, self->keys[selected]);
  unit = g_key_file_get_string (self->services, self->keys[selected], "Unit", NULL);
  ls_measure_set_unit (self->measure, unit != NULL ? unit : "hours");
  gtk_label_set_text (self->unit_label, ls_measure_unit_per_week (ls_measure_get_unit (self->measure)));
  emit_changed (self);
}

static void
extent_changed_cb (GtkSpinButton *spin,
                   LsMeasureRow  *self)
{
  ls_measure_set_extent (self->measure, gtk_spin_button_get_value (spin));
  emit_changed (self);
}

static void
provider_changed_cb (GtkEditable  *editable,
                     LsMeasureRow *self)
{
  ls_measure_set_provider (self->measure, gtk_editable_get_text (editable));
  emit_changed (self);
}

static void
date_changed_cb (GtkEditable  *editable,
                 LsMeasureRow *self)
{
  g_autoptr(GDate) date = ls_decision_draft_parse_date (gtk_editable_get_text (editable));
  gboolean is_end = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "end"));
  const char *text = gtk_editable_get_text (editable);
  GDate cleared;

  /* a half-typed date is marked, not saved */
  if (date == NULL && *text != '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  g_date_clear (&cleared, 1);
  if (is_end)
    ls_measure_set_end (self->measure, date != NULL ? date : &cleared);
  else
    ls_measure_set_start (self->measure, date != NULL ? date : &cleared);
  emit_changed (self);
}

static void
granted_changed_cb (GtkCheckButton *check,
                    GParamSpec     *pspec,
                    LsMeasureRow   *self)
{
  gboolean refused = gtk_check_button_get_active (check);

  ls_measure_set_granted (self->measure, !refused);
  gtk_widget_set_visible (self->refusal, refused);
  emit_changed (self);
}

static void
refusal_changed_cb (GtkTextBuffer *buffer,
                    LsMeasureRow  *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  ls_measure_set_refusal_grounds (self->measure, text);
  emit_changed (self);
}

/* The grounds for a refusal are the reasons the letter gives (often
 * several sentences): a text area under its caption while it can be
 * changed, wrapping text once issued. */
static GtkWidget *
build_refusal (LsMeasureRow *self,
               gboolean      editable)
{
  g_autofree char *name = g_strdup_printf (_("Measure %u, grounds for the refusal"), self->number);
  const char *grounds = ls_measure_get_refusal_grounds (self->measure);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *view, *area;
  GtkTextBuffer *buffer;

  gtk_box_append (GTK_BOX (box), ls_ui_caption_new (_("Why this is refused")));
  if (!editable)
    {
      gtk_box_append (GTK_BOX (box), ls_labelled_entry_new (name, grounds, FALSE));
      return box;
    }
  area = ls_ui_text_area_new (name, 72, &view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, grounds != NULL ? grounds : "", -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (refusal_changed_cb), self);
  gtk_box_append (GTK_BOX (box), area);
  return box;
}

static void
remove_clicked_cb (LsMeasureRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
attach_labelled (GtkGrid    *grid,
                 const char *label,
                 GtkWidget  *widget,
                 int         row)
{
  GtkWidget *caption = ls_ui_caption_new (label);

  gtk_grid_attach (grid, caption, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
}

static GtkWidget *
build_service (LsMeasureRow *self,
               gboolean      editable)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = g_strdup_printf (_("Measure %u, service"), self->number);
  GtkWidget *dropdown;
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->keys[i] != NULL; i++)
    {
      g_ptr_array_add (names, g_key_file_get_string (self->services, self->keys[i], "Name", NULL));
      if (g_strcmp0 (self->keys[i], ls_measure_get_service_key (self->measure)) == 0)
        selected = i;
    }
  g_ptr_array_add (names, NULL);
  dropdown = ls_ui_drop_down_new ((const char * const *) names->pdata);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_sensitive (dropdown, editable);
  gtk_widget_set_hexpand (dropdown, TRUE);
  ls_set_accessible_label (dropdown, name);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (service_changed_cb), self);
  return dropdown;
}

static GtkWidget *
build_extent (LsMeasureRow *self,
              gboolean      editable)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 168, 0.5);
  g_autofree char *name = g_strdup_printf (_("Measure %u, extent per week"), self->number);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), ls_measure_get_extent (self->measure));
  gtk_widget_set_sensitive (spin, editable);
  ls_set_accessible_label (spin, name);
  ls_ui_wheel_changes_only_focused (spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (extent_changed_cb), self);
  self->unit_label = GTK_LABEL (gtk_label_new (ls_measure_unit_per_week (ls_measure_get_unit (self->measure))));
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_label));
  return box;
}

static GtkWidget *
build_dates (LsMeasureRow *self,
             gboolean      editable)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *start_text = ls_decision_draft_format_date (ls_measure_get_start (self->measure));
  g_autofree char *end_text = ls_decision_draft_format_date (ls_measure_get_end (self->measure));
  g_autofree char *start_name = g_strdup_printf (_("Measure %u, from"), self->number);
  g_autofree char *end_name = g_strdup_printf (_("Measure %u, to"), self->number);
  GtkWidget *start = ls_labelled_entry_new (start_name, start_text, editable);
  GtkWidget *end = ls_labelled_entry_new (end_name, end_text, editable);

  if (editable)
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (start), _("dd.mm.yyyy"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (end), _("dd.mm.yyyy"));
      g_object_set_data (G_OBJECT (end), "end", GINT_TO_POINTER (TRUE));
      g_signal_connect (start, "changed", G_CALLBACK (date_changed_cb), self);
      g_signal_connect (end, "changed", G_CALLBACK (date_changed_cb), self);
    }
  gtk_box_append (GTK_BOX (box), start);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("–"));
  gtk_box_append (GTK_BOX (box), end);
  return box;
}

static GtkWidget *
build_header (LsMeasureRow *self,
              gboolean      editable)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *title = g_strdup_printf (_("Measure %u"), self->number);
  GtkWidget *label = gtk_label_new (title);
  g_autofree char *refuse_name = g_strdup_printf (_("Refuse measure %u"), self->number);
  GtkWidget *refuse = gtk_check_button_new_with_label (_("Refused"));

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (header), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (refuse), !ls_measure_get_granted (self->measure));
  gtk_widget_set_sensitive (refuse, editable);
  ls_set_accessible_label (refuse, refuse_name);
  g_signal_connect (refuse, "notify::active", G_CALLBACK (granted_changed_cb), self);
  gtk_box_append (GTK_BOX (header), refuse);
  if (editable)
    {
      g_autofree char *name = g_strdup_printf (_("Remove measure %u"), self->number);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_tooltip_text (remove, name);
      ls_set_accessible_label (remove, name);
      gtk_widget_add_css_class (remove, "flat");
      g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      gtk_box_append (GTK_BOX (header), remove);
    }
  return header;
}

static void
ls_measure_row_dispose (GObject *object)
{
  LsMeasureRow *self = LS_MEASURE_ROW (object);

  g_clear_object (&self->measure);
  g_clear_pointer (&self->services, g_key_file_unref);
  g_clear_pointer (&self->keys, g_strfreev);
  G_OBJECT_CLASS (ls_measure_row_parent_class)->dispose (object);
}

static void
ls_measure_row_class_init (LsMeasureRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_measure_row_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ls_measure_row_init (LsMeasureRow *self)
{
}

GtkWidget *
ls_measure_row_new (LsMeasure *measure,
                    GKeyFile  *services,
                    guint      number,
                    gboolean   editable)
{
  LsMeasureRow *self;
  GtkWidget *card, *box, *grid, *provider;
  g_autofree char *provider_name = NULL;

  g_return_val_if_fail (LS_IS_MEASURE (measure), NULL);
  g_return_val_if_fail (services != NULL, NULL);

  self = g_object_new (LS_TYPE_MEASURE_ROW, NULL);
  self->measure = g_object_ref (measure);
  self->services = g_key_file_ref (services);
  self->keys = g_key_file_get_groups (services, NULL);
  self->number = number;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (card), box);
  gtk_box_append (GTK_BOX (box), build_header (self, editable));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  attach_labelled (GTK_GRID (grid), _("Service"), build_service (self, editable), 0);
  attach_labelled (GTK_GRID (grid), _("Extent"), build_extent (self, editable), 1);
  provider_name = g_strdup_printf (_("Measure %u, provider unit"), number);
  provider = ls_labelled_entry_new (provider_name, ls_measure_get_provider (measure), editable);
  if (editable)
    g_signal_connect (provider, "changed", G_CALLBACK (provider_changed_cb), self);
  attach_labelled (GTK_GRID (grid), _("Provider unit"), provider, 2);
  attach_labelled (GTK_GRID (grid), _("Period"), build_dates (self, editable), 3);
  self->refusal = build_refusal (self, editable);
  gtk_widget_set_visible (self->refusal, !ls_measure_get_granted (measure));
  gtk_grid_attach (GTK_GRID (grid), self->refusal, 0, 4, 2, 1);
  gtk_box_append (GTK_BOX (box), grid);
  adw_bin_set_child (ADW_BIN (self), card);
  return GTK_WIDGET (self);
}

LsMeasure *
ls_measure_row_get_measure (LsMeasureRow *self)
{
  g_return_val_if_fail (LS_IS_MEASURE_ROW (self), NULL);
  return self->measure;
}
