/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision editor. What the fields mean and when a draft may be issued
 * lives in ls-decision-draft.c (tested without widgets); this file only
 * shows it and saves what is typed, a moment after typing stops. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-catalog.h"
#include "ls-decision-draft.h"
#include "ls-decision-editor-private.h"
#include "ls-domain.h"
#include "ls-due.h"
#include "ls-decision-change.h"
#include "ls-decision-footer.h"
#include "ls-decision-status-card.h"
#include "ls-export-dialog.h"
#include "ls-flushable.h"
#include "ls-goal-row.h"
#include "ls-measure-row.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"
#include "ls-ui-util.h"
#include "ls-value.h"

#define SAVE_DELAY_MS 300


static void flushable_iface_init (LsFlushableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LsDecisionEditor, ls_decision_editor, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LS_TYPE_FLUSHABLE, flushable_iface_init))

enum { OPEN_DECISION, EVALUATE, SERVICE_PLAN, N_SIGNALS };
static guint signals[N_SIGNALS];

static void build_content (LsDecisionEditor *self);
static void build_status (LsDecisionEditor *self);

/* Who issues: the store's login (on a team's server the login the
 * server knows, on a desk its operating-system user). */
static const char *
current_user (LsDecisionEditor *self)
{
  return ls_store_get_login (self->store);
}

/* The desk's own rules (its preferences): on a team's server the roles
 * and the municipality's four-eyes rule are the server's, asked through
 * ls_store_may_act_on_decision() before the button is shown. */
static void
desk_rules (LsDecisionEditor *self,
            gboolean         *maker,
            gboolean         *four_eyes)
{
  gboolean server = ls_store_is_server (self->store);

  *maker = server || g_settings_get_boolean (self->settings, "decision-maker");
  *four_eyes = !server && g_settings_get_boolean (self->settings, "four-eyes");
}

gboolean
ls_decision_editor_get_read_only (LsDecisionEditor *self)
{
  g_return_val_if_fail (LS_IS_DECISION_EDITOR (self), TRUE);
  return !ls_decision_status_is_editable (ls_decision_get_status (self->decision));
}

const char *
_ls_decision_editor_domain_name (const char *key,
                                 gpointer    user_data)
{
  return _ls_decision_editor_name_in (key, ((LsDecisionEditor *) user_data)->domains);
}

const char *
_ls_decision_editor_letter_domain_name (const char *key,
                                        gpointer    user_data)
{
  return _ls_decision_editor_name_in (key, ((LsDecisionEditor *) user_data)->letter_domains);
}

/* Saving */

static void
show_save_error (LsDecisionEditor *self,
                 const char       *message)
{
  ls_decision_footer_show_error (self->footer, message);
}

/* On the main thread: the new version and ids into the decision shown;
 * what was typed meanwhile stays as it is. */
static void
decision_saved (gpointer      document,
                gpointer      data,
                const GError *error,
                gpointer      user_data)
{
  LsDecisionEditor *self = user_data;

  if (error != NULL)
    {
      /* what was typed stays on screen; the next edit tries again */
      show_save_error (self, error->message);
      if (g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT))
        _ls_decision_editor_show_conflict (self);
      return;
    }
  _ls_decision_editor_copy_saved (data, document);
  self->unsaved = ls_document_saver_get_unsaved (self->saver);
}

gboolean
ls_decision_editor_flush (LsDecisionEditor *self,
                          GError          **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LS_IS_DECISION_EDITOR (self), FALSE);

  if (ls_decision_editor_get_read_only (self) || self->decision == NULL)
    return TRUE;
  if (!ls_document_saver_get_unsaved (self->saver))
    return TRUE;
  if (ls_document_saver_flush (self->saver, self->decision, &local))
    {
      self->unsaved = FALSE;
      return TRUE;
    }
  show_save_error (self, local->message);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

gboolean
ls_decision_editor_is_saving (LsDecisionEditor *self)
{
  g_return_val_if_fail (LS_IS_DECISION_EDITOR (self), FALSE);
  return ls_document_saver_get_unsaved (self->saver);
}

/* Issue state */

static void
update_issue_state (LsDecisionEditor *self)
{
  g_autoptr(GPtrArray) missing = ls_decision_draft_missing (self->decision);
  g_autoptr(GError) error = NULL;
  gboolean maker, four_eyes;
  GDate today;

  desk_rules (self, &maker, &four_eyes);
  g_date_clear (&today, 1);
  g_clear_pointer (&self->blocker, g_free);
  ls_date_set_today (&today);
  if (!ls_decision_draft_check_issue (self->decision, current_user (self), four_eyes, maker, &error)
      || !ls_decision_check_grounds_for_issue (self->previous, self->decision, &today, &error))
    self->blocker = g_strdup (error->message);
  ls_decision_footer_set_issue_state (self->footer, missing, self->blocker,
                                      !ls_decision_editor_get_read_only (self));
}

const char *
ls_decision_editor_get_issue_blocker (LsDecisionEditor *self)
{
  g_return_val_if_fail (LS_IS_DECISION_EDITOR (self), NULL);
  return self->blocker;
}

void
_ls_decision_editor_fill_legal_basis (LsDecisionEditor *self)
{
  g_autofree char *basis = NULL;

  if (self->legal_by_hand || self->legal_buffer == NULL)
    return;
  basis = ls_decision_draft_legal_basis (self->decision, self->services);
  self->building = TRUE;
  gtk_text_buffer_set_text (self->legal_buffer, basis != NULL ? basis : "", -1);
  self->building = FALSE;
  ls_decision_set_legal_basis (self->decision, basis);
}

void
_ls_decision_editor_changed (LsDecisionEditor *self)
{
  if (self->building || ls_decision_editor_get_read_only (self))
    return;
  _ls_decision_editor_update_change (self);
  update_issue_state (self);
  self->unsaved = TRUE;
  ls_document_saver_changed (self->saver, self->decision);
}

/* Before the window leaves the page: what is not saved yet, now. */
static gboolean
flushable_flush (LsFlushable *flushable,
                 GError     **error)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (flushable);

  return ls_decision_editor_flush (self, error);
}

/* The server gone or back: what is pending is saved on the worker. */
static void
flushable_save_soon (LsFlushable *flushable)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (flushable);

  if (self->saver != NULL && ls_document_saver_get_unsaved (self->saver))
    ls_document_saver_save_soon (self->saver, self->decision);
}

static gboolean
flushable_has_pending (LsFlushable *flushable)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (flushable);

  return self->saver != NULL && self->decision != NULL && !ls_decision_editor_get_read_only (self)
         && ls_document_saver_get_unsaved (self->saver);
}

/* Before the window leaves the page (only when something is pending,
 * ls_flushable_flush_async()): what is not saved yet, on the editor's
 * worker; its result comes to decision_saved() as any save's does. */
static void
flushable_flush_async (LsFlushable         *flushable,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (flushable);

  ls_document_saver_flush_async (self->saver, self, self->decision, cancellable, callback, user_data);
}

static gboolean
flushable_flush_finish (LsFlushable  *flushable,
                        GAsyncResult *result,
                        GError      **error)
{
  return ls_document_saver_flush_finish (result, error);
}

static void
flushable_iface_init (LsFlushableInterface *iface)
{
  iface->flush = flushable_flush;
  iface->save_soon = flushable_save_soon;
  iface->has_pending = flushable_has_pending;
  iface->flush_async = flushable_flush_async;
  iface->flush_finish = flushable_flush_finish;
}

static void
measure_changed_cb (LsDecisionEditor *self)
{
  _ls_decision_editor_fill_legal_basis (self);
  _ls_decision_editor_changed (self);
}

/* Goals and measures */

static void
goal_remove_cb (LsDecisionEditor *self,
                LsGoalRow        *row)
{
  GListStore *goals = ls_decision_get_goals (self->decision);
  guint position;

  if (g_list_store_find (goals, ls_goal_row_get_goal (row), &position))
    g_list_store_remove (goals, position);
  build_content (self);
  _ls_decision_editor_changed (self);
}

static void
measure_remove_cb (LsDecisionEditor *self,
                   LsMeasureRow     *row)
{
  GListStore *measures = ls_decision_get_measures (self->decision);
  guint position;

  if (g_list_store_find (measures, ls_measure_row_get_measure (row), &position))
    g_list_store_remove (measures, position);
  build_content (self);
  measure_changed_cb (self);
}

void
_ls_decision_editor_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
add_goal_clicked_cb (GtkButton        *button,
                     LsDecisionEditor *self)
{
  ls_decision_draft_add_goal (self->decision, g_object_get_data (G_OBJECT (button), "need"));
  build_content (self);
  _ls_decision_editor_changed (self);
}

static void
add_measure_clicked_cb (LsDecisionEditor *self)
{
  g_auto(GStrv) keys = g_key_file_get_groups (self->services, NULL);
  g_autofree char *unit = keys[0] != NULL ? g_key_file_get_string (self->services, keys[0], "Unit", NULL) : NULL;

  /* the first service as a start; the caseworker picks the right one */
  ls_decision_draft_add_measure (self->decision, keys[0], unit);
  build_content (self);
  measure_changed_cb (self);
}

static void
build_needs (LsDecisionEditor *self,
             gboolean          editable)
{
  g_autoptr(GPtrArray) needs = NULL;

  _ls_decision_editor_clear_box (GTK_WIDGET (self->needs_list));
  gtk_widget_set_visible (self->needs_group, FALSE);
  if (self->sketch == NULL || !editable)
    return;
  needs = ls_decision_draft_needs (self->sketch);
  for (guint i = 0; i < needs->len; i++)
    {
      LsDraftNeed *need = g_ptr_array_steal_index (needs, i--);
      const char *domain = _ls_decision_editor_domain_name (need->domain_key, self);
      const char *words = need->text != NULL && *need->text != '\0' ? need->text : domain;
      g_autofree char *quoted = need->own_words ? g_strdup_printf ("«%s»", words) : g_strdup (words);
      g_autofree char *escaped = g_markup_escape_text (quoted, -1);
      g_autofree char *domain_escaped = g_markup_escape_text (domain, -1);
      g_autofree char *button_name = g_strdup_printf (_("Add as Goal: %s"), words);
      GtkWidget *row;
      GtkWidget *button;

      if (ls_decision_draft_need_answered (self->decision, need))
        {
          ls_draft_need_free (need);
          continue;
        }
      row = adw_action_row_new ();
      button = ls_plain_button_new (_("Add as Goal"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), domain_escaped);
      ls_set_accessible_label (button, button_name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "need", need, (GDestroyNotify) ls_draft_need_free);
      g_signal_connect (button, "clicked", G_CALLBACK (add_goal_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->needs_list, row);
      gtk_widget_set_visible (self->needs_group, TRUE);
    }
}

static void
build_rows (LsDecisionEditor *self,
            gboolean          editable)
{
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (self->decision));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (self->decision));

  _ls_decision_editor_clear_box (self->goals_box);
  _ls_decision_editor_clear_box (self->measures_box);
  /* the prompt to write the levels is for a draft, not an issued decision */
  if (!editable)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (gtk_widget_get_template_child (
                                             GTK_WIDGET (self), LS_TYPE_DECISION_EDITOR, "goals_group")), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      GtkWidget *row = ls_goal_row_new (goal, i + 1, editable);

      g_signal_connect_swapped (row, "changed", G_CALLBACK (_ls_decision_editor_changed), self);
      g_signal_connect_swapped (row, "remove", G_CALLBACK (goal_remove_cb), self);
      gtk_box_append (GTK_BOX (self->goals_box), row);
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      GtkWidget *row = ls_measure_row_new (measure, self->services, i + 1, editable);

      g_signal_connect_swapped (row, "changed", G_CALLBACK (measure_changed_cb), self);
      g_signal_connect_swapped (row, "remove", G_CALLBACK (measure_remove_cb), self);
      gtk_box_append (GTK_BOX (self->measures_box), row);
    }
  if (editable)
    {
      GtkWidget *add_goal = ls_plain_button_new (_("Add a Goal"));
      GtkWidget *add_measure = ls_plain_button_new (_("Add a Measure"));

      gtk_widget_set_halign (add_goal, GTK_ALIGN_START);
      gtk_widget_set_halign (add_measure, GTK_ALIGN_START);
      g_signal_connect (add_goal, "clicked", G_CALLBACK (add_goal_clicked_cb), self);
      g_signal_connect_swapped (add_measure, "clicked", G_CALLBACK (add_measure_clicked_cb), self);
      gtk_box_append (GTK_BOX (self->goals_box), add_goal);
      gtk_box_append (GTK_BOX (self->measures_box), add_measure);
    }
}

/* Acting on the decision (approve, issue, a correction): on the editor's
 * worker connection after what was typed is saved
 * (ls_document_saver_run_async), the page insensitive and saying
 * "Saving…" meanwhile; the store's sentence when it refuses. The work
 * itself is in ls-decision-editor-worker.c. */

static void
acting (LsDecisionEditor *self)
{
  if (self->gone == NULL)
    self->gone = g_cancellable_new ();
  /* nothing changes the decision while the worker acts on it */
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/* On the main thread: the decision approved or issued, shown again. */
static void
acted_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (source);
  g_autoptr(GError) error = NULL;
  LsDecisionEditorData *data = ls_document_saver_run_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (data == NULL)
    {
      /* what was typed stays on screen */
      show_save_error (self, error->message);
      return;
    }
  g_set_object (&self->decision, data->decision);
  _ls_decision_editor_clear_acts (self->acts);
  memcpy (self->acts, data->acts, sizeof self->acts);
  memset (data->acts, 0, sizeof data->acts);
  ls_decision_editor_data_free (data);
  build_content (self);
}

static void
issue_cb (LsDecisionEditor *self)
{
  g_autoptr(GError) error = NULL;
  LsDecisionEditorIssue *input;
  gboolean maker, four_eyes;

  desk_rules (self, &maker, &four_eyes);
  if (!ls_decision_draft_check_issue (self->decision, current_user (self), four_eyes, maker, &error))
    {
      show_save_error (self, error->message);
      return;
    }
  input = g_new0 (LsDecisionEditorIssue, 1);
  input->id = ls_decision_get_id (self->decision);
  input->issued_by = g_strdup (current_user (self));
  ls_date_set_today (&input->today);
  input->four_eyes = four_eyes;
  acting (self);
  ls_decision_footer_show_saving (self->footer);
  ls_document_saver_run_async (self->saver, self, self->decision, _ls_decision_editor_issue_run, input, _ls_decision_editor_issue_free,
                               ls_decision_editor_data_free, self->gone, acted_cb, NULL);
}

/* On the main thread: the correction saved, opened. */
static void
correction_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) correction = ls_document_saver_run_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (correction == NULL)
    {
      ls_decision_status_card_say (self->status_card, error->message);
      return;
    }
  build_status (self);
  g_signal_emit (self, signals[OPEN_DECISION], 0, ls_decision_get_id (correction));
}

static void
correct_cb (LsDecisionEditor *self)
{
  LsDecision *correction = ls_decision_draft_correction (self->decision, current_user (self));

  acting (self);
  ls_decision_status_card_say (self->status_card, _("Saving…"));
  ls_document_saver_run_async (self->saver, self, self->decision, _ls_decision_editor_correction_run, correction, g_object_unref,
                               g_object_unref, self->gone, correction_saved_cb, NULL);
}

static void
evaluate_cb (LsDecisionEditor *self)
{
  g_signal_emit (self, signals[EVALUATE], 0, ls_decision_get_id (self->decision));
}

/* The window saves the editor (on its worker) before it shows the plan. */
static void
plan_cb (LsDecisionEditor *self)
{
  g_signal_emit (self, signals[SERVICE_PLAN], 0, ls_decision_get_id (self->decision));
}

static void
letter_flushed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (source);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* a failure shows on the page; the letter is of what is stored, as before */
  ls_flushable_flush_finish (LS_FLUSHABLE (self), result, NULL);
  if (self->store == NULL || self->decision == NULL || !GTK_IS_WINDOW (root))
    return;
  ls_export_dialog_present (GTK_WINDOW (root), self->store, GPOINTER_TO_INT (user_data),
                            ls_decision_get_id (self->decision));
}

void
_ls_decision_editor_present_letter (LsDecisionEditor *self,
                                    int               kind)
{
  ls_flushable_flush_async (LS_FLUSHABLE (self), NULL, letter_flushed_cb, GINT_TO_POINTER (kind));
}

static void
previous_cb (LsDecisionEditor *self)
{
  g_signal_emit (self, signals[OPEN_DECISION], 0, ls_decision_get_previous_id (self->decision));
}

/* The title, and the card saying where the decision stands. */
static void
build_status (LsDecisionEditor *self)
{
  g_autofree char *title = g_strdup_printf ("%s — %s",
                                            ls_decision_type_display_name (ls_decision_get_decision_type (self->decision)),
                                            ls_decision_status_display_name (ls_decision_get_status (self->decision)));

  gtk_label_set_text (self->title_label, title);
  ls_decision_status_card_set_decision (self->status_card, self->decision);
}

static void
approve_cb (LsDecisionEditor *self)
{
  gint64 *id = g_new (gint64, 1);

  *id = ls_decision_get_id (self->decision);
  acting (self);
  ls_decision_footer_show_saving (self->footer);
  ls_document_saver_run_async (self->saver, self, self->decision, _ls_decision_editor_approve_run, id, g_free,
                               ls_decision_editor_data_free, self->gone, acted_cb, NULL);
}

/* Whether this login may @act, as the store's rules said when the
 * decision was read; when it may not, the reason is added to @reasons. */
static gboolean
may_act (LsDecisionEditor *self,
         LsDecisionAct     act,
         GString          *reasons)
{
  const LsDecisionEditorAct *answer = &self->acts[act];

  if ((answer->may == LS_MAY_NO || answer->may == LS_MAY_FAILED) && answer->reason != NULL)
    g_string_append_printf (reasons, "%s%s", reasons->len > 0 ? "\n" : "", answer->reason);
  return answer->may == LS_MAY_YES;
}

static void
build_footer (LsDecisionEditor *self,
              gboolean          editable)
{
  g_autoptr(GString) reasons = g_string_new (NULL);
  /* an issued decision is past approving and issuing: nothing to say why not */
  gboolean may_approve = editable && may_act (self, LS_DECISION_ACT_APPROVE, reasons);
  gboolean may_issue = editable && may_act (self, LS_DECISION_ACT_ISSUE, reasons);

  ls_decision_footer_set_acts (self->footer, editable, may_approve, may_issue, reasons->str);
}

/* The conversation the decision's facts come from. */
static void
build_based_on (LsDecisionEditor *self)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->sketch == NULL || ls_sketch_get_date (self->sketch) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->based_on_label), FALSE);
      return;
    }
  date = ls_decision_draft_format_date (ls_sketch_get_date (self->sketch));
  /* Translators: %s is a date */
  text = g_strdup_printf (_("Based on the conversation of %s"), date);
  gtk_label_set_text (self->based_on_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->based_on_label), TRUE);
}

static void
build_content (LsDecisionEditor *self)
{
  gboolean editable = !ls_decision_editor_get_read_only (self);

  self->building = TRUE;
  build_based_on (self);
  build_status (self);
  build_needs (self, editable);
  build_rows (self, editable);
  _ls_decision_editor_build_period (self, editable);
  _ls_decision_editor_build_texts (self, editable);
  _ls_decision_editor_build_notice (self, editable);
  build_footer (self, editable);
  self->building = FALSE;
  _ls_decision_editor_update_change (self);
  update_issue_state (self);
}

void
_ls_decision_editor_rebuild (LsDecisionEditor *self)
{
  build_content (self);
}

/* Life cycle */

static void
ls_decision_editor_dispose (GObject *object)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (object);

  /* an action under way answers nobody */
  g_cancellable_cancel (self->gone);
  g_clear_object (&self->gone);
  /* nothing typed is lost when the page closes: what is pending is saved
   * by a last save on the worker that holds the saver, not the editor */
  if (self->saver != NULL)
    {
      ls_document_saver_close (self->saver);
      g_clear_object (&self->saver);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->decision);
  g_clear_object (&self->sketch);
  g_clear_object (&self->domains);
  g_clear_object (&self->letter_domains);
  g_clear_object (&self->previous);
  g_clear_object (&self->legal);
  g_clear_pointer (&self->language, g_free);
  _ls_decision_editor_clear_acts (self->acts);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->services, g_key_file_unref);
  g_clear_pointer (&self->blocker, g_free);
  G_OBJECT_CLASS (ls_decision_editor_parent_class)->dispose (object);
}

static void
ls_decision_editor_class_init (LsDecisionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_decision_editor_dispose;
  for (guint i = 0; i < N_SIGNALS; i++)
    signals[i] = g_signal_new (i == OPEN_DECISION ? "open-decision" : i == EVALUATE ? "evaluate" : "service-plan",
                               G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-decision-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, based_on_label);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, status_card);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, needs_group);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, needs_list);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, goals_box);
  gtk_widget_class_bind_template_child_full (widget_class, "goals_group", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, measures_box);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, period_grid);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, grounds_box);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, change_group);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, notice_box);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, legal_box);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionEditor, footer);
  gtk_widget_class_bind_template_callback (widget_class, evaluate_cb);
  gtk_widget_class_bind_template_callback (widget_class, correct_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, approve_cb);
  gtk_widget_class_bind_template_callback (widget_class, issue_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "letter_cb",
                                                G_CALLBACK (_ls_decision_editor_present_letter));
}

static void
settings_changed_cb (LsDecisionEditor *self)
{
  update_issue_state (self);
}

static void
ls_decision_editor_init (LsDecisionEditor *self)
{
  g_type_ensure (LS_TYPE_DECISION_STATUS_CARD);
  g_type_ensure (LS_TYPE_DECISION_FOOTER);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Takes over what was read, and the domains from the catalog. */
static void
take_context (LsDecisionEditor *self,
              LsDecisionEditorData       *data)
{
  self->decision = g_steal_pointer (&data->decision);
  memcpy (self->acts, data->acts, sizeof self->acts);
  memset (data->acts, 0, sizeof data->acts);
  self->services = g_steal_pointer (&data->services);
  self->sketch = g_steal_pointer (&data->sketch);
  self->previous = g_steal_pointer (&data->previous);
  self->language = g_strdup (data->language != NULL ? data->language : "nb");
  self->domains = G_LIST_MODEL (ls_catalog_load_domains (NULL, NULL));
  self->letter_domains = G_LIST_MODEL (ls_catalog_load_domains (self->language, NULL));
  /* The letter's own words for the help the assessment is drafted from;
   * without them (an unreadable override) the button is off. */
  self->legal = ls_legal_texts_new (NULL, NULL);
  /* a legal basis that differs from the catalog's was written by hand */
  {
    g_autofree char *from_catalog = ls_decision_draft_legal_basis (self->decision, self->services);
    const char *basis = ls_decision_get_legal_basis (self->decision);
    self->legal_by_hand = basis != NULL && *basis != '\0' && g_strcmp0 (basis, from_catalog) != 0;
  }
}

/* What was read again replaces what is shown (someone else changed it
 * and nothing here was unsaved). */
void
_ls_decision_editor_apply_data (LsDecisionEditor     *self,
                                LsDecisionEditorData *data)
{
  g_clear_object (&self->decision);
  g_clear_object (&self->sketch);
  g_clear_object (&self->previous);
  g_clear_object (&self->domains);
  g_clear_object (&self->letter_domains);
  g_clear_object (&self->legal);
  g_clear_pointer (&self->services, g_key_file_unref);
  g_clear_pointer (&self->language, g_free);
  _ls_decision_editor_clear_acts (self->acts);
  take_context (self, data);
  ls_document_saver_forget (self->saver, self->decision);
  self->unsaved = FALSE;
  build_content (self);
}

GtkWidget *
ls_decision_editor_new_from_data (LsStore  *store,
                                  gpointer  data)
{
  LsDecisionEditor *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (LS_TYPE_DECISION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->saver = ls_document_saver_new (store, SAVE_DELAY_MS, _ls_decision_editor_copy,
                                       _ls_decision_editor_copy_free, _ls_decision_editor_copy_save,
                                       decision_saved, self);
  take_context (self, data);
  build_content (self);
  _ls_decision_editor_offer_kept (self);
  return GTK_WIDGET (self);
}

GtkWidget *
ls_decision_editor_new (LsStore *store,
                        gint64   decision_id,
                        GError **error)
{
  gpointer data;
  GtkWidget *editor;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  data = ls_decision_editor_load (store, decision_id, error);
  if (data == NULL)
    return NULL;
  editor = ls_decision_editor_new_from_data (store, data);
  ls_decision_editor_data_free (data);
  return editor;
}

GtkWidget *
ls_decision_editor_new_draft (LsStore *store,
                              gint64   person_id,
                              GError **error)
{
  gpointer data;
  GtkWidget *editor;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  data = ls_decision_editor_draft (store, person_id, error);
  if (data == NULL)
    return NULL;
  editor = ls_decision_editor_new_from_data (store, data);
  ls_decision_editor_data_free (data);
  return editor;
}

LsDecision *
ls_decision_editor_get_decision (LsDecisionEditor *self)
{
  g_return_val_if_fail (LS_IS_DECISION_EDITOR (self), NULL);
  return self->decision;
}
