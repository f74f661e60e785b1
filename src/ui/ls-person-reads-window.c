/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who opened a person's data (issue 14): the audit's reads and exports
 * of the person, newest first, by name and login, when, and what kind of
 * thing; the audit holds no content, and neither does this list. */
#define G_LOG_DOMAIN "ls-person-reads-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-person-reads-window.h"
#include "ls-store-teams.h"
#include "ls-ui-load.h"

struct _LsPersonReadsWindow
{
  AdwWindow   parent_instance;

  GtkLabel   *summary_label;
  GtkListBox   *list;
  guint         n_reads;
  GCancellable *cancellable;   /* the reading on a worker */
};

G_DEFINE_FINAL_TYPE (LsPersonReadsWindow, ls_person_reads_window, ADW_TYPE_WINDOW)

const char *
ls_person_reads_kind_name (const char *kind)
{
  static const struct { const char *kind; const char *name; } names[] = {
    { "person", N_("Personal details") },
    { "person-reads", N_("Who opened the data") },
    { "case", N_("Application") },
    { "sketch", N_("Life sketch") },
    { "sketch-entry", N_("Life sketch") },
    { "sketch-reading", N_("Life sketch") },
    { "decision", N_("Decision") },
    { "evaluation", N_("Evaluation") },
    { "service-plan", N_("Individual plan") },
    { "booking", N_("Booked help") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (kind, names[i].kind) == 0)
      return _(names[i].name);
  return kind;
}

/* The audit's UTC time as local date and time; as stored if unreadable. */
static char *
format_at (const char *at)
{
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: the date and time of an opening, see g_date_time_format(). */
  return local != NULL ? g_date_time_format (local, _("%-d %B %Y, %H:%M")) : g_strdup (at);
}

static void
add_read (LsPersonReadsWindow *self,
          LsPersonRead        *read)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *when = format_at (read->at);
  g_autofree char *subtitle = NULL;
  const char *what = ls_person_reads_kind_name (read->kind);

  if (read->name != NULL && g_strcmp0 (read->name, read->login) != 0)
    /* Translators: a caseworker's name, then their login. */
    title = g_strdup_printf (_("%s (%s)"), read->name, read->login);
  else
    title = g_strdup (read->login);
  if (g_strcmp0 (read->action, "export") == 0)
    /* Translators: when, then what kind of thing was exported. */
    subtitle = g_strdup_printf (_("%s · exported: %s"), when, what);
  else
    /* Translators: when, then what kind of thing was opened. */
    subtitle = g_strdup_printf (_("%s · %s"), when, what);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->list, row);
  self->n_reads++;
}

guint
ls_person_reads_window_get_n_reads (LsPersonReadsWindow *self)
{
  g_return_val_if_fail (LS_IS_PERSON_READS_WINDOW (self), 0);
  return self->n_reads;
}

static void
ls_person_reads_window_dispose (GObject *object)
{
  LsPersonReadsWindow *self = LS_PERSON_READS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (ls_person_reads_window_parent_class)->dispose (object);
}

static void
ls_person_reads_window_class_init (LsPersonReadsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ls_person_reads_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/livsskisse/Livsskisse/ls-person-reads-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LsPersonReadsWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonReadsWindow, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ls_person_reads_window_init (LsPersonReadsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Any thread: the list, read with the worker's connection. */
static gpointer
read_reads (LsStore  *store,
            gint64    person_id,
            GError  **error)
{
  return ls_store_list_person_reads (store, person_id, error);
}

static void
reads_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reads = ls_ui_load_finish (result, &error);
  LsPersonReadsWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_PERSON_READS_WINDOW (source);
  if (reads == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }
  for (guint i = 0; i < reads->len; i++)
    add_read (self, g_ptr_array_index (reads, i));
  gtk_label_set_text (self->summary_label, reads->len > 0
                      ? _("Every opening of the person’s data that the audit records, newest first. "
                          "The audit holds who and when, never what they saw.")
                      : _("No one has opened the person’s data yet."));
  gtk_widget_set_visible (GTK_WIDGET (self->list), reads->len > 0);
}

/* The list is read on a worker thread with its own connection (the
 * window never waits on the network); it is filled when it arrives. */
LsPersonReadsWindow *
ls_person_reads_window_new (GtkWindow *parent,
                            LsStore   *store,
                            gint64     person_id)
{
  LsPersonReadsWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_PERSON_READS_WINDOW, "transient-for", parent, NULL);
  self->cancellable = g_cancellable_new ();
  gtk_label_set_text (self->summary_label, _("Loading…"));
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  ls_ui_load_async (self, store, read_reads, (GDestroyNotify) g_ptr_array_unref, person_id, self->cancellable,
                    reads_read_cb, NULL);
  return self;
}
