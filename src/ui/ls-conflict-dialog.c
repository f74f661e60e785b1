/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conflict dialog (see the header): the template lays it out, this
 * fills in the two texts and who changed it when, and says which was
 * chosen. */
#define G_LOG_DOMAIN "ls-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conflict-dialog.h"

struct _LsConflictDialog
{
  AdwWindow         parent_instance;

  GtkLabel         *who_label;
  GtkTextView      *mine_view;
  GtkTextView      *theirs_view;
  AdwToastOverlay  *toast_overlay;
  GtkWidget        *copy_mine_button;
};

G_DEFINE_FINAL_TYPE (LsConflictDialog, ls_conflict_dialog, ADW_TYPE_WINDOW)

enum {
  KEEP_MINE,
  TAKE_THEIRS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
keep_mine_cb (LsConflictDialog *self)
{
  g_object_ref (self);
  g_signal_emit (self, signals[KEEP_MINE], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
take_theirs_cb (LsConflictDialog *self)
{
  g_object_ref (self);
  g_signal_emit (self, signals[TAKE_THEIRS], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
copy_mine_cb (LsConflictDialog *self)
{
  g_autofree char *mine = view_text (self->mine_view);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), mine);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Your text is on the clipboard")));
}

static void
ls_conflict_dialog_class_init (LsConflictDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[KEEP_MINE] = g_signal_new ("keep-mine", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TAKE_THEIRS] = g_signal_new ("take-theirs", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LsConflictDialog, who_label);
  gtk_widget_class_bind_template_child (widget_class, LsConflictDialog, mine_view);
  gtk_widget_class_bind_template_child (widget_class, LsConflictDialog, theirs_view);
  gtk_widget_class_bind_template_child (widget_class, LsConflictDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LsConflictDialog, copy_mine_button);
  gtk_widget_class_bind_template_callback (widget_class, keep_mine_cb);
  gtk_widget_class_bind_template_callback (widget_class, take_theirs_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_mine_cb);
}

static void
ls_conflict_dialog_init (LsConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ls_conflict_dialog_new (const char *mine,
                        const char *theirs,
                        const char *changed_by,
                        GDateTime  *changed_at)
{
  LsConflictDialog *self = g_object_new (LS_TYPE_CONFLICT_DIALOG, NULL);
  g_autoptr(GDateTime) local = changed_at != NULL ? g_date_time_to_local (changed_at) : NULL;
  /* Translators: a date and time, as in "3 December 2026 at 14:05" */
  g_autofree char *when = local != NULL ? g_date_time_format (local, _("%-d %B %Y at %H:%M")) : NULL;
  g_autofree char *who = NULL;

  if (changed_by != NULL && when != NULL)
    /* Translators: the first %s is a person, the second a date and time */
    who = g_strdup_printf (_("%s saved a change to this on %s, while you were writing. Nothing has been overwritten: "
                             "choose which text to keep."), changed_by, when);
  else if (changed_by != NULL)
    who = g_strdup_printf (_("%s saved a change to this while you were writing. Nothing has been overwritten: "
                             "choose which text to keep."), changed_by);
  else
    who = g_strdup (_("Someone else saved a change to this while you were writing. Nothing has been overwritten: "
                      "choose which text to keep."));
  gtk_label_set_text (self->who_label, who);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->mine_view), mine ? mine : "", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->theirs_view), theirs ? theirs : "", -1);
  return GTK_WIDGET (self);
}

const char *
ls_conflict_dialog_get_who (LsConflictDialog *self)
{
  g_return_val_if_fail (LS_IS_CONFLICT_DIALOG (self), NULL);
  return gtk_label_get_text (self->who_label);
}
