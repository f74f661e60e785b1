/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Decision pages inside the main window. Each page replaces the one
 * before under the name "decisions" in the content stack, with a way back
 * to the person it belongs to. */
#define G_LOG_DOMAIN "ls-window-decisions"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-editor.h"
#include "ls-evaluation-page.h"
#include "ls-goal-row.h"
#include "ls-person-page.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-team-view.h"
#include "ls-timeline.h"
#include "ls-ui-load.h"
#include "ls-window-decisions.h"
#include "ls-window-private.h"

#define PAGE_NAME "decisions"

static void open_decision (LsWindow *self, gint64 decision_id);
static void evaluate_decision (LsWindow *self, gint64 decision_id);
static void open_plan (LsWindow *self, gint64 decision_id);

static void
show_select (LsWindow *self,
             gpointer  data)
{
  gtk_stack_set_visible_child_name (self->content_stack, "select");
}

static void
back_clicked_cb (GtkWidget *button,
                 LsWindow  *self)
{
  gint64 *person_id = g_object_get_data (G_OBJECT (button), "person");

  if (person_id != NULL && *person_id != 0)
    _ls_window_show_person (self, *person_id);
  else
    _ls_window_leave_page (self, show_select, NULL, NULL);
}

static GtkWidget *
template_child (LsWindow   *self,
                const char *id)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), LS_TYPE_WINDOW, id));
}

/* The header's back button: back to the person while a decision page is
 * shown, else back to the caseload where the window is folded. */
static void
sync_back_buttons (LsWindow *self)
{
  gboolean on_page = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), PAGE_NAME) == 0;

  gtk_widget_set_visible (template_child (self, "page_back_button"), on_page);
  gtk_widget_set_visible (template_child (self, "back_button"), !on_page && adw_leaflet_get_folded (self->leaflet));
  if (!on_page)
    adw_window_title_set_subtitle (self->content_title, NULL);
}

/* Worker thread (ls-ui-load.h): the person's name. */
static gpointer
read_person_name (LsStore  *store,
                  gint64    person_id,
                  GError  **error)
{
  g_autoptr(LsPerson) person = ls_store_load_person (store, person_id, error);

  return person != NULL ? ls_person_dup_display_name (person) : NULL;
}

static void
person_name_read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GtkWidget *box = GTK_WIDGET (source);
  GtkRoot *root = gtk_widget_get_root (box);
  g_autofree char *name = ls_ui_load_finish (result, NULL);
  LsWindow *self;

  /* Only while the page it was read for is still shown. */
  if (name == NULL || !LS_IS_WINDOW (root))
    return;
  self = LS_WINDOW (root);
  if (gtk_stack_get_visible_child (self->content_stack) == box)
    adw_window_title_set_subtitle (self->content_title, name);
}

/* The person's name as the subtitle of page @box: the person shown's, or
 * read on a worker thread (another person's decision, from the team
 * overview). */
static void
show_person_name (LsWindow  *self,
                  GtkWidget *box,
                  gint64     person_id)
{
  LsPerson *shown = _ls_window_get_page_person (self);
  g_autofree char *name = NULL;

  if (person_id == 0)
    return;
  if (shown != NULL && ls_person_get_id (shown) == person_id)
    {
      name = ls_person_dup_display_name (shown);
      adw_window_title_set_subtitle (self->content_title, name);
      return;
    }
  ls_ui_load_async (box, self->store, read_person_name, g_free, person_id, NULL, person_name_read_cb, NULL);
}

/* Shows @page titled @title with the person's name, and the header's back
 * button going back to the person. */
static void
show_page (LsWindow   *self,
           GtkWidget  *page,
           const char *title,
           gint64      person_id)
{
  GtkWidget *old = gtk_stack_get_child_by_name (self->content_stack, PAGE_NAME);
  GtkWidget *back = template_child (self, "page_back_button");
  const char *back_label = person_id != 0 ? _("Back to the Person") : _("Back");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_object_set_data_full (G_OBJECT (back), "person", g_memdup2 (&person_id, sizeof person_id), g_free);
  gtk_widget_set_tooltip_text (back, back_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, back_label, -1);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  if (old != NULL)
    gtk_stack_remove (self->content_stack, old);
  gtk_stack_add_named (self->content_stack, box, PAGE_NAME);
  gtk_stack_set_visible_child (self->content_stack, box);
  adw_window_title_set_title (self->content_title, title);
  adw_window_title_set_subtitle (self->content_title, NULL);
  show_person_name (self, box, person_id);
  _ls_window_show_content (self);
}

static void
editor_open_cb (LsDecisionEditor *editor,
                gint64            decision_id,
                LsWindow         *self)
{
  open_decision (self, decision_id);
}

static void
editor_evaluate_cb (LsDecisionEditor *editor,
                    gint64            decision_id,
                    LsWindow         *self)
{
  evaluate_decision (self, decision_id);
}

static void
editor_plan_cb (LsDecisionEditor *editor,
                gint64            decision_id,
                LsWindow         *self)
{
  open_plan (self, decision_id);
}

static void
show_editor (LsWindow  *self,
             GtkWidget *editor)
{
  LsDecision *decision = ls_decision_editor_get_decision (LS_DECISION_EDITOR (editor));

  g_signal_connect_object (editor, "open-decision", G_CALLBACK (editor_open_cb), self, 0);
  g_signal_connect_object (editor, "evaluate", G_CALLBACK (editor_evaluate_cb), self, 0);
  g_signal_connect_object (editor, "service-plan", G_CALLBACK (editor_plan_cb), self, 0);
  show_page (self, editor, _("Decision"), ls_decision_get_person_id (decision));
}

static void
show_decision (LsWindow *self,
               gint64    id,
               gpointer  data)
{
  show_editor (self, ls_decision_editor_new_from_data (self->store, data));
}

static const LsWindowLoad decision_load = {
  N_("The Decision Could Not Be Opened"), ls_decision_editor_load, ls_decision_editor_data_free, show_decision,
};

static void
open_decision (LsWindow *self,
               gint64    decision_id)
{
  _ls_window_open (self, &decision_load, decision_id);
}

static void
evaluation_finished_cb (LsEvaluationPage *page,
                        gint64            decision_id,
                        gint64            next_id,
                        LsWindow         *self)
{
  _ls_window_show_toast (self, ls_evaluation_page_get_saved_message (page));
  if (next_id != 0)
    {
      open_decision (self, next_id);
      return;
    }
  _ls_window_show_person (self, ls_decision_get_person_id (ls_evaluation_page_get_decision (page)));
}

static void
show_evaluation (LsWindow *self,
                 gint64    id,
                 gpointer  data)
{
  GtkWidget *page = ls_evaluation_page_new_from_data (self->store, data);
  LsDecision *decision = ls_evaluation_page_get_decision (LS_EVALUATION_PAGE (page));

  g_signal_connect_object (page, "finished", G_CALLBACK (evaluation_finished_cb), self, 0);
  show_page (self, page, _("Evaluation"), ls_decision_get_person_id (decision));
}

static const LsWindowLoad evaluation_load = {
  N_("The Evaluation Could Not Be Opened"), ls_evaluation_page_load, ls_evaluation_page_data_free,
  show_evaluation,
};

static void
evaluate_decision (LsWindow *self,
                   gint64    decision_id)
{
  _ls_window_open (self, &evaluation_load, decision_id);
}

static void
show_plan (LsWindow *self,
           gint64    id,
           gpointer  plan)
{
  show_page (self, ls_service_plan_editor_new_for_plan (self->store, plan), _("Service Plan"),
             ls_service_plan_get_person_id (plan));
}

static const LsWindowLoad plan_load = {
  N_("The Service Plan Could Not Be Opened"), ls_service_plan_editor_load, g_object_unref, show_plan,
};

static void
open_plan (LsWindow *self,
           gint64    decision_id)
{
  _ls_window_open (self, &plan_load, decision_id);
}

/* A new draft is made and saved on a worker, then shown. */
static const LsWindowLoad draft_load = {
  N_("The Decision Could Not Be Drafted"), ls_decision_editor_draft, ls_decision_editor_data_free, show_decision,
};

static void
new_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);

  if (self->store != NULL)
    _ls_window_open (self, &draft_load, g_variant_get_int64 (parameter));
}

static void
open_decision_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  if (LS_WINDOW (widget)->store != NULL)
    open_decision (LS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
evaluate_decision_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  if (LS_WINDOW (widget)->store != NULL)
    evaluate_decision (LS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
service_plan_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  if (LS_WINDOW (widget)->store != NULL)
    open_plan (LS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_team_view (LsWindow *self,
                gpointer  data)
{
  if (self->store != NULL)
    show_page (self, ls_team_view_new (self->store), _("Team Overview"), 0);
}

static void
team_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);

  if (self->store != NULL)
    _ls_window_leave_page (self, show_team_view, NULL, NULL);
}

/* The timeline of person @id: "Decisions", with the person's name as the
 * subtitle, as every page of a person's. */
static void
show_timeline (LsWindow *self,
               gint64    id,
               gpointer  data)
{
  GtkWidget *timeline = ls_timeline_new ();
  GtkWidget *scroller, *clamp;

  ls_timeline_set_store (LS_TIMELINE (timeline), self->store);
  ls_timeline_apply (LS_TIMELINE (timeline), data);
  gtk_widget_set_margin_top (timeline, 12);
  gtk_widget_set_margin_bottom (timeline, 24);
  gtk_widget_set_margin_start (timeline, 12);
  gtk_widget_set_margin_end (timeline, 12);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), timeline);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  show_page (self, scroller, _("Decisions"), id);
}

static const LsWindowLoad timeline_load = {
  N_("The Decisions Could Not Be Shown"), ls_timeline_load, ls_timeline_data_free, show_timeline,
};

static void
show_decisions_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);
  LsPerson *person = _ls_window_get_page_person (self);

  if (self->store != NULL && person != NULL)
    _ls_window_open (self, &timeline_load, ls_person_get_id (person));
}

static void
visible_page_changed_cb (GtkStack   *stack,
                         GParamSpec *pspec,
                         GtkWidget  *button)
{
  gtk_widget_set_visible (button, g_strcmp0 (gtk_stack_get_visible_child_name (stack), "person") == 0);
}

void
_ls_window_decisions_init (GtkWidget *window)
{
  LsWindow *self = LS_WINDOW (window);
  GObject *button = gtk_widget_get_template_child (window, LS_TYPE_WINDOW, "decisions_button");

  g_signal_connect (template_child (self, "page_back_button"), "clicked", G_CALLBACK (back_clicked_cb), self);
  g_signal_connect_object (self->content_stack, "notify::visible-child",
                           G_CALLBACK (sync_back_buttons), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (sync_back_buttons), self, G_CONNECT_SWAPPED);
  sync_back_buttons (self);
  if (button == NULL)
    return;
  g_signal_connect_object (self->content_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), button, 0);
  visible_page_changed_cb (self->content_stack, NULL, GTK_WIDGET (button));
}

void
_ls_window_decisions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-decision", "x", new_decision_action);
  gtk_widget_class_install_action (widget_class, "win.open-decision", "x", open_decision_action);
  gtk_widget_class_install_action (widget_class, "win.evaluate-decision", "x", evaluate_decision_action);
  gtk_widget_class_install_action (widget_class, "win.service-plan", "x", service_plan_action);
  gtk_widget_class_install_action (widget_class, "win.team-view", NULL, team_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-decisions", NULL, show_decisions_action);
  /* no struct field: looked up in _ls_window_decisions_init() */
  gtk_widget_class_bind_template_child_full (widget_class, "decisions_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "page_back_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "back_button", FALSE, 0);
}
