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

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, out);
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_with_class (child, css_class);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

/* The text of the page the stack shows. */
static char *
shown_text (LsPresentationWindow *window)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect_widgets (GTK_WIDGET (window), GTK_TYPE_STACK, stacks);
  g_assert_cmpuint (stacks->len, ==, 1);
  collect_text (gtk_stack_get_visible_child (g_ptr_array_index (stacks, 0)), text);
  return g_string_free (text, FALSE);
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
  g_autoptr(LsSketchEntry) wish = ls_sketch_entry_new_with ("work", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                            "A job in a shop");

  ls_domain_reading_set_self_rating (home, 7);
  ls_domain_reading_set_caseworker_rating (home, 4);
  ls_domain_reading_set_pictogram (home, LS_PICTOGRAM_GOOD);
  ls_domain_reading_set_skipped (ls_sketch_ensure_reading (sketch, "work"), TRUE);
  /* rated before it was skipped, and a wish written down */
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (sketch, "work"), 9);
  g_list_store_append (entries, wish);
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
  g_assert_nonnull (strstr (text->str, "You said this is 7 out of 10 for you now. You chose the picture for good."));
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

/* Every mark on the wheel is explained in words beside its picture. */
static void
test_legend (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  LsPresentationWindow *window = ls_presentation_window_new (NULL, sketch, "Ingrid");
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *legend;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  legend = find_with_class (GTK_WIDGET (window), "wheel-key");
  g_assert_nonnull (legend);
  collect_text (legend, text);
  g_assert_nonnull (strstr (text->str, "Plus"));
  g_assert_nonnull (strstr (text->str, "Triangle"));
  g_assert_nonnull (strstr (text->str, "Hatching"));
  g_assert_nonnull (strstr (text->str, "Coloured part"));
  /* no caseworker's marks in the person's key */
  g_assert_null (strstr (text->str, "aseworker"));
  collect_widgets (legend, GTK_TYPE_DRAWING_AREA, pictures);
  g_assert_cmpuint (pictures->len, ==, 4);
  for (guint i = 0; i < pictures->len; i++)
    g_assert_true (gtk_widget_get_width (g_ptr_array_index (pictures, i)) > 20);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The face the person chose is shown, not only named; a skipped area says
 * it was not talked about, shows no number on the wheel and lists nothing
 * as if it had been; nothing is small and grey. */
static void
test_pages (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  LsPresentationWindow *window = ls_presentation_window_new (NULL, sketch, "Ingrid");
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  g_autofree char *home = NULL;
  g_autofree char *work = NULL;
  gboolean face = FALSE;
  LsWheelView *wheel;
  int work_index = -1;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  wheel = find_wheel (GTK_WIDGET (window));
  for (guint i = 0; i < ls_wheel_view_get_n_segments (wheel); i++)
    if (ls_wheel_view_get_segment (wheel, i)->skipped)
      work_index = (int) i;
  g_assert_cmpint (work_index, >, 0);

  ls_presentation_window_show_domain (window, 0);
  home = shown_text (window);
  g_assert_nonnull (strstr (home, "You chose the picture for good."));
  collect_widgets (GTK_WIDGET (window), GTK_TYPE_IMAGE, images);
  for (guint i = 0; i < images->len; i++)
    if (g_strcmp0 (gtk_image_get_icon_name (g_ptr_array_index (images, i)), "face-smile-symbolic") == 0
        && gtk_widget_get_mapped (g_ptr_array_index (images, i)))
      face = TRUE;
  g_assert_true (face);

  ls_presentation_window_show_domain (window, work_index);
  work = shown_text (window);
  g_assert_nonnull (strstr (work, "You have not talked about this yet"));
  g_assert_null (strstr (work, "A job in a shop"));
  g_assert_null (strstr (work, "9 out of 10"));
  g_assert_null (find_with_class (GTK_WIDGET (window), "dim-label"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The last page ends with "Done", which closes the view. */
static void
test_done (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  LsPresentationWindow *window = ls_presentation_window_new (NULL, sketch, NULL);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *done = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ls_presentation_window_show_domain (window, 99);
  collect_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Done") == 0)
      done = g_ptr_array_index (buttons, i);
  g_assert_nonnull (done);
  g_assert_true (gtk_widget_get_mapped (done));
  g_assert_true (gtk_widget_is_sensitive (done));
  g_signal_emit_by_name (done, "clicked");
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
  g_test_add_func ("/ui/own-view/legend", test_legend);
  g_test_add_func ("/ui/own-view/pages", test_pages);
  g_test_add_func ("/ui/own-view/done", test_done);
  return g_test_run ();
}
