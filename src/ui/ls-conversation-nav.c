/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How one moves through the conversation: the toolbar above the steps,
 * Previous/Next Step below them, the keys that move between steps, and
 * where focus goes when a step is shown. Everything here works through
 * the page's actions ("conversation.*"): the page calls in, never the
 * other way round. */
#define G_LOG_DOMAIN "ls-conversation-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ls-conversation-page-private.h"
#include "ls-domain-step.h"
#include "ls-ui-util.h"

void
_ls_conversation_focus_step (GtkWidget *step_page)
{
  g_return_if_fail (GTK_IS_WIDGET (step_page));

  if (!gtk_widget_get_mapped (step_page))
    return;
  /* A life area starts at its words, not at a rating a stray Space
   * would set. */
  if (LS_IS_DOMAIN_STEP (step_page))
    ls_domain_step_focus_start (LS_DOMAIN_STEP (step_page));
  else
    gtk_widget_child_focus (step_page, GTK_DIR_TAB_FORWARD);
}

/* Alt+Left/Right and Ctrl+Page Up/Down, also while typing in a text box
 * (which would take Ctrl+Page Up/Down for itself): caught on the way in. */
void
_ls_conversation_add_step_keys (GtkWidget *page)
{
  static const struct { const char *trigger; const char *action; } keys[] = {
    { "<Alt>Right", "conversation.next-step" },
    { "<Control>Page_Down", "conversation.next-step" },
    { "<Alt>Left", "conversation.previous-step" },
    { "<Control>Page_Up", "conversation.previous-step" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_return_if_fail (GTK_IS_WIDGET (page));

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (page, controller);
}

/* An icon button (@text_too: with @label while there is room). */
static GtkWidget *
tool_button (const char *icon,
             gboolean    text_too,
             const char *label,
             const char *action)
{
  GtkWidget *button = text_too ? ls_ui_squeezing_button_new (label, icon) : gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* The toolbar's buttons take only the room the title leaves: they ask for
 * the width of their icons, and show their words all together when the
 * room left is enough for all of them, else all as icons, at the end.
 * (Measured as usual, a box splits the room short of everyone's natural
 * width between the title and the buttons: the title was cut to "Lif…"
 * beside icons in buttons as wide as their words.) */
static void
end_measure (GtkWidget      *widget,
             GtkOrientation  orientation,
             int             for_size,
             int            *minimum,
             int            *natural,
             int            *minimum_baseline,
             int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  gtk_widget_measure (child, orientation, -1, minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = *minimum;
}

static void
end_allocate (GtkWidget *widget,
              int        width,
              int        height,
              int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  int minimum, natural, child_width;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  child_width = natural <= width ? natural : MIN (minimum, width);
  gtk_widget_size_allocate (child, &(GtkAllocation) {
                              gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 0 : width - child_width,
                              0, child_width, height }, baseline);
}

GtkWidget *
_ls_conversation_toolbar_new (AdwFlap    *flap,
                              const char *person_name)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *end = adw_bin_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *steps = gtk_toggle_button_new ();
  g_autofree char *text = person_name && *person_name
                          ? g_strdup_printf (_("Life sketch with %s"), person_name)
                          : g_strdup (_("Life sketch"));

  gtk_label_set_text (GTK_LABEL (title), text);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (bar, "toolbar");
  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  /* In a narrow window the stepper folds away behind this button; in a
   * wide one it hides and shows it. Always shown: the flap folds while it
   * is laid out, too late to change what the toolbar holds. */
  gtk_button_set_icon_name (GTK_BUTTON (steps), "sidebar-show-symbolic");
  gtk_widget_set_tooltip_text (steps, _("Show the Steps"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (steps), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show the Steps"), -1);
  g_object_bind_property (flap, "reveal-flap", steps, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (bar), steps);
  gtk_box_append (GTK_BOX (bar), title);
  gtk_box_append (GTK_BOX (buttons), tool_button ("edit-undo-symbolic", FALSE, _("Undo"), "conversation.undo"));
  gtk_box_append (GTK_BOX (buttons), tool_button ("edit-redo-symbolic", FALSE, _("Redo"), "conversation.redo"));
  gtk_box_append (GTK_BOX (buttons), tool_button ("video-display-symbolic", TRUE, _("Show to Person"),
                                                  "conversation.show-own-view"));
  gtk_box_append (GTK_BOX (buttons), tool_button ("media-playback-pause-symbolic", TRUE, _("Pause Conversation"),
                                                  "conversation.pause"));
  adw_bin_set_child (ADW_BIN (end), buttons);
  gtk_widget_set_layout_manager (end, gtk_custom_layout_new (NULL, end_measure, end_allocate));
  gtk_widget_set_hexpand (end, TRUE);
  gtk_box_append (GTK_BOX (bar), end);
  return bar;
}

GtkWidget *
_ls_conversation_nav_new (GtkWidget **next_button)
{
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *back = gtk_button_new_with_label (_("Previous Step"));
  GtkWidget *next = gtk_button_new_with_label (_("Next Step"));

  g_return_val_if_fail (next_button != NULL, NULL);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "conversation.previous-step");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (next), "conversation.next-step");
  /* Translators: the keys for the step before and after, shown on hover. */
  gtk_widget_set_tooltip_text (back, _("Alt+Left or Ctrl+Page Up"));
  gtk_widget_set_tooltip_text (next, _("Alt+Right or Ctrl+Page Down"));
  gtk_widget_add_css_class (next, "suggested-action");
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_widget_add_css_class (nav, "toolbar");
  gtk_widget_set_margin_start (nav, 6);
  gtk_widget_set_margin_end (nav, 6);
  gtk_box_append (GTK_BOX (nav), back);
  gtk_box_append (GTK_BOX (nav), spacer);
  gtk_box_append (GTK_BOX (nav), next);
  *next_button = next;
  return nav;
}
