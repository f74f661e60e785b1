/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finishing a conversation with life areas still skipped for now: the
 * caseworker is told which, and goes back to the first of them or
 * finishes anyway. */
#define G_LOG_DOMAIN "ls-conversation-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ls-a11y.h"
#include "ls-conversation-page-private.h"

GtkWidget *
_ls_conversation_ask_finish (GtkWidget   *parent,
                             GStrv        skipped,
                             GCallback    response_cb,
                             gpointer     user_data)
{
  g_autofree char *areas = NULL;
  g_autofree char *body = NULL;
  g_autofree char *back = NULL;
  GtkRoot *root;
  AdwMessageDialog *dialog;
  guint n;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (skipped != NULL && skipped[0] != NULL, NULL);

  n = g_strv_length (skipped);
  /* Translators: joins the names of life areas in a list. */
  areas = g_strjoinv (_(", "), skipped);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is a life area. */
                                       "“%s” was skipped for now and has not been talked about. "
                                       "Go back to it, or finish without it?",
                                       /* Translators: %s is a list of life areas. */
                                       "These life areas were skipped for now and have not been talked about: %s. "
                                       "Go back to the first of them, or finish without them?", n), areas);
  /* Translators: a button: back to a skipped life area, named by %s. */
  back = g_strdup_printf (_("Go Back to %s"), skipped[0]);
  root = gtk_widget_get_root (parent);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       g_dngettext (GETTEXT_PACKAGE,
                                                                    "A Life Area Was Skipped",
                                                                    "Life Areas Were Skipped", n),
                                                       body));
  adw_message_dialog_add_responses (dialog, "back", back, "finish", _("Finish Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "back", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "back");
  adw_message_dialog_set_close_response (dialog, "back");
  g_signal_connect_object (dialog, "response", response_cb, user_data, 0);
  ls_a11y_name_response_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
