/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The foot of the decision editor (ls-decision-footer.h). */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-footer.h"
#include "ls-goal-row.h"
#include "ls-pdf-export.h"
#include "ls-ui-util.h"

struct _LsDecisionFooter
{
  GtkWidget  parent_instance;

  char      *blocker;         /* why the draft cannot be issued now, or NULL */

  GtkLabel  *missing_label;
  GtkWidget *acts_box;
  GtkLabel  *act_reason;      /* why this login may not issue or approve */
  GtkWidget *row;             /* the buttons, rebuilt with the acts */
  GtkWidget *issue_button;    /* only when this login may issue */
  GtkWidget *confirm_box;
  GtkWidget *confirm_button;
  GtkLabel  *message_label;
};

G_DEFINE_FINAL_TYPE (LsDecisionFooter, ls_decision_footer, GTK_TYPE_WIDGET)

enum { APPROVE, ISSUE, SERVICE_PLAN, LETTER, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
letter_cb (GtkWidget        *button,
           LsDecisionFooter *self)
{
  g_signal_emit (self, signals[LETTER], 0, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind")));
}

/* Issuing cannot be undone, so it is confirmed in place (a message
 * dialog's mnemonic buttons get doubled names in GTK 4.8's AT-SPI). */
static void
issue_clicked_cb (LsDecisionFooter *self)
{
  gtk_widget_set_visible (self->confirm_box, TRUE);
  ls_ui_grab_focus_when_placed (self->confirm_button);
}

static void
issue_cancelled_cb (LsDecisionFooter *self)
{
  gtk_widget_set_visible (self->confirm_box, FALSE);
  if (self->issue_button != NULL)
    gtk_widget_grab_focus (self->issue_button);
}

/* The Issue button is off, and says why, while something stops it. */
static void
apply_blocker (LsDecisionFooter *self)
{
  if (self->issue_button == NULL)
    return;
  gtk_widget_set_sensitive (self->issue_button, self->blocker == NULL);
  /* the reason is part of what a screen reader hears on the button */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->issue_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->blocker != NULL ? self->blocker : "", -1);
}

void
ls_decision_footer_set_acts (LsDecisionFooter *self,
                             gboolean          editable,
                             gboolean          may_approve,
                             gboolean          may_issue,
                             const char       *reasons)
{
  GtkWidget *row;

  g_return_if_fail (LS_IS_DECISION_FOOTER (self));

  row = ls_ui_button_row_new ();
  self->issue_button = NULL;
  /* Only the acts this login may do have a button; the others say why. */
  if (editable && may_approve)
    ls_ui_flow_append_signal_button (row, _("Approve Decision"), self, signals[APPROVE], FALSE);
  if (editable && may_issue)
    {
      self->issue_button = ls_plain_button_new (_("Issue Decision"));
      gtk_widget_add_css_class (self->issue_button, "suggested-action");
      g_signal_connect_swapped (self->issue_button, "clicked", G_CALLBACK (issue_clicked_cb), self);
      ls_ui_flow_append (row, self->issue_button);
    }
  gtk_label_set_text (self->act_reason, reasons != NULL ? reasons : "");
  gtk_widget_set_visible (GTK_WIDGET (self->act_reason), reasons != NULL && reasons[0] != '\0');
  ls_ui_flow_append_signal_button (row, _("Service Plan"), self, signals[SERVICE_PLAN], FALSE);
  for (int i = 0; i < 2; i++)
    {
      GtkWidget *letter = ls_plain_button_new (i == 0 ? _("Print Letter…") : _("Easy-Read Letter…"));

      g_object_set_data (G_OBJECT (letter), "kind",
                         GINT_TO_POINTER (i == 0 ? LS_DOCUMENT_DECISION : LS_DOCUMENT_EASY_READ));
      g_signal_connect (letter, "clicked", G_CALLBACK (letter_cb), self);
      ls_ui_flow_append (row, letter);
    }
  if (self->row != NULL)
    gtk_box_remove (GTK_BOX (self->acts_box), self->row);
  self->row = row;
  gtk_box_insert_child_after (GTK_BOX (self->acts_box), row, GTK_WIDGET (self->act_reason));
  gtk_widget_set_visible (self->confirm_box, FALSE);
  apply_blocker (self);
}

void
ls_decision_footer_set_issue_state (LsDecisionFooter *self,
                                    GPtrArray        *missing,
                                    const char       *blocker,
                                    gboolean          editable)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (LS_IS_DECISION_FOOTER (self));
  g_return_if_fail (missing != NULL);

  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (missing, i));
  gtk_label_set_text (self->missing_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing->len > 0);

  g_free (self->blocker);
  self->blocker = g_strdup (blocker);
  gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_label_set_text (self->message_label, blocker != NULL ? blocker : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), blocker != NULL && editable);
  apply_blocker (self);
}

void
ls_decision_footer_show_saving (LsDecisionFooter *self)
{
  g_return_if_fail (LS_IS_DECISION_FOOTER (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_label_set_text (self->message_label, _("Saving…"));
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
}

void
ls_decision_footer_show_error (LsDecisionFooter *self,
                               const char       *message)
{
  g_return_if_fail (LS_IS_DECISION_FOOTER (self));
  g_return_if_fail (message != NULL);

  gtk_widget_set_visible (self->confirm_box, FALSE);
  gtk_label_set_text (self->message_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
}

static void
ls_decision_footer_dispose (GObject *object)
{
  LsDecisionFooter *self = LS_DECISION_FOOTER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_DECISION_FOOTER);
  self->row = NULL;
  self->issue_button = NULL;
  self->confirm_button = NULL;
  g_clear_pointer (&self->blocker, g_free);
  G_OBJECT_CLASS (ls_decision_footer_parent_class)->dispose (object);
}

static void
ls_decision_footer_class_init (LsDecisionFooterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *names[N_SIGNALS] = { "approve", "issue", "service-plan", "letter" };

  object_class->dispose = ls_decision_footer_dispose;
  for (guint i = 0; i < N_SIGNALS; i++)
    signals[i] = g_signal_new (names[i], G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, i == LETTER ? 1 : 0, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-decision-footer.ui");
  gtk_widget_class_bind_template_child (widget_class, LsDecisionFooter, missing_label);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionFooter, acts_box);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionFooter, act_reason);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionFooter, confirm_box);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionFooter, message_label);
}

static void
ls_decision_footer_init (LsDecisionFooter *self)
{
  GtkWidget *buttons = ls_ui_button_row_new ();
  GtkWidget *cancel = ls_plain_button_new (_("Cancel"));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 12);
  self->confirm_button = ls_ui_flow_append_signal_button (buttons, _("Issue Now"), self, signals[ISSUE], TRUE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (issue_cancelled_cb), self);
  ls_ui_flow_append (buttons, cancel);
  gtk_box_append (GTK_BOX (self->confirm_box), buttons);
}

GtkWidget *
ls_decision_footer_new (void)
{
  return g_object_new (LS_TYPE_DECISION_FOOTER, NULL);
}
