/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-conversation-session.h"

G_BEGIN_DECLS

/* The steps of the conversation other than the life domains, each a plain
 * widget tree that edits @session and follows its "changed" signal. */

GtkWidget *ls_participants_step_new (LsConversationSession *session);
GtkWidget *ls_matters_step_new      (LsConversationSession *session);
GtkWidget *ls_priorities_step_new   (LsConversationSession *session);
/* Rebuilds the list (call when the step is shown: entries may have changed). */
void       ls_priorities_step_refresh (GtkWidget           *step);
GtkWidget *ls_agreements_step_new   (LsConversationSession *session,
                                     GCallback              finish_clicked,
                                     gpointer               user_data);

/* The needs that can be put in order ("entry:ID" keys) with their labels,
 * in the sketch's current priority order. */
GPtrArray *ls_conversation_priority_items (LsConversationSession *session,
                                           GPtrArray            **labels);

/* The domain where "what matters most" is written. */
#define LS_MATTERS_DOMAIN "matters"

G_END_DECLS
