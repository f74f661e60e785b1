/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-conversation-session.h"

G_BEGIN_DECLS

/* What was typed in a conversation and not yet saved, kept on this
 * computer: as soon as a save fails (the server went away, the disk is
 * full), every entry not saved goes into a private file (0600, written
 * whole or not at all by ls-private-file.h) named by ids only:
 * $XDG_DATA_HOME/livsskisse/unsaved/<database hash>-<sketch id>.gvariant.
 * It is removed once everything is saved. A conversation opened while
 * such a file is there (the program ended before the server came back)
 * offers the text again; restored, it is unsaved edits again, saved
 * against the row versions it was typed on, so someone else's change in
 * between goes to the conflict dialog. */

/* The file for @sketch_id of @store (it need not exist). */
char      *ls_unsaved_keeper_dup_path (LsStore               *store,
                                       gint64                 sketch_id);
/* Keeps @session's unsaved entries from now on (for its lifetime). */
void       ls_unsaved_keeper_attach   (LsConversationSession *session);
/* Writes the file now with what @session has not saved (removes it when
 * there is nothing); FALSE when it could not be written. */
gboolean   ls_unsaved_keeper_keep     (LsConversationSession *session,
                                       GError               **error);
/* A banner offering the text kept for @session's sketch by an earlier
 * run (Restore / Discard), shown when there is such text; until the
 * choice the file is left as it is. */
GtkWidget *ls_unsaved_keeper_offer_new (LsConversationSession *session);
/* The choices of the offer (for the banner's buttons and tests). Restore
 * puts the text back and starts its save on the session's worker; FALSE
 * with @error when the file could not be read. */
gboolean   ls_unsaved_keeper_restore  (LsConversationSession *session,
                                       GError               **error);
void       ls_unsaved_keeper_discard  (LsConversationSession *session);

G_END_DECLS
