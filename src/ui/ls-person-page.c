/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One person at a glance: who they are, what is due next, the latest life
 * sketch as a wheel, and the history of applications, conversations,
 * decisions and evaluations in date order. Reading a person writes an
 * audit row, which waits while another program writes: the window reads
 * with ls_person_page_load() on a worker thread (ls-ui-load.h) and shows
 * it with ls_person_page_apply(). */
#define G_LOG_DOMAIN "ls-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-application-dialog.h"
#include "ls-catalog.h"
#include "ls-export-dialog.h"
#include "ls-caseload-view.h"
#include "ls-national-id.h"
#include "ls-person-dialog.h"
#include "ls-person-page.h"
#include "ls-person-responsible.h"
#include "ls-person-timeline.h"
#include "ls-presentation-window.h"
#include "ls-ui-load.h"
#include "ls-store-cases.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-value.h"
#include "ls-week-view.h"
#include "ls-focus-group.h"
#include "ls-wheel-view.h"

struct _LsPersonPage
{
  GtkWidget             parent_instance;

  GtkWidget            *scroller;
  GtkLabel             *name_label;
  GtkLabel             *facts_label;
  GtkLabel             *id_label;
  GtkToggleButton      *id_reveal;
  LsPersonResponsible  *responsible;
  GtkWidget            *conversation_button;
  GtkLabel             *conversation_label;
  AdwPreferencesGroup  *due_group;
  AdwPreferencesGroup  *sketch_group;
  GtkWidget            *present_button;
  GtkWidget            *print_sketch_button;
  GtkStack             *sketch_stack;
  GtkWidget            *wheel_box;
  GtkLabel             *sketch_label;
  AdwPreferencesGroup  *history_group;
  AdwPreferencesGroup  *details_group;
  LsWeekView           *week_view;

  LsWheelView          *wheel;
  GListModel           *domains;
  GPtrArray            *rows;          /* rows added to the groups, to remove on reload */
  LsStore              *store;
  LsPerson             *person;
  gint64                open_sketch;   /* a conversation in progress, or 0 */
  gint64                latest_sketch;
};

G_DEFINE_FINAL_TYPE (LsPersonPage, ls_person_page, GTK_TYPE_WIDGET)

/* Everything the page shows about one person, read in one go (on any
 * thread, from any connection). */
typedef struct
{
  LsPerson  *person;
  GPtrArray *cases;
  GPtrArray *sketches;
  GPtrArray *decisions;
  GPtrArray *evaluations;
  LsSketch  *latest;       /* the latest sketch, and the one before */
  LsSketch  *earlier;
  GError    *sketch_error; /* why the latest could not be read */
  LsResponsibleRead *responsible;
} PersonData;

static void
person_data_free (PersonData *data)
{
  if (data == NULL)
    return;
  g_clear_object (&data->person);
  g_clear_pointer (&data->cases, g_ptr_array_unref);
  g_clear_pointer (&data->sketches, g_ptr_array_unref);
  g_clear_pointer (&data->decisions, g_ptr_array_unref);
  g_clear_pointer (&data->evaluations, g_ptr_array_unref);
  g_clear_object (&data->latest);
  g_clear_object (&data->earlier);
  g_clear_error (&data->sketch_error);
  g_clear_pointer (&data->responsible, ls_responsible_read_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PersonData, person_data_free)

/* Reads person @id (an audited read) and what the page shows of them:
 * an LsUiLoadFunc. */
gpointer
ls_person_page_load (LsStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(PersonData) data = g_new0 (PersonData, 1);

  data->person = ls_store_load_person (store, id, error);
  if (data->person == NULL)
    return NULL;
  data->responsible = ls_person_responsible_read (store, id);
  data->cases = ls_store_list_cases (store, id, NULL);
  data->sketches = ls_store_list_sketches (store, id, NULL);
  data->decisions = ls_store_list_decisions (store, id, NULL);
  data->evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  if (data->sketches == NULL)
    data->sketches = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; data->decisions != NULL && i < data->decisions->len; i++)
    {
      g_autoptr(GPtrArray) some = ls_store_list_evaluations (store,
                                                             ls_decision_get_id (g_ptr_array_index (data->decisions, i)),
                                                             NULL);

      if (some != NULL)
        g_ptr_array_extend_and_steal (data->evaluations, g_steal_pointer (&some));
    }
  if (data->sketches->len > 0)
    {
      guint n = data->sketches->len;

      data->latest = ls_store_load_sketch (store, ls_sketch_get_id (g_ptr_array_index (data->sketches, n - 1)),
                                           &data->sketch_error);
      if (data->latest != NULL && n > 1)
        data->earlier = ls_store_load_sketch (store, ls_sketch_get_id (g_ptr_array_index (data->sketches, n - 2)),
                                              NULL);
    }
  return g_steal_pointer (&data);
}

enum { CONVERSATION_REQUESTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* A row that only tells: it neither looks nor acts like a button, and
 * the keyboard passes it by. */
static GtkWidget *
add_row (LsPersonPage        *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* A row that opens what it names: @action with the id @target (or none
 * when 0), by click, Enter or Space. */
static GtkWidget *
add_action_row (LsPersonPage        *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle,
                const char          *icon_name,
                const char          *action,
                gint64               target)
{
  GtkWidget *row = add_row (self, group, title, subtitle, icon_name);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_focusable (row, TRUE);
  /* the target first: the name alone would not match the action's type */
  if (target != 0)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (target));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
clear_rows (LsPersonPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_id (LsPersonPage *self)
{
  const char *number = self->person ? ls_person_get_national_id (self->person) : NULL;
  g_autofree char *formatted = number ? ls_national_id_format (number) : NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->id_reveal), formatted != NULL);
  if (formatted == NULL)
    text = g_strdup (number && *number ? number : _("No id number recorded"));
  else if (gtk_toggle_button_get_active (self->id_reveal))
    /* Translators: the whole national id number. */
    text = g_strdup_printf (_("Id number %s"), formatted);
  else
    /* Only the birth-date part until asked: the rest identifies the person. */
    text = g_strdup_printf (_("Id number %.6s •••••"), formatted);
  gtk_label_set_label (self->id_label, text);
}

static void
id_reveal_toggled_cb (LsPersonPage *self)
{
  gboolean shown = gtk_toggle_button_get_active (self->id_reveal);
  const char *label = shown ? _("Hide the id number") : _("Show the whole id number");

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->id_reveal), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->id_reveal), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  show_id (self);
}

static void
show_header (LsPersonPage *self)
{
  g_autofree char *name = ls_person_dup_display_name (self->person);
  g_autoptr(GDate) today = g_date_new ();
  g_autofree char *facts = NULL;

  ls_date_set_today (today);
  facts = ls_person_dup_age_and_birth (self->person, today);

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->facts_label, facts);
  gtk_toggle_button_set_active (self->id_reveal, FALSE);
  show_id (self);
}

static void
show_details (LsPersonPage *self)
{
  LsPerson *p = self->person;
  const char *parts[] = { ls_person_get_phone (p), ls_person_get_email (p), ls_person_get_address (p) };
  const char *rep = ls_person_get_representative_name (p);
  const char *interpreter = ls_person_get_interpreter_language (p);
  g_autoptr(GString) contact = g_string_new (NULL);
  g_autoptr(GString) needs = g_string_new (NULL);
  g_autofree char *consents = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (contact, "%s%s", contact->len > 0 ? " · " : "", parts[i]);
  add_row (self, self->details_group, _("Contact"), contact->len > 0 ? contact->str : _("Not recorded"), NULL);
  if (rep != NULL && *rep != '\0')
    {
      gboolean guardian = g_strcmp0 (ls_person_get_representative_relation (p), "guardian") == 0;
      g_autofree char *text = g_strdup_printf ("%s (%s)", rep, guardian ? _("guardian") : _("relative"));

      add_row (self, self->details_group, _("Representative"), text, NULL);
    }
  if (ls_person_get_plain_language (p))
    g_string_append (needs, _("Plain language. "));
  if (ls_person_get_pictograms (p))
    g_string_append (needs, _("Pictograms. "));
  if (interpreter != NULL && *interpreter != '\0')
    g_string_append_printf (needs, _("Interpreter: %s. "), interpreter);
  g_string_append (needs, g_strcmp0 (ls_person_get_written_language (p), "nn") == 0
                          ? _("Writes Nynorsk.") : _("Writes Bokmål."));
  add_row (self, self->details_group, _("Communication"), needs->str, NULL);
  /* Translators: the two consents, each "yes" or "no". */
  consents = g_strdup_printf (_("Share with providers: %s. Individual plan: %s."),
                              ls_person_get_consent_share (p) ? _("yes") : _("no"),
                              ls_person_get_consent_plan (p) ? _("yes") : _("no"));
  add_row (self, self->details_group, _("Consents"), consents, NULL);
}

static const char *
due_icon (const LsTimelineItem *item)
{
  return item->due == LS_DUE_OVERDUE || item->due == LS_DUE_TODAY ? "dialog-warning-symbolic"
                                                                    : "alarm-symbolic";
}

static void
show_due (LsPersonPage *self,
          GPtrArray    *decisions)
{
  g_autoptr(GPtrArray) due = NULL;
  GDate today;

  ls_date_set_today (&today);
  due = ls_person_timeline_due (decisions, &today);
  if (self->open_sketch != 0)
    add_action_row (self, self->due_group, _("Finish the life-sketch conversation"),
                    _("A conversation is in progress"), "user-available-symbolic",
                    "person.continue-conversation", 0);
  for (guint i = 0; i < due->len; i++)
    {
      const LsTimelineItem *item = g_ptr_array_index (due, i);
      /* Both are settled by evaluating the decision. */
      GtkWidget *row = add_action_row (self, self->due_group, item->title, item->detail, due_icon (item),
                                       "win.evaluate-decision", item->id);

      /* The words say overdue; the colour only repeats it. */
      if (item->due == LS_DUE_OVERDUE)
        gtk_widget_add_css_class (row, "error");
      else if (item->due == LS_DUE_TODAY || item->due == LS_DUE_SOON)
        gtk_widget_add_css_class (row, "warning");
    }
  if (due->len == 0 && self->open_sketch == 0)
    add_row (self, self->due_group, _("Nothing is due"), NULL, NULL);
}

static const char *
timeline_icon (LsTimelineKind kind)
{
  switch (kind)
    {
    case LS_TIMELINE_APPLICATION: return "mail-unread-symbolic";
    case LS_TIMELINE_SKETCH: return "system-users-symbolic";
    case LS_TIMELINE_DECISION: return "emblem-documents-symbolic";
    case LS_TIMELINE_EVALUATION: return "emblem-ok-symbolic";
    default: return NULL;
    }
}

static void
show_history (LsPersonPage *self,
              GPtrArray    *cases,
              GPtrArray    *sketches,
              GPtrArray    *decisions,
              GPtrArray    *evaluations)
{
  g_autoptr(GPtrArray) items = ls_person_timeline_build (cases, sketches, decisions, evaluations);

  for (guint i = 0; i < items->len; i++)
    {
      const LsTimelineItem *item = g_ptr_array_index (items, i);
      g_autofree char *date = ls_format_date (&item->date);
      /* Translators: a history entry: the date, then what happened. */
      g_autofree char *title = g_strdup_printf (_("%s: %s"), date, item->title);

      /* A decision opens; a conversation in progress continues. */
      if (item->kind == LS_TIMELINE_DECISION)
        add_action_row (self, self->history_group, title, item->detail, timeline_icon (item->kind),
                        "win.open-decision", item->id);
      else if (item->kind == LS_TIMELINE_SKETCH && item->id == self->open_sketch && item->id != 0)
        add_action_row (self, self->history_group, title, item->detail, timeline_icon (item->kind),
                        "person.continue-conversation", 0);
      else
        add_row (self, self->history_group, title, item->detail, timeline_icon (item->kind));
    }
  if (items->len == 0)
    add_row (self, self->history_group, _("Nothing recorded yet"), NULL, NULL);
}

static void
show_sketch (LsPersonPage *self,
             PersonData   *data)
{
  GPtrArray *sketches = data->sketches;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  self->latest_sketch = sketches->len > 0
                        ? ls_sketch_get_id (g_ptr_array_index (sketches, sketches->len - 1)) : 0;
  gtk_widget_set_sensitive (self->present_button, self->latest_sketch != 0);
  gtk_widget_set_sensitive (self->print_sketch_button, self->latest_sketch != 0);
  if (self->latest_sketch == 0)
    {
      gtk_stack_set_visible_child_name (self->sketch_stack, "none");
      return;
    }
  if (data->latest == NULL)
    {
      g_warning ("Could not load the latest sketch: %s", data->sketch_error->message);
      gtk_stack_set_visible_child_name (self->sketch_stack, "none");
      return;
    }
  if (self->domains == NULL)
    self->domains = G_LIST_MODEL (ls_catalog_load_domains (NULL, NULL));
  if (self->domains != NULL)
    ls_wheel_view_set_sketch (self->wheel, data->latest, self->domains, data->earlier);
  date = ls_format_date (ls_sketch_get_date (data->latest));
  text = data->earlier != NULL
         /* Translators: the date of the latest conversation; the wheel draws the one before as a dotted
          * line, and hatches where a rating fell. */
         ? g_strdup_printf (_("Conversation of %s. The dotted line shows the conversation before; "
                              "hatching shows where a rating fell."), date)
         : g_strdup_printf (_("Conversation of %s"), date);
  gtk_label_set_label (self->sketch_label, text);
  gtk_stack_set_visible_child_name (self->sketch_stack, "wheel");
}

static void
show_conversation_button (LsPersonPage *self)
{
  const char *label = self->open_sketch ? _("_Continue Conversation") : _("_Start Conversation");
  const char *name = self->open_sketch ? _("Continue Conversation") : _("Start Conversation");

  gtk_label_set_label (self->conversation_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->conversation_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Everything but the person. */
static void
show_case (LsPersonPage *self,
           PersonData   *data)
{
  self->open_sketch = 0;
  for (guint i = 0; i < data->sketches->len; i++)
    if (ls_sketch_get_status (g_ptr_array_index (data->sketches, i)) == LS_SKETCH_IN_PROGRESS)
      self->open_sketch = ls_sketch_get_id (g_ptr_array_index (data->sketches, i));
  show_conversation_button (self);
  show_due (self, data->decisions);
  show_sketch (self, data);
  show_history (self, data->cases, data->sketches, data->decisions, data->evaluations);
}

void
ls_person_page_data_free (gpointer data)
{
  person_data_free (data);
}

/* Main thread: the page shows @data, from ls_person_page_load(). */
void
ls_person_page_apply (LsPersonPage *self,
                      gpointer      person_data)
{
  PersonData *data = person_data;

  g_return_if_fail (LS_IS_PERSON_PAGE (self));
  g_return_if_fail (data != NULL && data->person != NULL);

  g_clear_object (&self->person);
  self->person = g_steal_pointer (&data->person);
  clear_rows (self);
  show_header (self);
  ls_person_responsible_show (self->responsible, self->store, ls_person_get_id (self->person),
                              g_steal_pointer (&data->responsible));
  show_case (self, data);
  show_details (self);
  ls_week_view_set_person (self->week_view, self->store, ls_person_get_id (self->person));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/* The window exports (win.export-person): it owns the toast and the dialog. */
static void
export_case_clicked_cb (LsPersonPage *self)
{
  if (self->person != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.export-person", "x", ls_person_get_id (self->person));
}

static void
conversation_clicked_cb (LsPersonPage *self)
{
  if (self->person != NULL)
    g_signal_emit (self, signals[CONVERSATION_REQUESTED], 0,
                   ls_person_get_id (self->person), self->open_sketch);
}

static void
continue_conversation_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  conversation_clicked_cb (LS_PERSON_PAGE (widget));
}

static void
print_sketch_clicked_cb (LsPersonPage *self)
{
  if (self->latest_sketch != 0)
    ls_export_dialog_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                              LS_DOCUMENT_SKETCH, self->latest_sketch);
}

static void
presentation_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  LsPersonPage *self = LS_PERSON_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPresentationRead) read = ls_ui_load_finish (result, &error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_sensitive (self->present_button, self->latest_sketch != 0);
  if (read == NULL)
    {
      g_warning ("Could not show the sketch: %s", error->message);
      return;
    }
  /* The page left its window meanwhile: nothing to show it over. */
  if (self->store != NULL && GTK_IS_WINDOW (root))
    gtk_window_present (GTK_WINDOW (ls_presentation_window_new_from_read (GTK_WINDOW (root), self->store, read)));
}

static gpointer
read_presentation (LsStore  *store,
                   gint64    sketch_id,
                   GError  **error)
{
  return ls_presentation_window_read (store, sketch_id, error);
}

/* The sketch and the person's name are read on a worker thread; the own
 * view opens when they arrive. */
static void
present_clicked_cb (LsPersonPage *self)
{
  if (self->latest_sketch == 0 || self->store == NULL)
    return;
  gtk_widget_set_sensitive (self->present_button, FALSE);
  ls_ui_load_async (self, self->store, read_presentation, (GDestroyNotify) ls_presentation_read_free,
                    self->latest_sketch, NULL, presentation_read_cb, NULL);
}

/* The window reads the person again, off the main thread. */
static void
person_saved_cb (LsPersonPage *self)
{
  if (self->person != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-person", "x", ls_person_get_id (self->person));
}

static void
application_clicked_cb (LsPersonPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->person == NULL)
    return;
  dialog = ls_application_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                      ls_person_get_id (self->person));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (person_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The person's own details (name, contact, language, consents), saved
 * against the version shown: a colleague's change in between is shown
 * beside ours to choose from. */
static void
edit_person_clicked_cb (LsPersonPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->person == NULL)
    return;
  dialog = ls_person_dialog_new_for_person (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                            self->person);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (person_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ls_person_page_dispose (GObject *object)
{
  LsPersonPage *self = LS_PERSON_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_PERSON_PAGE);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->domains);
  g_clear_object (&self->person);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_person_page_parent_class)->dispose (object);
}

static void
ls_person_page_class_init (LsPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_person_page_dispose;

  /* Start (sketch id 0) or continue a conversation with the person. */
  signals[CONVERSATION_REQUESTED] = g_signal_new ("conversation-requested", G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  g_type_ensure (LS_TYPE_WEEK_VIEW);
  g_type_ensure (LS_TYPE_PERSON_RESPONSIBLE);
  gtk_widget_class_install_action (widget_class, "person.continue-conversation", NULL,
                                   continue_conversation_action);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, week_view);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, id_label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, id_reveal);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, responsible);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, conversation_button);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, conversation_label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, sketch_group);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, present_button);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, print_sketch_button);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, sketch_stack);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, wheel_box);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, sketch_label);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, LsPersonPage, details_group);
  /* no struct field: for tests */
  gtk_widget_class_bind_template_child_full (widget_class, "application_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "edit_person_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, id_reveal_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, conversation_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_case_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_sketch_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, present_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, application_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_person_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ls_person_page_init (LsPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ls_week_view_set_heading (self->week_view, NULL);
  self->rows = g_ptr_array_new ();
  self->wheel = LS_WHEEL_VIEW (ls_wheel_view_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->wheel), 280, 320);
  gtk_widget_set_hexpand (GTK_WIDGET (self->wheel), TRUE);
  /* One tab stop: the arrows go round the segments. */
  gtk_box_prepend (GTK_BOX (self->wheel_box), ls_focus_group_new (GTK_WIDGET (self->wheel)));
}

GtkWidget *
ls_person_page_new (void)
{
  return g_object_new (LS_TYPE_PERSON_PAGE, NULL);
}

void
ls_person_page_set_store (LsPersonPage *self,
                          LsStore      *store)
{
  g_return_if_fail (LS_IS_PERSON_PAGE (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_clear_object (&self->person);
}

LsPerson *
ls_person_page_get_person (LsPersonPage *self)
{
  g_return_val_if_fail (LS_IS_PERSON_PAGE (self), NULL);
  return self->person;
}
