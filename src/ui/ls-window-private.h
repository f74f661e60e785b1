/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The main window's insides, shared by ls-window.c and ls-window-demo.c. */

#include "ls-caseload-view.h"
#include "ls-person-page.h"
#include "ls-window.h"

G_BEGIN_DECLS

struct _LsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings       *settings;
  LsStore         *store;
  GCancellable    *demo_cancellable;
  GCancellable    *person_cancellable;  /* the person being opened */
  gint64           opening_id;
  AdwStatusPage   *opening_page;        /* "opening" and "opening-failed" in content_stack */
  AdwStatusPage   *opening_error_page;

  AdwToastOverlay *toast_overlay;
  GtkStack        *window_stack;
  AdwLeaflet      *leaflet;
  GtkWidget       *sidebar;
  GtkWidget       *content;
  AdwWindowTitle  *content_title;
  LsCaseloadView  *caseload_view;
  GtkWidget       *new_person_button;
  GtkWidget       *primary_menu_button;
  GtkWidget       *demo_button;
  GtkProgressBar  *demo_progress;
  GtkStack        *content_stack;
  LsPersonPage    *person_page;
  AdwStatusPage   *error_page;
  GtkLabel        *error_advice;
};

void _ls_window_show_toast          (LsWindow   *self,
                                     const char *message);
gboolean _ls_window_flush_page      (LsWindow   *self);
void _ls_window_show_person         (LsWindow   *self,
                                     gint64      id);
void _ls_window_create_demo_action  (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter);

G_END_DECLS
