/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Handing a person over (issue 14): the team lead picks a team and one
 * of its caseworkers, or none; the store records the handover under the
 * lead's login. The admin manages people and is not offered. The teams
 * are read and the handover saved on a worker thread (ls-ui-load): the
 * window never waits on the network. */
#define G_LOG_DOMAIN "ls-handover-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-handover-window.h"
#include "ls-store-teams.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"

struct _LsHandoverWindow
{
  AdwWindow    parent_instance;

  GtkDropDown  *team_dropdown;
  GtkDropDown  *caseworker_dropdown;
  GtkLabel     *error_label;
  GtkWidget    *handover_button;

  LsStore      *store;
  gint64        person_id;
  char         *team;      /* chosen when the teams arrive */
  char         *login;
  GPtrArray    *members;   /* LsTeamMember, by team and login */
  GPtrArray    *logins;    /* the caseworker drop-down's logins, NULL first: none */
  gboolean      busy;      /* reading the teams, or saving */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (LsHandoverWindow, ls_handover_window, ADW_TYPE_WINDOW)

enum { HANDED_OVER, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
chosen_team (LsHandoverWindow *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->team_dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* The caseworkers of the chosen team, after "No caseworker". */
static void
team_selected_cb (LsHandoverWindow *self)
{
  const char *team = chosen_team (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->logins, 0);
  g_ptr_array_add (self->logins, NULL);
  gtk_string_list_append (names, _("No caseworker"));
  for (guint i = 0; self->members != NULL && i < self->members->len; i++)
    {
      LsTeamMember *member = g_ptr_array_index (self->members, i);

      if (member->login == NULL || g_strcmp0 (member->team, team) != 0
          || g_strcmp0 (member->role, "admin") == 0)
        continue;
      g_ptr_array_add (self->logins, g_strdup (member->login));
      gtk_string_list_append (names, member->name != NULL ? member->name : member->login);
    }
  gtk_drop_down_set_model (self->caseworker_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->caseworker_dropdown, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

gboolean
ls_handover_window_choose (LsHandoverWindow *self,
                           const char       *team,
                           const char       *login)
{
  GListModel *teams;
  guint n;

  g_return_val_if_fail (LS_IS_HANDOVER_WINDOW (self), FALSE);

  teams = gtk_drop_down_get_model (self->team_dropdown);
  n = teams != NULL ? g_list_model_get_n_items (teams) : 0;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (teams), i), team) == 0)
      {
        gtk_drop_down_set_selected (self->team_dropdown, i);
        team_selected_cb (self);
        for (guint j = 0; j < self->logins->len; j++)
          if (g_strcmp0 (g_ptr_array_index (self->logins, j), login) == 0)
            {
              gtk_drop_down_set_selected (self->caseworker_dropdown, j);
              return TRUE;
            }
        return FALSE;
      }
  return FALSE;
}

static void
set_busy (LsHandoverWindow *self,
          gboolean          busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (self->handover_button, !busy && self->members != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->team_dropdown), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->caseworker_dropdown), !busy);
}

static void
show_error (LsHandoverWindow *self,
            const GError     *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* What the worker saves: the person, the team and the caseworker, and
 * the team and caseworker the window was opened with (what the lead saw;
 * a handover someone else made since then is a conflict). */
typedef struct
{
  gint64  person_id;
  char   *team;
  char   *login;
  char   *from_team;
  char   *from_login;
} Move;

static void
move_free (gpointer data)
{
  Move *move = data;

  g_free (move->team);
  g_free (move->login);
  g_free (move->from_team);
  g_free (move->from_login);
  g_free (move);
}

static gboolean
move_person (LsStore  *store,
             gpointer  input,
             GError  **error)
{
  Move *move = input;
  LsTeamMember from = { .team = move->from_team, .login = move->from_login };

  return ls_store_move_person (store, move->person_id, move->from_team != NULL ? &from : NULL, move->team, move->login,
                               error);
}

static gpointer
read_responsible (LsStore  *store,
                  gint64    person_id,
                  GError  **error)
{
  return ls_store_get_person_responsible (store, person_id, error);
}

/* After a refused handover: who is responsible now, so that Hand Over,
 * clicked again knowingly, moves the person from there. */
static void
responsible_read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsTeamMember) now = ls_ui_load_finish (result, &error);
  g_autofree char *refused = user_data;
  g_autofree char *text = NULL;
  LsHandoverWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_HANDOVER_WINDOW (source);
  set_busy (self, FALSE);
  if (now == NULL)
    return;
  g_free (self->team);
  g_free (self->login);
  self->team = g_strdup (now->team);
  self->login = g_strdup (now->login);
  /* Translators: said after the sentence that someone else handed the person over in the
   * meantime. */
  text = g_strdup_printf ("%s\n%s", refused, _("Hand Over moves them from where they are now, if that is still right."));
  gtk_label_set_text (self->error_label, text);
}

static void
moved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LsHandoverWindow *self;

  if (!ls_ui_write_finish (result, &error) && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_HANDOVER_WINDOW (source);
  set_busy (self, FALSE);
  if (error != NULL)
    {
      show_error (self, error);
      if (g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT))
        {
          set_busy (self, TRUE);
          ls_ui_load_async (self, self->store, read_responsible, (GDestroyNotify) ls_team_member_free,
                            self->person_id, self->cancellable, responsible_read_cb, g_strdup (error->message));
        }
      return;
    }
  g_signal_emit (self, signals[HANDED_OVER], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
handover_clicked_cb (LsHandoverWindow *self)
{
  guint chosen = gtk_drop_down_get_selected (self->caseworker_dropdown);
  const char *login = chosen < self->logins->len ? g_ptr_array_index (self->logins, chosen) : NULL;
  const char *team = chosen_team (self);
  Move *move;

  if (team == NULL || self->busy)
    return;
  move = g_new0 (Move, 1);
  move->person_id = self->person_id;
  move->team = g_strdup (team);
  move->login = g_strdup (login);
  move->from_team = g_strdup (self->team);
  move->from_login = g_strdup (self->login);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  set_busy (self, TRUE);
  ls_ui_write_async (self, self->store, move_person, move, move_free, self->cancellable, moved_cb, NULL);
}

static void
ls_handover_window_dispose (GObject *object)
{
  LsHandoverWindow *self = LS_HANDOVER_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_HANDOVER_WINDOW);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->logins, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_handover_window_parent_class)->dispose (object);
}

static void
ls_handover_window_class_init (LsHandoverWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_handover_window_dispose;
  signals[HANDED_OVER] = g_signal_new ("handed-over", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-handover-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LsHandoverWindow, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LsHandoverWindow, caseworker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LsHandoverWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, LsHandoverWindow, handover_button);
  gtk_widget_class_bind_template_callback (widget_class, team_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, handover_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ls_handover_window_init (LsHandoverWindow *self)
{
  self->logins = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  ls_ui_drop_down_name_items (self->team_dropdown);
  ls_ui_drop_down_name_items (self->caseworker_dropdown);
}

/* Any thread: the teams and their members, with the worker's connection. */
static gpointer
read_members (LsStore  *store,
              gint64    unused,
              GError  **error)
{
  return ls_store_list_team_members (store, error);
}

static void
members_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) teams = gtk_string_list_new (NULL);
  GPtrArray *members = ls_ui_load_finish (result, &error);
  LsHandoverWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_HANDOVER_WINDOW (source);
  self->members = members;
  if (self->members == NULL)
    show_error (self, error);
  /* the members come by team name: each team once */
  for (guint i = 0; self->members != NULL && i < self->members->len; i++)
    {
      LsTeamMember *member = g_ptr_array_index (self->members, i);

      if (i == 0 || g_strcmp0 (member->team, ((LsTeamMember *) g_ptr_array_index (self->members, i - 1))->team) != 0)
        gtk_string_list_append (teams, member->team);
    }
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (teams));
  if (!ls_handover_window_choose (self, self->team, self->login))
    team_selected_cb (self);
  set_busy (self, FALSE);
}

gboolean
ls_handover_window_is_busy (LsHandoverWindow *self)
{
  g_return_val_if_fail (LS_IS_HANDOVER_WINDOW (self), FALSE);
  return self->busy;
}

LsHandoverWindow *
ls_handover_window_new (GtkWindow  *parent,
                        LsStore    *store,
                        gint64      person_id,
                        const char *team,
                        const char *caseworker)
{
  LsHandoverWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_HANDOVER_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person_id = person_id;
  self->team = g_strdup (team);
  self->login = g_strdup (caseworker);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  ls_ui_load_async (self, store, read_members, (GDestroyNotify) g_ptr_array_unref, 0, self->cancellable,
                    members_read_cb, NULL);
  return self;
}
