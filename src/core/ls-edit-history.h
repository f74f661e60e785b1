/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Undo and redo for a form that saves every edit at once: a stack of
 * (field, old value, new value). The history never touches the form or the
 * store itself: undoing calls @apply with (field, old value), redoing with
 * (field, new value), and the owner puts that value back on screen and
 * saves it. A NULL value means "did not exist" (an added or removed row).
 *
 * Properties "can-undo" and "can-redo" notify when they change. */

typedef gboolean (*LsEditApplyFunc) (const char  *field,
                                     GVariant    *value,
                                     gpointer     user_data,
                                     GError     **error);

#define LS_TYPE_EDIT_HISTORY (ls_edit_history_get_type ())
G_DECLARE_FINAL_TYPE (LsEditHistory, ls_edit_history, LS, EDIT_HISTORY, GObject)

LsEditHistory *ls_edit_history_new       (LsEditApplyFunc  apply,
                                          gpointer         user_data,
                                          GDestroyNotify   destroy);

/* Records an edit that has been made. When @merge is TRUE and the newest
 * edit is of the same @field (and nothing was undone since), the two become
 * one step: typing a sentence is undone as a whole. Clears the redo stack.
 * Floating variants are sunk. An edit whose old and new values are equal is
 * ignored. */
void           ls_edit_history_push      (LsEditHistory   *self,
                                          const char      *field,
                                          GVariant        *old_value,
                                          GVariant        *new_value,
                                          gboolean         merge);
/* Stops the newest edit from merging with the next one (focus left the
 * field, a pause in typing). */
void           ls_edit_history_seal      (LsEditHistory   *self);

/* FALSE with nothing changed when there is nothing to undo/redo, or when
 * @apply fails (its @error is passed on; the step stays where it was). */
gboolean       ls_edit_history_undo      (LsEditHistory   *self,
                                          GError         **error);
gboolean       ls_edit_history_redo      (LsEditHistory   *self,
                                          GError         **error);

gboolean       ls_edit_history_can_undo  (LsEditHistory   *self);
gboolean       ls_edit_history_can_redo  (LsEditHistory   *self);
guint          ls_edit_history_get_n_undo (LsEditHistory  *self);
guint          ls_edit_history_get_n_redo (LsEditHistory  *self);
/* The field the next undo would change, or NULL. */
const char    *ls_edit_history_peek_undo_field (LsEditHistory *self);
/* The field the next redo would change, or NULL. */
const char    *ls_edit_history_peek_redo_field (LsEditHistory *self);
/* TRUE while @apply runs: edits the owner makes in response must not be
 * pushed again (ls_edit_history_push() ignores them anyway). */
gboolean       ls_edit_history_is_applying (LsEditHistory *self);

/* At most @limit steps are kept (oldest dropped); default 500. */
void           ls_edit_history_set_limit (LsEditHistory   *self,
                                          guint            limit);
void           ls_edit_history_clear     (LsEditHistory   *self);

G_END_DECLS
