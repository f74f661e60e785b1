/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The main window's insides, shared by ls-window.c and ls-window-demo.c. */

#include "ls-caseload-view.h"
#include "ls-person-page.h"
#include "ls-store-watch.h"
#include "ls-ui-load.h"
#include "ls-window.h"

G_BEGIN_DECLS

/* A page the window opens after reading its data on a worker thread
 * (ls-ui-load.h): meanwhile the content shows "Opening…", and when the
 * reading failed, @failed_title, why, and Try Again. */
typedef struct
{
  const char     *failed_title;   /* N_(), translated when shown */
  LsUiLoadFunc    load;           /* worker thread: store calls only */
  GDestroyNotify  free_data;
  /* Main thread: builds and shows the page from @data (borrowed; what it
   * keeps, it steals). @id is the one given to _ls_window_open(). */
  void          (*show) (LsWindow *self,
                         gint64    id,
                         gpointer  data);
} LsWindowLoad;

struct _LsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings       *settings;
  LsStore         *store;
  GCancellable    *demo_cancellable;
  GCancellable    *load_cancellable;    /* the page being opened */
  const LsWindowLoad *opening;          /* which, for Try Again */
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
  GtkWidget       *signed_in;           /* LsSignedIn, atop the main menu */
  GtkWidget       *demo_button;
  GtkProgressBar  *demo_progress;
  GtkStack        *content_stack;
  LsPersonPage    *person_page;         /* NULL until a person is first shown */
  AdwStatusPage   *error_page;
  GtkLabel        *error_advice;
  GtkWidget       *team_error_actions;
  GtkSpinner      *connecting_spinner;

  /* Other caseworkers' changes (ls-window-watch.c). */
  LsStoreWatch    *watch;
  GArray          *changes;             /* gathered until refresh_source */
  guint            refresh_source;
  GCancellable    *refresh_cancellable;
  /* The server gone (the watch's connection lost): a banner says so and
   * the pages are read-only until it is back (ls-window-watch.c). */
  GtkWidget       *offline_banner;
  gboolean         offline;

  /* Leaving the page shown (ls-window-leave.c): its flush under way
   * on the page's worker, and the latest request to go on with. */
  gboolean         flushing;
  gpointer         leave;               /* a Leave, ls-window-leave.c */
  gboolean         close_flushed;       /* closing: the page was saved */
};

/* What the window does once the page shown is saved. */
typedef void (*LsWindowThen) (LsWindow *self,
                              gpointer  data);

void _ls_window_show_toast          (LsWindow   *self,
                                     const char *message);
/* Waits for the page shown to save, on the main thread: only for the desk
 * file's own actions (the demo people), never on a team database. */
gboolean _ls_window_flush_page      (LsWindow   *self);
/* The page shown saves what is pending on its worker, then @then runs
 * (now, when nothing is pending). On failure the page stays with its text
 * and the toast says why, and @then never runs. While a flush is under
 * way a new request replaces the one waiting (the latest wins, one flush
 * runs); @free_data frees @data either way. */
void     _ls_window_leave_page      (LsWindow      *self,
                                     LsWindowThen   then,
                                     gpointer       data,
                                     GDestroyNotify free_data);
void     _ls_window_save_page_soon  (LsWindow   *self);
/* The window goes: the request waiting for the page is dropped. */
void     _ls_window_drop_leave      (LsWindow   *self);
void _ls_window_show_person         (LsWindow   *self,
                                     gint64      id);
/* The content pane is the one shown when the window is narrow; when it is
 * wide, where both are, the keyboard stays in the caseload if it was there. */
void _ls_window_show_content        (LsWindow   *self);
/* The person the person page shows, or showed last (NULL before the
 * first). */
LsPerson *_ls_window_get_page_person (LsWindow   *self);
/* Saves the page shown (LsFlushable), then opens @load's page for @id. */
void _ls_window_open                (LsWindow           *self,
                                     const LsWindowLoad *load,
                                     gint64              id);
/* ls-window-watch.c: listening to the window's store (again, when it
 * changed), and no more. */
void _ls_window_watch_store         (LsWindow   *self);
void _ls_window_unwatch_store       (LsWindow   *self);
LsStoreWatch *_ls_window_get_watch  (LsWindow   *self);
/* For tests: whether the window says that the server cannot be reached. */
gboolean _ls_window_get_offline     (LsWindow   *self);
void _ls_window_create_demo_action  (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter);

G_END_DECLS
