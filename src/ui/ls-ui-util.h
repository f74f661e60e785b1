/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-domain-reading.h"
#include "ls-render-style.h"

G_BEGIN_DECLS

void          ls_ui_add_css_once (gboolean   *done,
                                  const char *css);

LsRenderStyle ls_ui_render_style (void);

/* gtk_drop_down_new_from_strings() whose button shortens a long choice
 * with "…" instead of making the window wider. */
GtkWidget    *ls_ui_drop_down_new (const char * const *strings);
/* The items of a drop-down of strings (GtkStringList) shortened with "…"
 * where the window is too narrow, and named for screen readers. */
void          ls_ui_drop_down_name_items (GtkDropDown *dropdown);

/* A label of running text: it wraps, from the start of its line, with
 * @css_class (or NULL). */
GtkWidget    *ls_ui_text_label_new (const char *text,
                                    const char *css_class);

/* The caption in a form's first column: it wraps where the window is
 * narrow, so that the field beside it keeps its room. */
GtkWidget    *ls_ui_caption_new (const char *text);

/* A button that shows @label where there is room and only the icon
 * @icon_name where there is not (an AdwSqueezer); the label stays its
 * tooltip and its name for screen readers. */
GtkWidget    *ls_ui_squeezing_button_new (const char *label,
                                          const char *icon_name);

/* Gives the child of @scrolled (a GtkScrolledWindow) its natural height,
 * scrolling where the window is lower: for a page holding a wheel, which
 * asks for the height its width fills (its minimum is far less). */
void          ls_ui_scroll_natural_height (GtkWidget *scrolled);

/* A row of buttons that goes on to a second line where the window is too
 * narrow for all of them: a GtkFlowBox filled with ls_ui_flow_append()
 * (in columns as wide as its widest button). */
GtkWidget    *ls_ui_button_row_new    (void);
/* Adds @widget to the GtkFlowBox @flow in a place that takes no focus
 * itself (Tab goes from one control to the next, not to their places). */
void          ls_ui_flow_append       (GtkWidget *flow,
                                       GtkWidget *widget);
/* A plain button appended to @flow whose click emits @signal_id (a
 * signal without arguments) on @instance, which holds the row; styled
 * "suggested-action" when @suggested. */
GtkWidget    *ls_ui_flow_append_signal_button (GtkWidget  *flow,
                                               const char *label,
                                               gpointer    instance,
                                               guint       signal_id,
                                               gboolean    suggested);

/* Gives @widget the keyboard focus once it has its place on screen (after
 * the next layout), for a widget just shown or added: the scrolled window
 * around it then brings it into view, where focusing it at once would
 * leave it out of sight (GtkViewport scrolls to where the focus was
 * before the layout placed it). */
void          ls_ui_grab_focus_when_placed (GtkWidget *widget);

/* A framed text area for free text: a wrapping GtkTextView named @name
 * for screen readers, at least @min_height high, where Tab moves on to the
 * next field and the keyboard's focus is drawn (Adwaita draws none on a
 * text view). Returns the frame; *@view is the text view. */
GtkWidget    *ls_ui_text_area_new (const char  *name,
                                   int          min_height,
                                   GtkWidget  **view);

/* The mouse wheel over @widget (a spin button) changes its value only
 * while it has the keyboard focus; otherwise the wheel scrolls the page
 * around it, so scrolling a form past a field never changes the field. */
void          ls_ui_wheel_changes_only_focused (GtkWidget *widget);

/* The face icon of the picture scale ("face-smile-symbolic" for good), or
 * NULL for none: the same face in the conversation and the own view. */
const char   *ls_ui_pictogram_icon_name (LsPictogramRating rating);

/* An entry or text view that cannot be changed (an issued decision's
 * fields) looks like text, not like a field: not editable, and styled as
 * read-only (no frame or field background; see style.css). Editable ones
 * are left as they are. */
void          ls_ui_set_editable (GtkWidget *widget,
                                  gboolean   editable);

GtkWidget    *ls_ui_action_button (const char *label,
                                   const char *name,
                                   const char *action,
                                   gint64      id);

/* A save that outlives its page (the page closed with words pending)
 * keeps the application running until it ended: the hold returned (or
 * NULL without an application) is given back with ls_ui_release_application(). */
GApplication *ls_ui_hold_application    (void);
void          ls_ui_release_application (GApplication *application);

G_END_DECLS
