/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evaluation page. Scores go into an LsEvaluation as they are set, so
 * the T-score on screen is the one the store keeps; the outcome decides
 * what follows (ls_decision_draft_next()). */
#define G_LOG_DOMAIN "ls-evaluation-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-decision-draft.h"
#include "ls-evaluation-page.h"
#include "ls-focus-group.h"
#include "ls-gas.h"
#include "ls-goal-row.h"
#include "ls-store-bookings.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-sketches.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"
#include "ls-unsaved-file.h"
#include "ls-value.h"
#include "ls-wheel-view.h"

/* What the page shows, read in one go (on any thread, from any
 * connection). */
typedef struct
{
  LsDecision *decision;
  LsSketch   *latest;    /* the newest finished sketch since the decision, */
  LsSketch   *earlier;   /* and the one before it; or both NULL */
  char       *booking_use;  /* how the booked hours were used (Min uke), or NULL */
} PageData;

struct _LsEvaluationPage
{
  AdwBin         parent_instance;

  LsStore       *store;
  LsDecision    *decision;
  LsEvaluation  *evaluation;
  GPtrArray     *score_buttons;  /* per goal: GtkCheckButton *[5] as GPtrArray */
  gboolean       outcome_set;
  gboolean       saved;
  GCancellable  *gone;           /* cancelled with the page: a save's answer is dropped */

  GtkLabel      *t_score_label;
  GtkLabel      *reason_label;
  GtkWidget     *finish_button;
  GtkTextBuffer *person_view;
  GtkTextBuffer *measures_view;
  char          *kept_path;      /* what could not be saved, kept on this computer */
};

G_DEFINE_FINAL_TYPE (LsEvaluationPage, ls_evaluation_page, ADW_TYPE_BIN)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

double
ls_evaluation_page_get_t_score (LsEvaluationPage *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION_PAGE (self), NAN);
  return ls_evaluation_get_t_score (self->evaluation);
}

static guint
n_goals (LsEvaluationPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (self->decision)));
}

static void
update_state (LsEvaluationPage *self)
{
  double t = ls_evaluation_get_t_score (self->evaluation);
  g_autofree char *text = NULL;
  const char *reason = NULL;

  if (isnan (t))
    text = g_strdup (_("T-score: not yet scored"));
  else
    /* Translators: the GAS summary score; 50 means as expected */
    text = g_strdup_printf (_("T-score: %.1f (50 is every goal as expected)"), t);
  gtk_label_set_text (self->t_score_label, text);

  if (ls_evaluation_get_n_scores (self->evaluation) < n_goals (self))
    reason = _("Score every goal on its scale");
  else if (!self->outcome_set)
    reason = _("Choose the outcome: continue, adjust, end or make ordinary");
  gtk_label_set_text (self->reason_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), reason != NULL);
  gtk_widget_set_sensitive (self->finish_button, reason == NULL);
}

/* The chosen level carries a check mark and the word "Chosen" as well as
 * an accent border (the "choice" style), so the choice does not rest on a
 * shade of grey. */
static void
mark_chosen (GtkToggleButton *button)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));
  const char *text = g_object_get_data (G_OBJECT (button), "text");
  g_autofree char *marked = NULL;

  if (!GTK_IS_LABEL (label) || text == NULL)
    return;
  /* Translators: marks the chosen level or outcome; %s is its text */
  marked = gtk_toggle_button_get_active (button) ? g_strdup_printf (_("✓ Chosen: %s"), text) : g_strdup (text);
  gtk_label_set_text (GTK_LABEL (label), marked);
}

static void
score_toggled_cb (GtkToggleButton  *button,
                  LsEvaluationPage *self)
{
  LsGoal *goal = g_object_get_data (G_OBJECT (button), "goal");
  int score = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "score"));

  mark_chosen (button);
  if (!gtk_toggle_button_get_active (button))
    return;
  ls_decision_draft_score_goal (self->evaluation, goal, score);
  update_state (self);
}

void
ls_evaluation_page_set_score (LsEvaluationPage *self,
                              guint             index,
                              int               score)
{
  GPtrArray *buttons;

  g_return_if_fail (LS_IS_EVALUATION_PAGE (self));
  g_return_if_fail (index < self->score_buttons->len);
  g_return_if_fail (ls_gas_score_is_valid (score));

  buttons = g_ptr_array_index (self->score_buttons, index);
  gtk_toggle_button_set_active (g_ptr_array_index (buttons, score + 2), TRUE);
}

static void
outcome_toggled_cb (GtkToggleButton  *button,
                    LsEvaluationPage *self)
{
  mark_chosen (button);
  if (!gtk_toggle_button_get_active (button))
    return;
  ls_evaluation_set_outcome (self->evaluation,
                             GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "outcome")));
  self->outcome_set = TRUE;
  update_state (self);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The evaluation finished and the next decision drafted, on a worker
 * thread (ls-ui-load.h); the page is insensitive until the answer. */
typedef struct
{
  LsDecision   *decision;
  LsEvaluation *evaluation;
  LsDecision   *next;
} Finish;

static void
finish_free (Finish *finish)
{
  g_clear_object (&finish->decision);
  g_clear_object (&finish->evaluation);
  g_clear_object (&finish->next);
  g_free (finish);
}

/* Worker thread. */
static gboolean
write_finish (LsStore  *store,
              gpointer  input,
              GError  **error)
{
  Finish *finish = input;

  return ls_store_finish_evaluation (store, finish->decision, finish->evaluation, finish->next, error);
}

/* What could not be saved, kept on this computer (ls-unsaved-file.h):
 * (ssa(xi)) — the two texts and each goal's score as written. */
#define KEPT_TYPE "(ssa(xi))"

static void
keep (LsEvaluationPage *self)
{
  g_autofree char *person_view = buffer_text (self->person_view);
  g_autofree char *measures_view = buffer_text (self->measures_view);
  g_auto(GVariantBuilder) scores = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xi)"));

  for (guint i = 0; i < ls_evaluation_get_n_scores (self->evaluation); i++)
    {
      const LsGoalScore *score = ls_evaluation_get_score (self->evaluation, i);

      g_variant_builder_add (&scores, "(xi)", score->goal_id, (gint32) score->score);
    }
  ls_unsaved_file_keep (self->kept_path,
                        g_variant_new ("(ss@a(xi))", person_view, measures_view, g_variant_builder_end (&scores)));
}

/* @user_data: the Finish, alive until the task ends. */
static void
finished_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  LsEvaluationPage *self = LS_EVALUATION_PAGE (source);
  Finish *finish = user_data;
  g_autoptr(GError) error = NULL;
  gboolean done = ls_ui_write_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!done)
    {
      /* what was written stays on screen, and on this computer */
      keep (self);
      update_state (self);
      gtk_label_set_text (self->reason_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), FALSE);
  gtk_widget_set_sensitive (self->finish_button, FALSE);
  ls_unsaved_file_remove (self->kept_path);
  self->saved = TRUE;
  g_signal_emit (self, signals[FINISHED], 0, ls_decision_get_id (self->decision),
                 finish->next != NULL ? ls_decision_get_id (finish->next) : (gint64) 0);
}

static void
finish_clicked_cb (LsEvaluationPage *self)
{
  g_autofree char *person_view = buffer_text (self->person_view);
  g_autofree char *measures_view = buffer_text (self->measures_view);
  Finish *finish = g_new0 (Finish, 1);

  ls_evaluation_set_person_view (self->evaluation, person_view);
  ls_evaluation_set_measures_view (self->evaluation, measures_view);
  finish->decision = g_object_ref (self->decision);
  finish->evaluation = g_object_ref (self->evaluation);
  finish->next = ls_decision_draft_next (self->decision, self->evaluation, g_get_user_name ());
  if (self->gone == NULL)
    self->gone = g_cancellable_new ();
  /* Nothing changes the evaluation while the worker saves it. */
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  gtk_label_set_text (self->reason_label, _("Saving…"));
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
  ls_ui_write_async (self, self->store, write_finish, finish, (GDestroyNotify) finish_free, self->gone,
                     finished_cb, finish);
}

/* A toggle button (AT-SPI gives it a "click" action, unlike a check
 * button in GTK 4.8) whose label wraps and is not read twice. */
static GtkWidget *
toggle_new (const char *text)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "choice");
  g_object_set_data_full (G_OBJECT (button), "text", g_strdup (text), g_free);
  return button;
}

static GtkWidget *
heading (const char *text,
         const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
card_box (void)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (card), box);
  return card;
}

static GtkWidget *
card_inner (GtkWidget *card)
{
  return gtk_widget_get_first_child (card);
}

/* One goal: its words and a radio button per level, +2 on top. */
static GtkWidget *
build_goal (LsEvaluationPage *self,
            LsGoal           *goal,
            guint             number)
{
  GtkWidget *card = card_box ();
  GtkWidget *box = card_inner (card);
  g_autofree char *title = g_strdup_printf (_("Goal %u: %s"), number, ls_goal_get_text (goal));
  GPtrArray *buttons = g_ptr_array_new ();
  GtkToggleButton *group = NULL;
  GtkWidget *levels = gtk_box_new (GTK_ORIENTATION_VERTICAL, gtk_box_get_spacing (GTK_BOX (box)));

  g_ptr_array_set_size (buttons, 5);
  gtk_box_append (GTK_BOX (box), heading (title, "heading"));
  /* One tab stop per goal, on its chosen level; the arrows move between
   * the levels. */
  gtk_box_append (GTK_BOX (box), ls_focus_group_new (levels));
  for (int level = LS_GAS_SCORE_MAX; level >= LS_GAS_SCORE_MIN; level--)
    {
      const char *words = ls_goal_get_level_text (goal, level);
      g_autofree char *label = g_strdup_printf ("%s  %s%s%s", ls_goal_level_sign (level), ls_gas_level_label (level),
                                                words != NULL && *words != '\0' ? " — " : "",
                                                words != NULL ? words : "");
      g_autofree char *marked = level == ls_goal_get_baseline (goal)
                                ? g_strdup_printf (_("%s (where the person was)"), label) : g_strdup (label);
      /* Translators: a level of a goal for screen readers: the goal's
       * heading ("Goal 1: Cook dinner alone"), then the level as shown. */
      g_autofree char *name = g_strdup_printf (_("%s — level %s"), title, marked);
      GtkWidget *button = toggle_new (marked);

      if (group == NULL)
        group = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      ls_set_accessible_label (button, name);
      g_object_set_data (G_OBJECT (button), "goal", goal);
      g_object_set_data (G_OBJECT (button), "score", GINT_TO_POINTER (level));
      g_signal_connect (button, "toggled", G_CALLBACK (score_toggled_cb), self);
      buttons->pdata[level + 2] = button;
      gtk_box_append (GTK_BOX (levels), button);
    }
  g_ptr_array_add (self->score_buttons, buttons);
  return card;
}

static GtkTextBuffer *
text_area (GtkWidget  *box,
           const char *name)
{
  GtkWidget *view;
  GtkWidget *frame = ls_ui_text_area_new (name, 80, &view);

  gtk_box_append (GTK_BOX (box), heading (name, "heading"));
  gtk_box_append (GTK_BOX (box), frame);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

/* The newest finished sketch against the one before it, if the person has
 * talked again since the decision: store calls only. */
static void
load_readings (LsStore  *store,
               PageData *data)
{
  g_autoptr(GPtrArray) sketches = ls_store_list_sketches (store, ls_decision_get_person_id (data->decision), NULL);
  g_autoptr(LsSketch) latest = NULL;
  g_autoptr(LsSketch) earlier = NULL;
  const GDate *issued = ls_decision_get_issued_date (data->decision);

  for (guint i = 0; sketches != NULL && i < sketches->len; i++)
    {
      LsSketch *sketch = g_ptr_array_index (sketches, i);

      if (ls_sketch_get_status (sketch) != LS_SKETCH_FINISHED)
        continue;
      g_clear_object (&earlier);
      earlier = g_steal_pointer (&latest);
      latest = g_object_ref (sketch);
    }
  if (latest == NULL || earlier == NULL || issued == NULL || ls_sketch_get_date (latest) == NULL
      || g_date_compare (ls_sketch_get_date (latest), issued) < 0)
    return;
  data->latest = ls_store_load_sketch (store, ls_sketch_get_id (latest), NULL);
  data->earlier = ls_store_load_sketch (store, ls_sketch_get_id (earlier), NULL);
  if (data->latest == NULL || data->earlier == NULL)
    {
      g_clear_object (&data->latest);
      g_clear_object (&data->earlier);
    }
}

static void
build_readings (LsEvaluationPage *self,
                GtkWidget        *box,
                PageData         *data)
{
  g_autoptr(GListModel) domains = NULL;
  GtkWidget *wheel;

  gtk_box_append (GTK_BOX (box), heading (_("Life-sketch readings"), "heading"));
  if (data->latest == NULL)
    {
      gtk_box_append (GTK_BOX (box), heading (_("No new readings since the decision. A new conversation "
                                                "can be held and its readings compared here."), "dim-label"));
      return;
    }
  domains = G_LIST_MODEL (ls_catalog_load_domains (NULL, NULL));
  wheel = ls_wheel_view_new ();
  ls_wheel_view_set_sketch (LS_WHEEL_VIEW (wheel), data->latest, domains, data->earlier);
  gtk_box_append (GTK_BOX (box), heading (_("The newest reading, with the one before shown faintly"), "dim-label"));
  gtk_box_append (GTK_BOX (box), wheel);
}

static void
build_outcomes (LsEvaluationPage *self,
                GtkWidget        *box)
{
  GtkToggleButton *group = NULL;
  /* Wraps where the four do not fit side by side (360 px in Norwegian). */
  GtkWidget *row = ls_ui_button_row_new ();

  gtk_box_append (GTK_BOX (box), heading (_("Outcome"), "heading"));
  for (int outcome = 0; outcome < LS_EVALUATION_N_OUTCOMES; outcome++)
    {
      GtkWidget *button = toggle_new (ls_evaluation_outcome_display_name (outcome));

      if (ls_decision_get_decision_type (self->decision) == LS_DECISION_TYPE_ORDINARY
          && outcome == LS_EVALUATION_OUTCOME_MAKE_ORDINARY)
        {
          g_object_ref_sink (button);
          g_object_unref (button);
          continue;
        }
      if (group == NULL)
        group = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      ls_set_accessible_label (button, ls_evaluation_outcome_display_name (outcome));
      g_object_set_data (G_OBJECT (button), "outcome", GINT_TO_POINTER (outcome));
      g_signal_connect (button, "toggled", G_CALLBACK (outcome_toggled_cb), self);
      ls_ui_flow_append (row, button);
    }
  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), heading (_("Continue and adjust make the next decision as a draft, "
                                            "with the goals and measures carried over and linked to this one."),
                                          "dim-label"));
}

static void offer_kept (LsEvaluationPage *self,
                        GtkWidget        *box);

static void
build (LsEvaluationPage *self,
       PageData         *data)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (self->decision));
  g_autofree char *period = NULL;
  g_autofree char *start = ls_decision_draft_format_date (ls_decision_get_start (self->decision));
  g_autofree char *end = ls_decision_draft_format_date (ls_decision_get_end (self->decision));
  g_autofree char *due = ls_decision_draft_format_date (ls_decision_get_evaluation_date (self->decision));
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), heading (_("Evaluation"), "title-2"));
  period = g_strdup_printf (_("%s, %s – %s. Evaluation date %s."),
                            ls_decision_type_display_name (ls_decision_get_decision_type (self->decision)),
                            start, end, due);
  gtk_box_append (GTK_BOX (box), heading (period, "dim-label"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      gtk_box_append (GTK_BOX (box), build_goal (self, goal, i + 1));
    }
  self->t_score_label = GTK_LABEL (heading ("", "title-3"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->t_score_label));
  self->person_view = text_area (box, _("The person's own view, in their words"));
  self->measures_view = text_area (box, _("How the measures worked"));
  if (data->booking_use != NULL)
    gtk_box_append (GTK_BOX (box), heading (data->booking_use, "body"));
  build_readings (self, box, data);
  build_outcomes (self, box);

  self->finish_button = ls_plain_button_new (_("Finish Evaluation"));
  gtk_widget_add_css_class (self->finish_button, "suggested-action");
  g_signal_connect_swapped (self->finish_button, "clicked", G_CALLBACK (finish_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), self->finish_button);
  gtk_box_append (GTK_BOX (box), footer);
  self->reason_label = GTK_LABEL (heading ("", "warning"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reason_label));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  ls_ui_scroll_natural_height (scroller);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_bin_set_child (ADW_BIN (self), scroller);
  update_state (self);
  self->kept_path = ls_unsaved_file_dup_path (self->store, "evaluation", ls_decision_get_id (self->decision));
  offer_kept (self, box);
}

/* Back on the page; the file stays until the evaluation is saved. */
static void
kept_restore (gpointer  owner,
              GVariant *value)
{
  LsEvaluationPage *self = owner;
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (self->decision));
  g_autoptr(GVariantIter) scores = NULL;
  const char *person_view, *measures_view;
  gint64 goal_id;
  gint32 score;

  g_variant_get (value, "(&s&sa(xi))", &person_view, &measures_view, &scores);
  gtk_text_buffer_set_text (self->person_view, person_view, -1);
  gtk_text_buffer_set_text (self->measures_view, measures_view, -1);
  while (g_variant_iter_next (scores, "(xi)", &goal_id, &score))
    for (guint i = 0; i < g_list_model_get_n_items (goals) && ls_gas_score_is_valid (score); i++)
      {
        g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

        if (ls_goal_get_id (goal) == goal_id)
          ls_evaluation_page_set_score (self, i, score);
      }
}

/* An evaluation an earlier run could not save: offered above the page. */
static void
offer_kept (LsEvaluationPage *self,
            GtkWidget        *box)
{
  GtkWidget *banner = ls_unsaved_offer_kept (self->kept_path, G_VARIANT_TYPE (KEPT_TYPE), kept_restore, NULL, self, NULL);

  if (banner != NULL)
    gtk_box_insert_child_after (GTK_BOX (box), banner, gtk_widget_get_first_child (box));
}

static void
ls_evaluation_page_dispose (GObject *object)
{
  LsEvaluationPage *self = LS_EVALUATION_PAGE (object);

  g_cancellable_cancel (self->gone);
  g_clear_object (&self->gone);
  g_clear_object (&self->store);
  g_clear_object (&self->decision);
  g_clear_object (&self->evaluation);
  g_clear_pointer (&self->score_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->kept_path, g_free);
  G_OBJECT_CLASS (ls_evaluation_page_parent_class)->dispose (object);
}

static void
ls_evaluation_page_class_init (LsEvaluationPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ls_evaluation_page_dispose;
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
}

static void
ls_evaluation_page_init (LsEvaluationPage *self)
{
  self->score_buttons = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

void
ls_evaluation_page_data_free (gpointer page_data)
{
  PageData *data = page_data;

  if (data == NULL)
    return;
  g_clear_object (&data->decision);
  g_clear_object (&data->latest);
  g_clear_object (&data->earlier);
  g_free (data->booking_use);
  g_free (data);
}

gpointer
ls_evaluation_page_load (LsStore *store,
                         gint64   decision_id,
                         GError **error)
{
  PageData *data = g_new0 (PageData, 1);

  data->decision = ls_store_load_decision (store, decision_id, error);
  if (data->decision == NULL || !ls_decision_draft_check_evaluate (data->decision, error))
    {
      ls_evaluation_page_data_free (data);
      return NULL;
    }
  load_readings (store, data);
  {
    g_autoptr(GDate) today = g_date_new ();
    LsBookingUse use;

    ls_date_set_today (today);
    if (ls_store_booking_use (store, decision_id, today, &use, NULL) && use.granted_minutes > 0)
      {
        g_autofree char *booked = ls_minutes_phrase (use.booked_minutes);
        g_autofree char *granted = ls_minutes_phrase (use.granted_minutes);

        /* Translators: "Booked help: 42 hours of 120 hours granted so far were booked; 3 times cancelled." */
        data->booking_use = g_strdup_printf (ngettext ("Booked help: %s of %s granted so far were booked; %u time cancelled.",
                                                       "Booked help: %s of %s granted so far were booked; %u times cancelled.",
                                                       use.cancelled),
                                             booked, granted, use.cancelled);
      }
  }
  return data;
}

GtkWidget *
ls_evaluation_page_new_from_data (LsStore  *store,
                                  gpointer  page_data)
{
  PageData *data = page_data;
  LsEvaluationPage *self;
  g_autoptr(GDate) today = g_date_new ();

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL && data->decision != NULL, NULL);

  self = g_object_new (LS_TYPE_EVALUATION_PAGE, NULL);
  self->store = g_object_ref (store);
  self->decision = g_steal_pointer (&data->decision);
  self->evaluation = ls_evaluation_new ();
  ls_evaluation_set_decision_id (self->evaluation, ls_decision_get_id (self->decision));
  ls_date_set_today (today);
  ls_evaluation_set_date (self->evaluation, today);
  build (self, data);
  return GTK_WIDGET (self);
}

GtkWidget *
ls_evaluation_page_new (LsStore *store,
                        gint64   decision_id,
                        GError **error)
{
  gpointer data;
  GtkWidget *page;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  data = ls_evaluation_page_load (store, decision_id, error);
  if (data == NULL)
    return NULL;
  page = ls_evaluation_page_new_from_data (store, data);
  ls_evaluation_page_data_free (data);
  return page;
}

const char *
ls_evaluation_page_get_saved_message (LsEvaluationPage *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION_PAGE (self), NULL);

  if (!self->saved)
    return NULL;
  switch (ls_evaluation_get_outcome (self->evaluation))
    {
    case LS_EVALUATION_OUTCOME_CONTINUE:
      return _("Evaluation saved. The next decision continues the goals and measures as they are; "
               "check the draft and issue it.");
    case LS_EVALUATION_OUTCOME_ADJUST:
      return _("Evaluation saved. The next decision is a draft, ready to adjust.");
    case LS_EVALUATION_OUTCOME_MAKE_ORDINARY:
      return _("Evaluation saved. The next decision makes the service ordinary; check the draft and issue it.");
    case LS_EVALUATION_OUTCOME_END:
    default:
      return _("Evaluation saved. The decision ends here.");
    }
}

LsDecision *
ls_evaluation_page_get_decision (LsEvaluationPage *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION_PAGE (self), NULL);
  return self->decision;
}
