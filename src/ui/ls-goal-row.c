/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A goal with its Goal Attainment Scale, written when the decision is
 * made so that the evaluation later scores against words agreed today. */
#define G_LOG_DOMAIN "ls-goal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-gas.h"
#include "ls-goal-row.h"
#include "ls-ui-util.h"

struct _LsGoalRow
{
  AdwBin       parent_instance;
  LsGoal      *goal;
  guint        number;
  GtkWidget   *level_labels[5];
  GtkDropDown *baseline;
};

G_DEFINE_FINAL_TYPE (LsGoalRow, ls_goal_row, ADW_TYPE_BIN)

enum { CHANGED, REMOVE, N_SIGNALS };
static guint signals[N_SIGNALS];

const char *
ls_goal_level_sign (int level)
{
  static const char *signs[] = { "−2", "−1", "0", "+1", "+2" };

  g_return_val_if_fail (ls_gas_score_is_valid (level), "");
  return signs[level + 2];
}

GtkWidget *
ls_plain_button_new (const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *child = g_object_new (GTK_TYPE_LABEL,
                                   "label", label,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_button_set_child (GTK_BUTTON (button), child);
  ls_set_accessible_label (button, label);
  return button;
}

void
ls_set_accessible_label (GtkWidget  *widget,
                         const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* a drop-down's own toggle button is what AT-SPI users reach */
  if (GTK_IS_DROP_DOWN (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
emit_changed (LsGoalRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
text_changed_cb (GtkEditable *editable,
                 LsGoalRow   *self)
{
  ls_goal_set_text (self->goal, gtk_editable_get_text (editable));
  emit_changed (self);
}

static void
level_changed_cb (GtkEditable *editable,
                  LsGoalRow   *self)
{
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "level"));

  ls_goal_set_level_text (self->goal, level, gtk_editable_get_text (editable));
  emit_changed (self);
}

/* The level labels say which one is where the person stands now. */
static void
update_level_labels (LsGoalRow *self)
{
  for (int level = LS_GAS_SCORE_MIN; level <= LS_GAS_SCORE_MAX; level++)
    {
      GtkWidget *label = self->level_labels[level + 2];
      g_autofree char *text = NULL;

      if (level == ls_goal_get_baseline (self->goal))
        /* Translators: a GAS level, e.g. "−1 Less than expected (now)" */
        text = g_strdup_printf (_("%s %s (now)"), ls_goal_level_sign (level), ls_gas_level_label (level));
      else
        text = g_strdup_printf ("%s %s", ls_goal_level_sign (level), ls_gas_level_label (level));
      gtk_label_set_text (GTK_LABEL (label), text);
    }
}

static void
baseline_changed_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     LsGoalRow   *self)
{
  int baseline = (int) gtk_drop_down_get_selected (dropdown) + LS_GAS_SCORE_MIN;

  if (baseline == ls_goal_get_baseline (self->goal))
    return;
  ls_goal_set_baseline (self->goal, baseline);
  update_level_labels (self);
  emit_changed (self);
}

static void
weight_changed_cb (GtkSpinButton *spin,
                   LsGoalRow     *self)
{
  ls_goal_set_weight (self->goal, gtk_spin_button_get_value (spin));
  emit_changed (self);
}

static void
remove_clicked_cb (LsGoalRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

GtkWidget *
ls_labelled_entry_new (const char *accessible,
                       const char *text,
                       gboolean    editable)
{
  GtkWidget *entry;

  /* What can no longer be changed reads as text, and wraps: an entry
   * would cut a long goal off at the window's edge. */
  if (!editable)
    {
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "read-only");
      ls_set_accessible_label (label, accessible);
      return label;
    }
  entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  ls_ui_set_editable (entry, editable);
  gtk_widget_set_hexpand (entry, TRUE);
  ls_set_accessible_label (entry, accessible);
  return entry;
}

static GtkWidget *
build_header (LsGoalRow *self,
              gboolean   editable)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *title = g_strdup_printf (_("Goal %u"), self->number);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (header), label);
  if (editable)
    {
      g_autofree char *name = g_strdup_printf (_("Remove goal %u"), self->number);
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
build_levels (LsGoalRow *self,
              GtkGrid   *grid,
              int        row,
              gboolean   editable)
{
  /* +2 on top: the scale reads like a ladder */
  for (int level = LS_GAS_SCORE_MAX; level >= LS_GAS_SCORE_MIN; level--, row++)
    {
      /* Translators: a goal's level for screen readers, with the words beside
       * it: "Goal 1, level +2 Much better than expected". */
      g_autofree char *name = g_strdup_printf (_("Goal %u, level %s %s"), self->number, ls_goal_level_sign (level),
                                               ls_gas_level_label (level));
      GtkWidget *label = ls_ui_caption_new (NULL);
      GtkWidget *entry = ls_labelled_entry_new (name, ls_goal_get_level_text (self->goal, level),
                                                editable);

      gtk_widget_add_css_class (label, "dim-label");
      self->level_labels[level + 2] = label;
      g_object_set_data (G_OBJECT (entry), "level", GINT_TO_POINTER (level));
      if (editable)
        g_signal_connect (entry, "changed", G_CALLBACK (level_changed_cb), self);
      gtk_grid_attach (grid, label, 0, row, 1, 1);
      gtk_grid_attach (grid, entry, 1, row, 1, 1);
    }
}

static void
build_settings (LsGoalRow *self,
                GtkGrid   *grid,
                int        row,
                gboolean   editable)
{
  const char *levels[] = { "−2", "−1", "0", "+1", "+2", NULL };
  GtkWidget *baseline_label = ls_ui_caption_new (_("Where the person is now"));
  GtkWidget *weight_label = ls_ui_caption_new (_("Weight (importance × difficulty)"));
  GtkWidget *weight = gtk_spin_button_new_with_range (0, LS_GAS_RATING_MAX * LS_GAS_RATING_MAX, 1);
  g_autofree char *baseline_name = g_strdup_printf (_("Goal %u, where the person is now"), self->number);
  g_autofree char *weight_name = g_strdup_printf (_("Goal %u, weight"), self->number);

  self->baseline = GTK_DROP_DOWN (ls_ui_drop_down_new (levels));
  gtk_drop_down_set_selected (self->baseline, ls_goal_get_baseline (self->goal) - LS_GAS_SCORE_MIN);
  gtk_widget_set_sensitive (GTK_WIDGET (self->baseline), editable);
  gtk_widget_set_halign (GTK_WIDGET (self->baseline), GTK_ALIGN_START);
  ls_set_accessible_label (GTK_WIDGET (self->baseline), baseline_name);
  g_signal_connect (self->baseline, "notify::selected", G_CALLBACK (baseline_changed_cb), self);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (weight), ls_goal_get_weight (self->goal));
  ls_ui_set_editable (weight, editable);
  gtk_widget_set_sensitive (weight, editable);
  gtk_widget_set_halign (weight, GTK_ALIGN_START);
  ls_set_accessible_label (weight, weight_name);
  ls_ui_wheel_changes_only_focused (weight);
  g_signal_connect (weight, "value-changed", G_CALLBACK (weight_changed_cb), self);

  gtk_grid_attach (grid, baseline_label, 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (self->baseline), 1, row, 1, 1);
  gtk_grid_attach (grid, weight_label, 0, row + 1, 1, 1);
  gtk_grid_attach (grid, weight, 1, row + 1, 1, 1);
}

static void
ls_goal_row_dispose (GObject *object)
{
  LsGoalRow *self = LS_GOAL_ROW (object);

  g_clear_object (&self->goal);
  G_OBJECT_CLASS (ls_goal_row_parent_class)->dispose (object);
}

static void
ls_goal_row_class_init (LsGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_goal_row_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ls_goal_row_init (LsGoalRow *self)
{
}

GtkWidget *
ls_goal_row_new (LsGoal   *goal,
                 guint     number,
                 gboolean  editable)
{
  LsGoalRow *self;
  GtkWidget *card, *box, *grid, *text, *words;
  g_autofree char *text_name = NULL;

  g_return_val_if_fail (LS_IS_GOAL (goal), NULL);

  self = g_object_new (LS_TYPE_GOAL_ROW, NULL);
  self->goal = g_object_ref (goal);
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
  text_name = g_strdup_printf (_("Goal %u in plain words"), number);
  words = gtk_label_new (_("The goal in plain words: activity, support, measure and time"));
  gtk_label_set_xalign (GTK_LABEL (words), 0);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_widget_add_css_class (words, "caption");
  gtk_box_append (GTK_BOX (box), words);
  text = ls_labelled_entry_new (text_name, ls_goal_get_text (goal), editable);
  if (editable)
    g_signal_connect (text, "changed", G_CALLBACK (text_changed_cb), self);
  gtk_box_append (GTK_BOX (box), text);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  build_levels (self, GTK_GRID (grid), 0, editable);
  build_settings (self, GTK_GRID (grid), 5, editable);
  gtk_box_append (GTK_BOX (box), grid);
  update_level_labels (self);
  adw_bin_set_child (ADW_BIN (self), card);
  return GTK_WIDGET (self);
}

LsGoal *
ls_goal_row_get_goal (LsGoalRow *self)
{
  g_return_val_if_fail (LS_IS_GOAL_ROW (self), NULL);
  return self->goal;
}
