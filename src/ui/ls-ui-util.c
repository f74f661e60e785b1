/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers that several widgets share. */
#define G_LOG_DOMAIN "ls-ui-util"

#include "config.h"

#include "ls-goal-row.h"
#include "ls-ui-util.h"

/* Adds @css for the whole display the first time (*@done is the caller's
 * static flag); without a display (unit tests) it does nothing. */
void
ls_ui_add_css_once (gboolean   *done,
                    const char *css)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  g_return_if_fail (done != NULL);
  g_return_if_fail (css != NULL);

  if (*done || display == NULL)
    return;
  *done = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The render style that matches the current light, dark or high-contrast look. */
LsRenderStyle
ls_ui_render_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? LS_RENDER_STYLE_HIGH_CONTRAST_DARK : LS_RENDER_STYLE_HIGH_CONTRAST;
  return dark ? LS_RENDER_STYLE_DARK : LS_RENDER_STYLE_LIGHT;
}

/* An item of a drop-down of strings: shortened with "…" on the button
 * where the window is too narrow for it, whole (wrapped) in the list that
 * opens, and named for screen readers (GTK 4.8 names no list item
 * itself). GTK 4.8 has one factory for both; the list is in a popover. */
static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkWidget *row = gtk_widget_get_parent (label);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  gboolean in_list = gtk_widget_get_ancestor (label, GTK_TYPE_POPOVER) != NULL;

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_label_set_ellipsize (GTK_LABEL (label), in_list ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (label), in_list);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

void
ls_ui_drop_down_name_items (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
}

GtkWidget *
ls_ui_drop_down_new (const char * const *strings)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (strings);

  ls_ui_drop_down_name_items (GTK_DROP_DOWN (dropdown));
  return dropdown;
}

GtkWidget *
ls_ui_text_label_new (const char *text,
                      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
ls_ui_caption_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Between words only: a caption is a word or two, and Norwegian
   * compounds broken anywhere read badly ("Tjenesteyt-er"). */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  /* Without it a wrapping label asks only for its longest word. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  return label;
}

GtkWidget *
ls_ui_squeezing_button_new (const char *label,
                            const char *icon_name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *squeezer = adw_squeezer_new ();
  GtkWidget *text = gtk_label_new (label);

  g_return_val_if_fail (label != NULL && icon_name != NULL, NULL);

  adw_squeezer_add (ADW_SQUEEZER (squeezer), text);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), gtk_image_new_from_icon_name (icon_name));
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  gtk_button_set_child (GTK_BUTTON (button), squeezer);
  gtk_widget_set_tooltip_text (button, label);
  ls_set_accessible_label (button, label);
  return button;
}

void
ls_ui_scroll_natural_height (GtkWidget *scrolled)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled));

  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))),
                                     GTK_SCROLL_NATURAL);
}

GtkWidget *
ls_ui_button_row_new (void)
{
  GtkWidget *row = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (row), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row), 8);
  /* Not halign START: a flow box puts as many on a line as its widest
   * child allows, which its natural width does not promise; given only
   * that width it would wrap after its height was measured, and overlap
   * what follows. */
  return row;
}

/* A place in a flow box that is only there for the layout: the keyboard
 * goes straight to what it holds, and passes a place with nothing to
 * focus (GtkFlowBoxChild would take focus itself, invisibly, and stop Tab
 * there). */
typedef GtkFlowBoxChild LsFlowPlace;
typedef GtkFlowBoxChildClass LsFlowPlaceClass;

static GType ls_flow_place_get_type (void);

G_DEFINE_TYPE (LsFlowPlace, ls_flow_place, GTK_TYPE_FLOW_BOX_CHILD)

static gboolean
ls_flow_place_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  GtkWidget *child = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget));

  return child != NULL && gtk_widget_child_focus (child, direction);
}

static void
ls_flow_place_class_init (LsFlowPlaceClass *klass)
{
  GTK_WIDGET_CLASS (klass)->focus = ls_flow_place_focus;
}

static void
ls_flow_place_init (LsFlowPlace *self)
{
}

void
ls_ui_flow_append (GtkWidget *flow,
                   GtkWidget *widget)
{
  GtkWidget *child = g_object_new (ls_flow_place_get_type (), NULL);

  g_return_if_fail (GTK_IS_FLOW_BOX (flow));

  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), widget);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), child);
}

static void
signal_button_clicked_cb (GtkWidget *button,
                          gpointer   instance)
{
  g_signal_emit (instance, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ls-signal")), 0);
}

GtkWidget *
ls_ui_flow_append_signal_button (GtkWidget  *flow,
                                 const char *label,
                                 gpointer    instance,
                                 guint       signal_id,
                                 gboolean    suggested)
{
  GtkWidget *button = ls_plain_button_new (label);

  g_return_val_if_fail (G_IS_OBJECT (instance), NULL);

  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data (G_OBJECT (button), "ls-signal", GUINT_TO_POINTER (signal_id));
  g_signal_connect (button, "clicked", G_CALLBACK (signal_button_clicked_cb), instance);
  ls_ui_flow_append (flow, button);
  return button;
}

static void
placed_cb (GdkFrameClock *clock,
           GtkWidget     *widget)
{
  g_signal_handlers_disconnect_by_func (clock, placed_cb, widget);
  if (gtk_widget_get_mapped (widget))
    gtk_widget_grab_focus (widget);
}

void
ls_ui_grab_focus_when_placed (GtkWidget *widget)
{
  GdkFrameClock *clock;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    {
      gtk_widget_grab_focus (widget);
      return;
    }
  /* after the window's own handler has laid the widgets out */
  g_signal_handlers_disconnect_by_func (clock, placed_cb, widget);
  g_signal_connect_object (clock, "layout", G_CALLBACK (placed_cb), widget, G_CONNECT_AFTER);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

static const char text_area_css[] =
  "textview.text-area:focus-visible { outline: 2px solid alpha(@accent_color, 0.5); outline-offset: -2px; }";

GtkWidget *
ls_ui_text_area_new (const char  *name,
                     int          min_height,
                     GtkWidget  **view)
{
  static gboolean css_done;
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *text = gtk_text_view_new ();

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (view != NULL, NULL);

  ls_ui_add_css_once (&css_done, text_area_css);
  gtk_widget_add_css_class (text, "text-area");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text), 8);
  gtk_widget_set_size_request (text, -1, min_height);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), text);
  *view = text;
  return frame;
}

/* The widget's own wheel handling (a spin button's scroll controller) on
 * or off; while it is off the scroll goes on to the scrolled window. */
static void
set_wheel_phase (GtkWidget           *widget,
                 GtkPropagationPhase  phase)
{
  /* held only for this loop: observing controllers costs while it lasts */
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller, phase);
    }
}

static void
wheel_focus_enter_cb (GtkEventControllerFocus *focus,
                      GtkWidget               *widget)
{
  set_wheel_phase (widget, GTK_PHASE_BUBBLE);
}

static void
wheel_focus_leave_cb (GtkEventControllerFocus *focus,
                      GtkWidget               *widget)
{
  set_wheel_phase (widget, GTK_PHASE_NONE);
}

void
ls_ui_wheel_changes_only_focused (GtkWidget *widget)
{
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  set_wheel_phase (widget, GTK_PHASE_NONE);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (wheel_focus_enter_cb), widget, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (wheel_focus_leave_cb), widget, 0);
  gtk_widget_add_controller (widget, focus);
}

static void
action_button_clicked_cb (GtkWidget *button)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "id");
  const char *action = g_object_get_data (G_OBJECT (button), "action");

  gtk_widget_activate_action (button, action, "x", id);
}

/* A plain button named @name for screen readers that activates @action
 * (which takes the record's database id, "x") with @id. */
GtkWidget *
ls_ui_action_button (const char *label,
                     const char *name,
                     const char *action,
                     gint64      id)
{
  GtkWidget *button;

  g_return_val_if_fail (action != NULL, NULL);

  button = ls_plain_button_new (label);
  ls_set_accessible_label (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (button), "action", g_strdup (action), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (action_button_clicked_cb), NULL);
  return button;
}

const char *
ls_ui_pictogram_icon_name (LsPictogramRating rating)
{
  switch (rating)
    {
    case LS_PICTOGRAM_GOOD:
      return "face-smile-symbolic";
    case LS_PICTOGRAM_SO_SO:
      return "face-plain-symbolic";
    case LS_PICTOGRAM_HARD:
      return "face-sad-symbolic";
    case LS_PICTOGRAM_UNSET:
    default:
      return NULL;
    }
}

void
ls_ui_set_editable (GtkWidget *widget,
                    gboolean   editable)
{
  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));

  if (GTK_IS_TEXT_VIEW (widget))
    {
      gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), editable);
      gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (widget), editable);
    }
  else
    gtk_editable_set_editable (GTK_EDITABLE (widget), editable);
  if (editable)
    gtk_widget_remove_css_class (widget, "read-only");
  else
    gtk_widget_add_css_class (widget, "read-only");
}

GApplication *
ls_ui_hold_application (void)
{
  GApplication *application = g_application_get_default ();

  if (application == NULL)
    return NULL;
  g_application_hold (application);
  return g_object_ref (application);
}

void
ls_ui_release_application (GApplication *application)
{
  if (application == NULL)
    return;
  g_application_release (application);
  g_object_unref (application);
}
