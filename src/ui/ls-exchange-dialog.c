/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app's side of the case exchange: a small window with a progress bar
 * and Cancel while a worker thread exports or imports. The worker opens its
 * own connection on the same database file: the window's store is only
 * ever used from the main thread. An import is one transaction, so Cancel
 * or a failure leaves the database exactly as it was. */
#define G_LOG_DOMAIN "ls-exchange-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-a11y.h"
#include "ls-exchange-dialog.h"
#include "ls-xml-export.h"
#include "ls-xml-import.h"
#include "ls-ui-load.h"

#define TEST_FILE_ENV "LIVSSKISSE_TEST_EXCHANGE_FILE"
#define POLL_MS 100

/* What the worker reads and writes; owned by the dialog, which the task
 * keeps alive until the worker is done. */
typedef struct
{
  LsStore          *origin;     /* the dialog's store: the worker's connection is made from it */
  char             *file;
  LsExchangeKind    kind;
  gint64            person_id;
  LsXmlImportFlags  flags;
  gint              permille;   /* atomic: written by the worker */
  gint              final;      /* atomic: the worker is past its last check
                                 * for Cancel (commit, rename): Cancel can no
                                 * longer stop it */
  guint             exported;
  LsXmlImportCounts counts;
} Job;

struct _LsExchangeDialog
{
  AdwWindow         parent_instance;

  LsStore          *store;
  Job               job;
  LsExchangeState   state;
  GCancellable     *cancellable;
  GtkFileChooserNative *chooser;
  AdwMessageDialog *question;
  guint             poll_id;
  char             *error_text;

  GtkLabel         *heading;
  GtkStack         *stack;
  GtkLabel         *status;
  GtkProgressBar   *progress;
  GtkLabel         *error_intro;
  GtkLabel         *error_label;
  GtkWidget        *copy_button;
  GtkWidget        *cancel_button;
  GtkLabel         *cancel_label;
};

G_DEFINE_FINAL_TYPE (LsExchangeDialog, ls_exchange_dialog, ADW_TYPE_WINDOW)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void run_job (LsExchangeDialog *self);

char *
ls_exchange_default_file_name (gint64     person_id,
                               GDateTime *date)
{
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

  /* Translators: a suggested file name (no spaces); %s is a date such as
   * 2026-11-23. It must not contain personal data. */
  return g_strdup_printf (person_id != 0 ? _("livsskisse-case-%s.xml") : _("livsskisse-cases-%s.xml"), day);
}

/* A text button whose mnemonic label is only presentation, named
 * explicitly for screen readers (GTK 4.8 does not take it from the label). */
static GtkWidget *
text_button_new (const char *mnemonic,
                 const char *name,
                 GtkLabel  **label_out)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", mnemonic, "use-underline", TRUE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (label_out != NULL)
    *label_out = GTK_LABEL (label);
  return button;
}

static void
set_cancel_text (LsExchangeDialog *self,
                 const char       *mnemonic,
                 const char       *name)
{
  gtk_label_set_text_with_mnemonic (self->cancel_label, mnemonic);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
stop_polling (LsExchangeDialog *self)
{
  g_clear_handle_id (&self->poll_id, g_source_remove);
}

/* Ends the dialog: tells the window (toast, caseload) and goes away. */
static void
finish (LsExchangeDialog *self,
        gboolean          changed,
        const char       *message)
{
  stop_polling (self);
  self->state = LS_EXCHANGE_STATE_DONE;
  g_signal_emit (self, signals[FINISHED], 0, changed, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_error (LsExchangeDialog *self,
            const GError     *error)
{
  stop_polling (self);
  self->state = LS_EXCHANGE_STATE_FAILED;
  g_free (self->error_text);
  self->error_text = g_strdup (error->message);
  gtk_label_set_text (self->heading, self->job.kind == LS_EXCHANGE_EXPORT ? _("The Cases Were Not Exported")
                                                                          : _("Nothing Was Imported"));
  gtk_label_set_text (self->error_intro, self->job.kind == LS_EXCHANGE_EXPORT
                                         ? _("No file was written. What went wrong:")
                                         : _("The database has not been changed. What is wrong with the file:"));
  gtk_label_set_text (self->error_label, error->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_visible (self->copy_button, TRUE);
  set_cancel_text (self, _("_Close"), _("Close"));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->error_label));
  /* focus selects a selectable label's text; show it plainly instead */
  gtk_label_select_region (self->error_label, 0, 0);
}

static gboolean
poll_cb (gpointer data)
{
  LsExchangeDialog *self = data;
  int permille = g_atomic_int_get (&self->job.permille);

  if (g_atomic_int_get (&self->job.final))
    gtk_widget_set_sensitive (self->cancel_button, FALSE);
  if (permille <= 0)
    gtk_progress_bar_pulse (self->progress);
  else
    gtk_progress_bar_set_fraction (self->progress, permille / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
show_progress (LsExchangeDialog *self,
               const char       *status)
{
  g_atomic_int_set (&self->job.permille, 0);
  g_atomic_int_set (&self->job.final, FALSE);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_label_set_text (self->status, status);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  if (self->poll_id == 0)
    self->poll_id = g_timeout_add (POLL_MS, poll_cb, self);
  gtk_window_present (GTK_WINDOW (self));
}

static void
progress_cb (guint64  done,
             guint64  total,
             gpointer data)
{
  Job *job = data;

  if (job->kind == LS_EXCHANGE_EXPORT)
    job->exported = (guint) done;
  g_atomic_int_set (&job->permille, total > 0 ? (int) (done * 1000 / total) : 0);
  /* The export's last person, the import's last byte: what follows is
   * storing (commit, rename), which Cancel does not stop. */
  if (total > 0 && done >= total)
    g_atomic_int_set (&job->final, TRUE);
}

/* Worker thread: its own connection, closed before returning. */
static void
run_thread (GTask        *task,
            gpointer      source,
            gpointer      data,
            GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open_another (job->origin, &error);
  gboolean ok;

  if (store == NULL)
    ok = FALSE;
  else if (job->kind == LS_EXCHANGE_EXPORT)
    ok = ls_xml_export_file_with_progress (store, job->file, job->person_id, NULL, NULL,
                                           progress_cb, job, cancellable, &error);
  else
    ok = ls_xml_import_file_with_progress (store, job->file, job->flags, &job->counts,
                                           progress_cb, job, cancellable, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open_another (job->origin, &error);
  GArray *conflicts = NULL;

  if (store != NULL)
    conflicts = ls_xml_import_find_conflicts_with_progress (store, job->file, progress_cb, job,
                                                            cancellable, &error);
  if (conflicts != NULL)
    g_task_return_pointer (task, conflicts, (GDestroyNotify) g_array_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static char *
done_message (LsExchangeDialog *self)
{
  g_autofree char *name = g_path_get_basename (self->job.file);
  const LsXmlImportCounts *c = &self->job.counts;

  if (self->job.kind == LS_EXCHANGE_EXPORT)
    /* Translators: a toast; %u is a number of people, %s a file name. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u person to “%s”",
                                         "Exported %u people to “%s”", self->job.exported),
                            self->job.exported, name);
  if (c->merged == 0 && c->persons == 0)
    /* Translators: a toast after importing a file again; %s is a file name. */
    return g_strdup_printf (_("Nothing new in “%s”: everything in it is already in the database"), name);
  if (c->merged > 0 && c->persons == 0)
    /* Translators: a toast; %s is a file name, %u a number of people. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported “%s”: records added to %u registered person",
                                         "Imported “%s”: records added to %u registered people", c->merged),
                            name, c->merged);
  if (c->merged > 0)
    /* Translators: a toast; %s is a file name, the first %u the people
     * new to the database, the second those already registered. */
    return g_strdup_printf (_("Imported “%s”: %u new, records added to %u registered"),
                            name, c->persons, c->merged);
  /* Translators: a toast; %u is a number of people, %s a file name. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u person from “%s”",
                                       "Imported %u people from “%s”", c->persons), c->persons, name);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  LsExchangeDialog *self = LS_EXCHANGE_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      message = done_message (self);
      finish (self, self->job.kind == LS_EXCHANGE_IMPORT, message);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    finish (self, FALSE, self->job.kind == LS_EXCHANGE_EXPORT
                         ? _("Export cancelled. No file was written.")
                         : _("Import cancelled. Nothing was changed."));
  else
    show_error (self, error);
}

static void
run_job (LsExchangeDialog *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, run_done_cb, NULL);

  /* The outcome is what the worker did, not whether Cancel was pressed:
   * a Cancel that came after the commit or the rename changed nothing. */
  g_task_set_check_cancellable (task, FALSE);
  self->state = LS_EXCHANGE_STATE_RUNNING;
  show_progress (self, self->job.kind == LS_EXCHANGE_EXPORT ? _("Writing the file…")
                                                            : _("Storing the records…"));
  g_task_set_task_data (task, &self->job, NULL);
  ls_ui_run_in_thread (task, run_thread);
}

static void
question_response_cb (LsExchangeDialog *self,
                      const char       *response,
                      AdwMessageDialog *question)
{
  self->question = NULL;
  if (g_strcmp0 (response, "merge") != 0)
    {
      finish (self, FALSE, _("Import cancelled. Nothing was changed."));
      return;
    }
  self->job.flags |= LS_XML_IMPORT_MERGE;
  run_job (self);
}

static void
ask_merge (LsExchangeDialog *self,
           guint             n)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  /* Translators: %u is a number of people. */
  g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    "%u person in this file is already registered. Add the file’s records to them (merge) or cancel? "
    "Nothing already stored is changed or overwritten.",
    "%u people in this file are already registered. Add the file’s records to them (merge) or cancel? "
    "Nothing already stored is changed or overwritten.", n), n);

  stop_polling (self);
  self->state = LS_EXCHANGE_STATE_ASKING;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  self->question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Merge Into Registered People?"), body));
  adw_message_dialog_add_responses (self->question, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (self->question, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->question, "cancel");
  adw_message_dialog_set_close_response (self->question, "cancel");
  g_signal_connect_object (self->question, "response", G_CALLBACK (question_response_cb), self,
                           G_CONNECT_SWAPPED);
  ls_a11y_name_response_buttons (GTK_WIDGET (self->question));
  gtk_window_present (GTK_WINDOW (self->question));
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  LsExchangeDialog *self = LS_EXCHANGE_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) conflicts = g_task_propagate_pointer (G_TASK (result), &error);

  if (conflicts == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    finish (self, FALSE, _("Import cancelled. Nothing was changed."));
  else if (conflicts == NULL)
    show_error (self, error);
  else if (conflicts->len > 0)
    ask_merge (self, conflicts->len);
  else
    run_job (self);
}

void
ls_exchange_dialog_run_path (LsExchangeDialog *self,
                             const char       *path)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LS_IS_EXCHANGE_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->state == LS_EXCHANGE_STATE_IDLE);

  g_free (self->job.file);
  self->job.file = g_strdup (path);
  if (self->job.kind == LS_EXCHANGE_EXPORT)
    {
      run_job (self);
      return;
    }
  /* Import: first whether anyone in the file is already registered. */
  self->state = LS_EXCHANGE_STATE_CHECKING;
  show_progress (self, _("Checking the file…"));
  task = g_task_new (self, self->cancellable, check_done_cb, NULL);
  g_task_set_task_data (task, &self->job, NULL);
  ls_ui_run_in_thread (task, check_thread);
}

static void
chooser_response_cb (LsExchangeDialog     *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    ls_exchange_dialog_run_path (self, path);
  else
    finish (self, FALSE, NULL);
}

void
ls_exchange_dialog_start (LsExchangeDialog *self)
{
  GtkWindow *parent;
  const char *test_file = g_getenv (TEST_FILE_ENV);
  gboolean export = FALSE;

  g_return_if_fail (LS_IS_EXCHANGE_DIALOG (self));

  if (test_file != NULL && test_file[0] != '\0')
    {
      ls_exchange_dialog_run_path (self, test_file);
      return;
    }
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  export = self->job.kind == LS_EXCHANGE_EXPORT;
  self->chooser = gtk_file_chooser_native_new (export ? (self->job.person_id != 0 ? _("Export Case")
                                                                                 : _("Export All Cases"))
                                                      : _("Import Cases"),
                                               parent,
                                               export ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                               export ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (export)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = ls_exchange_default_file_name (self->job.person_id, now);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  else
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Case exchange files (*.xml)"));
      gtk_file_filter_add_pattern (filter, "*.xml");
      gtk_file_filter_add_pattern (filter, "*.XML");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      g_object_unref (filter);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
ls_exchange_dialog_cancel (LsExchangeDialog *self)
{
  g_return_if_fail (LS_IS_EXCHANGE_DIALOG (self));

  switch (self->state)
    {
    case LS_EXCHANGE_STATE_CHECKING:
    case LS_EXCHANGE_STATE_RUNNING:
      /* Past the point of no return the worker finishes; its callback
       * says what was done. */
      if (self->state == LS_EXCHANGE_STATE_RUNNING && g_atomic_int_get (&self->job.final))
        break;
      /* The worker stops, rolls back and its callback ends the dialog. */
      gtk_label_set_text (self->status, _("Cancelling…"));
      gtk_widget_set_sensitive (self->cancel_button, FALSE);
      g_cancellable_cancel (self->cancellable);
      break;
    case LS_EXCHANGE_STATE_ASKING:
      adw_message_dialog_response (self->question, "cancel");
      break;
    case LS_EXCHANGE_STATE_FAILED:
    case LS_EXCHANGE_STATE_IDLE:
      finish (self, FALSE, NULL);
      break;
    case LS_EXCHANGE_STATE_DONE:
    default:
      break;
    }
}

static void
copy_clicked_cb (LsExchangeDialog *self)
{
  if (self->error_text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->error_text);
}

static gboolean
ls_exchange_dialog_close_request (GtkWindow *window)
{
  LsExchangeDialog *self = LS_EXCHANGE_DIALOG (window);

  if (self->state == LS_EXCHANGE_STATE_DONE)
    return GTK_WINDOW_CLASS (ls_exchange_dialog_parent_class)->close_request (window);
  ls_exchange_dialog_cancel (self);
  return TRUE;
}

LsExchangeState
ls_exchange_dialog_get_state (LsExchangeDialog *self)
{
  g_return_val_if_fail (LS_IS_EXCHANGE_DIALOG (self), LS_EXCHANGE_STATE_IDLE);
  return self->state;
}

double
ls_exchange_dialog_get_fraction (LsExchangeDialog *self)
{
  g_return_val_if_fail (LS_IS_EXCHANGE_DIALOG (self), 0);
  return gtk_progress_bar_get_fraction (self->progress);
}

const char *
ls_exchange_dialog_get_error_text (LsExchangeDialog *self)
{
  g_return_val_if_fail (LS_IS_EXCHANGE_DIALOG (self), NULL);
  return self->error_text;
}

AdwMessageDialog *
ls_exchange_dialog_get_question (LsExchangeDialog *self)
{
  g_return_val_if_fail (LS_IS_EXCHANGE_DIALOG (self), NULL);
  return self->question;
}

static void
ls_exchange_dialog_dispose (GObject *object)
{
  LsExchangeDialog *self = LS_EXCHANGE_DIALOG (object);

  stop_polling (self);
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->question != NULL)
    gtk_window_destroy (GTK_WINDOW (self->question));
  self->question = NULL;
  G_OBJECT_CLASS (ls_exchange_dialog_parent_class)->dispose (object);
}

static void
ls_exchange_dialog_finalize (GObject *object)
{
  LsExchangeDialog *self = LS_EXCHANGE_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->job.origin);
  g_free (self->job.file);
  g_free (self->error_text);
  G_OBJECT_CLASS (ls_exchange_dialog_parent_class)->finalize (object);
}

static void
ls_exchange_dialog_class_init (LsExchangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_exchange_dialog_dispose;
  object_class->finalize = ls_exchange_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = ls_exchange_dialog_close_request;

  /* (changed, message): @changed when an import stored records;
   * @message for a toast, NULL when there is nothing to say. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_BOOLEAN, G_TYPE_STRING);
}

static GtkWidget *
build_error_page (LsExchangeDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->error_intro = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_intro, TRUE);
  gtk_label_set_xalign (self->error_intro, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_intro));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_selectable (self->error_label, TRUE);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_wrap_mode (self->error_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_label_set_yalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "monospace");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), scroller);
  return box;
}

static void
ls_exchange_dialog_init (LsExchangeDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *progress_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->cancellable = g_cancellable_new ();
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "title-3");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading));

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status, 0);
  gtk_label_set_wrap (self->status, TRUE);
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_pulse_step (self->progress, 0.1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->status, NULL, -1);
  gtk_box_append (GTK_BOX (progress_box), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (progress_box), GTK_WIDGET (self->progress));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, progress_box, "progress");
  gtk_stack_add_named (self->stack, build_error_page (self), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  self->copy_button = text_button_new (_("C_opy Message"), _("Copy Message"), NULL);
  gtk_widget_set_visible (self->copy_button, FALSE);
  g_signal_connect_swapped (self->copy_button, "clicked", G_CALLBACK (copy_clicked_cb), self);
  self->cancel_button = text_button_new (_("_Cancel"), _("Cancel"), &self->cancel_label);
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (ls_exchange_dialog_cancel), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), self->copy_button);
  gtk_box_append (GTK_BOX (buttons), self->cancel_button);
  gtk_box_append (GTK_BOX (box), buttons);

  adw_window_set_content (ADW_WINDOW (self), box);
}

LsExchangeDialog *
ls_exchange_dialog_new (GtkWindow      *parent,
                        LsStore        *store,
                        LsExchangeKind  kind,
                        gint64          person_id)
{
  LsExchangeDialog *self;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  if (kind == LS_EXCHANGE_IMPORT)
    title = _("Importing Cases");
  else
    title = person_id != 0 ? _("Exporting the Case") : _("Exporting All Cases");
  self = g_object_new (LS_TYPE_EXCHANGE_DIALOG, "transient-for", parent, "title", title, NULL);
  self->store = g_object_ref (store);
  self->job.origin = g_object_ref (store);
  self->job.kind = kind;
  self->job.person_id = kind == LS_EXCHANGE_EXPORT ? person_id : 0;
  gtk_label_set_text (self->heading, title);
  return self;
}
