/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person's own view shows the person's own words in plain language:
 * never a caseworker's note, a caseworker's rating or an internal code. */
#include "ls-presentation-window.h"
#include "ls-test-display.h"
#include "ls-wheel-view.h"

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static LsWheelView *
find_wheel (GtkWidget *widget)
{
  if (LS_IS_WHEEL_VIEW (widget))
    return LS_WHEEL_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      LsWheelView *hit = find_wheel (child);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static LsSketch *
make_sketch (void)
{
  LsSketch *sketch = ls_sketch_new ();
  LsDomainReading *home = ls_sketch_ensure_reading (sketch, "home");
  GListStore *entries = ls_sketch_get_entries (sketch);
  g_autoptr(LsSketchEntry) own = ls_sketch_entry_new_with ("home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON,
                                                           "I cook dinner myself");
  g_autoptr(LsSketchEntry) note = ls_sketch_entry_new_with ("home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_CASEWORKER,
                                                            "Caseworker thinks the kitchen is unsafe");
  g_autoptr(LsSketchEntry) hard = ls_sketch_entry_new_with ("home", LS_ENTRY_CHALLENGE, LS_ENTRY_AUTHOR_PERSON,
                                                            "Shopping when it is crowded");

  ls_domain_reading_set_self_rating (home, 7);
  ls_domain_reading_set_caseworker_rating (home, 4);
  ls_domain_reading_set_pictogram (home, LS_PICTOGRAM_GOOD);
  ls_domain_reading_set_skipped (ls_sketch_ensure_reading (sketch, "work"), TRUE);
  g_list_store_append (entries, own);
  g_list_store_append (entries, note);
  g_list_store_append (entries, hard);
  return sketch;
}

static void
test_plain_and_own_words_only (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  LsPresentationWindow *window = ls_presentation_window_new (NULL, sketch, "Ingrid");
  g_autoptr(GString) text = g_string_new (NULL);
  LsWheelView *wheel;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  collect_text (GTK_WIDGET (window), text);

  g_assert_nonnull (strstr (text->str, "Your life sketch, Ingrid"));
  g_assert_nonnull (strstr (text->str, "This works for you"));
  g_assert_nonnull (strstr (text->str, "\342\200\234I cook dinner myself\342\200\235"));
  g_assert_nonnull (strstr (text->str, "This is hard for you"));
  g_assert_nonnull (strstr (text->str, "You said this is a 7 out of 10 for you now. You chose the picture for good."));
  g_assert_nonnull (strstr (text->str, "You have not talked about this yet"));
  /* Never the caseworker's note, rating or codes. */
  g_assert_null (strstr (text->str, "unsafe"));
  g_assert_null (strstr (text->str, "4 out of 10"));
  g_assert_null (strstr (text->str, "d6"));
  g_assert_null (strstr (text->str, "e1"));
  g_assert_null (strstr (text->str, "strength"));

  wheel = find_wheel (GTK_WIDGET (window));
  g_assert_nonnull (wheel);
  g_assert_cmpint (ls_wheel_view_get_segment (wheel, 0)->self_rating, ==, 7);
  g_assert_cmpint (ls_wheel_view_get_segment (wheel, 0)->caseworker_rating, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keys (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  LsPresentationWindow *window = ls_presentation_window_new (NULL, sketch, NULL);
  GtkWidget *widget = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (widget);
  /* F11 and Escape are the window's own actions with key bindings. */
  g_assert_true (gtk_widget_activate_action (widget, "own-view.fullscreen", NULL));
  gtk_test_widget_wait_for_draw (widget);
  ls_presentation_window_show_domain (window, 0);
  ls_presentation_window_show_domain (window, 99);   /* clamped to the last domain */
  ls_presentation_window_show_domain (window, -1);
  if (gtk_window_is_fullscreen (GTK_WINDOW (window)))
    {
      g_assert_true (gtk_widget_activate_action (widget, "own-view.leave", NULL));
      gtk_test_widget_wait_for_draw (widget);
    }
  /* Escape when not in full screen closes the view. */
  gtk_window_unfullscreen (GTK_WINDOW (window));
  while (gtk_window_is_fullscreen (GTK_WINDOW (window)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_activate_action (widget, "own-view.leave", NULL));
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add_func ("/ui/own-view/plain-and-own-words-only", test_plain_and_own_words_only);
  g_test_add_func ("/ui/own-view/keys", test_keys);
  return g_test_run ();
}
