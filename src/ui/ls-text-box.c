/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A framed, wrapping GtkTextView for the conversation's free text. Its own
 * undo is off: Ctrl+Z belongs to the conversation's history, which also
 * covers ratings and rows. */
#define G_LOG_DOMAIN "ls-text-box"

#include "ls-domain-step.h"
#include "ls-ui-util.h"

typedef struct
{
  LsTextBoxChanged  changed;
  gpointer          user_data;
  gboolean          syncing;
  GtkWidget        *view;
} TextBox;

static void
text_box_free (gpointer data)
{
  g_free (data);
}

static TextBox *
get_box (GtkWidget *box)
{
  return g_object_get_data (G_OBJECT (box), "ls-text-box");
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   GtkWidget     *box)
{
  TextBox *tb = get_box (box);
  g_autofree char *text = NULL;

  if (tb->syncing || tb->changed == NULL)
    return;
  text = ls_text_box_dup_text (box);
  tb->changed (box, text, tb->user_data);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                LsEditHistory           *history)
{
  ls_edit_history_seal (history);
}

GtkWidget *
ls_text_box_new (const char       *accessible_name,
                 int               min_height,
                 LsEditHistory    *history,
                 LsTextBoxChanged  changed,
                 gpointer          user_data)
{
  GtkWidget *view;
  GtkWidget *frame = ls_ui_text_area_new (accessible_name, min_height, &view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkEventController *focus = gtk_event_controller_focus_new ();
  TextBox *tb = g_new0 (TextBox, 1);

  tb->changed = changed;
  tb->user_data = user_data;
  tb->view = view;
  g_object_set_data_full (G_OBJECT (frame), "ls-text-box", tb, text_box_free);

  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_widget_add_css_class (frame, "text-box");

  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), frame, 0);
  /* The view can lose focus while the frame is being torn down. */
  if (history != NULL)
    g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), history, 0);
  gtk_widget_add_controller (view, focus);
  return frame;
}

GtkWidget *
ls_text_box_get_view (GtkWidget *box)
{
  return get_box (box)->view;
}

void
ls_text_box_set_text (GtkWidget  *box,
                      const char *text)
{
  TextBox *tb = get_box (box);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (tb->view));
  g_autofree char *current = ls_text_box_dup_text (box);

  /* Leave the cursor alone when nothing changes (the echo of a save). */
  if (g_strcmp0 (current, text ? text : "") == 0)
    return;
  tb->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  tb->syncing = FALSE;
}

char *
ls_text_box_dup_text (GtkWidget *box)
{
  TextBox *tb = get_box (box);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (tb->view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
