/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is responsible for a person (issue 14): their caseworker and team,
 * and for the lead of the person's team the way to hand the person over. The read runs
 * with the person page's (ls_person_page_load(), on a worker); after a
 * handover the row reads again, on a worker too. */
#define G_LOG_DOMAIN "ls-person-responsible"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-handover-window.h"
#include "ls-person-reads-window.h"
#include "ls-person-responsible.h"
#include "ls-store-teams.h"
#include "ls-ui-load.h"

struct _LsResponsibleRead
{
  LsTeamMember *responsible;  /* NULL when it could not be read */
  LsTeamMember *me;
};

struct _LsPersonResponsible
{
  GtkWidget          parent_instance;

  GtkLabel          *label;
  GtkWidget         *handover_button;
  GtkWidget         *reads_button;

  LsStore           *store;
  gint64             person_id;
  LsResponsibleRead *read;
  GCancellable      *cancellable;   /* the reading again after a handover */
};

G_DEFINE_FINAL_TYPE (LsPersonResponsible, ls_person_responsible, GTK_TYPE_WIDGET)

void
ls_responsible_read_free (LsResponsibleRead *read)
{
  if (read == NULL)
    return;
  g_clear_pointer (&read->responsible, ls_team_member_free);
  g_clear_pointer (&read->me, ls_team_member_free);
  g_free (read);
}

LsResponsibleRead *
ls_person_responsible_read (LsStore *store,
                            gint64   person_id)
{
  g_autoptr(GError) error = NULL;
  LsResponsibleRead *read = g_new0 (LsResponsibleRead, 1);

  read->responsible = ls_store_get_person_responsible (store, person_id, &error);
  if (read->responsible == NULL)
    g_warning ("Could not read who is responsible for the person: %s", error->message);
  else
    read->me = ls_store_get_me (store, NULL);
  return read;
}

static gboolean
is_lead (LsPersonResponsible *self)
{
  return self->read != NULL && self->read->me != NULL && g_strcmp0 (self->read->me->role, "lead") == 0;
}

/* A handover is a lead's of the person's own team: the server allows no
 * other (docs/team-roles.md), and a desk keeps the same rule. */
static gboolean
may_hand_over (LsPersonResponsible *self)
{
  return is_lead (self) && self->read->responsible != NULL
         && g_strcmp0 (self->read->me->team, self->read->responsible->team) == 0;
}

void
ls_person_responsible_show (LsPersonResponsible *self,
                            LsStore             *store,
                            gint64               person_id,
                            LsResponsibleRead   *read)
{
  LsTeamMember *responsible;
  g_autofree char *text = NULL;

  g_return_if_fail (LS_IS_PERSON_RESPONSIBLE (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  /* A reading again of what was shown before comes too late now. */
  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->store, store);
  self->person_id = person_id;
  g_clear_pointer (&self->read, ls_responsible_read_free);
  self->read = read;
  responsible = read != NULL ? read->responsible : NULL;
  if (responsible == NULL)
    {
      gtk_label_set_text (self->label, "");
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  if (responsible->login != NULL)
    /* Translators: the person's responsible caseworker, then their team. */
    text = g_strdup_printf (_("Responsible: %s · %s"), responsible->name, responsible->team);
  else
    /* Translators: the person's team. */
    text = g_strdup_printf (_("No responsible caseworker · %s"), responsible->team);
  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (self->handover_button, may_hand_over (self));
  gtk_widget_set_visible (self->reads_button, is_lead (self));
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

void
ls_person_responsible_set_person (LsPersonResponsible *self,
                                  LsStore             *store,
                                  gint64               person_id)
{
  g_return_if_fail (LS_IS_PERSON_RESPONSIBLE (self));
  g_return_if_fail (LS_IS_STORE (store));

  ls_person_responsible_show (self, store, person_id, ls_person_responsible_read (store, person_id));
}

const char *
ls_person_responsible_get_text (LsPersonResponsible *self)
{
  g_return_val_if_fail (LS_IS_PERSON_RESPONSIBLE (self), NULL);
  return gtk_label_get_text (self->label);
}

static gpointer
read_responsible (LsStore  *store,
                  gint64    person_id,
                  GError  **error)
{
  return ls_person_responsible_read (store, person_id);
}

static void
responsible_read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  LsResponsibleRead *read = ls_ui_load_finish (result, NULL);

  if (read != NULL)
    ls_person_responsible_show (LS_PERSON_RESPONSIBLE (source), LS_PERSON_RESPONSIBLE (source)->store,
                                LS_PERSON_RESPONSIBLE (source)->person_id, read);
}

/* The new caseworker and team, read on a worker thread. */
static void
handed_over_cb (LsPersonResponsible *self)
{
  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  ls_ui_load_async (self, self->store, read_responsible, (GDestroyNotify) ls_responsible_read_free, self->person_id,
                    self->cancellable, responsible_read_cb, NULL);
}

GtkWindow *
ls_person_responsible_hand_over (LsPersonResponsible *self)
{
  GtkRoot *root;
  LsHandoverWindow *window;

  g_return_val_if_fail (LS_IS_PERSON_RESPONSIBLE (self), NULL);

  if (!may_hand_over (self) || self->store == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = ls_handover_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, self->person_id,
                                   self->read->responsible->team, self->read->responsible->login);
  g_signal_connect_object (window, "handed-over", G_CALLBACK (handed_over_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
handover_clicked_cb (LsPersonResponsible *self)
{
  ls_person_responsible_hand_over (self);
}

GtkWindow *
ls_person_responsible_show_reads (LsPersonResponsible *self)
{
  GtkRoot *root;
  GtkWindow *window;

  g_return_val_if_fail (LS_IS_PERSON_RESPONSIBLE (self), NULL);

  if (!is_lead (self) || self->store == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = GTK_WINDOW (ls_person_reads_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                                   self->person_id));
  gtk_window_present (window);
  return window;
}

static void
reads_clicked_cb (LsPersonResponsible *self)
{
  ls_person_responsible_show_reads (self);
}

static void
ls_person_responsible_dispose (GObject *object)
{
  LsPersonResponsible *self = LS_PERSON_RESPONSIBLE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_PERSON_RESPONSIBLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->read, ls_responsible_read_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_person_responsible_parent_class)->dispose (object);
}

static void
ls_person_responsible_class_init (LsPersonResponsibleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_person_responsible_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-person-responsible.ui");
  gtk_widget_class_bind_template_child (widget_class, LsPersonResponsible, label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonResponsible, handover_button);
  gtk_widget_class_bind_template_child (widget_class, LsPersonResponsible, reads_button);
  gtk_widget_class_bind_template_callback (widget_class, handover_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reads_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ls_person_responsible_init (LsPersonResponsible *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ls_person_responsible_new (void)
{
  return g_object_new (LS_TYPE_PERSON_RESPONSIBLE, NULL);
}
