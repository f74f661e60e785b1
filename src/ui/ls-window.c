/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-window.h"

struct _LsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings       *settings;

  AdwToastOverlay *toast_overlay;
  AdwLeaflet      *leaflet;
  GtkWidget       *sidebar;
  GtkWidget       *content;
  GtkSearchEntry  *search_entry;
  GtkWidget       *new_person_button;
  GtkWidget       *primary_menu_button;
  GtkWidget       *demo_button;
  GtkListBox      *caseload_list;
  GtkStack        *content_stack;
};

G_DEFINE_FINAL_TYPE (LsWindow, ls_window, ADW_TYPE_APPLICATION_WINDOW)

static void
ls_window_show_toast (LsWindow   *self,
                      const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
ls_window_new_person_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  /* The form arrives with the conversation issue; say so rather than do nothing. */
  ls_window_show_toast (LS_WINDOW (widget), _("Adding people is not available yet"));
}

static void
ls_window_create_demo_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  ls_window_show_toast (LS_WINDOW (widget), _("Demo data is not available yet"));
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
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ls_window_dispose (GObject *object)
{
  LsWindow *self = LS_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_WINDOW);
  G_OBJECT_CLASS (ls_window_parent_class)->dispose (object);
}

static void
ls_window_class_init (LsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, content);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, new_person_button);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, demo_button);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, caseload_list);
  gtk_widget_class_bind_template_child (widget_class, LsWindow, content_stack);

  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, ls_window_new_person_action);
  gtk_widget_class_install_action (widget_class, "win.create-demo", NULL, ls_window_create_demo_action);
  gtk_widget_class_install_action (widget_class, "win.show-caseload", NULL, ls_window_show_caseload_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, ls_window_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
ls_window_init (LsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

LsWindow *
ls_window_new (LsApplication *application)
{
  return g_object_new (LS_TYPE_WINDOW, "application", application, NULL);
}
