/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline: what happened with a person, oldest first, so that the
 * chain sketch -> decision -> evaluation -> next decision reads from top
 * to bottom with what changed at each step. */
#define G_LOG_DOMAIN "ls-timeline"

#include "config.h"

#include <inttypes.h>
#include <math.h>

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-goal-row.h"
#include "ls-outcomes.h"
#include "ls-store-decisions.h"
#include "ls-store-sketches.h"
#include "ls-timeline.h"
#include "ls-ui-util.h"

typedef enum { ITEM_SKETCH, ITEM_DECISION, ITEM_EVALUATION } ItemKind;

typedef struct
{
  ItemKind  kind;
  GDate     date;
  GObject  *object;   /* LsSketch, LsDecision (full) or LsEvaluation */
} Item;

struct _LsTimeline
{
  AdwBin      parent_instance;
  LsStore    *store;
  gint64      person_id;
  GtkWidget  *group;
  GtkWidget  *new_button;
  GtkWidget  *list;
};

G_DEFINE_FINAL_TYPE (LsTimeline, ls_timeline, ADW_TYPE_BIN)

static void
item_free (Item *item)
{
  g_clear_object (&item->object);
  g_free (item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = *(Item **) a;
  const Item *ib = *(Item **) b;
  gboolean va = g_date_valid (&ia->date), vb = g_date_valid (&ib->date);

  if (va && vb && g_date_compare (&ia->date, &ib->date) != 0)
    return g_date_compare (&ia->date, &ib->date);
  if (va != vb)
    return va ? -1 : 1;   /* undated last */
  return (int) ia->kind - (int) ib->kind;
}

static Item *
item_new (ItemKind     kind,
          const GDate *date,
          gpointer     object)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  g_date_clear (&item->date, 1);
  if (date != NULL && g_date_valid (date))
    item->date = *date;
  item->object = g_object_ref (object);
  return item;
}

static GtkWidget *
new_row (const Item *item,
         const char *title,
         const char *subtitle,
         const char *icon)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = ls_decision_draft_format_date (&item->date);
  g_autofree char *full = g_strdup_printf ("%s  %s", *date != '\0' ? date : "—", title);
  g_autofree char *escaped = g_markup_escape_text (full, -1);
  g_autofree char *sub = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (sub != NULL && *sub != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (icon != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  return row;
}

static GtkWidget *
sketch_row (const Item *item)
{
  LsSketch *sketch = LS_SKETCH (item->object);
  const char *status = ls_sketch_get_status (sketch) == LS_SKETCH_FINISHED
                       ? _("finished") : _("in progress");
  g_autofree char *title = g_strdup_printf (_("Life-sketch conversation (%s)"), status);

  return new_row (item, title, NULL, "view-paged-symbolic");
}

/* "Follows decision 3 — Hours per week: 8 → 6; New goal: …" */
static char *
chain_text (LsDecision *decision,
            GHashTable *by_id)
{
  gint64 previous_id = ls_decision_get_previous_id (decision);
  LsDecision *previous;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (previous_id == 0)
    return NULL;
  previous = g_hash_table_lookup (by_id, &previous_id);
  if (previous == NULL)
    {
      g_string_append (text, _("Follows an earlier decision"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  {
    g_autofree char *start = ls_decision_draft_format_date (ls_decision_get_start (previous));

    /* Translators: the start date of the decision this one follows */
    g_string_append_printf (text, _("Follows the decision of %s"), start);
  }
  changes = ls_decision_draft_changes (previous, decision);
  for (guint i = 0; i < changes->len; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? " — " : "; ", (char *) g_ptr_array_index (changes, i));
  if (changes->len == 0)
    g_string_append_printf (text, " — %s", _("no change in goals or hours"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A decision that follows another is marked with an arrow. */
static const char *
previous_icon (LsDecision *decision)
{
  return ls_decision_get_previous_id (decision) != 0 ? "mail-forward-symbolic" : "text-x-generic-symbolic";
}

static GtkWidget *
decision_row (const Item *item,
              GHashTable *by_id)
{
  LsDecision *decision = LS_DECISION (item->object);
  gint64 id = ls_decision_get_id (decision);
  LsDecisionStatus status = ls_decision_get_status (decision);
  /* Named by kind, state and dates, never by the database's number. */
  g_autofree char *title = g_strdup_printf (_("%s, %s"),
                                            ls_decision_type_display_name (ls_decision_get_decision_type (decision)),
                                            ls_decision_status_display_name (status));
  g_autofree char *start = ls_decision_draft_format_date (ls_decision_get_start (decision));
  g_autofree char *end = ls_decision_draft_format_date (ls_decision_get_end (decision));
  g_autofree char *chain = chain_text (decision, by_id);
  g_autofree char *subtitle = NULL;
  /* Translators: the decision's start date */
  g_autofree char *open_name = g_strdup_printf (_("Open the decision of %s"), start);
  GtkWidget *row;
  guint n_goals;

  n_goals = g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (decision)));
  /* Translators: period, number of goals, hours per week */
  subtitle = g_strdup_printf (ngettext ("%s – %s, %u goal, %g hours per week%s%s",
                                        "%s – %s, %u goals, %g hours per week%s%s", n_goals),
                              start, end, n_goals, ls_outcomes_decision_hours (decision),
                              chain != NULL ? "\n" : "", chain != NULL ? chain : "");
  row = new_row (item, title, subtitle, previous_icon (decision));
  if ((status == LS_DECISION_ISSUED || status == LS_DECISION_UNDER_EVALUATION)
      && ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL)
    {
      /* Translators: the decision's start date */
      g_autofree char *name = g_strdup_printf (_("Evaluate the decision of %s"), start);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 ls_ui_action_button (_("Evaluate"), name, "win.evaluate-decision", id));
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             ls_ui_action_button (status == LS_DECISION_DRAFT ? _("Edit") : _("Open"), open_name,
                                                  "win.open-decision", id));
  return row;
}

static GtkWidget *
evaluation_row (const Item *item)
{
  LsEvaluation *evaluation = LS_EVALUATION (item->object);
  double t = ls_evaluation_get_t_score (evaluation);
  /* Translators: the evaluation's outcome ("Evaluation: Adjust") */
  g_autofree char *title = g_strdup_printf (_("Evaluation: %s"),
                                            ls_evaluation_outcome_display_name (ls_evaluation_get_outcome (evaluation)));
  g_autofree char *subtitle = NULL;
  const char *view = ls_evaluation_get_person_view (evaluation);

  if (isnan (t))
    subtitle = g_strdup (view != NULL ? view : "");
  else if (view != NULL && *view != '\0')
    subtitle = g_strdup_printf (_("T-score %.1f. In the person's words: «%s»"), t, view);
  else
    subtitle = g_strdup_printf (_("T-score %.1f"), t);
  return new_row (item, title, subtitle, "emblem-ok-symbolic");
}

static void
clear_list (LsTimeline *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
}

/* What the timeline shows of one person, read in one go (on any thread,
 * from any connection). */
typedef struct
{
  gint64      person_id;
  GPtrArray  *items;       /* Item, in order */
  GHashTable *by_id;       /* decision id -> LsDecision (full) */
  gboolean    has_sketch;  /* a finished one */
} TimelineData;

void
ls_timeline_data_free (gpointer timeline_data)
{
  TimelineData *data = timeline_data;

  if (data == NULL)
    return;
  g_clear_pointer (&data->items, g_ptr_array_unref);
  g_clear_pointer (&data->by_id, g_hash_table_unref);
  g_free (data);
}

/* Everything about the person, in order; NULL with @error. */
gpointer
ls_timeline_load (LsStore  *store,
                  gint64    person_id,
                  GError  **error)
{
  TimelineData *data = g_new0 (TimelineData, 1);
  g_autoptr(GPtrArray) sketches = ls_store_list_sketches (store, person_id, error);
  g_autoptr(GPtrArray) decisions = NULL;

  data->person_id = person_id;
  data->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  data->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  if (sketches == NULL)
    goto failed;
  decisions = ls_store_list_decisions (store, person_id, error);
  if (decisions == NULL)
    goto failed;
  for (guint i = 0; i < sketches->len; i++)
    {
      LsSketch *sketch = g_ptr_array_index (sketches, i);
      data->has_sketch = data->has_sketch || ls_sketch_get_status (sketch) == LS_SKETCH_FINISHED;
      g_ptr_array_add (data->items, item_new (ITEM_SKETCH, ls_sketch_get_date (sketch), sketch));
    }
  for (guint i = 0; i < decisions->len; i++)
    {
      gint64 id = ls_decision_get_id (g_ptr_array_index (decisions, i));
      g_autoptr(LsDecision) decision = ls_store_load_decision (store, id, error);
      g_autoptr(GPtrArray) evaluations = NULL;
      const GDate *date;

      if (decision == NULL)
        goto failed;
      date = ls_decision_get_issued_date (decision) != NULL ? ls_decision_get_issued_date (decision)
                                                             : ls_decision_get_start (decision);
      g_hash_table_insert (data->by_id, g_memdup2 (&id, sizeof id), g_object_ref (decision));
      g_ptr_array_add (data->items, item_new (ITEM_DECISION, date, decision));
      evaluations = ls_store_list_evaluations (store, id, error);
      if (evaluations == NULL)
        goto failed;
      for (guint j = 0; j < evaluations->len; j++)
        {
          LsEvaluation *evaluation = g_ptr_array_index (evaluations, j);
          g_ptr_array_add (data->items, item_new (ITEM_EVALUATION, ls_evaluation_get_date (evaluation), evaluation));
        }
    }
  g_ptr_array_sort (data->items, compare_items);
  return data;

failed:
  ls_timeline_data_free (data);
  return NULL;
}

void
ls_timeline_apply (LsTimeline *self,
                   gpointer    timeline_data)
{
  TimelineData *data = timeline_data;

  g_return_if_fail (LS_IS_TIMELINE (self));
  g_return_if_fail (data != NULL);

  self->person_id = data->person_id;
  clear_list (self);
  for (guint i = 0; i < data->items->len; i++)
    {
      const Item *item = g_ptr_array_index (data->items, i);
      GtkWidget *row = item->kind == ITEM_SKETCH ? sketch_row (item)
                       : item->kind == ITEM_DECISION ? decision_row (item, data->by_id)
                       : evaluation_row (item);
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
  if (data->items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing recorded yet"));
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
  gtk_widget_set_sensitive (self->new_button, data->has_sketch);
  gtk_widget_set_tooltip_text (self->new_button, data->has_sketch ? NULL
                               : _("A decision is built from a finished life sketch"));
}

gboolean
ls_timeline_show_person (LsTimeline *self,
                         gint64      person_id,
                         GError    **error)
{
  gpointer data;

  g_return_val_if_fail (LS_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (LS_IS_STORE (self->store), FALSE);

  data = ls_timeline_load (self->store, person_id, error);
  if (data == NULL)
    return FALSE;
  ls_timeline_apply (self, data);
  ls_timeline_data_free (data);
  return TRUE;
}

void
ls_timeline_reload (LsTimeline *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LS_IS_TIMELINE (self));

  if (self->store != NULL && self->person_id != 0 && !ls_timeline_show_person (self, self->person_id, &error))
    g_warning ("Could not read the timeline: %s", error->message);
}

void
ls_timeline_set_store (LsTimeline *self,
                       LsStore    *store)
{
  g_return_if_fail (LS_IS_TIMELINE (self));
  g_set_object (&self->store, store);
}

static void
new_clicked_cb (LsTimeline *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.new-decision", "x", self->person_id);
}

static void
ls_timeline_dispose (GObject *object)
{
  g_clear_object (&LS_TIMELINE (object)->store);
  G_OBJECT_CLASS (ls_timeline_parent_class)->dispose (object);
}

static void
ls_timeline_class_init (LsTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ls_timeline_dispose;
}

static void
ls_timeline_init (LsTimeline *self)
{
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Decisions and Evaluations"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("Conversations, decisions and evaluations, oldest first. "
                                           "Each decision says which one it follows and what changed."));
  self->new_button = ls_plain_button_new (_("New Decision"));
  gtk_widget_set_valign (self->new_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->new_button, "clicked", G_CALLBACK (new_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), self->new_button);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->list);
  adw_bin_set_child (ADW_BIN (self), self->group);
}

GtkWidget *
ls_timeline_new (void)
{
  return g_object_new (LS_TYPE_TIMELINE, NULL);
}
