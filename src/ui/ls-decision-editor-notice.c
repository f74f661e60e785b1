/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision editor's change from the decision before: why it changes
 * (for the letter and the advance notice) and, for a change to the
 * person's disadvantage, the advance notice (forhåndsvarsel, fvl § 16):
 * when it was sent, the deadline, the person's answer or that none came,
 * and its letter. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-change.h"
#include "ls-decision-draft.h"
#include "ls-decision-editor-private.h"
#include "ls-export-dialog.h"
#include "ls-pdf-export.h"
#include "ls-goal-row.h"
#include "ls-ui-util.h"

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
reason_changed_cb (GtkTextBuffer    *buffer,
                   LsDecisionEditor *self)
{
  g_autofree char *text = buffer_text (buffer);

  if (self->building)
    return;
  ls_decision_set_change_reason (self->decision, text);
  _ls_decision_editor_changed (self);
}

static void
answer_changed_cb (GtkTextBuffer    *buffer,
                   LsDecisionEditor *self)
{
  g_autofree char *text = buffer_text (buffer);

  if (self->building)
    return;
  ls_decision_set_notice_answer (self->decision, text);
  _ls_decision_editor_changed (self);
}

static void
no_answer_toggled_cb (GtkCheckButton   *check,
                      LsDecisionEditor *self)
{
  if (self->building)
    return;
  ls_decision_set_notice_no_answer (self->decision, gtk_check_button_get_active (check));
  _ls_decision_editor_changed (self);
}

static void
notice_date_changed_cb (GtkEditable      *editable,
                        LsDecisionEditor *self)
{
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GDate) date = ls_decision_draft_parse_date (text);
  gboolean sent = g_strcmp0 (g_object_get_data (G_OBJECT (editable), "which"), "notice-sent") == 0;
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
  if (sent)
    ls_decision_set_notice_sent (self->decision, date != NULL ? date : &cleared);
  else
    ls_decision_set_notice_deadline (self->decision, date != NULL ? date : &cleared);
  _ls_decision_editor_changed (self);
}

static void
notice_letter_clicked_cb (LsDecisionEditor *self)
{
  _ls_decision_editor_present_letter (self, LS_DOCUMENT_ADVANCE_NOTICE);
}

static GtkWidget *
notice_date (LsDecisionEditor *self,
             GtkGrid          *grid,
             const char       *caption,
             const GDate      *date,
             gboolean          sent,
             gboolean          editable,
             int               row)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = ls_decision_draft_format_date (date);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ls_ui_set_editable (entry, editable);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("dd.mm.yyyy"));
  gtk_widget_set_hexpand (entry, TRUE);
  ls_set_accessible_label (entry, caption);
  g_object_set_data (G_OBJECT (entry), "which", (gpointer) (sent ? "notice-sent" : "notice-deadline"));
  g_signal_connect (entry, "changed", G_CALLBACK (notice_date_changed_cb), self);
  gtk_grid_attach (grid, ls_ui_caption_new (caption), 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return entry;
}

void
_ls_decision_editor_update_change (LsDecisionEditor *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) text = NULL;

  if (self->previous == NULL || self->change_label == NULL)
    return;
  changes = ls_decision_draft_changes (self->previous, self->decision);
  text = g_string_new (ls_decision_change_is_reduction (self->previous, self->decision)
                       ? _("This decision gives the person less than the one before: tell them in advance, "
                           "and record the notice and their answer before it is issued.")
                       : _("This decision gives the person no less than the one before: no advance notice "
                           "is needed."));
  for (guint i = 0; i < changes->len; i++)
    g_string_append_printf (text, "\n• %s", (char *) g_ptr_array_index (changes, i));
  gtk_label_set_text (self->change_label, text->str);
}

void
_ls_decision_editor_build_notice (LsDecisionEditor *self,
                                  gboolean          editable)
{
  GtkWidget *label, *grid, *check, *row;
  GtkTextBuffer *buffer;

  _ls_decision_editor_clear_box (self->notice_box);
  self->change_label = NULL;
  gtk_widget_set_visible (self->change_group, self->previous != NULL);
  if (self->previous == NULL)
    return;

  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  self->change_label = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (self->notice_box), label);

  gtk_box_append (GTK_BOX (self->notice_box), ls_ui_caption_new (_("Why it changes (in the letter)")));
  buffer = _ls_decision_editor_text_area (self->notice_box, _("Why it changes"),
                                          ls_decision_get_change_reason (self->decision), editable, 64);
  g_signal_connect (buffer, "changed", G_CALLBACK (reason_changed_cb), self);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  notice_date (self, GTK_GRID (grid), _("Advance notice sent"), ls_decision_get_notice_sent (self->decision),
               TRUE, editable, 0);
  notice_date (self, GTK_GRID (grid), _("Deadline to answer"), ls_decision_get_notice_deadline (self->decision),
               FALSE, editable, 1);
  gtk_box_append (GTK_BOX (self->notice_box), grid);

  gtk_box_append (GTK_BOX (self->notice_box), ls_ui_caption_new (_("The person's answer, in their words")));
  buffer = _ls_decision_editor_text_area (self->notice_box, _("The person's answer"),
                                          ls_decision_get_notice_answer (self->decision), editable, 64);
  g_signal_connect (buffer, "changed", G_CALLBACK (answer_changed_cb), self);
  check = gtk_check_button_new_with_label (_("No answer came by the deadline"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ls_decision_get_notice_no_answer (self->decision));
  gtk_widget_set_sensitive (check, editable);
  g_signal_connect (check, "toggled", G_CALLBACK (no_answer_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->notice_box), check);

  row = ls_ui_button_row_new ();
  {
    GtkWidget *letter = ls_plain_button_new (_("Advance Notice Letter…"));

    g_signal_connect_swapped (letter, "clicked", G_CALLBACK (notice_letter_clicked_cb), self);
    ls_ui_flow_append (row, letter);
  }
  gtk_box_append (GTK_BOX (self->notice_box), row);
}
