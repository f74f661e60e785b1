/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For tests of the conversation page. */

#include "ls-conversation-page.h"
#include "ls-conversation-session.h"

G_BEGIN_DECLS

LsConversationSession *_ls_conversation_page_get_session (LsConversationPage *self);
/* "participants", "matters", "domain:KEY", "summary", "priorities", "agreements" */
void                   _ls_conversation_page_go_to       (LsConversationPage *self,
                                                          const char         *step_name);
GtkWidget             *_ls_conversation_page_get_step    (LsConversationPage *self,
                                                          const char         *step_name);
const char            *_ls_conversation_page_get_current (LsConversationPage *self);
GtkWidget             *_ls_conversation_page_get_banner  (LsConversationPage *self);

G_END_DECLS
