/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the conversation page's own files and its tests. */

#include "ls-conversation-page.h"
#include "ls-conversation-session.h"

G_BEGIN_DECLS

/* What the page needs from the store, read in one go (on any thread,
 * from any connection). */
typedef struct
{
  gint64    person_id;
  LsSketch *sketch;       /* NULL when it could not be read */
  GError   *error;        /* why */
  char     *person_name;  /* the given name, or NULL */
} LsConversationPageData;

/* Reads what a page for @sketch_id (or a new or continued conversation of
 * @person_id when @sketch_id is 0) needs; a failure is kept in ->error
 * (ls-conversation-load.c). */
LsConversationPageData *_ls_conversation_page_load_data (LsStore *store,
                                                         gint64   person_id,
                                                         gint64   sketch_id);


LsConversationSession *_ls_conversation_page_get_session (LsConversationPage *self);
/* "participants", "matters", "domain:KEY", "summary", "priorities", "agreements" */
void                   _ls_conversation_page_go_to       (LsConversationPage *self,
                                                          const char         *step_name);
GtkWidget             *_ls_conversation_page_get_step    (LsConversationPage *self,
                                                          const char         *step_name);
const char            *_ls_conversation_page_get_current (LsConversationPage *self);
GtkWidget             *_ls_conversation_page_get_banner  (LsConversationPage *self);

G_END_DECLS
