/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wheel widget as assistive technology sees it: one named button per
 * segment, focus moving round by Tab and arrow keys, names that follow the
 * ratings. */
#include "ls-domain.h"
#include "ls-test-display.h"
#include "ls-wheel-view.h"

static const char *names[] = {
  "Home and daily life", "Self-care and health", "Communication, sight and hearing",
  "Memory, learning and structure", "Getting around", "Family, relationships and network",
  "School, work and money", "Leisure, friends and community", "Wellbeing and mental health",
  "What matters to me",
};

typedef struct
{
  GtkWindow   *window;
  LsWheelView *wheel;
  GtkWidget   *before;  /* a button before and after the wheel */
  GtkWidget   *after;
} Fixture;

static void
fill_segments (LsWheelSegment *segments,
               guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      segments[i] = (LsWheelSegment) { 0 };
      segments[i].label = names[i % G_N_ELEMENTS (names)];
      segments[i].self_rating = (int) (i % 10) + 1;
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  LsWheelSegment segments[10];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  fill_segments (segments, 10);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 600, 600);
  f->before = gtk_button_new_with_label ("Before");
  f->after = gtk_button_new_with_label ("After");
  f->wheel = LS_WHEEL_VIEW (ls_wheel_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (f->wheel), TRUE);
  ls_wheel_view_set_segments (f->wheel, segments, 10);
  gtk_box_append (GTK_BOX (box), f->before);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->wheel));
  gtk_box_append (GTK_BOX (box), f->after);
  gtk_window_set_child (f->window, box);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
}

static void
test_roles_and_names (Fixture       *f,
                      gconstpointer  data)
{
  gtk_test_accessible_assert_role (f->wheel, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (f->wheel, GTK_ACCESSIBLE_PROPERTY_LABEL, "Life sketch wheel");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (f->wheel), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_cmpuint (ls_wheel_view_get_n_segments (f->wheel), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      GtkWidget *segment = ls_wheel_view_get_segment_widget (f->wheel, i);
      g_autofree char *expected = ls_wheel_segment_describe (ls_wheel_view_get_segment (f->wheel, i));
      graphene_rect_t bounds;

      g_assert_nonnull (segment);
      g_assert_true (gtk_widget_get_focusable (segment));
      g_assert_true (gtk_widget_get_mapped (segment));
      gtk_test_accessible_assert_role (segment, GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (segment, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      g_assert_nonnull (strstr (expected, names[i]));
      /* Laid over its part of the wheel, so AT bounds make sense. */
      g_assert_true (gtk_widget_compute_bounds (segment, GTK_WIDGET (f->wheel), &bounds));
      g_assert_cmpfloat (bounds.size.width, >, 10);
      g_assert_cmpfloat (bounds.size.height, >, 10);
    }
  g_assert_null (ls_wheel_view_get_segment_widget (f->wheel, 10));
}

static void
test_tab_walks_segments (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->wheel);

  gtk_widget_grab_focus (f->before);
  g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (f->window) == ls_wheel_view_get_segment_widget (f->wheel, 0));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 0);
  for (guint i = 1; i < 10; i++)
    {
      g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
      g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, (int) i);
    }
  /* After the last segment Tab leaves the wheel. */
  g_assert_false (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_BACKWARD));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 8);

  gtk_widget_grab_focus (f->after);
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, -1);
}

static void
test_arrows_wrap (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->wheel);

  g_assert_true (gtk_widget_grab_focus (widget));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 0);
  g_assert_true (gtk_widget_activate_action (widget, "wheel.previous", NULL));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 9);
  g_assert_true (gtk_widget_activate_action (widget, "wheel.next", NULL));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 0);
  g_assert_true (gtk_widget_activate_action (widget, "wheel.next", NULL));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 1);
  g_assert_true (gtk_widget_activate_action (widget, "wheel.last", NULL));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 9);
  g_assert_true (gtk_widget_activate_action (widget, "wheel.first", NULL));
  g_assert_true (gtk_window_get_focus (f->window) == ls_wheel_view_get_segment_widget (f->wheel, 0));
}

static void
on_activated (LsWheelView *wheel,
              guint        index,
              gpointer     user_data)
{
  *(int *) user_data = (int) index;
}

static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  int activated = -1;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_signal_connect (f->wheel, "segment-activated", G_CALLBACK (on_activated), &activated);
  /* Enter/Space and the AT-SPI "click" action all activate the button;
   * GtkButton shows itself pressed for a moment before "clicked". */
  g_assert_true (gtk_widget_activate (ls_wheel_view_get_segment_widget (f->wheel, 4)));
  while (activated < 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (activated, ==, 4);
}

static void
test_description_follows_rating (Fixture       *f,
                                 gconstpointer  data)
{
  LsWheelSegment segments[10];
  GtkWidget *first = ls_wheel_view_get_segment_widget (f->wheel, 0);
  g_autofree char *description = NULL;

  gtk_widget_grab_focus (GTK_WIDGET (f->wheel));
  fill_segments (segments, 10);
  segments[0].self_rating = 3;
  segments[0].caseworker_rating = 6;
  segments[0].n_strengths = 2;
  ls_wheel_view_set_segments (f->wheel, segments, 10);
  description = ls_wheel_segment_describe (&segments[0]);
  g_assert_nonnull (strstr (description, "3"));
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL, description);
  /* Same buttons, so keyboard focus stays where it was. */
  g_assert_true (ls_wheel_view_get_segment_widget (f->wheel, 0) == first);
  g_assert_cmpint (ls_wheel_view_get_focused_segment (f->wheel), ==, 0);

  /* Fewer domains: fewer buttons. */
  ls_wheel_view_set_segments (f->wheel, segments, 4);
  g_assert_null (ls_wheel_view_get_segment_widget (f->wheel, 4));
  ls_wheel_view_set_segments (f->wheel, NULL, 0);
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->wheel), GTK_DIR_TAB_FORWARD));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
test_sketch_to_segments (void)
{
  g_autoptr(GListStore) domains = g_list_store_new (LS_TYPE_DOMAIN);
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketch) earlier = ls_sketch_new ();
  g_autoptr(LsSketchEntry) strength = ls_sketch_entry_new_with ("home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON, "I cook");
  g_autoptr(LsSketchEntry) empty = ls_sketch_entry_new_with ("home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON, "");
  g_autoptr(LsSketchEntry) hard = ls_sketch_entry_new_with ("work", LS_ENTRY_CHALLENGE, LS_ENTRY_AUTHOR_PERSON, "Mornings");
  LsWheelView *wheel = LS_WHEEL_VIEW (g_object_ref_sink (ls_wheel_view_new ()));
  const LsWheelSegment *segment;

  {
    g_autoptr(LsDomain) home = ls_domain_new ("home", "Home and daily life", "How?", "d6", 1);
    g_autoptr(LsDomain) work = ls_domain_new ("work", "School, work and money", "How?", "d8", 2);
    g_list_store_append (domains, home);
    g_list_store_append (domains, work);
  }
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (sketch, "home"), 7);
  ls_domain_reading_set_caseworker_rating (ls_sketch_ensure_reading (sketch, "home"), 5);
  ls_domain_reading_set_skipped (ls_sketch_ensure_reading (sketch, "work"), TRUE);
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (earlier, "home"), 4);
  g_list_store_append (ls_sketch_get_entries (sketch), strength);
  g_list_store_append (ls_sketch_get_entries (sketch), empty);
  g_list_store_append (ls_sketch_get_entries (sketch), hard);

  ls_wheel_view_set_sketch (wheel, sketch, G_LIST_MODEL (domains), earlier);
  g_assert_cmpuint (ls_wheel_view_get_n_segments (wheel), ==, 2);
  segment = ls_wheel_view_get_segment (wheel, 0);
  g_assert_cmpstr (segment->label, ==, "Home and daily life");
  g_assert_cmpint (segment->self_rating, ==, 7);
  g_assert_cmpint (segment->caseworker_rating, ==, 5);
  g_assert_cmpint (segment->earlier_rating, ==, 4);
  g_assert_cmpuint (segment->n_strengths, ==, 1);
  segment = ls_wheel_view_get_segment (wheel, 1);
  g_assert_true (segment->skipped);
  g_assert_cmpint (segment->self_rating, ==, 0);
  g_assert_cmpuint (segment->n_challenges, ==, 1);
  g_object_unref (wheel);
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add ("/ui/wheel-view/roles-and-names", Fixture, NULL, fixture_set_up, test_roles_and_names, fixture_tear_down);
  g_test_add ("/ui/wheel-view/tab-walks-segments", Fixture, NULL, fixture_set_up, test_tab_walks_segments, fixture_tear_down);
  g_test_add ("/ui/wheel-view/arrows-wrap", Fixture, NULL, fixture_set_up, test_arrows_wrap, fixture_tear_down);
  g_test_add ("/ui/wheel-view/activate", Fixture, NULL, fixture_set_up, test_activate, fixture_tear_down);
  g_test_add ("/ui/wheel-view/description-follows-rating", Fixture, NULL, fixture_set_up, test_description_follows_rating, fixture_tear_down);
  g_test_add_func ("/ui/wheel-view/sketch-to-segments", test_sketch_to_segments);
  return g_test_run ();
}
