/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is signed in: name, role and team, read from the store once it is
 * set (on a team's server the login the server knows; on a desk its
 * operating-system user), on a worker thread: the window never waits on
 * the server for it. Hidden until it is read. */
#define G_LOG_DOMAIN "ls-signed-in"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-signed-in.h"
#include "ls-store-teams.h"
#include "ls-ui-load.h"

struct _LsSignedIn
{
  GtkWidget  parent_instance;

  GSettings *settings;
  LsStore   *store;
  LsTeamMember *me;
  GCancellable *cancellable;
  GtkLabel  *name_label;
  GtkLabel  *detail_label;
};

G_DEFINE_FINAL_TYPE (LsSignedIn, ls_signed_in, GTK_TYPE_WIDGET)

const char *
ls_signed_in_role_name (const char *role)
{
  if (g_strcmp0 (role, "caseworker") == 0)
    return _("Caseworker");
  if (g_strcmp0 (role, "decision-maker") == 0)
    return _("Decision-maker");
  if (g_strcmp0 (role, "lead") == 0)
    return _("Team lead");
  if (g_strcmp0 (role, "admin") == 0)
    return _("Administrator");
  return NULL;
}

/* Shows who was read (again when the desk's preference changes). */
static void
update (LsSignedIn *self)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  LsTeamMember *me = self->me;
  const char *role;

  if (self->store == NULL || me == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  role = ls_signed_in_role_name (me->role);
  /* A desk's user outside its caseworkers: the desk's own preference. */
  if (role == NULL && !ls_store_is_server (self->store))
    role = ls_signed_in_role_name (g_settings_get_boolean (self->settings, "decision-maker")
                                   ? "decision-maker" : "caseworker");
  if (role != NULL)
    g_string_append (detail, role);
  if (me->team != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? " · " : "", me->team);
  gtk_label_set_text (self->name_label, me->name);
  gtk_label_set_text (self->detail_label, detail->str);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

/* Worker thread. */
static gpointer
read_me (LsStore  *store,
         gint64    unused,
         GError  **error)
{
  return ls_store_get_me (store, error);
}

static void
me_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LsTeamMember *me = ls_ui_load_finish (result, &error);
  LsSignedIn *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_SIGNED_IN (source);
  if (me == NULL)
    g_warning ("Could not read who is signed in: %s", error->message);
  g_clear_pointer (&self->me, ls_team_member_free);
  self->me = me;
  update (self);
}

void
ls_signed_in_set_store (LsSignedIn *self,
                        LsStore    *store)
{
  g_return_if_fail (LS_IS_SIGNED_IN (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  g_set_object (&self->store, store);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->me, ls_team_member_free);
  update (self);
  if (store == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  ls_ui_load_async (self, store, read_me, (GDestroyNotify) ls_team_member_free, 0, self->cancellable,
                    me_read_cb, NULL);
}

const char *
ls_signed_in_get_name (LsSignedIn *self)
{
  g_return_val_if_fail (LS_IS_SIGNED_IN (self), NULL);
  return gtk_label_get_text (self->name_label);
}

const char *
ls_signed_in_get_detail (LsSignedIn *self)
{
  g_return_val_if_fail (LS_IS_SIGNED_IN (self), NULL);
  return gtk_label_get_text (self->detail_label);
}

static void
ls_signed_in_dispose (GObject *object)
{
  LsSignedIn *self = LS_SIGNED_IN (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_SIGNED_IN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->me, ls_team_member_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_signed_in_parent_class)->dispose (object);
}

static void
ls_signed_in_class_init (LsSignedInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_signed_in_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-signed-in.ui");
  gtk_widget_class_bind_template_child (widget_class, LsSignedIn, name_label);
  gtk_widget_class_bind_template_child (widget_class, LsSignedIn, detail_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ls_signed_in_init (LsSignedIn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_signal_connect_object (self->settings, "changed::decision-maker", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ls_signed_in_new (void)
{
  return g_object_new (LS_TYPE_SIGNED_IN, NULL);
}
