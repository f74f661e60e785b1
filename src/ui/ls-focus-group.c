/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One tab stop for a group of controls; the arrows move inside it. */
#define G_LOG_DOMAIN "ls-focus-group"

#include "config.h"

#include "ls-focus-group.h"

struct _LsFocusGroup
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  GtkWidget *preferred;   /* weak */
};

G_DEFINE_FINAL_TYPE (LsFocusGroup, ls_focus_group, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A checked toggle button that can take the keyboard, under @widget. */
static GtkWidget *
find_chosen (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_TOGGLE_BUTTON (child) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child))
          && gtk_widget_is_sensitive (child))
        return child;
      if ((hit = find_chosen (child)) != NULL)
        return hit;
    }
  return NULL;
}

/* The first control under @widget that takes the keyboard, in tree order. */
static GtkWidget *
find_first (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child)
          || !gtk_widget_is_sensitive (child) || !gtk_widget_get_can_focus (child))
        continue;
      if (gtk_widget_get_focusable (child))
        return child;
      if ((hit = find_first (child)) != NULL)
        return hit;
    }
  return NULL;
}

static gboolean
focus_is_inside (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, widget);
}

static gboolean
ls_focus_group_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  LsFocusGroup *self = LS_FOCUS_GROUP (widget);
  gboolean tab = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD;
  GtkWidget *entry;

  if (self->child == NULL || !gtk_widget_get_can_focus (widget))
    return FALSE;
  if (focus_is_inside (widget))
    {
      if (tab)
        return FALSE;
      /* The arrows stop at the ends of the group. */
      gtk_widget_child_focus (self->child, direction);
      return TRUE;
    }
  /* Coming in, from either side. */
  entry = self->preferred != NULL && gtk_widget_is_ancestor (self->preferred, widget)
          && gtk_widget_is_drawable (self->preferred)
          ? self->preferred : find_chosen (self->child);
  if (entry != NULL && gtk_widget_grab_focus (entry))
    return TRUE;
  if (gtk_widget_child_focus (self->child, GTK_DIR_TAB_FORWARD) && focus_is_inside (widget))
    return TRUE;
  /* A GtkFlowBox may say it took focus when a place without controls
   * came first: look for the first control ourselves. */
  entry = find_first (self->child);
  return entry != NULL && gtk_widget_grab_focus (entry);
}

/* The arrows move inside the group even where a widget in it would take
 * them for itself (GtkFlowBox moves a cursor its places do not show). A
 * list keeps its own arrows: they move and choose. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LsFocusGroup          *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkDirectionType direction;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0 || focus == NULL
      || gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) != NULL)
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: direction = GTK_DIR_LEFT; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: direction = GTK_DIR_RIGHT; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: direction = GTK_DIR_UP; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: direction = GTK_DIR_DOWN; break;
    default: return GDK_EVENT_PROPAGATE;
    }
  return ls_focus_group_focus (GTK_WIDGET (self), direction);
}

static void
ls_focus_group_dispose (GObject *object)
{
  LsFocusGroup *self = LS_FOCUS_GROUP (object);

  g_clear_weak_pointer (&self->preferred);
  g_clear_pointer (&self->child, gtk_widget_unparent);
  G_OBJECT_CLASS (ls_focus_group_parent_class)->dispose (object);
}

static void
ls_focus_group_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, LS_FOCUS_GROUP (object)->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_focus_group_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CHILD:
      ls_focus_group_set_child (LS_FOCUS_GROUP (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_focus_group_class_init (LsFocusGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_focus_group_dispose;
  object_class->get_property = ls_focus_group_get_property;
  object_class->set_property = ls_focus_group_set_property;
  widget_class->focus = ls_focus_group_focus;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "focusgroup");
}

static void
ls_focus_group_init (LsFocusGroup *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
ls_focus_group_new (GtkWidget *child)
{
  return g_object_new (LS_TYPE_FOCUS_GROUP, "child", child, NULL);
}

GtkWidget *
ls_focus_group_get_child (LsFocusGroup *self)
{
  g_return_val_if_fail (LS_IS_FOCUS_GROUP (self), NULL);
  return self->child;
}

void
ls_focus_group_set_child (LsFocusGroup *self,
                          GtkWidget    *child)
{
  g_return_if_fail (LS_IS_FOCUS_GROUP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

void
ls_focus_group_set_preferred (LsFocusGroup *self,
                              GtkWidget    *preferred)
{
  g_return_if_fail (LS_IS_FOCUS_GROUP (self));
  g_return_if_fail (preferred == NULL || GTK_IS_WIDGET (preferred));

  g_set_weak_pointer (&self->preferred, preferred);
}
