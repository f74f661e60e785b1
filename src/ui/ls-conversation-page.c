/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conversation page: a stepper on the left (every step reachable at
 * any time, domains marked done / skipped / not yet), the steps in a stack
 * built once (moving between them is a stack switch), Back/Next, undo and
 * redo, and a banner that says when a change is not saved yet. */
#define G_LOG_DOMAIN "ls-conversation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conversation-page-private.h"
#include "ls-unsaved-keeper.h"
#include "ls-conversation-session.h"
#include "ls-conversation-steps.h"
#include "ls-domain-step.h"
#include "ls-flushable.h"
#include "ls-focus-group.h"
#include "ls-presentation-window.h"
#include "ls-ui-util.h"
#include "ls-wheel-view.h"

typedef struct
{
  char      *name;      /* stack page name */
  char      *title;
  LsDomain  *domain;    /* NULL for the other steps */
  GtkWidget *button;    /* in the stepper */
  GtkWidget *status;    /* the button's status line */
  GtkWidget *page;
} Step;

struct _LsConversationPage
{
  AdwBin                 parent_instance;

  LsStore               *store;
  gint64                 person_id;
  LsConversationSession *session;
  char                  *person_name;

  GtkWidget             *banner;
  GtkWidget             *banner_label;
  GtkWidget             *changed_banner;   /* someone else changed it */
  GtkStack              *stack;
  AdwFlap               *flap;      /* the stepper; folds away in narrow windows */
  GtkWidget             *stepper;   /* one tab stop, the current step first */
  GtkWidget             *next_button;
  GtkWidget             *priorities_step;
  GtkWidget             *summary_wheel;
  GArray                *steps;     /* Step */
  guint                  current;
  gboolean               closing;   /* Pause or Finish waits for its save */
};

static void flushable_iface_init (LsFlushableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LsConversationPage, ls_conversation_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LS_TYPE_FLUSHABLE, flushable_iface_init))

enum {
  PROP_0,
  PROP_SKETCH_ID,
  PROP_SAVING_FAILED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DONE,
  RELOAD_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Kept with the page so it looks the same wherever it is embedded. Named
 * colours follow the light, dark and high-contrast styles. */
static const char conversation_css[] =
  ".conversation-step.current-step { background-color: alpha(@accent_bg_color, 0.18);"
  "  box-shadow: inset 4px 0 @accent_bg_color; }"
  /* Big targets, but no side padding: the row must fit narrow windows. */
  ".big-rating button { min-width: 48px; min-height: 48px; padding: 0; font-size: 1.2em; }"
  ".big-rating button.flat, .caseworker-rating button.flat { padding: 0 12px; }"
  ".caseworker-rating button { min-width: 36px; min-height: 36px; padding: 0; }"
  /* Kept apart by a dashed outline all round: a one-sided border is cut by
   * the rounded corners, and a card's shadow outline would run beside it. */
  ".caseworker-assessment { padding: 12px; border: 2px dashed alpha(currentColor, 0.3);"
  "  border-radius: 12px; background-color: @card_bg_color; }"
  ".pictogram-scale button:checked, .big-rating button:checked {"
  "  background-color: @accent_bg_color; color: @accent_fg_color; }"
  ".person-words { font-style: italic; }"
  ".save-failed-banner { background-color: alpha(@warning_bg_color, 0.9); color: @warning_fg_color;"
  "  padding: 6px 0; }"
  ".priority-row { padding: 8px 0; }"
  ".domain-prompt { margin: 6px 0 12px 0; }"
  ".skipped-bar { padding: 6px; }";

static void
ensure_css (void)
{
  static gboolean done;

  ls_ui_add_css_once (&done, conversation_css);
}

static Step *
step_at (LsConversationPage *self,
         guint               index)
{
  return &g_array_index (self->steps, Step, index);
}

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_free (step->name);
  g_free (step->title);
  g_clear_object (&step->domain);
}

/* Stepper --------------------------------------------------------------- */

static void
update_step_button (LsConversationPage *self,
                    guint               index)
{
  Step *step = step_at (self, index);
  const char *status = NULL;
  g_autofree char *name = NULL;

  if (step->domain != NULL)
    {
      switch (ls_conversation_session_domain_state (self->session, ls_domain_get_key (step->domain)))
        {
        case LS_DOMAIN_STATE_DONE:
          status = _("Done");
          break;
        case LS_DOMAIN_STATE_SKIPPED:
          status = _("Skipped for now");
          break;
        case LS_DOMAIN_STATE_NOT_YET:
        default:
          status = _("Not yet");
          break;
        }
      gtk_label_set_text (GTK_LABEL (step->status), status);
    }
  /* Translators: a step in the conversation and how far it has come. */
  name = status ? g_strdup_printf (_("%s, %s"), step->title, status) : g_strdup (step->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (step->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  index == self->current ? _("Current step") : "",
                                  -1);
  if (index == self->current)
    gtk_widget_add_css_class (step->button, "current-step");
  else
    gtk_widget_remove_css_class (step->button, "current-step");
}

static void
update_stepper (LsConversationPage *self)
{
  for (guint i = 0; i < self->steps->len; i++)
    update_step_button (self, i);
}

static void
refresh_summary (LsConversationPage *self)
{
  ls_wheel_view_set_sketch (LS_WHEEL_VIEW (self->summary_wheel),
                            ls_conversation_session_get_sketch (self->session),
                            ls_conversation_session_get_domains (self->session), NULL);
}

static void
go_to (LsConversationPage *self,
       guint               index)
{
  Step *step;
  guint previous = self->current;

  g_return_if_fail (index < self->steps->len);

  step = step_at (self, index);
  self->current = index;
  if (g_str_equal (step->name, "priorities"))
    {
      /* Needs must have ids before they can be put in order: what is
       * pending is saved on the worker, and the step shows the new needs
       * when their ids come back ("ids"). The window never waits here. */
      ls_conversation_session_save (self->session);
      ls_priorities_step_refresh (self->priorities_step);
    }
  else if (g_str_equal (step->name, "summary"))
    refresh_summary (self);
  gtk_stack_set_visible_child_name (self->stack, step->name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversation.previous-step", index > 0);
  gtk_widget_set_visible (self->next_button, index + 1 < self->steps->len);
  update_step_button (self, previous);
  update_step_button (self, index);
  ls_focus_group_set_preferred (LS_FOCUS_GROUP (self->stepper), step->button);
  /* On the summary the keyboard starts in the wheel (arrows go round it). */
  if (g_str_equal (step->name, "summary") && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->summary_wheel);
}

/* Moves to step @index and the keyboard to its first field. */
static void
go_to_and_focus (LsConversationPage *self,
                 guint               index)
{
  go_to (self, index);
  if (!g_str_equal (step_at (self, index)->name, "summary"))
    _ls_conversation_focus_step (step_at (self, index)->page);
}

static void
on_step_clicked (GtkButton          *button,
                 LsConversationPage *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  go_to_and_focus (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ls-index")));
}

static void
go_to_domain (LsConversationPage *self,
              guint               domain_index)
{
  for (guint i = 0; i < self->steps->len; i++)
    if (step_at (self, i)->domain != NULL && domain_index-- == 0)
      {
        go_to_and_focus (self, i);
        return;
      }
}

/* "conversation.next-step", "conversation.previous-step" */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (widget);
  gboolean next = g_str_equal (action_name, "conversation.next-step");

  if (self->steps == NULL || (next ? self->current + 1 >= self->steps->len : self->current == 0))
    return;
  go_to_and_focus (self, next ? self->current + 1 : self->current - 1);
}

static void
on_skip_requested (LsDomainStep       *domain_step,
                   LsConversationPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "conversation.next-step", NULL);
}

static void
on_segment_activated (LsWheelView        *wheel,
                      guint               index,
                      LsConversationPage *self)
{
  go_to_domain (self, index);
}

/* Session --------------------------------------------------------------- */

static void
on_session_changed (LsConversationSession *session,
                    const char            *field,
                    LsConversationPage    *self)
{
  update_stepper (self);
  if (g_str_equal (step_at (self, self->current)->name, "summary"))
    refresh_summary (self);
}

static void
on_save_state_changed (LsConversationSession *session,
                       LsConversationPage    *self)
{
  gboolean failed = ls_conversation_session_get_saving_failed (session);

  if (failed)
    {
      g_autofree char *text =
        /* Translators: %s says why, e.g. "The disk is full: could not save to “…”". */
        g_strdup_printf (_("Not saved yet: %s. What you wrote is still here, and is saved as soon as this is solved."),
                         ls_conversation_session_get_save_error (session));
      gtk_label_set_text (GTK_LABEL (self->banner_label), text);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner), failed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING_FAILED]);
}

/* Someone else saved this entry first: their text beside ours, and a
 * choice (ls-conversation-conflicts.c). */
static void
on_conflict (LsConversationSession *session,
             LsSketchEntry         *entry,
             LsConversationPage    *self)
{
  _ls_conversation_show_conflict (GTK_WIDGET (self), session, entry);
}

static void
on_details_conflict (LsConversationSession *session,
                     LsConversationPage    *self)
{
  _ls_conversation_show_details_conflict (GTK_WIDGET (self), session);
}

static void
on_reading_conflict (LsConversationSession *session,
                     const char            *domain_key,
                     LsConversationPage    *self)
{
  _ls_conversation_show_reading_conflict (GTK_WIDGET (self), session, domain_key);
}

static void
on_try_again (GtkButton          *button,
              LsConversationPage *self)
{
  /* A conflict's dialog closed without a choice comes back. */
  _ls_conversation_show_closed_conflicts (GTK_WIDGET (self), self->session);
  _ls_conversation_show_sketch_conflicts (GTK_WIDGET (self), self->session);
  /* a failure shows in the banner again */
  ls_conversation_session_flush_async (self->session, NULL, NULL, NULL);
}

static int step_index (LsConversationPage *self,
                       const char         *step_name);

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (widget);

  LsEditHistory *history;
  gboolean undo = g_str_equal (action_name, "conversation.undo");
  g_autofree char *step = NULL;
  int index;

  if (self->session == NULL)
    return;
  /* Show the step where the change is undone, so it is seen happening. */
  history = ls_conversation_session_get_history (self->session);
  step = ls_conversation_session_step_for_field (self->session,
                                                 undo ? ls_edit_history_peek_undo_field (history)
                                                      : ls_edit_history_peek_redo_field (history));
  index = step != NULL ? step_index (self, step) : -1;
  if (index >= 0 && (guint) index != self->current)
    go_to (self, (guint) index);
  if (undo)
    ls_conversation_session_undo (self->session);
  else
    ls_conversation_session_redo (self->session);
}

static void
update_undo_actions (LsConversationPage *self)
{
  LsEditHistory *history = ls_conversation_session_get_history (self->session);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversation.undo", ls_edit_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversation.redo", ls_edit_history_can_redo (history));
}

static void
show_own_view_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  LsPresentationWindow *window;

  if (self->session == NULL)
    return;
  /* The own view shows the sketch as it is on the screen; what is pending
   * is saved on the worker meanwhile (the window never waits here). */
  ls_conversation_session_save (self->session);
  window = ls_presentation_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       ls_conversation_session_get_sketch (self->session), self->person_name);
  gtk_window_present (GTK_WINDOW (window));
}

/* Pause: what is pending is saved on the worker, and then the page is
 * done whether it was or not (a failure was shown, and what failed is kept
 * on this computer). */
static void
paused_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LsConversationPage) self = user_data;

  ls_conversation_session_flush_finish (LS_CONVERSATION_SESSION (source), result, NULL);
  self->closing = FALSE;
  if (self->session != NULL)
    g_signal_emit (self, signals[DONE], 0);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (widget);

  if (self->session == NULL)
    {
      g_signal_emit (self, signals[DONE], 0);
      return;
    }
  if (self->closing)
    return;
  self->closing = TRUE;
  ls_conversation_session_flush_async (self->session, NULL, paused_cb, g_object_ref (self));
}

/* Finish: done only once everything was saved; else the banner says why
 * and the conversation stays. */
static void
finished_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LsConversationPage) self = user_data;

  self->closing = FALSE;
  if (ls_conversation_session_flush_finish (LS_CONVERSATION_SESSION (source), result, NULL) && self->session != NULL)
    g_signal_emit (self, signals[DONE], 0);
}

static void
finish (LsConversationPage *self)
{
  if (self->closing)
    return;
  ls_conversation_session_set_status (self->session, LS_SKETCH_FINISHED);
  self->closing = TRUE;
  ls_conversation_session_flush_async (self->session, NULL, finished_cb, g_object_ref (self));
}

static gboolean
step_skipped (LsConversationPage *self,
              guint               index)
{
  LsDomain *domain = step_at (self, index)->domain;

  return domain != NULL && ls_conversation_session_domain_state (self->session, ls_domain_get_key (domain))
                           == LS_DOMAIN_STATE_SKIPPED;
}

static void
on_finish_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    LsConversationPage *self)
{
  if (g_str_equal (response, "finish"))
    finish (self);
  else
    for (guint i = 0; i < self->steps->len; i++)
      if (step_skipped (self, i))
        {
          go_to_and_focus (self, i);
          break;
        }
}

/* Life areas still skipped for now are named before finishing. */
static void
on_finish (GtkButton          *button,
           LsConversationPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) skipped = NULL;

  for (guint i = 0; i < self->steps->len; i++)
    if (step_skipped (self, i))
      g_strv_builder_add (builder, step_at (self, i)->title);
  skipped = g_strv_builder_end (builder);
  if (skipped[0] == NULL)
    finish (self);
  else
    _ls_conversation_ask_finish (GTK_WIDGET (self), skipped, G_CALLBACK (on_finish_response), self);
}

/* Building -------------------------------------------------------------- */

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *sw = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  gtk_widget_set_margin_top (child, 24);
  gtk_widget_set_margin_bottom (child, 24);
  gtk_widget_set_margin_start (child, 18);
  gtk_widget_set_margin_end (child, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (sw), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sw), clamp);
  return sw;
}

static void
add_step (LsConversationPage *self,
          GtkWidget          *stepper,
          const char         *name,
          const char         *title,
          LsDomain           *domain,
          GtkWidget          *page)
{
  Step step = { g_strdup (name), g_strdup (title), domain ? g_object_ref (domain) : NULL, NULL, NULL, page };
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (content), label);
  if (domain != NULL)
    {
      step.status = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (step.status), 0);
      gtk_widget_add_css_class (step.status, "caption");
      gtk_widget_add_css_class (step.status, "dim-label");
      gtk_box_append (GTK_BOX (content), step.status);
    }
  step.button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (step.button), content);
  gtk_widget_add_css_class (step.button, "flat");
  gtk_widget_add_css_class (step.button, "conversation-step");
  g_object_set_data (G_OBJECT (step.button), "ls-index", GUINT_TO_POINTER (self->steps->len));
  g_signal_connect (step.button, "clicked", G_CALLBACK (on_step_clicked), self);
  gtk_box_append (GTK_BOX (stepper), step.button);
  gtk_stack_add_named (self->stack, scrolled (page), name);
  g_array_append_val (self->steps, step);
}

static GtkWidget *
summary_step (LsConversationPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("Summary"));
  GtkWidget *text = gtk_label_new (_("This is the life sketch so far. Choose a life area in the wheel to go back to it."));
  GtkWidget *show = gtk_button_new_with_label (_("Show to Person"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_widget_add_css_class (text, "dim-label");
  self->summary_wheel = ls_wheel_view_new ();
  ls_wheel_view_set_show_legend (LS_WHEEL_VIEW (self->summary_wheel), TRUE);
  g_signal_connect (self->summary_wheel, "segment-activated", G_CALLBACK (on_segment_activated), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show), "conversation.show-own-view");
  gtk_widget_set_halign (show, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (show, "pill");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), self->summary_wheel);
  gtk_box_append (GTK_BOX (box), show);
  return box;
}

/* A warning across the page: @label_out's text, and a button. */
static GtkWidget *
banner_new (LsConversationPage *self,
            const char         *button_label,
            GCallback           clicked,
            GtkWidget         **label_out)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                 "orientation", GTK_ORIENTATION_HORIZONTAL, "spacing", 12, NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *button = gtk_button_new_with_label (button_label);
  GtkWidget *revealer = gtk_revealer_new ();

  *label_out = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (*label_out), TRUE);
  gtk_label_set_xalign (GTK_LABEL (*label_out), 0);
  gtk_widget_set_hexpand (*label_out, TRUE);
  gtk_widget_add_css_class (box, "save-failed-banner");
  gtk_widget_set_margin_start (icon, 12);
  g_signal_connect (button, "clicked", clicked, self);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_margin_end (button, 12);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), *label_out);
  gtk_box_append (GTK_BOX (box), button);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  return revealer;
}

static GtkWidget *
build_banner (LsConversationPage *self)
{
  self->banner = banner_new (self, _("Try Again"), G_CALLBACK (on_try_again), &self->banner_label);
  return self->banner;
}

static void
on_reload (GtkButton          *button,
           LsConversationPage *self)
{
  g_signal_emit (self, signals[RELOAD_REQUESTED], 0);
}

/* Someone else changed the sketch (ls-window-watch.c): said, with the
 * way to read it again; what is being typed stays until then. */
static GtkWidget *
build_changed_banner (LsConversationPage *self)
{
  GtkWidget *label;

  self->changed_banner = banner_new (self, _("Reload"), G_CALLBACK (on_reload), &label);
  gtk_label_set_text (GTK_LABEL (label),
                      _("Someone else changed this conversation. Reload to see their change; "
                        "what you wrote is saved first."));
  return self->changed_banner;
}

static guint
first_open_step (LsConversationPage *self)
{
  LsSketch *sketch = ls_conversation_session_get_sketch (self->session);
  gboolean started = g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_readings (sketch))) > 0
                     || g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (sketch))) > 0;

  if (!started)
    return 0;
  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *step = step_at (self, i);

      if (step->domain != NULL
          && ls_conversation_session_domain_state (self->session, ls_domain_get_key (step->domain))
             == LS_DOMAIN_STATE_NOT_YET)
        return i;
    }
  return self->steps->len - 3; /* the summary */
}

static void
on_map (LsConversationPage *self)
{
  if (!g_str_equal (step_at (self, self->current)->name, "summary"))
    _ls_conversation_focus_step (step_at (self, self->current)->page);
}

static void
build (LsConversationPage *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *stepper = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *stepper_sw = gtk_scrolled_window_new ();
  GtkWidget *main = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GListModel *domains = ls_conversation_session_get_domains (self->session);
  guint n = g_list_model_get_n_items (domains);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (stepper), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Steps of the conversation"), -1);
  gtk_widget_add_css_class (stepper, "conversation-stepper");
  gtk_widget_set_margin_top (stepper, 12);
  gtk_widget_set_margin_start (stepper, 6);
  gtk_widget_set_margin_end (stepper, 6);

  add_step (self, stepper, "participants", _("Who is present"), NULL, ls_participants_step_new (self->session));
  add_step (self, stepper, "matters", _("What matters most"), NULL, ls_matters_step_new (self->session));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);
      g_autofree char *name = g_strdup_printf ("domain:%s", ls_domain_get_key (domain));
      GtkWidget *page = ls_domain_step_new (self->session, domain, i, n);

      g_signal_connect (page, "skip-requested", G_CALLBACK (on_skip_requested), self);
      add_step (self, stepper, name, ls_domain_get_name (domain), domain, page);
    }
  add_step (self, stepper, "summary", _("Summary"), NULL, summary_step (self));
  ls_ui_scroll_natural_height (gtk_stack_get_child_by_name (self->stack, "summary"));
  self->priorities_step = ls_priorities_step_new (self->session);
  add_step (self, stepper, "priorities", _("Priorities"), NULL, self->priorities_step);
  add_step (self, stepper, "agreements", _("Agreements"), NULL,
            ls_agreements_step_new (self->session, G_CALLBACK (on_finish), self));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (stepper_sw), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  self->stepper = ls_focus_group_new (stepper);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (stepper_sw), self->stepper);
  gtk_widget_set_size_request (stepper_sw, 230, -1);
  gtk_widget_add_css_class (stepper_sw, "sidebar-pane");
  gtk_widget_add_css_class (stepper_sw, "background");
  gtk_box_append (GTK_BOX (main), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (main), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (main), _ls_conversation_nav_new (&self->next_button));
  self->flap = ADW_FLAP (adw_flap_new ());
  adw_flap_set_flap (self->flap, stepper_sw);
  adw_flap_set_separator (self->flap, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_flap_set_content (self->flap, main);
  gtk_widget_set_vexpand (GTK_WIDGET (self->flap), TRUE);

  gtk_box_append (GTK_BOX (outer), _ls_conversation_toolbar_new (self->flap, self->person_name));
  gtk_box_append (GTK_BOX (outer), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (outer), build_banner (self));
  gtk_box_append (GTK_BOX (outer), build_changed_banner (self));
  gtk_box_append (GTK_BOX (outer), ls_unsaved_keeper_offer_new (self->session));
  ls_unsaved_keeper_attach (self->session);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->flap));
  adw_bin_set_child (ADW_BIN (self), outer);

  g_signal_connect_object (self->session, "changed", G_CALLBACK (on_session_changed), self, 0);
  g_signal_connect_object (self->session, "save-state-changed", G_CALLBACK (on_save_state_changed), self, 0);
  g_signal_connect_object (self->session, "conflict", G_CALLBACK (on_conflict), self, 0);
  g_signal_connect_object (self->session, "details-conflict", G_CALLBACK (on_details_conflict), self, 0);
  g_signal_connect_object (self->session, "reading-conflict", G_CALLBACK (on_reading_conflict), self, 0);
  g_signal_connect_object (ls_conversation_session_get_history (self->session), "notify::can-undo",
                           G_CALLBACK (update_undo_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ls_conversation_session_get_history (self->session), "notify::can-redo",
                           G_CALLBACK (update_undo_actions), self, G_CONNECT_SWAPPED);
  update_undo_actions (self);
  go_to (self, first_open_step (self));
  update_stepper (self);
  _ls_conversation_add_step_keys (GTK_WIDGET (self));
  /* Started or continued: the keyboard is in the step, at its first field. */
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

static void
build_error (LsConversationPage *self,
             const GError       *error)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Conversation Could Not Be Opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
  adw_bin_set_child (ADW_BIN (self), status);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversation.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversation.redo", FALSE);
}

static gboolean
flushable_flush (LsFlushable *flushable,
                 GError     **error)
{
  return ls_conversation_page_flush (LS_CONVERSATION_PAGE (flushable), error);
}

static void
flushable_save_soon (LsFlushable *flushable)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (flushable);

  if (self->session != NULL)
    ls_conversation_session_save (self->session);
}

static gboolean
flushable_has_pending (LsFlushable *flushable)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (flushable);

  return self->session != NULL && (ls_conversation_session_has_pending (self->session)
                                   || ls_conversation_session_get_saving_failed (self->session));
}

static void
flushed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (ls_conversation_session_flush_finish (LS_CONVERSATION_SESSION (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Before the window leaves the page (only when something is pending,
 * ls_flushable_flush_async()): what is pending, on the session's worker
 * (a failure shows in the banner); the task holds the page. */
static void
flushable_flush_async (LsFlushable         *flushable,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (flushable);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, flushable_flush_async);
  ls_conversation_session_flush_async (self->session, NULL, flushed_cb, g_steal_pointer (&task));
}

static gboolean
flushable_flush_finish (LsFlushable  *flushable,
                        GAsyncResult *result,
                        GError      **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
flushable_iface_init (LsFlushableInterface *iface)
{
  iface->flush = flushable_flush;
  iface->save_soon = flushable_save_soon;
  iface->has_pending = flushable_has_pending;
  iface->flush_async = flushable_flush_async;
  iface->flush_finish = flushable_flush_finish;
}

/* GObject --------------------------------------------------------------- */

/* The page closed with words pending: their save ended (a failure is kept
 * on this computer by the session's keeper). */
static void
last_save_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ls_conversation_session_flush_finish (LS_CONVERSATION_SESSION (source), result, NULL);
  ls_ui_release_application (user_data);
}

static void
ls_conversation_page_dispose (GObject *object)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (object);

  /* The session may outlive the page (a step, a test holds it): it must
   * not call back into widgets freed below. */
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (ls_conversation_session_get_history (self->session), self);
      g_signal_handlers_disconnect_by_data (self->session, self);
      /* what is pending is saved on the worker; the task holds the
       * session (and its keeper, which keeps on this computer what
       * fails), never the page */
      if (ls_conversation_session_has_pending (self->session))
        ls_conversation_session_flush_async (self->session, NULL, last_save_done, ls_ui_hold_application ());
    }
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->banner = NULL;
  self->banner_label = NULL;
  self->changed_banner = NULL;
  g_clear_object (&self->session);
  g_clear_object (&self->store);
  if (self->steps != NULL)
    g_clear_pointer (&self->steps, g_array_unref);
  G_OBJECT_CLASS (ls_conversation_page_parent_class)->dispose (object);
}

static void
ls_conversation_page_finalize (GObject *object)
{
  g_free (LS_CONVERSATION_PAGE (object)->person_name);
  G_OBJECT_CLASS (ls_conversation_page_parent_class)->finalize (object);
}

static void
ls_conversation_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LsConversationPage *self = LS_CONVERSATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_SKETCH_ID:
      g_value_set_int64 (value, ls_conversation_page_get_sketch_id (self));
      break;
    case PROP_SAVING_FAILED:
      g_value_set_boolean (value, ls_conversation_page_get_saving_failed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_conversation_page_class_init (LsConversationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_conversation_page_dispose;
  object_class->finalize = ls_conversation_page_finalize;
  object_class->get_property = ls_conversation_page_get_property;

  properties[PROP_SKETCH_ID] =
    g_param_spec_int64 ("sketch-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVING_FAILED] =
    g_param_spec_boolean ("saving-failed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RELOAD_REQUESTED] = g_signal_new ("reload-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "conversation.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "conversation.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "conversation.show-own-view", NULL, show_own_view_action);
  gtk_widget_class_install_action (widget_class, "conversation.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "conversation.next-step", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "conversation.previous-step", NULL, step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "conversation.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "conversation.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "conversation.redo", NULL);
  gtk_widget_class_set_css_name (widget_class, "conversationpage");
}

static void
ls_conversation_page_init (LsConversationPage *self)
{
  ensure_css ();
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, step_clear);
}

GtkWidget *
ls_conversation_page_new_from_data (LsStore  *store,
                                    gpointer  page_data)
{
  LsConversationPageData *data = page_data;
  LsConversationPage *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (LS_TYPE_CONVERSATION_PAGE, NULL);
  self->store = g_object_ref (store);
  self->person_id = data->person_id;
  if (data->sketch != NULL)
    self->session = ls_conversation_session_new_for_sketch (store, data->sketch, &error);
  if (self->session == NULL)
    {
      build_error (self, data->error != NULL ? data->error : error);
      return GTK_WIDGET (self);
    }
  self->person_name = g_steal_pointer (&data->person_name);
  build (self);
  return GTK_WIDGET (self);
}

GtkWidget *
ls_conversation_page_new (LsStore *store,
                          gint64   person_id,
                          gint64   sketch_id)
{
  LsConversationPageData *data;
  GtkWidget *page;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  data = _ls_conversation_page_load_data (store, person_id, sketch_id);
  page = ls_conversation_page_new_from_data (store, data);
  ls_conversation_page_data_free (data);
  return page;
}

gint64
ls_conversation_page_get_sketch_id (LsConversationPage *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_PAGE (self), 0);
  return self->session ? ls_sketch_get_id (ls_conversation_session_get_sketch (self->session)) : 0;
}

gint64
ls_conversation_page_get_person_id (LsConversationPage *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_PAGE (self), 0);
  return self->person_id;
}

LsSketch *
ls_conversation_page_get_sketch (LsConversationPage *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_PAGE (self), NULL);
  return self->session ? ls_conversation_session_get_sketch (self->session) : NULL;
}

gboolean
ls_conversation_page_get_saving_failed (LsConversationPage *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_PAGE (self), FALSE);
  return self->session ? ls_conversation_session_get_saving_failed (self->session) : FALSE;
}

gboolean
ls_conversation_page_flush (LsConversationPage *self,
                            GError            **error)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_PAGE (self), FALSE);
  return self->session ? ls_conversation_session_flush (self->session, error) : TRUE;
}

/* For tests ------------------------------------------------------------- */

LsConversationSession *
_ls_conversation_page_get_session (LsConversationPage *self)
{
  return self->session;
}

static int
step_index (LsConversationPage *self,
            const char         *step_name)
{
  for (guint i = 0; i < self->steps->len; i++)
    if (g_str_equal (step_at (self, i)->name, step_name))
      return (int) i;
  return -1;
}

void
_ls_conversation_page_go_to (LsConversationPage *self,
                             const char         *step_name)
{
  int index = step_index (self, step_name);

  g_return_if_fail (index >= 0);
  go_to (self, (guint) index);
}

GtkWidget *
_ls_conversation_page_get_step (LsConversationPage *self,
                                const char         *step_name)
{
  int index = step_index (self, step_name);

  return index >= 0 ? step_at (self, (guint) index)->page : NULL;
}

const char *
_ls_conversation_page_get_current (LsConversationPage *self)
{
  return step_at (self, self->current)->name;
}

GtkWidget *
_ls_conversation_page_get_banner (LsConversationPage *self)
{
  return self->banner;
}

void
ls_conversation_page_show_changed_elsewhere (LsConversationPage *self)
{
  g_return_if_fail (LS_IS_CONVERSATION_PAGE (self));
  if (self->changed_banner != NULL)
    gtk_revealer_set_reveal_child (GTK_REVEALER (self->changed_banner), TRUE);
}

gboolean
ls_conversation_page_get_changed_elsewhere (LsConversationPage *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_PAGE (self), FALSE);
  return self->changed_banner != NULL && gtk_revealer_get_reveal_child (GTK_REVEALER (self->changed_banner));
}
