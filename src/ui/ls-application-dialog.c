/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The new application form: the start of a case (REFERENCE §1, §3). It
 * saves on a worker thread (ls_ui_write_async): the window never waits on
 * the network. */
#define G_LOG_DOMAIN "ls-application-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-a11y.h"
#include "ls-application-dialog.h"
#include "ls-case.h"
#include "ls-person-form.h"
#include "ls-store-cases.h"
#include "ls-ui-load.h"
#include "ls-unsaved-file.h"
#include "ls-value.h"

struct _LsApplicationDialog
{
  AdwWindow    parent_instance;

  GtkWidget   *save_button;
  GtkLabel    *error_label;
  GtkEditable *what_entry;
  GtkLabel    *what_message;
  GtkDropDown *by_dropdown;
  GtkDropDown *channel_dropdown;
  GtkEditable *received_entry;
  GtkLabel    *received_message;
  GtkEditable *number_entry;

  LsStore     *store;
  gint64        person_id;
  gboolean      touched_what;
  gboolean      saving;        /* a save under way on a worker */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (LsApplicationDialog, ls_application_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_message (GtkLabel   *label,
             const char *message,
             gboolean    is_error)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

/* TRUE when the form can be saved; the messages say what is missing. */
static gboolean
check (LsApplicationDialog *self)
{
  g_autofree char *what = g_strstrip (g_strdup (gtk_editable_get_text (self->what_entry)));
  const char *received = gtk_editable_get_text (self->received_entry);
  gboolean what_ok = *what != '\0';
  gboolean date_ok;
  GDate date, today;

  ls_date_set_today (&today);
  date_ok = ls_parse_date (received, &date) && g_date_compare (&date, &today) <= 0;
  set_message (self->what_message, what_ok || !self->touched_what
                                   ? NULL : _("Say what the person applies for"), TRUE);
  if (date_ok)
    set_message (self->received_message, NULL, FALSE);
  else
    set_message (self->received_message, ls_parse_date (received, &date)
                                         ? _("The date received cannot be in the future")
                                         : _("Write the date as day.month.year, for example 14.03.2026"), TRUE);
  gtk_widget_set_sensitive (self->save_button, what_ok && date_ok && !self->saving);
  return what_ok && date_ok;
}

static void
changed_cb (LsApplicationDialog *self,
            GtkEditable         *editable)
{
  if (editable == self->what_entry)
    self->touched_what = TRUE;
  check (self);
}

static gboolean
save_case (LsStore  *store,
           gpointer  input,
           GError  **error)
{
  return ls_store_save_case (store, input, error);
}

/* What could not be saved is kept on this computer (ls-unsaved-file.h),
 * per person: what is applied for, the date received as written, who
 * applied and how (their places in the lists), the case number. */
#define KEPT_TYPE "(ssuus)"

static char *
kept_path (LsApplicationDialog *self)
{
  return ls_unsaved_file_dup_path (self->store, "application", self->person_id);
}

static void
kept_restore (gpointer  owner,
              GVariant *value)
{
  LsApplicationDialog *self = owner;
  const char *what, *received, *number;
  guint32 by, channel;

  g_variant_get (value, "(&s&suu&s)", &what, &received, &by, &channel, &number);
  gtk_editable_set_text (self->what_entry, what);
  gtk_editable_set_text (self->received_entry, received);
  if (by < g_list_model_get_n_items (gtk_drop_down_get_model (self->by_dropdown)))
    gtk_drop_down_set_selected (self->by_dropdown, by);
  if (channel < g_list_model_get_n_items (gtk_drop_down_get_model (self->channel_dropdown)))
    gtk_drop_down_set_selected (self->channel_dropdown, channel);
  gtk_editable_set_text (self->number_entry, number);
}

static void
case_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LsCase) kase = user_data;
  g_autoptr(GError) error = NULL;
  LsApplicationDialog *self;

  if (!ls_ui_write_finish (result, &error) && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_APPLICATION_DIALOG (source);
  self->saving = FALSE;
  check (self);
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The application was not saved: %s"), error->message);
      g_autofree char *path = kept_path (self);

      /* what was written stays, on screen and on this computer */
      ls_unsaved_file_keep (path, g_variant_new ("(ssuus)", gtk_editable_get_text (self->what_entry),
                                                 gtk_editable_get_text (self->received_entry),
                                                 gtk_drop_down_get_selected (self->by_dropdown),
                                                 gtk_drop_down_get_selected (self->channel_dropdown),
                                                 gtk_editable_get_text (self->number_entry)));

      gtk_label_set_label (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  {
    g_autofree char *path = kept_path (self);

    ls_unsaved_file_remove (path);
  }
  g_signal_emit (self, signals[SAVED], 0, ls_case_get_id (kase));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_clicked_cb (LsApplicationDialog *self)
{
  LsCase *kase;
  g_autofree char *what = g_strstrip (g_strdup (gtk_editable_get_text (self->what_entry)));
  g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (self->number_entry)));
  guint by = gtk_drop_down_get_selected (self->by_dropdown);
  guint channel = gtk_drop_down_get_selected (self->channel_dropdown);
  GDate received;

  self->touched_what = TRUE;
  if (self->saving || !check (self) || !ls_parse_date (gtk_editable_get_text (self->received_entry), &received))
    return;
  kase = ls_case_new ();
  ls_case_set_person_id (kase, self->person_id);
  ls_case_set_applied_for (kase, what);
  ls_case_set_applied_by (kase, ls_application_applicants[MIN (by, g_strv_length ((char **) ls_application_applicants) - 1)]);
  ls_case_set_channel (kase, ls_application_channels[MIN (channel, g_strv_length ((char **) ls_application_channels) - 1)]);
  ls_case_set_received (kase, &received);
  ls_case_set_case_number (kase, *number != '\0' ? number : NULL);
  ls_case_set_status (kase, LS_CASE_RECEIVED);
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  ls_ui_write_async (self, self->store, save_case, g_object_ref (kase), g_object_unref, self->cancellable,
                     case_saved_cb, kase);
}

static GListModel *
names_model (const char * const  *keys,
             const char        *(*display_name) (const char *))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    gtk_string_list_append (list, display_name (keys[i]));
  return G_LIST_MODEL (list);
}

static void
ls_application_dialog_dispose (GObject *object)
{
  LsApplicationDialog *self = LS_APPLICATION_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_application_dialog_parent_class)->dispose (object);
}

static void
ls_application_dialog_class_init (LsApplicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_application_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/livsskisse/Livsskisse/ls-application-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, what_entry);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, what_message);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, by_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, received_entry);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, received_message);
  gtk_widget_class_bind_template_child (widget_class, LsApplicationDialog, number_entry);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ls_application_dialog_init (LsApplicationDialog *self)
{
  g_autoptr(GListModel) applicants = NULL;
  g_autoptr(GListModel) channels = NULL;
  GDate today;
  char text[16];

  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  applicants = names_model (ls_application_applicants, ls_application_applicant_display_name);
  channels = names_model (ls_application_channels, ls_application_channel_display_name);
  gtk_drop_down_set_model (self->by_dropdown, applicants);
  gtk_drop_down_set_model (self->channel_dropdown, channels);
  ls_date_set_today (&today);
  g_snprintf (text, sizeof text, "%02u.%02u.%04u", g_date_get_day (&today), g_date_get_month (&today),
              g_date_get_year (&today));
  gtk_editable_set_text (self->received_entry, text);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->what_entry));
  ls_a11y_name_drop_down (self->by_dropdown, _("Applied for by"));
  ls_a11y_name_drop_down (self->channel_dropdown, _("Channel"));
  check (self);
}

GtkWidget *
ls_application_dialog_new (GtkWindow *parent,
                           LsStore   *store,
                           gint64     person_id)
{
  LsApplicationDialog *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (person_id > 0, NULL);

  self = g_object_new (LS_TYPE_APPLICATION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person_id = person_id;
  /* an application an earlier run could not save: offered above the form */
  {
    g_autofree char *path = kept_path (self);
    GtkWidget *banner = ls_unsaved_offer_kept (path, G_VARIANT_TYPE (KEPT_TYPE), kept_restore, NULL, self, NULL);

    if (banner != NULL)
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->error_label))), banner,
                                  GTK_WIDGET (self->error_label));
  }
  return GTK_WIDGET (self);
}
