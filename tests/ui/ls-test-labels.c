/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What display tests ask of what is shown: labels in GNOME HIG header
 * capitalisation (every word capitalised but articles, conjunctions and
 * prepositions of three or fewer letters, unless first or last), the text
 * and buttons under a widget, whether it is scrolled into sight, and
 * whether it shows the keyboard focus. */
#include <string.h>

#include "ls-test-labels.h"

static const char * const small_words[] = {
  "a", "an", "the", "and", "but", "for", "nor", "not", "or", "so", "yet",
  "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", NULL
};

static gboolean
is_header_caps (const char *label)
{
  g_autoptr(GString) plain = g_string_new (label);
  g_auto(GStrv) words = NULL;
  guint n;

  /* the mnemonic underline is not a letter of the word */
  g_string_replace (plain, "_", "", 0);
  words = g_strsplit (plain->str, " ", -1);
  n = g_strv_length (words);
  for (guint i = 0; i < n; i++)
    {
      gunichar first = g_utf8_get_char (words[i]);

      if (*words[i] == '\0' || !g_unichar_isalpha (first) || g_unichar_isupper (first))
        continue;
      if (i > 0 && i + 1 < n && g_strv_contains (small_words, words[i]))
        continue;
      return FALSE;
    }
  return TRUE;
}

static const char *
button_text (GtkWidget *button)
{
  GtkWidget *child;

  if (gtk_button_get_label (GTK_BUTTON (button)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (button));
  child = gtk_button_get_child (GTK_BUTTON (button));
  return GTK_IS_LABEL (child) ? gtk_label_get_label (GTK_LABEL (child)) : NULL;
}

/* Push, toggle and menu buttons (not check buttons, whose labels are
 * sentence case) under @root whose label is not in header capitalisation. */
static void
collect_not_header_caps (GtkWidget *root,
                         GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          const char *text = button_text (child);

          if (text != NULL && !is_header_caps (text))
            g_ptr_array_add (out, g_strdup (text));
        }
      collect_not_header_caps (child, out);
    }
}

/* Fails, naming them, when buttons under @root are in sentence case. */
void
ls_test_assert_header_caps (GtkWidget *root)
{
  g_autoptr(GPtrArray) wrong = g_ptr_array_new_with_free_func (g_free);

  collect_not_header_caps (root, wrong);
  for (guint i = 0; i < wrong->len; i++)
    g_test_message ("not in header capitalisation: “%s”", (const char *) g_ptr_array_index (wrong, i));
  g_assert_cmpuint (wrong->len, ==, 0);
}

/* The text of every visible label under @widget (a stack: its visible
 * page), one a line. */
void
ls_test_collect_text (GtkWidget *widget,
                      GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_STACK (widget))
    widget = gtk_stack_get_visible_child (GTK_STACK (widget));
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    ls_test_collect_text (child, out);
}

/* The shown, sensitive button whose words are @text. */
GtkWidget *
ls_test_find_button (GtkWidget  *widget,
                     const char *text)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_sensitive (widget))
    return NULL;
  if (GTK_IS_STACK (widget))
    widget = gtk_stack_get_visible_child (GTK_STACK (widget));
  if (GTK_IS_BUTTON (widget))
    {
      g_autoptr(GString) words = g_string_new (NULL);

      ls_test_collect_text (widget, words);
      if (g_str_has_prefix (words->str, text))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = ls_test_find_button (child, text);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

/* Whether @widget lies wholly inside the part of its scrolled window that
 * is shown. */
gboolean
ls_test_shown_in_scroller (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  g_assert_nonnull (scroller);
  if (!gtk_widget_compute_bounds (widget, scroller, &bounds))
    return FALSE;
  g_test_message ("at y %.0f, %.0f high, in a view %d high", bounds.origin.y, bounds.size.height,
                  gtk_widget_get_height (scroller));
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* Draws frames until @widget's scrolled window has stopped moving (it
 * scrolls smoothly, over several frames). */
void
ls_test_settle_scroll (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  guint still = 0;

  /* a scroll starts a frame or two after what asked for it */
  for (guint i = 0; i < 300 && still < 5; i++)
    {
      double before = gtk_adjustment_get_value (adjustment);

      gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
      still = gtk_adjustment_get_value (adjustment) == before ? still + 1 : 0;
    }
}

/* What @widget looks like now, drawn with cairo. */
static GBytes *
draw_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GskRenderNode *node;
  GBytes *pixels;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * height);
  cairo_surface_destroy (surface);
  return pixels;
}

static void
count_activations (guint *n_changes)
{
  (*n_changes)++;
}

/* Draws frames for longer than Adwaita's transitions last (a focus ring
 * fades in over 200 ms); drawn sooner it looks absent. */
static void
wait_for_transitions (GtkWidget *window)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < until)
    gtk_test_widget_wait_for_draw (window);
}

/* How many of @widget's pixels differ between @widget as GTK shows the
 * keyboard focus in the active window after a key press (the states
 * :focus and :focus-visible) and without them. The states are set here,
 * with no widget holding the focus, rather than by giving @widget the
 * focus: GTK sets :focus only in the active window, and other tests on the
 * same display take the activation. Their windows can still switch this
 * one to :backdrop, which restyles it: then both are drawn again. */
static guint
focus_shown_pixels (GtkWidget *widget)
{
  const GtkStateFlags focus = GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE;
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));
  guint n_changes = 0;
  gulong handler = g_signal_connect_swapped (window, "notify::is-active", G_CALLBACK (count_activations),
                                             &n_changes);
  g_autoptr(GBytes) focused = NULL;
  g_autoptr(GBytes) unfocused = NULL;
  const guint32 *a, *b;
  guint n_changed = 0;

  gtk_root_set_focus (GTK_ROOT (window), NULL);
  for (guint attempt = 0; attempt < 20 && unfocused == NULL; attempt++)
    {
      guint before = n_changes;

      g_clear_pointer (&focused, g_bytes_unref);
      gtk_widget_set_state_flags (widget, focus, FALSE);
      wait_for_transitions (GTK_WIDGET (window));
      focused = draw_widget (widget);
      gtk_widget_unset_state_flags (widget, focus);
      wait_for_transitions (GTK_WIDGET (window));
      unfocused = draw_widget (widget);
      if (n_changes != before)
        g_clear_pointer (&unfocused, g_bytes_unref);
    }
  g_signal_handler_disconnect (window, handler);
  g_assert_nonnull (unfocused);
  g_assert_cmpuint (g_bytes_get_size (focused), ==, g_bytes_get_size (unfocused));
  a = g_bytes_get_data (focused, NULL);
  b = g_bytes_get_data (unfocused, NULL);
  for (gsize i = 0; i < g_bytes_get_size (focused) / 4; i++)
    n_changed += a[i] != b[i];
  g_test_message ("%u pixels of %s change with the focus, the widget %d x %d", n_changed,
                  G_OBJECT_TYPE_NAME (widget), gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return n_changed;
}

void
ls_test_assert_focus_shown (GtkWidget *widget)
{
  /* A ring round the widget changes at least half its perimeter's pixels. */
  g_assert_cmpuint (focus_shown_pixels (widget), >=,
                    (guint) (gtk_widget_get_width (widget) + gtk_widget_get_height (widget)));
}
