/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The service plan editor: one field per point of § 19, in the order of
 * the regulation, saved as typed. */
#define G_LOG_DOMAIN "ls-service-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-draft.h"
#include "ls-document-conflict.h"
#include "ls-document-saver.h"
#include "ls-export-dialog.h"
#include "ls-flushable.h"
#include "ls-goal-row.h"
#include "ls-object-variant.h"
#include "ls-person.h"
#include "ls-row-version.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"

#define SAVE_DELAY_MS 300

struct _LsServicePlanEditor
{
  AdwBin         parent_instance;
  LsStore       *store;
  LsServicePlan *plan;
  LsDocumentSaver *saver;
  gboolean       unsaved;      /* changed since the last save that succeeded */
  GtkWidget     *box;
  GtkWidget     *participants_box;
  GtkLabel      *save_label;
};

static void flushable_iface_init (LsFlushableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LsServicePlanEditor, ls_service_plan_editor, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LS_TYPE_FLUSHABLE, flushable_iface_init))

typedef void (*TextSetter) (LsServicePlan *plan, const char *text);
typedef void (*DateSetter) (LsServicePlan *plan, const GDate *date);
typedef void (*FlagSetter) (LsServicePlan *plan, gboolean flag);

static void build_participants (LsServicePlanEditor *self);
static void build (LsServicePlanEditor *self);
static void show_conflict (LsServicePlanEditor *self);

/* Saving: a copy of the plan per save, saved on the editor's worker
 * connection while typing goes on (LsDocumentSaver). */

/* Main thread: what a worker saves. */
static gpointer
plan_copy (gpointer document)
{
  LsServicePlan *copy = ls_document_copy_properties (document);
  GPtrArray *participants = ls_service_plan_get_participants (document);

  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      ls_service_plan_add_participant (copy, participant->name, participant->role, participant->contribution);
    }
  return copy;
}

/* Worker thread. */
static gboolean
plan_save (LsStore  *store,
           gpointer  copy,
           GError  **error)
{
  return ls_store_save_service_plan (store, copy, error);
}

/* Main thread: the id and the row version the store gave the copy go
 * into the plan shown (exactly: the next save is checked against it);
 * what was typed meanwhile stays as it is. */
static void
plan_saved (gpointer      document,
            gpointer      copy,
            const GError *error,
            gpointer      user_data)
{
  LsServicePlanEditor *self = user_data;

  if (error != NULL)
    {
      /* the text stays on screen; the next edit tries again */
      gtk_label_set_text (self->save_label, error->message);
      if (g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT))
        show_conflict (self);
      return;
    }
  if (ls_service_plan_get_id (document) == 0)
    ls_service_plan_set_id (document, ls_service_plan_get_id (copy));
  ls_row_version_set (document, ls_row_version_get (copy));
  self->unsaved = ls_document_saver_get_unsaved (self->saver);
  if (!self->unsaved)
    gtk_label_set_text (self->save_label, _("Saved"));
}

gboolean
ls_service_plan_editor_flush (LsServicePlanEditor *self,
                              GError             **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LS_IS_SERVICE_PLAN_EDITOR (self), FALSE);

  if (self->saver == NULL || !ls_document_saver_get_unsaved (self->saver))
    return TRUE;
  if (ls_document_saver_flush (self->saver, self->plan, &local))
    {
      self->unsaved = FALSE;
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/* Before the window leaves the page: what is not saved yet, now. */
static gboolean
flushable_flush (LsFlushable *flushable,
                 GError     **error)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (flushable);

  return ls_service_plan_editor_flush (self, error);
}

/* The server gone or back: what is pending is saved on the worker. */
static void
flushable_save_soon (LsFlushable *flushable)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (flushable);

  if (self->saver != NULL && ls_document_saver_get_unsaved (self->saver))
    ls_document_saver_save_soon (self->saver, self->plan);
}

static gboolean
flushable_has_pending (LsFlushable *flushable)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (flushable);

  return self->saver != NULL && self->plan != NULL && ls_document_saver_get_unsaved (self->saver);
}

/* Before the window leaves the page (only when something is pending,
 * ls_flushable_flush_async()): what is not saved yet, on the editor's
 * worker; its result comes to plan_saved() as any save's does. */
static void
flushable_flush_async (LsFlushable         *flushable,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (flushable);

  ls_document_saver_flush_async (self->saver, self, self->plan, cancellable, callback, user_data);
}

static gboolean
flushable_flush_finish (LsFlushable  *flushable,
                        GAsyncResult *result,
                        GError      **error)
{
  return ls_document_saver_flush_finish (result, error);
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

static void
changed (LsServicePlanEditor *self)
{
  self->unsaved = TRUE;
  ls_document_saver_changed (self->saver, self->plan);
}

static GtkWidget *
section (LsServicePlanEditor *self,
         const char          *title,
         const char          *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  gtk_box_append (GTK_BOX (self->box), group);
  return box;
}

static void
buffer_changed_cb (GtkTextBuffer       *buffer,
                   LsServicePlanEditor *self)
{
  TextSetter setter = g_object_get_data (G_OBJECT (buffer), "setter");
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  setter (self->plan, text);
  changed (self);
}

static void
text_area (LsServicePlanEditor *self,
           GtkWidget           *box,
           const char          *name,
           const char          *text,
           TextSetter           setter)
{
  GtkWidget *view;
  GtkWidget *frame = ls_ui_text_area_new (name, 72, &view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  g_object_set_data (G_OBJECT (buffer), "setter", setter);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), self);
  gtk_box_append (GTK_BOX (box), frame);
}

static void
entry_changed_cb (GtkEditable         *editable,
                  LsServicePlanEditor *self)
{
  TextSetter setter = g_object_get_data (G_OBJECT (editable), "setter");

  setter (self->plan, gtk_editable_get_text (editable));
  changed (self);
}

static void
date_changed_cb (GtkEditable         *editable,
                 LsServicePlanEditor *self)
{
  DateSetter setter = g_object_get_data (G_OBJECT (editable), "setter");
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GDate) date = ls_decision_draft_parse_date (text);
  GDate cleared;

  if (date == NULL && *text != '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  g_date_clear (&cleared, 1);
  setter (self->plan, date != NULL ? date : &cleared);
  changed (self);
}

static void
labelled_row (GtkWidget  *grid,
              int         row,
              const char *caption,
              GtkWidget  *widget)
{
  GtkWidget *label = ls_ui_caption_new (caption);

  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), widget, 1, row, 1, 1);
}

static GtkWidget *
date_entry (LsServicePlanEditor *self,
            const char          *name,
            const GDate         *date,
            DateSetter           setter)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = ls_decision_draft_format_date (date);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("dd.mm.yyyy"));
  gtk_widget_set_hexpand (entry, TRUE);
  ls_set_accessible_label (entry, name);
  g_object_set_data (G_OBJECT (entry), "setter", setter);
  g_signal_connect (entry, "changed", G_CALLBACK (date_changed_cb), self);
  return entry;
}

static void
consent_toggled_cb (GtkCheckButton      *check,
                    GParamSpec          *pspec,
                    LsServicePlanEditor *self)
{
  FlagSetter setter = g_object_get_data (G_OBJECT (check), "setter");

  setter (self->plan, gtk_check_button_get_active (check));
  changed (self);
}

static GtkWidget *
consent_check (LsServicePlanEditor *self,
               const char          *label,
               gboolean             active,
               FlagSetter           setter)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = gtk_label_new (label);

  /* Long consents wrap rather than widen the window. */
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  ls_set_accessible_label (check, label);
  g_object_set_data (G_OBJECT (check), "setter", setter);
  g_signal_connect (check, "notify::active", G_CALLBACK (consent_toggled_cb), self);
  return check;
}

/* Participants (points 2 and 4): name, role, what they contribute. */

static void
participant_changed_cb (GtkEditable         *editable,
                        LsServicePlanEditor *self)
{
  GPtrArray *participants = ls_service_plan_get_participants (self->plan);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "index"));
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "field"));
  LsParticipant *participant;
  char **slot;

  if (index >= participants->len)
    return;
  participant = g_ptr_array_index (participants, index);
  slot = field == 0 ? &participant->name : field == 1 ? &participant->role : &participant->contribution;
  g_free (*slot);
  *slot = g_strdup (gtk_editable_get_text (editable));
  changed (self);
}

static void
participant_remove_cb (GtkWidget           *button,
                       LsServicePlanEditor *self)
{
  GPtrArray *participants = ls_service_plan_get_participants (self->plan);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < participants->len)
    g_ptr_array_remove_index (participants, index);
  build_participants (self);
  changed (self);
}

static void
participant_add_cb (LsServicePlanEditor *self)
{
  ls_service_plan_add_participant (self->plan, "", "", "");
  build_participants (self);
  changed (self);
}

static GtkWidget *
participant_entry (LsServicePlanEditor *self,
                   guint                index,
                   guint                field,
                   const char          *text)
{
  const char *placeholders[] = { N_("Name"), N_("Role"), N_("What they contribute") };
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *name = g_strdup_printf (_("Participant %u, %s"), index + 1, _(placeholders[field]));

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _(placeholders[field]));
  gtk_widget_set_hexpand (entry, field == 2);
  ls_set_accessible_label (entry, name);
  g_object_set_data (G_OBJECT (entry), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (entry), "field", GUINT_TO_POINTER (field));
  g_signal_connect (entry, "changed", G_CALLBACK (participant_changed_cb), self);
  return entry;
}

static void
build_participants (LsServicePlanEditor *self)
{
  GPtrArray *participants = ls_service_plan_get_participants (self->plan);
  GtkWidget *child, *add;

  while ((child = gtk_widget_get_first_child (self->participants_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->participants_box), child);
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *remove_name = g_strdup_printf (_("Remove participant %u"), i + 1);

      gtk_box_append (GTK_BOX (row), participant_entry (self, i, 0, participant->name));
      gtk_box_append (GTK_BOX (row), participant_entry (self, i, 1, participant->role));
      gtk_box_append (GTK_BOX (row), participant_entry (self, i, 2, participant->contribution));
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_name);
      ls_set_accessible_label (remove, remove_name);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (participant_remove_cb), self);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_box_append (GTK_BOX (self->participants_box), row);
    }
  add = ls_plain_button_new (_("Add a Participant"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (participant_add_cb), self);
  gtk_box_append (GTK_BOX (self->participants_box), add);
}

static void
print_flushed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (source);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* a failure shows on the page; what is printed is what is stored, as before */
  ls_flushable_flush_finish (LS_FLUSHABLE (self), result, NULL);
  if (self->store == NULL || self->plan == NULL || !GTK_IS_WINDOW (root))
    return;
  ls_export_dialog_present (GTK_WINDOW (root), self->store, LS_DOCUMENT_SERVICE_PLAN,
                            ls_service_plan_get_id (self->plan));
}

/* What was typed is saved on the editor's worker, then the plan printed. */
static void
print_clicked_cb (LsServicePlanEditor *self)
{
  ls_flushable_flush_async (LS_FLUSHABLE (self), NULL, print_flushed_cb, NULL);
}

static void
build (LsServicePlanEditor *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *title = gtk_label_new (_("Service Plan"));
  GtkWidget *box, *grid, *coordinator;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 24);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (self->box), title);

  box = section (self, _("1. Goals, resources and need for services"), NULL);
  text_area (self, box, _("Goals, resources and need for services"), ls_service_plan_get_goals (self->plan),
             ls_service_plan_set_goals);
  self->participants_box = section (self, _("2 and 4. Who takes part, and what each contributes"),
                                    _("The person, relatives and providers"));
  build_participants (self);
  box = section (self, _("3. Coordinator"), _("Responsible for coordination and progress"));
  coordinator = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (coordinator),
                         ls_service_plan_get_coordinator (self->plan) != NULL ? ls_service_plan_get_coordinator (self->plan) : "");
  ls_set_accessible_label (coordinator, _("Coordinator"));
  g_object_set_data (G_OBJECT (coordinator), "setter", ls_service_plan_set_coordinator);
  g_signal_connect (coordinator, "changed", G_CALLBACK (entry_changed_cb), self);
  gtk_box_append (GTK_BOX (box), coordinator);
  box = section (self, _("5 and 6. Measures, extent, who is responsible and how they are carried out"), NULL);
  text_area (self, box, _("Measures and how they are carried out"), ls_service_plan_get_implementation (self->plan),
             ls_service_plan_set_implementation);
  box = section (self, _("7. Plan period and revision"), NULL);
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  labelled_row (grid, 0, _("Plan period from"), date_entry (self, _("Plan period from"),
                ls_service_plan_get_period_start (self->plan), ls_service_plan_set_period_start));
  labelled_row (grid, 1, _("Plan period to"), date_entry (self, _("Plan period to"),
                ls_service_plan_get_period_end (self->plan), ls_service_plan_set_period_end));
  labelled_row (grid, 2, _("Revision date"), date_entry (self, _("Revision date"),
                ls_service_plan_get_revision_date (self->plan), ls_service_plan_set_revision_date));
  gtk_box_append (GTK_BOX (box), grid);
  box = section (self, _("8. Consent"), _("Ask the person; never tick on their behalf"));
  gtk_box_append (GTK_BOX (box), consent_check (self, _("The person consents to the plan"),
                                                ls_service_plan_get_consent_plan (self->plan),
                                                ls_service_plan_set_consent_plan));
  gtk_box_append (GTK_BOX (box), consent_check (self, _("The person consents to the participants seeing confidential information"),
                                                ls_service_plan_get_consent_share (self->plan),
                                                ls_service_plan_set_consent_share));
  box = section (self, _("9. Cooperation with other providers or agencies"), NULL);
  text_area (self, box, _("Cooperation with other providers or agencies"), ls_service_plan_get_cooperation (self->plan),
             ls_service_plan_set_cooperation);
  {
    GtkWidget *print = ls_plain_button_new (_("Print Plan…"));

    gtk_widget_set_halign (print, GTK_ALIGN_START);
    g_signal_connect_swapped (print, "clicked", G_CALLBACK (print_clicked_cb), self);
    gtk_box_append (GTK_BOX (self->box), print);
  }
  self->save_label = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_xalign (self->save_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->save_label), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->save_label));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_bin_set_child (ADW_BIN (self), scroller);
}

/* Someone else's change, and what could not be saved (issue 15) */

#define KEPT_TYPE "(a{sv}a(sss))"

/* The plan as kept on this computer when a save fails. */
static GVariant *
plan_keep (gpointer document)
{
  GPtrArray *participants = ls_service_plan_get_participants (document);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(sss)"));

  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      g_variant_builder_add (&builder, "(sss)", participant->name != NULL ? participant->name : "",
                             participant->role != NULL ? participant->role : "",
                             participant->contribution != NULL ? participant->contribution : "");
    }
  return g_variant_new ("(@a{sv}@a(sss))", ls_object_to_variant (document), g_variant_builder_end (&builder));
}

/* Shows @plan instead of the plan shown: built again. */
static void
show_plan (LsServicePlanEditor *self,
           LsServicePlan       *plan)
{
  g_set_object (&self->plan, plan);
  ls_document_saver_forget (self->saver, self->plan);
  self->unsaved = FALSE;
  build (self);
}

/* The kept plan becomes the plan shown, with the row version it was
 * typed on (a colleague's change since then is a conflict). */
static gpointer
plan_restore (gpointer  editor,
              GVariant *kept)
{
  LsServicePlanEditor *self = editor;
  g_autoptr(GVariant) values = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  const char *name, *role, *contribution;

  g_variant_get (kept, "(@a{sv}a(sss))", &values, &iter);
  ls_object_set_from_variant (self->plan, values);
  g_ptr_array_set_size (ls_service_plan_get_participants (self->plan), 0);
  while (g_variant_iter_next (iter, "(&s&s&s)", &name, &role, &contribution))
    ls_service_plan_add_participant (self->plan, name, role, contribution);
  build (self);
  self->unsaved = TRUE;
  return self->plan;
}

/* Keeps the plan from now on when a save fails, and offers above it a
 * plan an earlier run kept. */
static void
offer_kept (LsServicePlanEditor *self)
{
  GtkWidget *offer;

  ls_document_saver_keep_unsaved (self->saver, "plan", plan_keep);
  offer = ls_document_saver_offer_kept (self->saver, ls_service_plan_get_id (self->plan), G_VARIANT_TYPE (KEPT_TYPE),
                                        plan_restore, self);
  if (offer != NULL)
    gtk_box_insert_child_after (GTK_BOX (self->box), offer, gtk_widget_get_first_child (self->box));
}

/* The plan as the caseworker reads it, in the order of the editor. */
static char *
describe_plan (gpointer document,
               gpointer user_data)
{
  LsServicePlan *plan = document;
  GPtrArray *participants = ls_service_plan_get_participants (plan);
  GString *text = g_string_new (NULL);

  ls_document_describe_text (text, _("Goals, resources and need for services"), ls_service_plan_get_goals (plan));
  g_string_append_printf (text, "%s\n", _("Who takes part"));
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *participant = g_ptr_array_index (participants, i);

      /* Translators: a participant of a service plan: name, role, what they contribute */
      g_string_append_printf (text, _("• %s (%s): %s\n"), participant->name != NULL ? participant->name : "",
                              participant->role != NULL ? participant->role : "",
                              participant->contribution != NULL ? participant->contribution : "");
    }
  g_string_append (text, "\n");
  ls_document_describe_text (text, _("Coordinator"), ls_service_plan_get_coordinator (plan));
  ls_document_describe_text (text, _("Measures and how they are carried out"), ls_service_plan_get_implementation (plan));
  ls_document_describe_date (text, _("Plan period from"), ls_service_plan_get_period_start (plan));
  ls_document_describe_date (text, _("Plan period to"), ls_service_plan_get_period_end (plan));
  ls_document_describe_date (text, _("Revision date"), ls_service_plan_get_revision_date (plan));
  g_string_append_printf (text, "\n%s: %s\n", _("The person consents to the plan"),
                          ls_service_plan_get_consent_plan (plan) ? _("Yes") : _("No"));
  g_string_append_printf (text, "%s: %s\n\n", _("The person consents to the participants seeing confidential information"),
                          ls_service_plan_get_consent_share (plan) ? _("Yes") : _("No"));
  ls_document_describe_text (text, _("Cooperation with other providers or agencies"), ls_service_plan_get_cooperation (plan));
  return g_string_free (text, FALSE);
}

static gpointer
load_plan (LsStore *store,
           gint64   id,
           GError **error)
{
  return ls_store_load_service_plan (store, id, error);
}

static gpointer
mine_plan (gpointer editor)
{
  LsServicePlanEditor *self = editor;

  return self->saver != NULL ? g_object_ref (self->plan) : NULL;
}

/* Saved over theirs, knowingly: against the version just shown. */
static void
keep_mine_plan (gpointer editor,
                gpointer theirs)
{
  LsServicePlanEditor *self = editor;

  if (self->saver == NULL)
    return;
  ls_row_version_set (self->plan, ls_row_version_get (theirs));
  self->unsaved = TRUE;
  ls_document_saver_save_soon (self->saver, self->plan);
}

static void
take_plan (gpointer editor,
           gpointer theirs)
{
  if (((LsServicePlanEditor *) editor)->saver != NULL)
    show_plan (editor, theirs);
}

static const LsDocumentConflict plan_conflict = {
  "service-plan", load_plan, g_object_unref, mine_plan, describe_plan, keep_mine_plan, take_plan, NULL,
};

static void
show_conflict (LsServicePlanEditor *self)
{
  ls_document_conflict_show (GTK_WIDGET (self), self->store, ls_service_plan_get_id (self->plan), &plan_conflict);
}

static void
reread_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (source);
  g_autoptr(LsServicePlan) plan = ls_ui_load_finish (result, NULL);

  /* closed, or typed in meanwhile (its save meets the change) */
  if (plan != NULL && self->saver != NULL && !ls_document_saver_get_unsaved (self->saver)
      && ls_service_plan_get_id (plan) == ls_service_plan_get_id (self->plan))
    show_plan (self, plan);
}

void
ls_service_plan_editor_changed_elsewhere (LsServicePlanEditor *self)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN_EDITOR (self));

  if (self->saver == NULL || ls_document_saver_get_unsaved (self->saver) || ls_service_plan_get_id (self->plan) == 0)
    return;
  ls_ui_load_async (self, self->store, load_plan, g_object_unref, ls_service_plan_get_id (self->plan), NULL,
                    reread_cb, NULL);
}

LsDocumentSaver *
_ls_service_plan_editor_get_saver (LsServicePlanEditor *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN_EDITOR (self), NULL);
  return self->saver;
}

static void
ls_service_plan_editor_dispose (GObject *object)
{
  LsServicePlanEditor *self = LS_SERVICE_PLAN_EDITOR (object);

  /* nothing typed is lost when the page closes: what is pending is saved
   * by a last save on the worker that holds the saver, not the editor */
  if (self->saver != NULL)
    {
      ls_document_saver_close (self->saver);
      g_clear_object (&self->saver);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (ls_service_plan_editor_parent_class)->dispose (object);
}

static void
ls_service_plan_editor_class_init (LsServicePlanEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ls_service_plan_editor_dispose;
}

static void
ls_service_plan_editor_init (LsServicePlanEditor *self)
{
}

GtkWidget *
ls_service_plan_editor_new_for_plan (LsStore       *store,
                                     LsServicePlan *plan)
{
  LsServicePlanEditor *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (plan), NULL);

  self = g_object_new (LS_TYPE_SERVICE_PLAN_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->plan = g_object_ref (plan);
  self->saver = ls_document_saver_new (store, SAVE_DELAY_MS, plan_copy, g_object_unref, plan_save, plan_saved,
                                       self);
  build (self);
  offer_kept (self);
  return GTK_WIDGET (self);
}

GtkWidget *
ls_service_plan_editor_new (LsStore *store,
                            gint64   decision_id,
                            GError **error)
{
  g_autoptr(LsServicePlan) plan = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  plan = ls_service_plan_editor_load (store, decision_id, error);
  if (plan == NULL)
    return NULL;
  return ls_service_plan_editor_new_for_plan (store, plan);
}

LsServicePlan *
ls_service_plan_editor_get_plan (LsServicePlanEditor *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN_EDITOR (self), NULL);
  return self->plan;
}
