/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wheel as a widget. GTK 4.8 has no public API for virtual accessible
 * children, so each segment is a real, transparent GtkButton laid over the
 * segment's bounds: it takes keyboard focus, has the button role, a "click"
 * action and the segment's description as its name. The buttons draw
 * nothing and take no pointer input; the wheel draws everything (including
 * the focus ring of the focused segment) and hit-tests clicks itself. */
#define G_LOG_DOMAIN "ls-wheel-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ls-domain.h"
#include "ls-ui-util.h"
#include "ls-wheel-view.h"

struct _LsWheelView
{
  GtkWidget       parent_instance;

  LsWheelSegment *segments;
  char          **labels;     /* owned copies the segments point into */
  GPtrArray      *buttons;    /* GtkButton *, one per segment */
  guint           n_segments;
  int             focused;
  double          font_scale;
  gboolean        show_legend;
};

G_DEFINE_FINAL_TYPE (LsWheelView, ls_wheel_view, GTK_TYPE_WIDGET)

/* The side of the square the wheel asks for at most, at font scale 1. */
#define LARGEST_SIDE 440

enum {
  SEGMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char segment_css[] =
  "button.wheel-segment, button.wheel-segment:hover, button.wheel-segment:active,"
  "button.wheel-segment:focus, button.wheel-segment:focus-visible {"
  "  background: none; border: none; box-shadow: none; outline: none;"
  "  min-width: 0; min-height: 0; padding: 0; margin: 0; }";

static void
ensure_css (void)
{
  static gboolean done;

  ls_ui_add_css_once (&done, segment_css);
}

static void
fill_wheel (LsWheelView *self,
            LsWheel     *wheel)
{
  ls_wheel_init (wheel, self->segments, self->n_segments);
  wheel->focused = self->focused;
  wheel->style = ls_ui_render_style ();
  wheel->font_scale = self->font_scale;
  wheel->hint = _("Nothing rated yet");
  if (self->show_legend)
    wheel->parts |= LS_WHEEL_PART_LEGEND;
}

static void
ls_wheel_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LsWheelView *self = LS_WHEEL_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  LsWheel wheel;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  fill_wheel (self, &wheel);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ls_wheel_draw (&wheel, cr, 0, 0, width, height);
  cairo_destroy (cr);
}

static void
ls_wheel_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  LsWheelView *self = LS_WHEEL_VIEW (widget);
  int largest = (int) (LARGEST_SIDE * self->font_scale);

  /* Room for the labels around the disc; in less, the labels get smaller
   * (ls-wheel-geometry.c), down to a window 360 px wide. */
  *minimum = 240;
  *natural = MAX (*minimum, largest);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      LsWheel wheel;

      /* As tall as the width fills, with the legend's rows under it: no
       * blank above and below a wheel made small by a narrow window. */
      fill_wheel (self, &wheel);
      *natural = MAX (*minimum, (int) ls_wheel_height_for_width (&wheel, for_size > 0 ? for_size : largest,
                                                                 largest));
    }
}

static GtkSizeRequestMode
ls_wheel_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ls_wheel_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  LsWheelView *self = LS_WHEEL_VIEW (widget);
  LsWheel wheel;

  fill_wheel (self, &wheel);
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      LsWheelRect r = { 0, 0, 1, 1 };
      int min_w, min_h;

      gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
      ls_wheel_segment_bounds (&wheel, width, height, i, &r);
      gtk_widget_size_allocate (button,
                                &(GtkAllocation) { (int) r.x, (int) r.y,
                                                   MAX (min_w, (int) (r.width + 0.5)),
                                                   MAX (min_h, (int) (r.height + 0.5)) },
                                -1);
    }
}

static void
set_focused (LsWheelView *self,
             int          index)
{
  if (self->focused == index)
    return;
  self->focused = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_button_focus_enter (GtkEventControllerFocus *controller,
                       LsWheelView             *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index;

  if (g_ptr_array_find (self->buttons, button, &index))
    set_focused (self, (int) index);
}

static void
on_button_focus_leave (GtkEventControllerFocus *controller,
                       LsWheelView             *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index;

  if (g_ptr_array_find (self->buttons, button, &index) && self->focused == (int) index)
    set_focused (self, -1);
}

static void
on_button_clicked (GtkButton   *button,
                   LsWheelView *self)
{
  guint index;

  if (g_ptr_array_find (self->buttons, button, &index))
    g_signal_emit (self, signals[SEGMENT_ACTIVATED], 0, index);
}

static GtkWidget *
create_button (LsWheelView *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_add_css_class (button, "wheel-segment");
  gtk_widget_set_can_target (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  g_signal_connect (focus, "enter", G_CALLBACK (on_button_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_button_focus_leave), self);
  gtk_widget_add_controller (button, focus);
  g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked), self);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  return button;
}

static void
update_button (LsWheelView *self,
               guint        index)
{
  GtkWidget *button = g_ptr_array_index (self->buttons, index);
  g_autofree char *description = ls_wheel_segment_describe (&self->segments[index]);
  g_autofree char *position = NULL;

  /* Translators: where a segment is in the wheel, e.g. "3 of 10". */
  position = g_strdup_printf (_("%u of %u"), index + 1, self->n_segments);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, position,
                                  -1);
  gtk_widget_set_tooltip_text (button, description);
}

/* The whole wheel in words, for a screen reader's "describe". */
static void
update_description (LsWheelView *self)
{
  g_autofree char *text = NULL;
  LsWheel wheel;

  fill_wheel (self, &wheel);
  text = ls_wheel_describe (&wheel);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
free_segments (LsWheelView *self)
{
  g_clear_pointer (&self->segments, g_free);
  g_clear_pointer (&self->labels, g_strfreev);
  self->n_segments = 0;
}

static void
ls_wheel_view_dispose (GObject *object)
{
  LsWheelView *self = LS_WHEEL_VIEW (object);

  if (self->buttons != NULL)
    {
      for (guint i = 0; i < self->buttons->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
      g_clear_pointer (&self->buttons, g_ptr_array_unref);
    }
  G_OBJECT_CLASS (ls_wheel_view_parent_class)->dispose (object);
}

static void
ls_wheel_view_finalize (GObject *object)
{
  free_segments (LS_WHEEL_VIEW (object));
  G_OBJECT_CLASS (ls_wheel_view_parent_class)->finalize (object);
}

/* Tab walks the segments one by one and then leaves the wheel (where the
 * wheel is one tab stop, an LsFocusGroup around it takes Tab and hands the
 * arrows here). The arrows go round the wheel, as its key bindings do. */
static gboolean
ls_wheel_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  LsWheelView *self = LS_WHEEL_VIEW (widget);
  int n = (int) self->n_segments;
  int next;

  if (n == 0)
    return FALSE;
  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      next = self->focused < 0 ? 0 : self->focused + 1;
      break;
    case GTK_DIR_TAB_BACKWARD:
      next = self->focused < 0 ? n - 1 : self->focused - 1;
      break;
    case GTK_DIR_RIGHT:
    case GTK_DIR_DOWN:
      next = self->focused < 0 ? 0 : (self->focused + 1) % n;
      break;
    case GTK_DIR_LEFT:
    case GTK_DIR_UP:
      next = self->focused < 0 ? 0 : (self->focused + n - 1) % n;
      break;
    default:
      next = 0;
      break;
    }
  if (next < 0 || next >= n)
    return FALSE;
  return gtk_widget_grab_focus (g_ptr_array_index (self->buttons, next));
}

/* Focusing the wheel focuses its first segment. */
static gboolean
ls_wheel_view_grab_focus (GtkWidget *widget)
{
  LsWheelView *self = LS_WHEEL_VIEW (widget);

  if (self->buttons->len == 0)
    return FALSE;
  return gtk_widget_grab_focus (g_ptr_array_index (self->buttons, 0));
}

/* Arrow keys walk round the wheel (wrapping), Home/End jump to the ends.
 * Actions rather than a key handler, so tests and other widgets can use them. */
static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LsWheelView *self = LS_WHEEL_VIEW (widget);
  int n = (int) self->n_segments;
  int next;

  if (n == 0)
    return;
  if (g_str_equal (action_name, "wheel.first"))
    next = 0;
  else if (g_str_equal (action_name, "wheel.last"))
    next = n - 1;
  else if (self->focused < 0)
    next = 0;
  else if (g_str_equal (action_name, "wheel.next"))
    next = (self->focused + 1) % n;
  else
    next = (self->focused + n - 1) % n;
  ls_wheel_view_focus_segment (self, (guint) next);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   LsWheelView     *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  LsWheel wheel;
  int index;

  fill_wheel (self, &wheel);
  index = ls_wheel_segment_at (&wheel, gtk_widget_get_width (widget), gtk_widget_get_height (widget), x, y);
  if (index < 0)
    return;
  ls_wheel_view_focus_segment (self, (guint) index);
  g_signal_emit (self, signals[SEGMENT_ACTIVATED], 0, (guint) index);
}

static gboolean
on_query_tooltip (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  LsWheelView *self)
{
  g_autofree char *text = NULL;
  LsWheel wheel;
  int index;

  fill_wheel (self, &wheel);
  index = keyboard ? self->focused
                   : ls_wheel_segment_at (&wheel, gtk_widget_get_width (widget),
                                          gtk_widget_get_height (widget), x, y);
  if (index < 0 || index >= (int) self->n_segments)
    return FALSE;
  text = ls_wheel_segment_describe (&self->segments[index]);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_style_changed (LsWheelView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const struct {
  guint       keyval;
  const char *action;
} arrow_keys[] = {
  { GDK_KEY_Right, "wheel.next" }, { GDK_KEY_KP_Right, "wheel.next" },
  { GDK_KEY_Down, "wheel.next" }, { GDK_KEY_KP_Down, "wheel.next" },
  { GDK_KEY_Left, "wheel.previous" }, { GDK_KEY_KP_Left, "wheel.previous" },
  { GDK_KEY_Up, "wheel.previous" }, { GDK_KEY_KP_Up, "wheel.previous" },
  { GDK_KEY_Home, "wheel.first" }, { GDK_KEY_KP_Home, "wheel.first" },
  { GDK_KEY_End, "wheel.last" }, { GDK_KEY_KP_End, "wheel.last" },
};

static void
ls_wheel_view_class_init (LsWheelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_wheel_view_dispose;
  object_class->finalize = ls_wheel_view_finalize;
  widget_class->snapshot = ls_wheel_view_snapshot;
  widget_class->measure = ls_wheel_view_measure;
  widget_class->get_request_mode = ls_wheel_view_get_request_mode;
  widget_class->size_allocate = ls_wheel_view_size_allocate;
  widget_class->focus = ls_wheel_view_focus;
  widget_class->grab_focus = ls_wheel_view_grab_focus;

  /**
   * LsWheelView::segment-activated:
   * @index: the segment, in the order given
   *
   * A segment was clicked, or Enter/Space pressed on it: open that domain.
   */
  signals[SEGMENT_ACTIVATED] =
    g_signal_new ("segment-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "wheel.next", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "wheel.previous", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "wheel.first", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "wheel.last", NULL, move_focus_action);
  for (guint i = 0; i < G_N_ELEMENTS (arrow_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, arrow_keys[i].keyval, 0, arrow_keys[i].action, NULL);

  gtk_widget_class_set_css_name (widget_class, "wheelview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ls_wheel_view_init (LsWheelView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->buttons = g_ptr_array_new ();
  self->focused = -1;
  self->font_scale = 1.0;
  ensure_css ();

  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Life sketch wheel"),
                                  -1);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ls_wheel_view_new (void)
{
  return g_object_new (LS_TYPE_WHEEL_VIEW, NULL);
}

void
ls_wheel_view_set_segments (LsWheelView          *self,
                            const LsWheelSegment *segments,
                            guint                 n_segments)
{
  g_return_if_fail (LS_IS_WHEEL_VIEW (self));
  g_return_if_fail (n_segments == 0 || segments != NULL);
  g_return_if_fail (n_segments <= LS_WHEEL_MAX_SEGMENTS);

  free_segments (self);
  self->segments = g_new0 (LsWheelSegment, MAX (n_segments, 1));
  self->labels = g_new0 (char *, n_segments + 1);
  self->n_segments = n_segments;
  for (guint i = 0; i < n_segments; i++)
    {
      self->segments[i] = segments[i];
      self->labels[i] = g_strdup (segments[i].label != NULL ? segments[i].label : "");
      self->segments[i].label = self->labels[i];
    }

  /* Keep the buttons (and so keyboard focus) when only values change. */
  while (self->buttons->len > n_segments)
    {
      gtk_widget_unparent (g_ptr_array_index (self->buttons, self->buttons->len - 1));
      g_ptr_array_set_size (self->buttons, self->buttons->len - 1);
    }
  while (self->buttons->len < n_segments)
    g_ptr_array_add (self->buttons, create_button (self));
  if (self->focused >= (int) n_segments)
    self->focused = -1;
  for (guint i = 0; i < n_segments; i++)
    update_button (self, i);
  update_description (self);

  /* The legend's rows follow what the segments show (skipped, fallen). */
  if (self->show_legend)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint
count_entries (LsSketch    *sketch,
               const char  *domain_key,
               LsEntryKind  kind)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
  guint n = g_list_model_get_n_items (entries);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      const char *text = ls_sketch_entry_get_text (entry);

      if (ls_sketch_entry_get_kind (entry) == kind && text != NULL && *text != '\0'
          && g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) == 0)
        count++;
    }
  return count;
}

void
ls_wheel_view_set_sketch (LsWheelView *self,
                          LsSketch    *sketch,
                          GListModel  *domains,
                          LsSketch    *earlier)
{
  g_autofree LsWheelSegment *segments = NULL;
  guint n;

  g_return_if_fail (LS_IS_WHEEL_VIEW (self));
  g_return_if_fail (LS_IS_SKETCH (sketch));
  g_return_if_fail (G_IS_LIST_MODEL (domains));
  g_return_if_fail (earlier == NULL || LS_IS_SKETCH (earlier));

  n = MIN (g_list_model_get_n_items (domains), LS_WHEEL_MAX_SEGMENTS);
  segments = g_new0 (LsWheelSegment, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);
      const char *key = ls_domain_get_key (domain);
      LsDomainReading *reading = ls_sketch_get_reading (sketch, key);
      LsDomainReading *before = earlier != NULL ? ls_sketch_get_reading (earlier, key) : NULL;

      segments[i].label = ls_domain_get_name (domain);
      if (reading != NULL)
        {
          segments[i].self_rating = ls_domain_reading_get_self_rating (reading);
          segments[i].caseworker_rating = ls_domain_reading_get_caseworker_rating (reading);
          segments[i].skipped = ls_domain_reading_get_skipped (reading);
        }
      if (before != NULL)
        segments[i].earlier_rating = ls_domain_reading_get_self_rating (before);
      segments[i].n_strengths = count_entries (sketch, key, LS_ENTRY_STRENGTH);
      segments[i].n_challenges = count_entries (sketch, key, LS_ENTRY_CHALLENGE);
    }
  ls_wheel_view_set_segments (self, segments, n);
}

guint
ls_wheel_view_get_n_segments (LsWheelView *self)
{
  g_return_val_if_fail (LS_IS_WHEEL_VIEW (self), 0);
  return self->n_segments;
}

const LsWheelSegment *
ls_wheel_view_get_segment (LsWheelView *self,
                           guint        index)
{
  g_return_val_if_fail (LS_IS_WHEEL_VIEW (self), NULL);
  g_return_val_if_fail (index < self->n_segments, NULL);
  return &self->segments[index];
}

GtkWidget *
ls_wheel_view_get_segment_widget (LsWheelView *self,
                                  guint        index)
{
  g_return_val_if_fail (LS_IS_WHEEL_VIEW (self), NULL);
  if (index >= self->buttons->len)
    return NULL;
  return g_ptr_array_index (self->buttons, index);
}

int
ls_wheel_view_get_focused_segment (LsWheelView *self)
{
  g_return_val_if_fail (LS_IS_WHEEL_VIEW (self), -1);
  return self->focused;
}

void
ls_wheel_view_focus_segment (LsWheelView *self,
                             guint        index)
{
  g_return_if_fail (LS_IS_WHEEL_VIEW (self));
  g_return_if_fail (index < self->buttons->len);

  gtk_widget_grab_focus (g_ptr_array_index (self->buttons, index));
}

void
ls_wheel_view_set_font_scale (LsWheelView *self,
                              double       scale)
{
  g_return_if_fail (LS_IS_WHEEL_VIEW (self));
  g_return_if_fail (scale > 0);

  self->font_scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
ls_wheel_view_set_show_legend (LsWheelView *self,
                               gboolean     show)
{
  g_return_if_fail (LS_IS_WHEEL_VIEW (self));

  self->show_legend = !!show;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
