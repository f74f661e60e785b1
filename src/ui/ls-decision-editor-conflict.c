/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Someone else saved the draft decision first (issue 15): its save met
 * the row version and was refused. The other's decision is read on a
 * worker, then shown beside the caseworker's own (LsConflictDialog), with
 * who saved it and when; Keep Mine saves theirs over it knowingly, Take
 * Theirs shows theirs instead. Nothing is overwritten unseen. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conflict-dialog.h"
#include "ls-decision-draft.h"
#include "ls-decision-editor-private.h"
#include "ls-row-version.h"
#include "ls-store-decisions.h"
#include "ls-ui-load.h"

typedef struct
{
  LsDecision *decision;
  char       *who;
  GDateTime  *at;
} Theirs;

static void
theirs_free (gpointer data)
{
  Theirs *theirs = data;

  g_clear_object (&theirs->decision);
  g_free (theirs->who);
  g_clear_pointer (&theirs->at, g_date_time_unref);
  g_free (theirs);
}

/* On a worker: store calls only. */
static gpointer
read_theirs (LsStore *store,
             gint64   id,
             GError **error)
{
  Theirs *theirs = g_new0 (Theirs, 1);

  theirs->decision = ls_store_load_decision (store, id, error);
  if (theirs->decision == NULL)
    {
      theirs_free (theirs);
      return NULL;
    }
  ls_store_last_change (store, "decision", id, &theirs->who, &theirs->at);
  return theirs;
}

static void
append_date (GString     *text,
             const char  *label,
             const GDate *date)
{
  g_autofree char *day = date != NULL ? ls_decision_draft_format_date (date) : NULL;

  g_string_append_printf (text, "%s: %s\n", label, day != NULL ? day : "–");
}

/* The decision as the caseworker reads it, in the order of the editor,
 * so that the two sides can be compared line by line. */
static char *
describe (LsDecisionEditor *self,
          LsDecision       *decision)
{
  GString *text = g_string_new (NULL);
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));

  g_string_append_printf (text, "%s\n", _("Goals"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

      g_string_append_printf (text, "• %s\n", ls_goal_get_text (goal) != NULL ? ls_goal_get_text (goal) : "");
    }
  g_string_append_printf (text, "\n%s\n", _("Measures"));
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *key = ls_measure_get_service_key (measure);
      g_autofree char *name = key != NULL ? g_key_file_get_string (self->services, key, "Name", NULL) : NULL;

      /* Translators: a measure in a list: the service, then its extent and unit ("Praktisk bistand, 3 timer") */
      g_string_append_printf (text, _("• %s, %g %s\n"), name != NULL ? name : (key != NULL ? key : ""),
                              ls_measure_get_extent (measure),
                              ls_measure_get_unit (measure) != NULL ? ls_measure_get_unit (measure) : "");
    }
  g_string_append (text, "\n");
  append_date (text, _("From"), ls_decision_get_start (decision));
  append_date (text, _("To"), ls_decision_get_end (decision));
  append_date (text, _("Evaluation date"), ls_decision_get_evaluation_date (decision));
  g_string_append_printf (text, "\n%s\n%s\n", _("Grounds"),
                          ls_decision_get_grounds (decision) != NULL ? ls_decision_get_grounds (decision) : "");
  g_string_append_printf (text, "\n%s\n%s", _("Legal basis"),
                          ls_decision_get_legal_basis (decision) != NULL ? ls_decision_get_legal_basis (decision) : "");
  return g_string_free (text, FALSE);
}

static LsDecision *
dialog_theirs (LsConflictDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "ls-theirs");
}

/* Saved over theirs, knowingly: against the version just shown. */
static void
keep_mine_cb (LsConflictDialog *dialog,
              LsDecisionEditor *self)
{
  if (self->saver == NULL)
    return;
  ls_row_version_set (self->decision, ls_row_version_get (dialog_theirs (dialog)));
  self->unsaved = TRUE;
  ls_document_saver_save_soon (self->saver, self->decision);
}

static void
take_theirs_cb (LsConflictDialog *dialog,
                LsDecisionEditor *self)
{
  if (self->saver == NULL)
    return;
  g_set_object (&self->decision, dialog_theirs (dialog));
  ls_document_saver_forget (self->saver, self->decision);
  self->unsaved = FALSE;
  _ls_decision_editor_rebuild (self);
}

static void
dialog_gone_cb (LsDecisionEditor *self)
{
  self->conflict_shown = FALSE;
}

static void
theirs_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (source);
  g_autoptr(GError) error = NULL;
  Theirs *theirs = ls_ui_load_finish (result, &error);
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  GtkWidget *dialog;
  GtkRoot *root;

  self->conflict_shown = FALSE;
  /* closed meanwhile, or not readable now (the message stays shown) */
  if (theirs == NULL || self->saver == NULL)
    {
      g_clear_pointer (&theirs, theirs_free);
      return;
    }
  mine_text = describe (self, self->decision);
  theirs_text = describe (self, theirs->decision);
  dialog = ls_conflict_dialog_new (mine_text, theirs_text, theirs->who, theirs->at);
  gtk_widget_set_name (dialog, "decision-conflict");
  g_object_set_data_full (G_OBJECT (dialog), "ls-theirs", g_object_ref (theirs->decision), g_object_unref);
  g_signal_connect_object (dialog, "keep-mine", G_CALLBACK (keep_mine_cb), self, 0);
  g_signal_connect_object (dialog, "take-theirs", G_CALLBACK (take_theirs_cb), self, 0);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  self->conflict_shown = TRUE;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_gone_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  theirs_free (theirs);
}

void
_ls_decision_editor_show_conflict (LsDecisionEditor *self)
{
  if (self->conflict_shown)
    return;
  self->conflict_shown = TRUE;
  ls_ui_load_async (self, self->store, read_theirs, theirs_free, ls_decision_get_id (self->decision), NULL,
                    theirs_read, NULL);
}
