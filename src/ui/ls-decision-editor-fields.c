/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision editor's type, period, grounds and legal basis. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-decision-editor-private.h"
#include "ls-due.h"
#include "ls-goal-row.h"
#include "ls-ui-util.h"

/* Type and period */

static void
date_entry_changed_cb (GtkEditable      *editable,
                       LsDecisionEditor *self)
{
  const char *which = g_object_get_data (G_OBJECT (editable), "which");
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GDate) date = ls_decision_draft_parse_date (text);
  GDate cleared;

  if (self->building)
    return;
  if (date == NULL && *text != '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  g_date_clear (&cleared, 1);
  if (g_str_equal (which, "start"))
    ls_decision_set_start (self->decision, date != NULL ? date : &cleared);
  else if (g_str_equal (which, "end"))
    ls_decision_set_end (self->decision, date != NULL ? date : &cleared);
  else
    ls_decision_set_evaluation_date (self->decision, date != NULL ? date : &cleared);

  /* suggest the evaluation date once the period is known */
  if (!g_str_equal (which, "evaluation")
      && ls_decision_get_decision_type (self->decision) == LS_DECISION_TYPE_TRIAL
      && (ls_decision_get_evaluation_date (self->decision) == NULL
          || !g_date_valid (ls_decision_get_evaluation_date (self->decision))))
    {
      GDate suggestion;

      g_date_clear (&suggestion, 1);
      if (ls_decision_get_start (self->decision) != NULL && ls_decision_get_end (self->decision) != NULL
          && ls_due_default_evaluation (ls_decision_get_start (self->decision),
                                        ls_decision_get_end (self->decision), &suggestion))
        {
          g_autofree char *formatted = ls_decision_draft_format_date (&suggestion);
          gtk_editable_set_text (GTK_EDITABLE (self->evaluation_entry), formatted);
        }
    }
  _ls_decision_editor_changed (self);
}

static void
type_changed_cb (GtkDropDown      *dropdown,
                 GParamSpec       *pspec,
                 LsDecisionEditor *self)
{
  gboolean trial = gtk_drop_down_get_selected (dropdown) == 0;

  if (self->building)
    return;
  ls_decision_set_decision_type (self->decision, trial ? LS_DECISION_TYPE_TRIAL : LS_DECISION_TYPE_ORDINARY);
  gtk_widget_set_visible (self->evaluation_entry, trial);
  gtk_widget_set_visible (self->evaluation_caption, trial);
  _ls_decision_editor_changed (self);
}

static GtkWidget *
period_entry (LsDecisionEditor *self,
              const char       *caption,
              const char       *which,
              const GDate      *date,
              gboolean          editable,
              int               row)
{
  GtkWidget *label = ls_ui_caption_new (caption);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = ls_decision_draft_format_date (date);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ls_ui_set_editable (entry, editable);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("dd.mm.yyyy"));
  gtk_widget_set_hexpand (entry, TRUE);
  ls_set_accessible_label (entry, caption);
  g_object_set_data (G_OBJECT (entry), "which", (gpointer) which);
  g_object_set_data (G_OBJECT (entry), "caption", label);
  g_signal_connect (entry, "changed", G_CALLBACK (date_entry_changed_cb), self);
  gtk_grid_attach (self->period_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->period_grid, entry, 1, row, 1, 1);
  return entry;
}

void
_ls_decision_editor_build_period (LsDecisionEditor *self,
              gboolean          editable)
{
  const char *types[] = { NULL, NULL, NULL };
  gboolean trial = ls_decision_get_decision_type (self->decision) == LS_DECISION_TYPE_TRIAL;
  GtkWidget *type_label = ls_ui_caption_new (_("Type of decision"));
  GtkWidget *type;

  _ls_decision_editor_clear_box (GTK_WIDGET (self->period_grid));
  types[0] = ls_decision_type_display_name (LS_DECISION_TYPE_TRIAL);
  types[1] = ls_decision_type_display_name (LS_DECISION_TYPE_ORDINARY);
  type = ls_ui_drop_down_new (types);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (type), trial ? 0 : 1);
  gtk_widget_set_sensitive (type, editable);
  ls_set_accessible_label (type, _("Type of decision"));
  g_signal_connect (type, "notify::selected", G_CALLBACK (type_changed_cb), self);
  gtk_grid_attach (self->period_grid, type_label, 0, 0, 1, 1);
  gtk_grid_attach (self->period_grid, type, 1, 0, 1, 1);

  period_entry (self, _("Start date"), "start", ls_decision_get_start (self->decision), editable, 1);
  period_entry (self, _("End date"), "end", ls_decision_get_end (self->decision), editable, 2);
  self->evaluation_entry = period_entry (self, _("Evaluation date"), "evaluation",
                                         ls_decision_get_evaluation_date (self->decision), editable, 3);
  self->evaluation_caption = g_object_get_data (G_OBJECT (self->evaluation_entry), "caption");
  gtk_widget_set_visible (self->evaluation_entry, trial);
  gtk_widget_set_visible (self->evaluation_caption, trial);
}

/* Grounds and legal basis */

static void
grounds_changed_cb (GtkTextBuffer    *buffer,
                    LsDecisionEditor *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->building)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (buffer == self->legal_buffer)
    {
      ls_decision_set_legal_basis (self->decision, text);
      self->legal_by_hand = TRUE;
    }
  else
    ls_decision_set_grounds (self->decision, text);
  _ls_decision_editor_changed (self);
}

void
_ls_decision_editor_redraft (LsDecisionEditor *self)
{
  g_autofree char *drafted = NULL;
  g_autofree char *written = NULL;
  g_autofree char *grounds = NULL;
  GtkTextIter start, end;

  if (self->sketch == NULL || self->legal == NULL || self->grounds_buffer == NULL)
    return;
  drafted = ls_decision_draft_grounds (self->sketch, self->legal, self->language,
                                       _ls_decision_editor_letter_domain_name, self);
  gtk_text_buffer_get_bounds (self->grounds_buffer, &start, &end);
  written = gtk_text_buffer_get_text (self->grounds_buffer, &start, &end, FALSE);
  grounds = ls_decision_draft_add_grounds (written, drafted);
  if (g_strcmp0 (grounds, written) == 0)
    return;
  /* One step for Undo (Ctrl+Z); gtk_text_buffer_set_text() could not be
   * undone. What the caseworker wrote stays above the help. */
  gtk_text_buffer_begin_user_action (self->grounds_buffer);
  gtk_text_buffer_delete (self->grounds_buffer, &start, &end);
  gtk_text_buffer_insert (self->grounds_buffer, &start, grounds, -1);
  gtk_text_buffer_end_user_action (self->grounds_buffer);
}

static void
refill_legal_clicked_cb (LsDecisionEditor *self)
{
  self->legal_by_hand = FALSE;
  _ls_decision_editor_fill_legal_basis (self);
  _ls_decision_editor_changed (self);
}

GtkTextBuffer *
_ls_decision_editor_text_area (GtkWidget  *box,
           const char *name,
           const char *text,
           gboolean    editable,
           int         height)
{
  GtkWidget *view;
  GtkWidget *frame = ls_ui_text_area_new (name, height, &view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  ls_ui_set_editable (view, editable);
  if (!editable)
    gtk_widget_add_css_class (frame, "read-only");
  gtk_box_append (GTK_BOX (box), frame);
  return buffer;
}

void
_ls_decision_editor_build_texts (LsDecisionEditor *self,
             gboolean          editable)
{
  _ls_decision_editor_clear_box (self->grounds_box);
  _ls_decision_editor_clear_box (self->legal_box);
  self->grounds_buffer = _ls_decision_editor_text_area (self->grounds_box, _("Our assessment"),
                                    ls_decision_get_grounds (self->decision), editable, 160);
  self->legal_buffer = _ls_decision_editor_text_area (self->legal_box, _("Legal basis"),
                                  ls_decision_get_legal_basis (self->decision), editable, 48);
  g_signal_connect (self->grounds_buffer, "changed", G_CALLBACK (grounds_changed_cb), self);
  g_signal_connect (self->legal_buffer, "changed", G_CALLBACK (grounds_changed_cb), self);
  if (editable)
    {
      GtkWidget *redraft = ls_plain_button_new (_("Draft Again From the Sketch"));
      GtkWidget *refill = ls_plain_button_new (_("Fill In From the Catalog"));

      gtk_widget_set_halign (redraft, GTK_ALIGN_START);
      gtk_widget_set_halign (refill, GTK_ALIGN_START);
      gtk_widget_set_sensitive (redraft, self->sketch != NULL && self->legal != NULL);
      gtk_widget_set_tooltip_text (redraft, _("Adds help from the life sketch below what you wrote, "
                                              "in the letter's language"));
      g_signal_connect_swapped (redraft, "clicked", G_CALLBACK (_ls_decision_editor_redraft), self);
      g_signal_connect_swapped (refill, "clicked", G_CALLBACK (refill_legal_clicked_cb), self);
      gtk_box_append (GTK_BOX (self->grounds_box), redraft);
      gtk_box_append (GTK_BOX (self->legal_box), refill);
    }
}

