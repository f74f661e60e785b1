/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The card at the head of the decision editor (ls-decision-status-card.h). */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-decision-status-card.h"
#include "ls-ui-util.h"

struct _LsDecisionStatusCard
{
  GtkWidget  parent_instance;

  GtkLabel  *status_label;
  GtkWidget *actions;
};

G_DEFINE_FINAL_TYPE (LsDecisionStatusCard, ls_decision_status_card, GTK_TYPE_WIDGET)

enum { EVALUATE, CORRECT, PREVIOUS, N_SIGNALS };
static guint signals[N_SIGNALS];

void
ls_decision_status_card_set_decision (LsDecisionStatusCard *self,
                                      LsDecision           *decision)
{
  LsDecisionStatus status;
  gboolean issued;
  GtkWidget *child;
  g_autofree char *text = NULL;

  g_return_if_fail (LS_IS_DECISION_STATUS_CARD (self));
  g_return_if_fail (LS_IS_DECISION (decision));

  status = ls_decision_get_status (decision);
  issued = status == LS_DECISION_ISSUED || status == LS_DECISION_UNDER_EVALUATION;
  if (status == LS_DECISION_DRAFT)
    text = g_strdup (_("This is a draft. It is saved as you type and can be changed until it is issued."));
  else if (issued)
    {
      g_autofree char *date = ls_decision_draft_format_date (ls_decision_get_issued_date (decision));

      text = g_strdup_printf (_("Issued on %s by %s. An issued decision is never changed: "
                                "a correction is a new decision that refers to this one."),
                              date, ls_decision_get_issued_by (decision));
    }
  else
    text = g_strdup (_("This decision is no longer in force. The decisions that followed it are on the person's timeline."));
  gtk_label_set_text (self->status_label, text);

  while ((child = gtk_widget_get_first_child (self->actions)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->actions), child);
  if (issued)
    {
      if (ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL)
        ls_ui_flow_append_signal_button (self->actions, _("Evaluate"), self, signals[EVALUATE], TRUE);
      ls_ui_flow_append_signal_button (self->actions, _("Make a Correction"), self, signals[CORRECT], FALSE);
    }
  if (ls_decision_get_previous_id (decision) != 0)
    ls_ui_flow_append_signal_button (self->actions, _("Show the Decision Before"), self, signals[PREVIOUS], FALSE);
  gtk_widget_set_visible (self->actions, gtk_widget_get_first_child (self->actions) != NULL);
}

void
ls_decision_status_card_say (LsDecisionStatusCard *self,
                             const char           *text)
{
  g_return_if_fail (LS_IS_DECISION_STATUS_CARD (self));
  g_return_if_fail (text != NULL);

  gtk_label_set_text (self->status_label, text);
}

static void
ls_decision_status_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LS_TYPE_DECISION_STATUS_CARD);
  G_OBJECT_CLASS (ls_decision_status_card_parent_class)->dispose (object);
}

static void
ls_decision_status_card_class_init (LsDecisionStatusCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *names[N_SIGNALS] = { "evaluate", "correct", "previous" };

  object_class->dispose = ls_decision_status_card_dispose;
  for (guint i = 0; i < N_SIGNALS; i++)
    signals[i] = g_signal_new (names[i], G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/livsskisse/Livsskisse/ls-decision-status-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LsDecisionStatusCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, LsDecisionStatusCard, actions);
}

static void
ls_decision_status_card_init (LsDecisionStatusCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ls_decision_status_card_new (void)
{
  return g_object_new (LS_TYPE_DECISION_STATUS_CARD, NULL);
}
