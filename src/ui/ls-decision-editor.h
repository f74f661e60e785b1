/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-decision.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The decision editor: built from the person's latest life sketch, saved
 * as it is edited (a draft), issued by a decision-maker (GSettings
 * "decision-maker"; with "four-eyes" the issuer is not the preparer), and
 * read-only once issued. Signals carry decision ids:
 * "open-decision" (a correction or the next decision to show),
 * "evaluate" (start the evaluation), "service-plan" (open the plan). */
#define LS_TYPE_DECISION_EDITOR (ls_decision_editor_get_type ())
G_DECLARE_FINAL_TYPE (LsDecisionEditor, ls_decision_editor, LS, DECISION_EDITOR, AdwBin)

/* Reads decision @decision_id and what its editor shows: an LsUiLoadFunc
 * (store calls only, any thread); NULL with @error. */
gpointer    ls_decision_editor_load          (LsStore   *store,
                                              gint64     decision_id,
                                              GError   **error);
void        ls_decision_editor_data_free     (gpointer   data);
/* Any thread (store calls only): a new draft for @person_id, saved,
 * its assessment's help drafted from the latest finished sketch, for
 * ls_decision_editor_new_from_data(); NULL with @error when there is no
 * finished sketch or it could not be saved. */
gpointer    ls_decision_editor_draft         (LsStore   *store,
                                              gint64     person_id,
                                              GError   **error);
/* Main thread: the editor of what ls_decision_editor_load() read (it
 * takes over what it keeps from @data; free @data after). */
GtkWidget  *ls_decision_editor_new_from_data (LsStore   *store,
                                              gpointer   data);
/* An existing decision, read here and now; NULL with @error when it
 * cannot be loaded. */
GtkWidget  *ls_decision_editor_new           (LsStore   *store,
                                              gint64     decision_id,
                                              GError   **error);
/* A new draft for @person_id, saved at once, its grounds drafted from the
 * latest finished sketch; NULL with @error when there is none. */
GtkWidget  *ls_decision_editor_new_draft     (LsStore   *store,
                                              gint64     person_id,
                                              GError   **error);

LsDecision *ls_decision_editor_get_decision  (LsDecisionEditor *self);
gboolean    ls_decision_editor_get_read_only (LsDecisionEditor *self);
/* Why the decision cannot be issued now (the visible reason), or NULL. */
const char *ls_decision_editor_get_issue_blocker (LsDecisionEditor *self);
/* Saves a pending edit now; FALSE with @error when it failed. */
/* Whether what was typed is not saved yet (a save may be under way). */
gboolean    ls_decision_editor_is_saving     (LsDecisionEditor *self);
gboolean    ls_decision_editor_flush         (LsDecisionEditor *self,
                                              GError          **error);
/* Someone else changed the decision shown (the store's watch): read
 * again on a worker and shown in place when nothing here is unsaved;
 * otherwise the next save meets the change as a conflict, never
 * overwriting it. */
void        ls_decision_editor_changed_elsewhere (LsDecisionEditor *self);

G_END_DECLS
