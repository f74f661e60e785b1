/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Screens that stay current: the window listens to the store
 * (ls-store-watch.h) and, when another caseworker changed something it
 * shows, reads it again — the caseload, the person shown, the team
 * overview — on a worker thread as any page is read (ls-ui-load.h).
 * Changes are gathered for REFRESH_DELAY_MS first, so a burst (a
 * colleague's save of many rows) is read once. An open conversation is
 * never read again under the caseworker's hands: it says that someone
 * else changed it and offers to read it again. The window's own changes
 * are shown already, and are not read again.
 *
 * A server that goes away: when the watch's connection is lost, a banner
 * across the window says so and the pages become read-only (what the
 * conversation had not saved is kept on this computer by
 * ls-unsaved-keeper.c, as its save fails); when the watch listens again
 * the banner goes, the pages can be changed again, the page shown saves
 * what it kept, and everything shown is read again (the watch's change
 * to everything). */
#define G_LOG_DOMAIN "ls-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conversation-page.h"
#include "ls-decision-editor.h"
#include "ls-service-plan-editor.h"
#include "ls-flushable.h"
#include "ls-store-watch.h"
#include "ls-team-view.h"
#include "ls-window-private.h"

#define REFRESH_DELAY_MS 150

typedef struct
{
  LsStoreChange kind;
  gint64        person_id;
  gint64        id;
} Change;

/* Whether any gathered change is to @kind (any kind: -1) of person
 * @person_id (any person: 0) and its @id (any: 0). ALL is to everything. */
static gboolean
changed (LsWindow *self,
         int       kind,
         gint64    person_id,
         gint64    id)
{
  for (guint i = 0; i < self->changes->len; i++)
    {
      const Change *c = &g_array_index (self->changes, Change, i);

      if (c->kind == LS_STORE_CHANGE_ALL
          || ((kind < 0 || (int) c->kind == kind) && (person_id == 0 || c->person_id == person_id)
              && (id == 0 || c->id == id)))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  LsWindow *window;
  gint64    person_id;
} Reread;

static void
person_reread_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree Reread *reread = user_data;
  g_autoptr(LsWindow) self = reread->window;
  g_autoptr(GError) error = NULL;
  gpointer data = ls_ui_load_finish (result, &error);
  LsPerson *shown;

  if (data == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("The person shown could not be read again: %s", error->message);
      return;
    }
  /* Still the person shown (nothing else was opened meanwhile). */
  shown = self->content_stack != NULL ? _ls_window_get_page_person (self) : NULL;
  if (shown != NULL && ls_person_get_id (shown) == reread->person_id
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "person") == 0)
    {
      g_autofree char *name = NULL;

      ls_person_page_apply (self->person_page, data);
      name = ls_person_dup_display_name (ls_person_page_get_person (self->person_page));
      adw_window_title_set_title (self->content_title, name);
    }
  ls_person_page_data_free (data);
}

/* The page of the person shown, read again in place. */
static void
reread_person (LsWindow *self,
               gint64    person_id)
{
  Reread *reread = g_new (Reread, 1);

  reread->window = g_object_ref (self);
  reread->person_id = person_id;
  g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  self->refresh_cancellable = g_cancellable_new ();
  ls_ui_load_async (self, self->store, ls_person_page_load, ls_person_page_data_free, person_id,
                    self->refresh_cancellable, person_reread_cb, reread);
}

/* The team overview, when it is shown (ls-window-decisions.c puts it in
 * a box of its own). */
static LsTeamView *
shown_team_view (LsWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);
  GtkWidget *child = page != NULL ? gtk_widget_get_first_child (page) : NULL;

  return child != NULL && LS_IS_TEAM_VIEW (child) ? LS_TEAM_VIEW (child) : NULL;
}

/* The decision page shown (the decision editor, the service plan
 * editor: in the same kind of box), or NULL. */
static GtkWidget *
decision_page (LsWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);

  return page != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "decisions") == 0
         ? gtk_widget_get_first_child (page) : NULL;
}

static gboolean
refresh_cb (gpointer data)
{
  LsWindow *self = data;
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);
  LsPerson *person = _ls_window_get_page_person (self);
  LsTeamView *team = shown_team_view (self);
  GtkWidget *editor = decision_page (self);

  self->refresh_source = 0;
  if (self->store == NULL)
    {
      g_array_set_size (self->changes, 0);
      return G_SOURCE_REMOVE;
    }
  /* The caseload shows names and what is due of every person in it. */
  ls_caseload_view_reload (self->caseload_view);
  if (g_strcmp0 (visible, "person") == 0 && person != NULL && changed (self, -1, ls_person_get_id (person), 0))
    reread_person (self, ls_person_get_id (person));
  else if (g_strcmp0 (visible, "conversation") == 0)
    {
      LsConversationPage *page = LS_CONVERSATION_PAGE (gtk_stack_get_visible_child (self->content_stack));
      gint64 sketch_id = ls_conversation_page_get_sketch_id (page);

      if (sketch_id != 0 && changed (self, LS_STORE_CHANGE_SKETCH, 0, sketch_id))
        ls_conversation_page_show_changed_elsewhere (page);
    }
  else if (editor != NULL && LS_IS_DECISION_EDITOR (editor))
    {
      LsDecision *decision = ls_decision_editor_get_decision (LS_DECISION_EDITOR (editor));

      if (changed (self, LS_STORE_CHANGE_DECISION, 0, ls_decision_get_id (decision)))
        ls_decision_editor_changed_elsewhere (LS_DECISION_EDITOR (editor));
    }
  else if (editor != NULL && LS_IS_SERVICE_PLAN_EDITOR (editor))
    {
      LsServicePlan *plan = ls_service_plan_editor_get_plan (LS_SERVICE_PLAN_EDITOR (editor));

      if (changed (self, LS_STORE_CHANGE_PLAN, 0, ls_service_plan_get_id (plan)))
        ls_service_plan_editor_changed_elsewhere (LS_SERVICE_PLAN_EDITOR (editor));
    }
  else if (team != NULL)
    ls_team_view_reload (team);
  g_array_set_size (self->changes, 0);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (LsStoreWatch  *watch,
                  int            kind,
                  gint64         person_id,
                  gint64         id,
                  gboolean       own,
                  LsWindow      *self)
{
  Change change = { kind, person_id, id };

  if (own)
    return;
  g_array_append_val (self->changes, change);
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
ensure_offline_banner (LsWindow *self)
{
  g_autoptr(GtkCssProvider) css = NULL;
  GtkWidget *box, *icon, *label;

  if (self->offline_banner != NULL)
    return;
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (css, ".offline-banner { background-color: alpha(@warning_bg_color, 0.9);"
                                        " color: @warning_fg_color; padding: 6px 12px; }", -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  box = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                      "orientation", GTK_ORIENTATION_HORIZONTAL, "spacing", 12, NULL);
  gtk_widget_add_css_class (box, "offline-banner");
  icon = gtk_image_new_from_icon_name ("network-offline-symbolic");
  label = gtk_label_new (_("The team database cannot be reached. Nothing can be changed until it is back; "
                           "what you had not saved is kept on this computer and saved then."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  self->offline_banner = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->offline_banner), box);
  /* Above the pages, outside them: it stays readable while they are not
   * to be changed. */
  gtk_widget_insert_before (self->offline_banner, gtk_widget_get_parent (GTK_WIDGET (self->content_stack)),
                            GTK_WIDGET (self->content_stack));
}

static void
set_offline (LsWindow *self,
             gboolean  offline)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);

  if (offline == self->offline)
    return;
  self->offline = offline;
  ensure_offline_banner (self);
  /* What is pending is tried now, on a worker where the page can (the
   * window never waits on the network): gone, it fails, and the
   * conversation keeps it on this computer; back, it is saved. */
  if (offline && page != NULL)
    ls_flushable_save_soon_all (page, NULL);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->offline_banner), offline);
  /* The pages, with everything in them that changes data. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->content_stack), !offline);
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_person_button), !offline);
  if (!offline && page != NULL)
    _ls_window_save_page_soon (self);
}

static void
listening_changed_cb (LsStoreWatch *watch,
                      GParamSpec   *pspec,
                      LsWindow     *self)
{
  /* The watch says so only once it had listened (not while it first
   * connects). */
  set_offline (self, !ls_store_watch_get_listening (watch));
}

void
_ls_window_watch_store (LsWindow *self)
{
  _ls_window_unwatch_store (self);
  if (self->changes == NULL)
    self->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  if (self->store == NULL)
    return;
  self->watch = ls_store_watch (self->store, NULL);
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (store_changed_cb), self, 0);
  g_signal_connect_object (self->watch, "notify::listening", G_CALLBACK (listening_changed_cb), self, 0);
}

void
_ls_window_unwatch_store (LsWindow *self)
{
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_clear_object (&self->watch);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  if (self->changes != NULL)
    g_array_set_size (self->changes, 0);
  if (self->offline && self->content_stack != NULL)
    {
      self->offline = FALSE;
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->offline_banner), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->content_stack), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->new_person_button), TRUE);
    }
}

gboolean
_ls_window_get_offline (LsWindow *self)
{
  return self->offline;
}

/* For tests: the window's watch (NULL without a store). */
LsStoreWatch *
_ls_window_get_watch (LsWindow *self)
{
  return self->watch;
}
