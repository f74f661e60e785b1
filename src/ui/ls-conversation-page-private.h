/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the conversation page's own files and its tests. */

#include <adwaita.h>

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

/* Moving through the conversation (ls-conversation-nav.c): focus on the
 * first field of a step just shown; the keys for conversation.next-step
 * and conversation.previous-step; the toolbar; Previous/Next Step (the
 * latter in @next_button). */
void                   _ls_conversation_focus_step      (GtkWidget          *step_page);
void                   _ls_conversation_add_step_keys   (GtkWidget          *page);
GtkWidget             *_ls_conversation_toolbar_new     (AdwFlap            *flap,
                                                         const char         *person_name);
GtkWidget             *_ls_conversation_nav_new         (GtkWidget         **next_button);

/* Asks whether to finish with the life areas @skipped (their names, at
 * least one) still skipped (ls-conversation-finish.c); @response_cb is the
 * AdwMessageDialog's "response" handler: "back" (to skipped[0]) or
 * "finish". Returns the dialog. */
GtkWidget             *_ls_conversation_ask_finish      (GtkWidget          *parent,
                                                         GStrv               skipped,
                                                         GCallback           response_cb,
                                                         gpointer            user_data);

/* Someone else saved @entry first (the session's "conflict"): their text
 * beside the caseworker's, and a choice the session settles
 * (ls-conversation-conflicts.c). A dialog closed without a choice comes
 * back with _ls_conversation_show_closed_conflicts(). */
void                   _ls_conversation_show_conflict        (GtkWidget             *parent,
                                                              LsConversationSession *session,
                                                              LsSketchEntry         *entry);
/* The same for the sketch's details (the session's "details-conflict")
 * and a life area's reading ("reading-conflict"); and every one of them
 * waiting for a choice (Try Again). */
void                   _ls_conversation_show_details_conflict (GtkWidget             *parent,
                                                              LsConversationSession *session);
void                   _ls_conversation_show_reading_conflict (GtkWidget             *parent,
                                                              LsConversationSession *session,
                                                              const char            *domain_key);
void                   _ls_conversation_show_sketch_conflicts (GtkWidget             *parent,
                                                              LsConversationSession *session);
void                   _ls_conversation_show_closed_conflicts (GtkWidget             *parent,
                                                               LsConversationSession *session);

G_END_DECLS
