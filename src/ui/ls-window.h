/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-application.h"
#include "ls-store.h"

G_BEGIN_DECLS

#define LS_TYPE_WINDOW (ls_window_get_type ())
G_DECLARE_FINAL_TYPE (LsWindow, ls_window, LS, WINDOW, AdwApplicationWindow)

LsWindow *ls_window_new              (LsApplication *application);
void      ls_window_set_store        (LsWindow      *self,
                                      LsStore       *store);
LsStore  *ls_window_get_store        (LsWindow      *self);
/* Starts saving what the page shown has pending, on its worker; FALSE
 * when nothing is pending (neither typed nor being saved). */
gboolean  ls_window_save_pending     (LsWindow      *self);
/* The page shown saves what is being typed, on its worker; FALSE from
 * the finish (the window says why) when it could not. */
void      ls_window_flush_async      (LsWindow            *self,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean  ls_window_flush_finish     (LsWindow            *self,
                                      GAsyncResult        *result);
void      ls_window_show_store_error (LsWindow      *self,
                                      const GError  *error);
void      ls_window_show_connecting  (LsWindow      *self);

G_END_DECLS
