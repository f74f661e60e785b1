/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person's own view: the wheel first, then one page per life area with
 * the person's own words under plain headings. Nothing here is a code, a
 * caseworker's note or the caseworker's rating. */
#define G_LOG_DOMAIN "ls-presentation-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-domain.h"
#include "ls-presentation-window.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-wheel.h"
#include "ls-ui-util.h"
#include "ls-week-view.h"
#include "ls-wheel-view.h"

struct _LsPresentationWindow
{
  AdwWindow   parent_instance;

  LsSketch   *sketch;
  GListStore *domains;
  GtkStack   *stack;
  GtkWidget  *wheel;
  GtkWidget  *previous_button;
  GtkWidget  *next_button;
  GtkWidget  *position_label;
  GtkWidget  *week_button;   /* "Your Week": shows Min uke (issue 16) */
  int         shown;     /* -1 = the wheel */
};

G_DEFINE_FINAL_TYPE (LsPresentationWindow, ls_presentation_window, ADW_TYPE_WINDOW)

static const char own_view_css[] =
  "window.own-view { font-size: 1.35em; }"
  "window.own-view .own-words { font-size: 1.2em; font-style: italic; }"
  "window.own-view .own-heading { font-size: 1.1em; font-weight: bold; margin-top: 18px; }"
  "window.own-view .own-rating { font-size: 1.3em; }"
  "window.own-view .wheel-key { font-size: 1.05em; }"
  /* Back, where we are and Next side by side at 360 px, in Norwegian too. */
  "window.own-view .own-nav button.pill { padding-left: 18px; padding-right: 18px; }";

static void
ensure_css (void)
{
  static gboolean done;

  ls_ui_add_css_once (&done, own_view_css);
}

/* Plain words for the rating, never "7/10" alone. */
static char *
rating_words (LsDomainReading *reading)
{
  int rating = reading ? ls_domain_reading_get_self_rating (reading) : 0;
  LsPictogramRating picto = reading ? ls_domain_reading_get_pictogram (reading) : LS_PICTOGRAM_UNSET;
  const char *picto_words = NULL;

  if (reading != NULL && ls_domain_reading_get_skipped (reading))
    return g_strdup (_("You have not talked about this yet. That is fine."));
  switch (picto)
    {
    case LS_PICTOGRAM_GOOD:
      picto_words = _("You chose the picture for good.");
      break;
    case LS_PICTOGRAM_SO_SO:
      picto_words = _("You chose the picture for so-so.");
      break;
    case LS_PICTOGRAM_HARD:
      picto_words = _("You chose the picture for hard.");
      break;
    case LS_PICTOGRAM_UNSET:
    default:
      break;
    }
  if (rating > 0 && picto_words != NULL)
    return g_strdup_printf (_("You said this is %d out of 10 for you now. %s"), rating, picto_words);
  if (rating > 0)
    return g_strdup_printf (_("You said this is %d out of 10 for you now."), rating);
  if (picto_words != NULL)
    return g_strdup (picto_words);
  return g_strdup (_("You have not given this a number yet."));
}

static void
append_words (LsPresentationWindow *self,
              GtkWidget            *box,
              const char           *domain_key,
              LsEntryKind           kind,
              const char           *heading)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (self->sketch));
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      const char *text = ls_sketch_entry_get_text (entry);
      g_autofree char *quoted = NULL;

      /* Only the person's own words: caseworker notes stay out. */
      if (ls_sketch_entry_get_kind (entry) != kind
          || ls_sketch_entry_get_author (entry) != LS_ENTRY_AUTHOR_PERSON
          || g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) != 0
          || text == NULL || *text == '\0')
        continue;
      /* Translators: the person's own words, quoted. */
      quoted = g_strdup_printf (_("\342\200\234%s\342\200\235"), text);
      gtk_box_append (GTK_BOX (list), ls_ui_text_label_new (quoted, "own-words"));
      shown++;
    }
  if (shown == 0)
    {
      g_object_ref_sink (list);
      g_object_unref (list);
      return;
    }
  gtk_box_append (GTK_BOX (box), ls_ui_text_label_new (heading, "own-heading"));
  gtk_box_append (GTK_BOX (box), list);
}

/* The face the person chose, as it looked in the conversation, beside the
 * words for it. */
static GtkWidget *
rating_row (LsDomainReading *reading)
{
  g_autofree char *words = rating_words (reading);
  const char *icon = reading != NULL ? ls_ui_pictogram_icon_name (ls_domain_reading_get_pictogram (reading)) : NULL;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *label = ls_ui_text_label_new (words, "own-rating");

  if (icon != NULL)
    {
      GtkWidget *face = gtk_image_new_from_icon_name (icon);

      gtk_image_set_pixel_size (GTK_IMAGE (face), 96);
      gtk_widget_set_valign (face, GTK_ALIGN_CENTER);
      /* the words beside it say which face it is */
      gtk_accessible_update_property (GTK_ACCESSIBLE (face), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_box_append (GTK_BOX (row), face);
    }
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  return row;
}

static GtkWidget *
domain_page (LsPresentationWindow *self,
             LsDomain             *domain)
{
  const char *key = ls_domain_get_key (domain);
  LsDomainReading *reading = ls_sketch_get_reading (self->sketch, key);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = ls_ui_text_label_new (ls_domain_get_name (domain), "title-1");
  GtkWidget *rating = rating_row (reading);

  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), rating);
  /* A part left for now was not talked about: nothing is listed as if it
   * had been, just as the wheel shows no number for it. */
  if (reading != NULL && ls_domain_reading_get_skipped (reading))
    return box;
  append_words (self, box, key, LS_ENTRY_STRENGTH, _("This works for you"));
  append_words (self, box, key, LS_ENTRY_CHALLENGE, _("This is hard for you"));
  append_words (self, box, key, LS_ENTRY_WISH, _("This is what you wish for"));
  append_words (self, box, key, LS_ENTRY_SUPPORT_NEED, _("This is the help you need"));
  append_words (self, box, key, LS_ENTRY_FACILITATOR, _("This helps you"));
  append_words (self, box, key, LS_ENTRY_BARRIER, _("This gets in your way"));
  if (gtk_widget_get_next_sibling (rating) == NULL)
    gtk_box_append (GTK_BOX (box), ls_ui_text_label_new (_("Nothing is written here in your own words yet."), "own-rating"));
  return box;
}

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *sw = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  gtk_widget_set_margin_top (child, 24);
  gtk_widget_set_margin_bottom (child, 24);
  gtk_widget_set_margin_start (child, 24);
  gtk_widget_set_margin_end (child, 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (sw), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sw), clamp);
  return sw;
}

static guint
n_domains (LsPresentationWindow *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->domains));
}

void
ls_presentation_window_show_domain (LsPresentationWindow *self,
                                    int                   index)
{
  g_autofree char *name = NULL;
  g_autofree char *position = NULL;
  int n;

  g_return_if_fail (LS_IS_PRESENTATION_WINDOW (self));

  n = (int) n_domains (self);
  index = CLAMP (index, -1, n - 1);
  self->shown = index;
  name = index < 0 ? g_strdup ("wheel") : g_strdup_printf ("domain-%d", index);
  gtk_stack_set_visible_child_name (self->stack, name);
  if (self->week_button != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->week_button), FALSE);
  gtk_widget_set_sensitive (self->previous_button, index >= 0);
  /* The last page ends with Done, not with a Next that does nothing. */
  if (index < n - 1)
    {
      gtk_button_set_label (GTK_BUTTON (self->next_button), _("Next"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Next Life Area"), -1);
    }
  else
    {
      gtk_button_set_label (GTK_BUTTON (self->next_button), _("Done"));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->next_button), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
  position = index < 0 ? g_strdup (_("Your whole life sketch"))
                       : g_strdup_printf (_("Life area %d of %d"), index + 1, n);
  gtk_label_set_text (GTK_LABEL (self->position_label), position);
}

static void
on_previous (GtkButton            *button,
             LsPresentationWindow *self)
{
  ls_presentation_window_show_domain (self, self->shown - 1);
}

static void
on_next (GtkButton            *button,
         LsPresentationWindow *self)
{
  ls_presentation_window_show_domain (self, self->shown + 1);
}

static void
on_next_clicked (GtkButton            *button,
                 LsPresentationWindow *self)
{
  if (self->shown >= (int) n_domains (self) - 1)
    gtk_window_close (GTK_WINDOW (self));
  else
    on_next (button, self);
}

static void
on_segment_activated (LsWheelView          *wheel,
                      guint                 index,
                      LsPresentationWindow *self)
{
  ls_presentation_window_show_domain (self, (int) index);
}

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_close (window);
}

/* Left/Right and Page Up/Down move between life areas, except inside the
 * wheel, where the arrows go round its segments. Captured before GtkWindow
 * turns them into focus moves. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LsPresentationWindow  *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  gboolean in_wheel = focus != NULL && gtk_widget_is_ancestor (focus, self->wheel);
  gboolean arrow = keyval == GDK_KEY_Left || keyval == GDK_KEY_Right;

  /* The week's own controls take their keys. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "week") == 0)
    return GDK_EVENT_PROPAGATE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || (arrow && in_wheel && self->shown < 0))
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_Page_Up:
      on_previous (NULL, self);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right: case GDK_KEY_Page_Down:
      on_next (NULL, self);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
      if (in_wheel)
        return GDK_EVENT_PROPAGATE;
      ls_presentation_window_show_domain (self, -1);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* The caseworker's rating is for the caseworker: the person's own view
 * shows the person's own ratings only. */
static void
hide_caseworker_ratings (LsWheelView *wheel)
{
  guint n = ls_wheel_view_get_n_segments (wheel);
  g_autofree LsWheelSegment *segments = g_new0 (LsWheelSegment, MAX (n, 1));
  g_auto(GStrv) labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      segments[i] = *ls_wheel_view_get_segment (wheel, i);
      labels[i] = g_strdup (segments[i].label);
      segments[i].label = labels[i];
      segments[i].caseworker_rating = 0;
    }
  ls_wheel_view_set_segments (wheel, segments, n);
}

static void
draw_key (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  ls_wheel_draw_key (GPOINTER_TO_INT (user_data), ls_ui_render_style (), cr, 0, 0, width, height);
}

/* Every mark the person's wheel can show, its picture beside plain words.
 * (The caseworker's and earlier ratings are not on this wheel.) */
static GtkWidget *
wheel_key (void)
{
  static const struct { LsWheelKey key; const char *words; } keys[] = {
    { LS_WHEEL_KEY_OWN, N_("Coloured part: how good this part of life is for you now. The further out, the better.") },
    { LS_WHEEL_KEY_STRENGTH, N_("Plus: something that works for you. A number beside it says how many.") },
    { LS_WHEEL_KEY_CHALLENGE, N_("Triangle: something that is hard for you. A number beside it says how many.") },
    { LS_WHEEL_KEY_SKIPPED, N_("Hatching: a part you have not talked about yet.") },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = ls_ui_text_label_new (_("What the wheel shows"), "own-heading");

  gtk_widget_add_css_class (box, "wheel-key");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      GtkWidget *picture = gtk_drawing_area_new ();
      GtkWidget *words = ls_ui_text_label_new (_(keys[i].words), NULL);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (picture), 56);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (picture), 32);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (picture), draw_key, GINT_TO_POINTER (keys[i].key), NULL);
      gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (words, TRUE);
      gtk_box_append (GTK_BOX (row), picture);
      gtk_box_append (GTK_BOX (row), words);
      gtk_box_append (GTK_BOX (box), row);
    }
  return box;
}

static GtkWidget *
wheel_page (LsPresentationWindow *self,
            const char           *person_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *title = person_name && *person_name
                           ? g_strdup_printf (_("Your life sketch, %s"), person_name)
                           : g_strdup (_("Your life sketch"));
  GtkWidget *heading = ls_ui_text_label_new (title, "title-1");

  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box),
                  ls_ui_text_label_new (_("The further out a part reaches, the better that part of life is for you now. "
                               "Choose a part to read what you said about it."), NULL));
  self->wheel = ls_wheel_view_new ();
  ls_wheel_view_set_font_scale (LS_WHEEL_VIEW (self->wheel), 1.4);
  ls_wheel_view_set_sketch (LS_WHEEL_VIEW (self->wheel), self->sketch, G_LIST_MODEL (self->domains), NULL);
  hide_caseworker_ratings (LS_WHEEL_VIEW (self->wheel));
  gtk_widget_set_vexpand (self->wheel, TRUE);
  g_signal_connect (self->wheel, "segment-activated", G_CALLBACK (on_segment_activated), self);
  gtk_box_append (GTK_BOX (box), self->wheel);
  gtk_box_append (GTK_BOX (box), wheel_key ());
  return box;
}

static GtkWidget *
nav_bar (LsPresentationWindow *self)
{
  GtkWidget *bar = gtk_center_box_new ();

  self->previous_button = gtk_button_new_with_label (_("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->previous_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Previous Life Area"), -1);
  self->next_button = gtk_button_new_with_label (_("Next"));
  gtk_widget_add_css_class (self->previous_button, "pill");
  gtk_widget_add_css_class (self->next_button, "pill");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  g_signal_connect (self->previous_button, "clicked", G_CALLBACK (on_previous), self);
  g_signal_connect (self->next_button, "clicked", G_CALLBACK (on_next_clicked), self);
  self->position_label = gtk_label_new (NULL);
  /* on two lines rather than push Back and Next out of a narrow window */
  gtk_label_set_wrap (GTK_LABEL (self->position_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->position_label), GTK_JUSTIFY_CENTER);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), self->previous_button);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), self->position_label);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), self->next_button);
  gtk_widget_add_css_class (bar, "own-nav");
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 18);
  return bar;
}

static void
build (LsPresentationWindow *self,
       const char           *person_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *fullscreen = gtk_button_new_from_icon_name ("view-fullscreen-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (fullscreen), "own-view.fullscreen");
  gtk_widget_set_tooltip_text (fullscreen, _("Full Screen (F11)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (fullscreen), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Full Screen"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), fullscreen);
  gtk_box_append (GTK_BOX (box), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled (wheel_page (self, person_name)), "wheel");
  for (guint i = 0; i < n_domains (self); i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (G_LIST_MODEL (self->domains), i);
      g_autofree char *name = g_strdup_printf ("domain-%u", i);

      gtk_stack_add_named (self->stack, scrolled (domain_page (self, domain)), name);
    }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (box), nav_bar (self));
  adw_window_set_content (ADW_WINDOW (self), box);
  ls_presentation_window_show_domain (self, -1);
}

static void
ls_presentation_window_dispose (GObject *object)
{
  LsPresentationWindow *self = LS_PRESENTATION_WINDOW (object);

  g_clear_object (&self->sketch);
  g_clear_object (&self->domains);
  G_OBJECT_CLASS (ls_presentation_window_parent_class)->dispose (object);
}

static void
ls_presentation_window_class_init (LsPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_presentation_window_dispose;
  gtk_widget_class_install_action (widget_class, "own-view.fullscreen", NULL, toggle_fullscreen_action);
  gtk_widget_class_install_action (widget_class, "own-view.leave", NULL, leave_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "own-view.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "own-view.leave", NULL);
}

static void
ls_presentation_window_init (LsPresentationWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  ensure_css ();
  self->shown = -1;
  gtk_widget_add_css_class (GTK_WIDGET (self), "own-view");
  gtk_window_set_title (GTK_WINDOW (self), _("Your Life Sketch"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 860);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

LsPresentationWindow *
ls_presentation_window_new (GtkWindow  *parent,
                            LsSketch   *sketch,
                            const char *person_name)
{
  LsPresentationWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LS_IS_SKETCH (sketch), NULL);

  self = g_object_new (LS_TYPE_PRESENTATION_WINDOW, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->sketch = g_object_ref (sketch);
  self->domains = ls_catalog_load_domains (NULL, NULL);
  if (self->domains == NULL)
    self->domains = g_list_store_new (LS_TYPE_DOMAIN);
  build (self, person_name);
  return self;
}

static void
week_toggled_cb (GtkToggleButton      *button,
                 LsPresentationWindow *self)
{
  gboolean week = gtk_toggle_button_get_active (button);

  if (week)
    gtk_stack_set_visible_child_name (self->stack, "week");
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "week") == 0)
    ls_presentation_window_show_domain (self, self->shown);
  /* Back and Next go through the life areas: not part of the week. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->position_label), !week);
}

/* Min uke (issue 16): the person's booked week, a page of its own behind
 * a header button. */
static void
add_week (LsPresentationWindow *self,
          LsStore              *store,
          gint64                person_id)
{
  GtkWidget *week = ls_week_view_new ();
  GtkWidget *squeezer;
  GtkWidget *header = gtk_widget_get_first_child (adw_window_get_content (ADW_WINDOW (self)));

  /* The person's own view: what is booked here, the person booked. */
  ls_week_view_set_changed_by (LS_WEEK_VIEW (week), LS_BOOKING_BY_PERSON);
  ls_week_view_set_person (LS_WEEK_VIEW (week), store, person_id);
  gtk_stack_add_named (self->stack, scrolled (week), "week");
  squeezer = adw_squeezer_new ();
  /* Its words where there is room, a calendar where there is not. */
  adw_squeezer_add (ADW_SQUEEZER (squeezer), gtk_label_new (_("Your Week")));
  adw_squeezer_add (ADW_SQUEEZER (squeezer), gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  self->week_button = gtk_toggle_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->week_button), squeezer);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your Week"), -1);
  gtk_widget_set_tooltip_text (self->week_button, _("Your Week: the help you have booked, and booking a time"));
  g_signal_connect (self->week_button, "toggled", G_CALLBACK (week_toggled_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->week_button);
}

void
ls_presentation_window_show_week (LsPresentationWindow *self)
{
  g_return_if_fail (LS_IS_PRESENTATION_WINDOW (self));

  if (self->week_button != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->week_button), TRUE);
}

void
ls_presentation_read_free (LsPresentationRead *read)
{
  if (read == NULL)
    return;
  g_clear_object (&read->sketch);
  g_free (read->person_name);
  g_free (read);
}

LsPresentationRead *
ls_presentation_window_read (LsStore  *store,
                             gint64    sketch_id,
                             GError  **error)
{
  g_autoptr(LsPerson) person = NULL;
  LsPresentationRead *read;
  LsSketch *sketch;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  sketch = ls_store_load_sketch (store, sketch_id, error);
  if (sketch == NULL)
    return NULL;
  person = ls_store_load_person (store, ls_sketch_get_person_id (sketch), NULL);
  read = g_new0 (LsPresentationRead, 1);
  read->sketch = sketch;
  read->person_name = person != NULL ? g_strdup (ls_person_get_given_name (person)) : NULL;
  return read;
}

LsPresentationWindow *
ls_presentation_window_new_from_read (GtkWindow          *parent,
                                      LsStore            *store,
                                      LsPresentationRead *read)
{
  LsPresentationWindow *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (read != NULL, NULL);

  self = ls_presentation_window_new (parent, read->sketch, read->person_name);
  add_week (self, store, ls_sketch_get_person_id (read->sketch));
  return self;
}

LsPresentationWindow *
ls_presentation_window_new_for_sketch (GtkWindow  *parent,
                                       LsStore    *store,
                                       gint64      sketch_id,
                                       GError    **error)
{
  g_autoptr(LsPresentationRead) read = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  read = ls_presentation_window_read (store, sketch_id, error);
  if (read == NULL)
    return NULL;
  return ls_presentation_window_new_from_read (parent, store, read);
}
