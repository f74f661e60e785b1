/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export and import of case exchange files from the main window: each
 * action opens an LsExchangeDialog; its result comes back as a toast, and
 * an import reloads the caseload and the person shown. */
#define G_LOG_DOMAIN "ls-window-exchange"

#include "config.h"

#include "ls-exchange-dialog.h"
#include "ls-window-exchange.h"
#include "ls-window-private.h"

static void
finished_cb (LsExchangeDialog *dialog,
             gboolean          changed,
             const char       *message,
             LsWindow         *self)
{
  LsPerson *shown = _ls_window_get_page_person (self);

  if (changed)
    {
      ls_caseload_view_reload (self->caseload_view);
      if (shown != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "person") == 0)
        _ls_window_show_person (self, ls_person_get_id (shown));
      else
        gtk_stack_set_visible_child_name (self->content_stack, "select");
    }
  if (message != NULL)
    _ls_window_show_toast (self, message);
}

/* What start() was asked for, once the page shown is saved. */
typedef struct
{
  LsExchangeKind kind;
  gint64         person_id;
} Exchange;

static void
start_now (LsWindow *self,
           gpointer  data)
{
  Exchange *exchange = data;
  LsExchangeDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = ls_exchange_dialog_new (GTK_WINDOW (self), self->store, exchange->kind, exchange->person_id);
  g_signal_connect_object (dialog, "finished", G_CALLBACK (finished_cb), self, 0);
  ls_exchange_dialog_start (dialog);
}

static void
start (LsWindow       *self,
       LsExchangeKind  kind,
       gint64          person_id)
{
  Exchange *exchange;

  if (self->store == NULL)
    return;
  exchange = g_new0 (Exchange, 1);
  exchange->kind = kind;
  exchange->person_id = person_id;
  _ls_window_leave_page (self, start_now, exchange, g_free);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  start (LS_WINDOW (widget), LS_EXCHANGE_IMPORT, 0);
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  start (LS_WINDOW (widget), LS_EXCHANGE_EXPORT, 0);
}

static void
export_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gint64 id = g_variant_get_int64 (parameter);

  if (id > 0)
    start (LS_WINDOW (widget), LS_EXCHANGE_EXPORT, id);
}

void
_ls_window_exchange_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-cases", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export-all", NULL, export_all_action);
  gtk_widget_class_install_action (widget_class, "win.export-person", "x", export_person_action);
}
