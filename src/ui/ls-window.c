/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-caseload-view.h"
#include "ls-conversation-page.h"
#include "ls-flushable.h"
#include "ls-goal-row.h"
#include "ls-person-dialog.h"
#include "ls-person-page.h"
#include "ls-profile.h"
#include "ls-signed-in.h"
#include "ls-store-persons.h"
#include "ls-window-decisions.h"
#include "ls-window-exchange.h"
#include "ls-window-private.h"

G_DEFINE_FINAL_TYPE (LsWindow, ls_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
_ls_window_show_toast (LsWindow   *self,
                       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Welcome when the database is empty, else ask to choose a person. */
static void
ls_window_show_start (LsWindow *self)
{
  gint64 n = ls_caseload_view_get_n_persons (self->caseload_view);

  /* The count comes with the caseload's first reading (on its worker):
   * until then the page asks to choose a person. */
  gtk_stack_set_visible_child_name (self->content_stack, self->store == NULL || n == 0 ? "welcome" : "select");
  adw_window_title_set_title (self->content_title, _("Livsskisse"));
}

/* The caseload was read: the start page, while shown, says whether there
 * is anyone to choose. */
static void
caseload_read_cb (LsWindow *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->content_stack);

  if (g_strcmp0 (shown, "select") == 0 || g_strcmp0 (shown, "welcome") == 0)
    gtk_stack_set_visible_child_name (self->content_stack,
                                      ls_caseload_view_get_n_persons (self->caseload_view) == 0
                                      ? "welcome" : "select");
}

static void
page_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gpointer data = ls_ui_load_finish (result, &error);
  const LsWindowLoad *load = self->opening;

  /* Cancelled: another page was chosen, or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->content_stack == NULL)
    return;
  g_clear_object (&self->load_cancellable);
  /* The person went elsewhere meanwhile (the team view, a new draft). */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "opening") != 0)
    {
      if (data != NULL)
        load->free_data (data);
      return;
    }
  if (data == NULL)
    {
      adw_status_page_set_title (self->opening_error_page, _(load->failed_title));
      adw_status_page_set_description (self->opening_error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "opening-failed");
      return;
    }
  load->show (self, self->opening_id, data);
  load->free_data (data);
}

/* _ls_window_open(), once the page shown is saved. */
typedef struct
{
  const LsWindowLoad *load;
  gint64              id;
} Opening;

static void open_now (LsWindow *self, gpointer data);

/* The page shown saves first (on its worker); on failure it stays, with
 * its text. The reading is done on a worker thread: while another program
 * holds the database, the window shows that it is opening, and says so if
 * it could not. */
void
_ls_window_open (LsWindow           *self,
                 const LsWindowLoad *load,
                 gint64              id)
{
  Opening *opening;

  g_return_if_fail (self->store != NULL);

  opening = g_new0 (Opening, 1);
  opening->load = load;
  opening->id = id;
  _ls_window_leave_page (self, open_now, opening, g_free);
}

void
_ls_window_show_content (LsWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* AdwLeaflet moves the focus into the child it makes visible, also when
   * both are shown: a person chosen with the arrow keys took the keyboard
   * out of the list. */
  if (focus != NULL && !adw_leaflet_get_folded (self->leaflet)
      && gtk_widget_is_ancestor (focus, self->sidebar))
    {
      g_object_ref (focus);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      if (gtk_root_get_focus (GTK_ROOT (self)) != focus)
        gtk_widget_grab_focus (focus);
      g_object_unref (focus);
      return;
    }
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
open_now (LsWindow *self,
          gpointer  data)
{
  const LsWindowLoad *load = ((Opening *) data)->load;
  gint64 id = ((Opening *) data)->id;

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->opening = load;
  self->opening_id = id;
  gtk_stack_set_visible_child_name (self->content_stack, "opening");
  _ls_window_show_content (self);
  ls_ui_load_async (self, self->store, load->load, load->free_data, id, self->load_cancellable,
                    page_loaded_cb, g_object_ref (self));
}

static void conversation_requested_cb (LsWindow *self, gint64 person_id, gint64 sketch_id, LsPersonPage *page);

/* The person page, made when a person is first shown: the window's first
 * frame shows none, and making its widgets (and styling them, hidden)
 * cost a twentieth of that frame. */
static LsPersonPage *
person_page (LsWindow *self)
{
  if (self->person_page == NULL)
    {
      self->person_page = LS_PERSON_PAGE (ls_person_page_new ());
      ls_person_page_set_store (self->person_page, self->store);
      g_signal_connect_object (self->person_page, "conversation-requested", G_CALLBACK (conversation_requested_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->person_page), "person");
    }
  return self->person_page;
}

LsPerson *
_ls_window_get_page_person (LsWindow *self)
{
  return self->person_page != NULL ? ls_person_page_get_person (self->person_page) : NULL;
}

static void
show_person_page (LsWindow *self,
                  gint64    id,
                  gpointer  data)
{
  g_autofree char *name = NULL;

  ls_person_page_apply (person_page (self), data);
  name = ls_person_dup_display_name (ls_person_page_get_person (self->person_page));
  adw_window_title_set_title (self->content_title, name);
  gtk_stack_set_visible_child_name (self->content_stack, "person");
}

static const LsWindowLoad person_load = {
  N_("The Person Could Not Be Opened"), ls_person_page_load, ls_person_page_data_free, show_person_page,
};

/* Shows person @id (and writes the read to the audit log). */
void
_ls_window_show_person (LsWindow *self,
                        gint64    id)
{
  _ls_window_open (self, &person_load, id);
}

static void
retry_opening_cb (LsWindow *self)
{
  _ls_window_open (self, self->opening, self->opening_id);
}

/* The pages shown while a page is opened, and when that failed (its
 * title says which page). */
static void
add_opening_pages (LsWindow *self)
{
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *retry = ls_plain_button_new (_("Try Again"));

  self->opening_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_title (self->opening_page, _("Opening…"));
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_status_page_set_child (self->opening_page, spinner);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->opening_page), "opening");

  self->opening_error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->opening_error_page, "dialog-warning-symbolic");
  gtk_widget_set_halign (retry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retry, "pill");
  g_signal_connect_object (retry, "clicked", G_CALLBACK (retry_opening_cb), self, G_CONNECT_SWAPPED);
  adw_status_page_set_child (self->opening_error_page, retry);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->opening_error_page), "opening-failed");
}

static void
person_activated_cb (LsWindow *self,
                     gint64    id)
{
  _ls_window_show_person (self, id);
}

static void
person_saved_cb (LsWindow       *self,
                 gint64          id,
                 LsPersonDialog *dialog)
{
  ls_caseload_view_reload_choosing (self->caseload_view, id);
  _ls_window_show_person (self, id);
}

static void
ls_window_new_person_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  dialog = ls_person_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (person_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
conversation_done_cb (LsWindow           *self,
                      LsConversationPage *page)
{
  /* The page stays (hidden) until the next conversation replaces it: it
   * is still emitting this signal. */
  _ls_window_show_person (self, ls_conversation_page_get_person_id (page));
  ls_caseload_view_reload (self->caseload_view);
}

static void conversation_reload_cb (LsWindow *self, LsConversationPage *page);

static void
show_conversation (LsWindow *self,
                   gint64    id,
                   gpointer  data)
{
  GtkWidget *old = gtk_stack_get_child_by_name (self->content_stack, "conversation");
  GtkWidget *conversation;

  if (old != NULL)
    gtk_stack_remove (self->content_stack, old);
  conversation = ls_conversation_page_new_from_data (self->store, data);
  g_signal_connect_object (conversation, "done", G_CALLBACK (conversation_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (conversation, "reload-requested", G_CALLBACK (conversation_reload_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->content_stack, conversation, "conversation");
  gtk_stack_set_visible_child (self->content_stack, conversation);
}

/* Start: @id is the person's; continue: the sketch's. */
static const LsWindowLoad start_conversation_load = {
  N_("The Conversation Could Not Be Opened"), ls_conversation_page_load_new, ls_conversation_page_data_free,
  show_conversation,
};
static const LsWindowLoad continue_conversation_load = {
  N_("The Conversation Could Not Be Opened"), ls_conversation_page_load, ls_conversation_page_data_free,
  show_conversation,
};

/* Someone else changed the open sketch: what was typed is saved, then the
 * sketch is read again. */
static void
conversation_reload_cb (LsWindow           *self,
                        LsConversationPage *page)
{
  _ls_window_open (self, &continue_conversation_load, ls_conversation_page_get_sketch_id (page));
}

/* From the person page: start (@sketch_id 0) or continue a conversation. */
static void
conversation_requested_cb (LsWindow     *self,
                           gint64        person_id,
                           gint64        sketch_id,
                           LsPersonPage *page)
{
  if (sketch_id != 0)
    _ls_window_open (self, &continue_conversation_load, sketch_id);
  else
    _ls_window_open (self, &start_conversation_load, person_id);
}

/* "win.show-person" (x: person id): the person's page, read again. */
static void
ls_window_show_person_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);

  if (self->store != NULL)
    _ls_window_show_person (self, g_variant_get_int64 (parameter));
}

static void
ls_window_show_caseload_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
ls_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  ls_caseload_view_focus_search (self->caseload_view);
}

/* What the person at the screen can do about each way opening can fail. */
static const char *
store_error_advice (const GError *error)
{
  if (error->domain != LS_STORE_ERROR)
    return _("Check that the file is a Livsskisse database and that you may read it.");
  switch (error->code)
    {
    case LS_STORE_ERROR_NEWER_VERSION:
      return _("The file was written by a newer version of Livsskisse. Install that version "
               "to open it. The file has not been changed.");
    case LS_STORE_ERROR_NOT_A_DATABASE:
      return _("Choose a Livsskisse database with --database, or move this file away so that a "
               "new database can be made. The file has not been changed.");
    case LS_STORE_ERROR_CORRUPT:
      return _("Restore the latest backup (livsskisse-cli backup makes one), or ask your IT "
               "support for help. The file has not been changed.");
    case LS_STORE_ERROR_READ_ONLY:
      return _("You may not write to the file or its folder. Ask your IT support to give you "
               "write access, or open a copy you own.");
    case LS_STORE_ERROR_FULL:
      return _("The disk is full. Free some space and start Livsskisse again.");
    case LS_STORE_ERROR_BUSY:
      return _("Another program is using the database. Close it and start Livsskisse again.");
    default:
      return _("Check that the folder exists and that you may read and write it, then start "
               "Livsskisse again.");
    }
}

static gboolean
wants_team_database (LsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return LS_IS_APPLICATION (app) && ls_application_wants_team_database (LS_APPLICATION (app));
}

/* Shows why the database could not be opened instead of the caseload; for
 * the team database, with the ways out: the local file, again, Preferences. */
void
ls_window_show_store_error (LsWindow     *self,
                            const GError *error)
{
  gboolean team;

  g_return_if_fail (LS_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  team = wants_team_database (self);
  gtk_spinner_set_spinning (self->connecting_spinner, FALSE);
  adw_status_page_set_title (self->error_page, team ? _("The Team Database Cannot Be Opened")
                                                  : _("The Case Database Cannot Be Opened"));
  adw_status_page_set_description (self->error_page, error->message);
  gtk_label_set_label (self->error_advice,
                       team ? _("Check the team database in Preferences, or work in the database file on "
                                "this computer for now.")
                            : store_error_advice (error));
  gtk_widget_set_visible (self->team_error_actions, team);
  gtk_stack_set_visible_child_name (self->window_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-demo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
}

/* While the team database is being connected to (on a worker thread). */
void
ls_window_show_connecting (LsWindow *self)
{
  g_return_if_fail (LS_IS_WINDOW (self));

  gtk_spinner_set_spinning (self->connecting_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->window_stack, "connecting");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
}

/* The store may change while the window is shown (Preferences' team
 * database): the pages being opened from the old one are dropped. */
void
ls_window_set_store (LsWindow *self,
                     LsStore  *store)
{
  g_return_if_fail (LS_IS_WINDOW (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (store != NULL)
    {
      gtk_spinner_set_spinning (self->connecting_spinner, FALSE);
      gtk_stack_set_visible_child_name (self->window_stack, "main");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", TRUE);
    }
  ls_caseload_view_set_store (self->caseload_view, store);
  if (self->person_page != NULL)
    ls_person_page_set_store (self->person_page, store);
  _ls_window_watch_store (self);
  ls_signed_in_set_store (LS_SIGNED_IN (self->signed_in), store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person", store != NULL);
  /* Invented people go into a file, never into a team's database. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-demo", store != NULL && !ls_store_is_server (store));
  ls_window_show_start (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

LsStore *
ls_window_get_store (LsWindow *self)
{
  g_return_val_if_fail (LS_IS_WINDOW (self), NULL);
  return self->store;
}

/* Closing, once the page shown was saved. */
static void
close_now (LsWindow *self,
           gpointer  data)
{
  self->close_flushed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* The window stays while the page shown saves (on its worker), then
 * closes; when that fails it stays, saying why. */
static gboolean
ls_window_close_request (GtkWindow *window)
{
  LsWindow *self = LS_WINDOW (window);
  GtkWidget *page = self->content_stack != NULL ? gtk_stack_get_visible_child (self->content_stack) : NULL;

  if (!self->close_flushed && (self->flushing || (page != NULL && ls_flushable_any_pending (page))))
    {
      _ls_window_leave_page (self, close_now, NULL, NULL);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (ls_window_parent_class)->close_request (window);
}

static gboolean
interactive_cb (gpointer data)
{
  ls_profile_mark ("interactive (main loop idle after the first frame)");
  return G_SOURCE_REMOVE;
}

static void
after_first_paint_cb (GdkFrameClock *clock,
                      LsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_paint_cb, self);
  ls_profile_mark ("first frame painted");
  g_idle_add_full (G_PRIORITY_LOW, interactive_cb, NULL, NULL);
}

static void
ls_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ls_window_parent_class)->map (widget);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_first_paint_cb), widget);
}

static void
ls_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, LS_WINDOW (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      ls_window_set_store (LS_WINDOW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_window_dispose (GObject *object)
{
  LsWindow *self = LS_WINDOW (object);

  g_cancellable_cancel (self->demo_cancellable);
  g_clear_object (&self->demo_cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _ls_window_drop_leave (self);
  g_clear_object (&self->settings);
  _ls_window_unwatch_store (self);
  g_clear_pointer (&self->changes, g_array_unref);
  /* its reading of who is signed in ends with the window (the menu's
   * popover may outlive it a while) */
  if (self->signed_in != NULL)
    ls_signed_in_set_store (LS_SIGNED_IN (self->signed_in), NULL);
  self->signed_in = NULL;   /* the popover's */
  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_WINDOW);
  self->person_page = NULL;   /* the content stack's, gone with it */
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_window_parent_class)->dispose (object);
}

static void
ls_window_class_init (LsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_window_dispose;
  object_class->get_property = ls_window_get_property;
  object_class->set_property = ls_window_set_property;
  widget_class->map = ls_window_map;
  GTK_WINDOW_CLASS (klass)->close_request = ls_window_close_request;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, LS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LS_TYPE_CASELOAD_VIEW);
  g_type_ensure (LS_TYPE_PERSON_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, window_stack);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, content);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, caseload_view);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, new_person_button);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, demo_button);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, demo_progress);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, error_advice);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, team_error_actions);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, connecting_spinner);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, ls_window_new_person_action);
  gtk_widget_class_install_action (widget_class, "win.create-demo", NULL, _ls_window_create_demo_action);
  gtk_widget_class_install_action (widget_class, "win.show-caseload", NULL, ls_window_show_caseload_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, ls_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-person", "x", ls_window_show_person_action);
  _ls_window_decisions_class_init (widget_class);
  _ls_window_exchange_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

/* The main menu, with who is signed in at its top. */
static void
add_signed_in (LsWindow *self)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (self->primary_menu_button);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenuItem) item = g_menu_item_new (NULL, NULL);

  g_menu_item_set_attribute (item, "custom", "s", "signed-in");
  g_menu_append_item (section, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_menu_append_section (menu, NULL, gtk_menu_button_get_menu_model (button));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  self->signed_in = ls_signed_in_new ();
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button)), self->signed_in, "signed-in");
}

/* Narrow, back in the caseload (its back button, a swipe or Alt+Left):
 * no one is chosen, so a click on the person just shown opens them again
 * (a list row already chosen takes no click). */
static void
leaflet_child_cb (LsWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet) && adw_leaflet_get_visible_child (self->leaflet) == self->sidebar)
    ls_caseload_view_unselect (self->caseload_view);
}

static void
ls_window_init (LsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_signed_in (self);
  add_opening_pages (self);
  _ls_window_decisions_init (GTK_WIDGET (self));
  g_signal_connect_object (self->caseload_view, "query-done", G_CALLBACK (caseload_read_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (leaflet_child_cb), self,
                           G_CONNECT_SWAPPED);

  self->settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-demo", FALSE);

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/* A window on the application's store, or on the page that explains why
 * it could not be opened. */
LsWindow *
ls_window_new (LsApplication *application)
{
  LsStore *store = ls_application_get_store (application);
  LsWindow *self = g_object_new (LS_TYPE_WINDOW, "application", application, "store", store, NULL);

  if (store == NULL && ls_application_is_connecting (application))
    ls_window_show_connecting (self);
  else if (store == NULL)
    ls_window_show_store_error (self, ls_application_get_store_error (application));
  ls_profile_mark ("window built");
  return self;
}
