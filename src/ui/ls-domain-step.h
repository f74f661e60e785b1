/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-conversation-session.h"
#include "ls-domain.h"

G_BEGIN_DECLS

/* One life domain in the conversation: its plain-language question, the
 * self-rating (1-10 and the pictogram scale), what works / what is hard /
 * what I wish for / support needed, what helps and what gets in the way
 * (with ICF chapter), and the caseworker's separate rating. Built once per
 * domain and kept, so moving between domains costs no rebuilding.
 *
 * Signal "skip-requested" (): the caseworker chose "Skip for now". */

#define LS_TYPE_DOMAIN_STEP (ls_domain_step_get_type ())
G_DECLARE_FINAL_TYPE (LsDomainStep, ls_domain_step, LS, DOMAIN_STEP, GtkWidget)

GtkWidget  *ls_domain_step_new          (LsConversationSession *session,
                                         LsDomain              *domain,
                                         guint                  index,
                                         guint                  n_domains);
LsDomain   *ls_domain_step_get_domain   (LsDomainStep          *self);
/* The 1-10 toggle for @rating (1-10), for tests. */
GtkWidget  *ls_domain_step_get_rating_button (LsDomainStep     *self,
                                              int               rating);
/* Moves keyboard focus to the first field (after moving to this domain):
 * the first words written, else "Add what works"; never a rating. */
void        ls_domain_step_focus_start  (LsDomainStep          *self);

/* Shared with the other steps: a wrapping text box with an accessible
 * name. @changed runs for the user's edits only (not ls_text_box_set_text);
 * leaving the box seals @history's newest step (no merging across visits). */
typedef void (*LsTextBoxChanged) (GtkWidget  *box,
                                  const char *text,
                                  gpointer    user_data);

GtkWidget  *ls_text_box_new             (const char            *accessible_name,
                                         int                    min_height,
                                         LsEditHistory         *history,
                                         LsTextBoxChanged       changed,
                                         gpointer               user_data);
GtkWidget  *ls_text_box_get_view        (GtkWidget             *box);
void        ls_text_box_set_text        (GtkWidget             *box,
                                         const char            *text);
char       *ls_text_box_dup_text        (GtkWidget             *box);

G_END_DECLS
