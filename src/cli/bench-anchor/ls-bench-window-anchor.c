/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The anchor for `livsskisse-cli bench`'s first_frame_ms: a bare
 * AdwApplication window with a header bar, which prints "first frame
 * painted" on stderr after its first frame, as the app does under
 * LIVSSKISSE_PROFILE, and quits. */
#include <adwaita.h>
#include <stdio.h>

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  fputs ("first frame painted\n", stderr);
  fflush (stderr);
  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Livsskisse"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  /* The app's own first size (window-width and window-height in its
   * GSettings schema): the same number of pixels to paint. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  AdwApplication *app = adw_application_new ("org.livsskisse.BenchAnchor", G_APPLICATION_DEFAULT_FLAGS);
  int status;

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  status = g_application_run (G_APPLICATION (app), argc, argv);
  g_object_unref (app);
  return status;
}
