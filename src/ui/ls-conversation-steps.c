/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is present, what matters most, needs in priority order, and
 * agreements: the steps around the life domains. */
#define G_LOG_DOMAIN "ls-conversation-steps"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ls-conversation-steps.h"
#include "ls-domain.h"
#include "ls-domain-step.h"
#include "ls-ui-util.h"

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
step_box (const char *title,
          const char *explanation)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = label_new (title, "title-1");

  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (box), heading);
  if (explanation != NULL)
    gtk_box_append (GTK_BOX (box), label_new (explanation, "dim-label"));
  return box;
}

static LsConversationSession *
session_of (GtkWidget *step)
{
  return g_object_get_data (G_OBJECT (step), "ls-session");
}

static void
attach_session (GtkWidget             *step,
                LsConversationSession *session,
                GCallback              on_changed)
{
  g_object_set_data_full (G_OBJECT (step), "ls-session", g_object_ref (session), g_object_unref);
  g_signal_connect_object (session, "changed", on_changed, step, 0);
}

/* Who is present -------------------------------------------------------- */

static void participants_rebuild (GtkWidget *step);

static GPtrArray *
participants_from_ui (GtkWidget *step)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (step), "ls-list");
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_participant_free);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkEditable *name = g_object_get_data (G_OBJECT (row), "ls-name");
      GtkEditable *role = g_object_get_data (G_OBJECT (row), "ls-role");

      g_ptr_array_add (result, ls_participant_new (gtk_editable_get_text (name), gtk_editable_get_text (role), NULL));
    }
  return result;
}

static void
on_participant_edited (GtkEditable *editable,
                       GtkWidget   *step)
{
  g_autoptr(GPtrArray) list = NULL;

  if (g_object_get_data (G_OBJECT (step), "ls-syncing"))
    return;
  list = participants_from_ui (step);
  ls_conversation_session_set_participants (session_of (step), list);
}

static void
on_participant_remove (GtkButton *button,
                       GtkWidget *step)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "ls-row");
  GtkWidget *list = g_object_get_data (G_OBJECT (step), "ls-list");
  g_autoptr(GPtrArray) participants = NULL;

  gtk_box_remove (GTK_BOX (list), row);
  participants = participants_from_ui (step);
  ls_conversation_session_set_participants (session_of (step), participants);
}

/* An entry under its visible @label; its accessible name is the label
 * with the person's number, so it still contains what is shown. */
static GtkWidget *
participant_entry (const char *text,
                   const char *label,
                   const char *placeholder,
                   guint       number,
                   GtkWidget  *step,
                   GtkWidget  *row)
{
  GtkWidget *field = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *entry = gtk_entry_new ();
  /* Translators: the accessible name of a field for one of those present: "Name 2", "Role 2" */
  g_autofree char *accessible_name = g_strdup_printf (C_("participant field", "%s %u"), label, number);

  gtk_box_append (GTK_BOX (field), label_new (label, "caption-heading"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect (entry, "changed", G_CALLBACK (on_participant_edited), step);
  gtk_box_append (GTK_BOX (field), entry);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_box_append (GTK_BOX (row), field);
  return entry;
}

static void
participant_row (GtkWidget           *step,
                 const LsParticipant *participant,
                 guint                number)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (step), "ls-list");
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *remove_label = g_strdup_printf (_("Remove person %u"), number);
  GtkWidget *name = participant_entry (participant->name, _("Name"), NULL, number, step, row);
  GtkWidget *role = participant_entry (participant->role, _("Role"), _("For example verge or teacher"),
                                       number, step, row);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data (G_OBJECT (row), "ls-name", name);
  g_object_set_data (G_OBJECT (row), "ls-role", role);
  g_object_set_data (G_OBJECT (remove), "ls-row", row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_participant_remove), step);
  gtk_widget_set_valign (remove, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_box_append (GTK_BOX (list), row);
}

static void
participants_rebuild (GtkWidget *step)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (step), "ls-list");
  GPtrArray *participants = ls_sketch_get_participants (ls_conversation_session_get_sketch (session_of (step)));
  GtkWidget *child;

  g_object_set_data (G_OBJECT (step), "ls-syncing", GINT_TO_POINTER (1));
  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_box_remove (GTK_BOX (list), child);
  for (guint i = 0; i < participants->len; i++)
    participant_row (step, g_ptr_array_index (participants, i), i + 1);
  g_object_set_data (G_OBJECT (step), "ls-syncing", NULL);
}

static gboolean
participants_match (GPtrArray *a,
                    GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      LsParticipant *pa = g_ptr_array_index (a, i);
      LsParticipant *pb = g_ptr_array_index (b, i);

      if (g_strcmp0 (pa->name ? pa->name : "", pb->name ? pb->name : "") != 0
          || g_strcmp0 (pa->role ? pa->role : "", pb->role ? pb->role : "") != 0)
        return FALSE;
    }
  return TRUE;
}

static void
on_participants_changed (LsConversationSession *session,
                         const char            *field,
                         GtkWidget             *step)
{
  g_autoptr(GPtrArray) shown = NULL;

  if (!g_str_equal (field, "participants"))
    return;
  /* Only undo/redo makes the screen and the sketch differ. */
  shown = participants_from_ui (step);
  if (!participants_match (shown, ls_sketch_get_participants (ls_conversation_session_get_sketch (session))))
    participants_rebuild (step);
}

static void
on_add_participant (GtkButton *button,
                    GtkWidget *step)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (step), "ls-list");
  LsParticipant empty = { (char *) "", (char *) "", NULL };
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n++;
  participant_row (step, &empty, n + 1);
  ls_ui_grab_focus_when_placed (g_object_get_data (G_OBJECT (gtk_widget_get_last_child (list)), "ls-name"));
}

GtkWidget *
ls_participants_step_new (LsConversationSession *session)
{
  GtkWidget *step = step_box (_("Who is present?"),
                              _("Write down everyone taking part today, and their role."));
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *add = gtk_button_new_with_label (_("Add Someone"));

  g_object_set_data (G_OBJECT (step), "ls-list", list);
  attach_session (step, session, G_CALLBACK (on_participants_changed));
  gtk_box_append (GTK_BOX (step), list);
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_participant), step);
  gtk_box_append (GTK_BOX (step), add);
  participants_rebuild (step);
  return step;
}

/* What matters most ----------------------------------------------------- */

static LsSketchEntry *
matters_entry (LsConversationSession *session)
{
  g_autoptr(GPtrArray) wishes = ls_conversation_session_list_entries (session, LS_MATTERS_DOMAIN, LS_ENTRY_WISH);

  return wishes->len > 0 ? g_ptr_array_index (wishes, 0) : NULL;
}

static void
on_matters_edited (GtkWidget  *box,
                   const char *text,
                   gpointer    user_data)
{
  LsConversationSession *session = user_data;
  LsSketchEntry *entry = matters_entry (session);

  if (entry == NULL)
    ls_conversation_session_add_entry (session, LS_MATTERS_DOMAIN, LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, text);
  else
    ls_conversation_session_set_entry_text (session, entry, text);
}

static void
on_matters_changed (LsConversationSession *session,
                    const char            *field,
                    GtkWidget             *step)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (step), "ls-text");
  LsSketchEntry *entry;

  if (!g_str_has_prefix (field, "entr"))
    return;
  entry = matters_entry (session);
  ls_text_box_set_text (box, entry ? ls_sketch_entry_get_text (entry) : "");
}

GtkWidget *
ls_matters_step_new (LsConversationSession *session)
{
  GtkWidget *step = step_box (_("What matters most to you?"),
                              _("Let the person answer in their own words, and write it down as they say it."));
  GtkWidget *box = ls_text_box_new (_("What matters most"), 180, ls_conversation_session_get_history (session),
                                    on_matters_edited, session);
  LsSketchEntry *entry = matters_entry (session);

  gtk_widget_add_css_class (ls_text_box_get_view (box), "person-words");
  g_object_set_data (G_OBJECT (step), "ls-text", box);
  attach_session (step, session, G_CALLBACK (on_matters_changed));
  if (entry != NULL)
    ls_text_box_set_text (box, ls_sketch_entry_get_text (entry));
  gtk_box_append (GTK_BOX (step), box);
  return step;
}

/* Priorities ------------------------------------------------------------ */

/* A whole life area as a priority: named with what was said about it (its
 * first support need, else wish), not the area's name alone. */
static char *
domain_priority_label (LsConversationSession *session,
                       LsDomain              *domain)
{
  static const LsEntryKind kinds[] = { LS_ENTRY_SUPPORT_NEED, LS_ENTRY_WISH, LS_ENTRY_CHALLENGE };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) entries = ls_conversation_session_list_entries (session, ls_domain_get_key (domain),
                                                                           kinds[k]);

      for (guint i = 0; i < entries->len; i++)
        if (ls_sketch_entry_has_text (g_ptr_array_index (entries, i)))
          return g_strdup_printf ("%s: %s", ls_domain_get_name (domain),
                                  ls_sketch_entry_get_text (g_ptr_array_index (entries, i)));
    }
  /* Translators: a life area chosen as a priority with nothing written about it yet */
  return g_strdup_printf (_("%s: nothing written about it yet"), ls_domain_get_name (domain));
}

GPtrArray *
ls_conversation_priority_items (LsConversationSession *session,
                                GPtrArray            **labels)
{
  GListModel *domains = ls_conversation_session_get_domains (session);
  const char * const *order = ls_sketch_get_priorities (ls_conversation_session_get_sketch (session));
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  /* Every written support need, in domain order. */
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (domains, d);
      g_autoptr(GPtrArray) needs = ls_conversation_session_list_entries (session, ls_domain_get_key (domain),
                                                                         LS_ENTRY_SUPPORT_NEED);

      for (guint i = 0; i < needs->len; i++)
        {
          LsSketchEntry *entry = g_ptr_array_index (needs, i);
          const char *text = ls_sketch_entry_get_text (entry);
          char *k;

          if (!ls_sketch_entry_has_text (entry) || ls_sketch_entry_get_id (entry) == 0)
            continue;
          k = ls_sketch_priority_for_entry (ls_sketch_entry_get_id (entry));
          g_ptr_array_add (keys, k);
          g_hash_table_insert (texts, g_strdup (k),
                               g_strdup_printf ("%s: %s", ls_domain_get_name (domain), text));
        }
    }
  /* A whole domain can be a priority too (earlier sketches, imports): keep
   * those, named by the domain, so reordering never drops them. */
  for (guint i = 0; order[i] != NULL; i++)
    for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
      {
        g_autoptr(LsDomain) domain = g_list_model_get_item (domains, d);

        if (g_str_equal (order[i], ls_domain_get_key (domain)))
          g_hash_table_insert (texts, g_strdup (order[i]), domain_priority_label (session, domain));
      }
  /* Those already placed first, in their order; then the rest. */
  for (guint i = 0; order[i] != NULL; i++)
    if (g_hash_table_contains (texts, order[i]))
      g_ptr_array_add (result, g_strdup (order[i]));
  for (guint i = 0; i < keys->len; i++)
    if (!g_ptr_array_find_with_equal_func (result, g_ptr_array_index (keys, i), g_str_equal, NULL))
      g_ptr_array_add (result, g_strdup (g_ptr_array_index (keys, i)));
  if (labels != NULL)
    {
      *labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < result->len; i++)
        g_ptr_array_add (*labels, g_strdup (g_hash_table_lookup (texts, g_ptr_array_index (result, i))));
    }
  return result;
}

static void
on_move (GtkButton *button,
         GtkWidget *step)
{
  LsConversationSession *session = session_of (step);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ls-index"));
  gboolean up = g_object_get_data (G_OBJECT (button), "ls-up") != NULL;
  g_autoptr(GPtrArray) items = ls_conversation_priority_items (session, NULL);
  guint other = up ? index - 1 : index + 1;
  gpointer tmp;

  if ((up && index == 0) || other >= items->len)
    return;
  tmp = items->pdata[index];
  items->pdata[index] = items->pdata[other];
  items->pdata[other] = tmp;
  g_ptr_array_add (items, NULL);
  ls_conversation_session_set_priorities (session, (const char * const *) items->pdata);
  /* Keep the keyboard on the item that moved. */
  g_object_set_data (G_OBJECT (step), "ls-focus", GUINT_TO_POINTER (other + 1));
  g_object_set_data (G_OBJECT (step), "ls-focus-up", GINT_TO_POINTER (up));
  ls_priorities_step_refresh (step);
}

static GtkWidget *
move_button (GtkWidget  *step,
             const char *icon,
             const char *name,
             guint       index,
             gboolean    up,
             gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (button, name);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "ls-index", GUINT_TO_POINTER (index));
  if (up)
    g_object_set_data (G_OBJECT (button), "ls-up", GINT_TO_POINTER (1));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move), step);
  return button;
}

/* The needs listed, in order, as one string (to see whether they changed). */
static char *
items_key (LsConversationSession *session)
{
  g_autoptr(GPtrArray) items = ls_conversation_priority_items (session, NULL);

  g_ptr_array_add (items, NULL);
  return g_strjoinv ("\n", (char **) items->pdata);
}

void
ls_priorities_step_refresh (GtkWidget *step)
{
  LsConversationSession *session = session_of (step);
  GtkWidget *list = g_object_get_data (G_OBJECT (step), "ls-list");
  GtkWidget *empty = g_object_get_data (G_OBJECT (step), "ls-empty");
  guint focus = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (step), "ls-focus"));
  gboolean focus_up = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (step), "ls-focus-up"));
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) items = ls_conversation_priority_items (session, &labels);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_box_remove (GTK_BOX (list), child);
  for (guint i = 0; i < items->len; i++)
    {
      const char *text = g_ptr_array_index (labels, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *up_name = g_strdup_printf (_("Move up: %s"), text);
      g_autofree char *down_name = g_strdup_printf (_("Move down: %s"), text);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = label_new (text, NULL);
      GtkWidget *up = move_button (step, "go-up-symbolic", up_name, i, TRUE, i > 0);
      GtkWidget *down = move_button (step, "go-down-symbolic", down_name, i, FALSE, i + 1 < items->len);
      GtkWidget *num = label_new (number, "title-2");

      gtk_widget_add_css_class (row, "card");
      gtk_widget_add_css_class (row, "priority-row");
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_margin_start (num, 12);
      gtk_box_append (GTK_BOX (row), num);
      gtk_box_append (GTK_BOX (row), label);
      gtk_widget_set_valign (up, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (down, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_end (down, 8);
      gtk_box_append (GTK_BOX (row), up);
      gtk_box_append (GTK_BOX (row), down);
      gtk_box_append (GTK_BOX (list), row);
      if (focus == i + 1)
        ls_ui_grab_focus_when_placed ((focus_up && i > 0) || i + 1 == items->len ? up : down);
    }
  g_object_set_data (G_OBJECT (step), "ls-focus", NULL);
  g_object_set_data_full (G_OBJECT (step), "ls-shown", items_key (session), g_free);
  gtk_widget_set_visible (empty, items->len == 0);
}

static void
on_priorities_changed (LsConversationSession *session,
                       const char            *field,
                       GtkWidget             *step)
{
  if (g_str_equal (field, "priorities") && gtk_widget_get_mapped (step))
    ls_priorities_step_refresh (step);
  /* Needs saved while the step is shown can be put in order now; the rows
   * (and the keyboard on them) stay when none is new. */
  else if (g_str_equal (field, "ids") && gtk_widget_get_mapped (step))
    {
      g_autofree char *items = items_key (session);

      if (g_strcmp0 (items, g_object_get_data (G_OBJECT (step), "ls-shown")) != 0)
        ls_priorities_step_refresh (step);
    }
}

GtkWidget *
ls_priorities_step_new (LsConversationSession *session)
{
  GtkWidget *step = step_box (_("What should we work on first?"),
                              _("Put the needs in the order the person wants. Number 1 is the most important."));
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *empty = label_new (_("No support needs are written down yet. Add them under \342\200\234Support needed\342\200\235 in each life area."), "dim-label");

  g_object_set_data (G_OBJECT (step), "ls-list", list);
  g_object_set_data (G_OBJECT (step), "ls-empty", empty);
  attach_session (step, session, G_CALLBACK (on_priorities_changed));
  gtk_box_append (GTK_BOX (step), empty);
  gtk_box_append (GTK_BOX (step), list);
  ls_priorities_step_refresh (step);
  return step;
}

/* Agreements ------------------------------------------------------------ */

static void
on_agreements_edited (GtkWidget  *box,
                      const char *text,
                      gpointer    user_data)
{
  ls_conversation_session_set_agreements (LS_CONVERSATION_SESSION (user_data), text);
}

static void
on_agreements_changed (LsConversationSession *session,
                       const char            *field,
                       GtkWidget             *step)
{
  if (g_str_equal (field, "agreements"))
    ls_text_box_set_text (g_object_get_data (G_OBJECT (step), "ls-text"),
                          ls_sketch_get_agreements (ls_conversation_session_get_sketch (session)));
}

GtkWidget *
ls_agreements_step_new (LsConversationSession *session,
                        GCallback              finish_clicked,
                        gpointer               user_data)
{
  GtkWidget *step = step_box (_("Agreements and next steps"),
                              _("What did you agree on? Who does what, and when do you meet again?"));
  GtkWidget *box = ls_text_box_new (_("Agreements and next steps"), 200,
                                    ls_conversation_session_get_history (session), on_agreements_edited, session);
  GtkWidget *finish = gtk_button_new_with_label (_("Finish Conversation"));

  g_object_set_data (G_OBJECT (step), "ls-text", box);
  attach_session (step, session, G_CALLBACK (on_agreements_changed));
  ls_text_box_set_text (box, ls_sketch_get_agreements (ls_conversation_session_get_sketch (session)));
  gtk_box_append (GTK_BOX (step), box);
  gtk_widget_add_css_class (finish, "suggested-action");
  gtk_widget_add_css_class (finish, "pill");
  gtk_widget_set_halign (finish, GTK_ALIGN_END);
  gtk_widget_set_margin_top (finish, 12);
  g_signal_connect (finish, "clicked", finish_clicked, user_data);
  gtk_box_append (GTK_BOX (step), finish);
  return step;
}
