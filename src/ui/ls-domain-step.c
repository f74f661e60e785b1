/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One life domain of the conversation. Widgets only show and forward:
 * every change goes to the session, and the session's "changed" signal
 * (also fired by undo/redo) brings the widgets back in line. */
#define G_LOG_DOMAIN "ls-domain-step"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "ls-domain-step.h"
#include "ls-focus-group.h"
#include "ls-ui-util.h"

#define N_RATINGS 10

typedef struct
{
  LsEntryKind  kind;
  const char  *heading;     /* section heading */
  const char  *add_label;   /* the add button */
} Section;

static const Section sections[] = {
  { LS_ENTRY_STRENGTH, N_("What works"), N_("Add What Works") },
  { LS_ENTRY_CHALLENGE, N_("What is hard"), N_("Add What Is Hard") },
  { LS_ENTRY_WISH, N_("What I wish for"), N_("Add a Wish") },
  { LS_ENTRY_SUPPORT_NEED, N_("Support needed"), N_("Add a Support Need") },
  { LS_ENTRY_FACILITATOR, N_("What helps"), N_("Add What Helps") },
  { LS_ENTRY_BARRIER, N_("What gets in the way"), N_("Add What Gets in the Way") },
};

struct _LsDomainStep
{
  GtkWidget              parent_instance;

  LsConversationSession *session;
  LsDomain              *domain;
  GtkWidget             *box;
  GtkWidget             *title;
  GtkWidget             *skip_button;
  GtkWidget             *skipped_bar;
  GtkWidget             *rating_buttons[N_RATINGS + 1];
  GtkWidget             *picto_buttons[4];
  GtkWidget             *cw_buttons[N_RATINGS + 1];
  GtkWidget             *lists[G_N_ELEMENTS (sections)];
  GtkWidget             *add_buttons[G_N_ELEMENTS (sections)];
  GHashTable            *rows;        /* uid -> row GtkWidget */
  gboolean               syncing;
};

G_DEFINE_FINAL_TYPE (LsDomainStep, ls_domain_step, GTK_TYPE_WIDGET)

enum {
  SKIP_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
key (LsDomainStep *self)
{
  return ls_domain_get_key (self->domain);
}

static LsDomainReading *
reading (LsDomainStep *self)
{
  return ls_sketch_get_reading (ls_conversation_session_get_sketch (self->session), key (self));
}

/* Ratings -------------------------------------------------------------- */

static void
unskip_if_needed (LsDomainStep *self)
{
  LsDomainReading *r = reading (self);

  if (r != NULL && ls_domain_reading_get_skipped (r))
    ls_conversation_session_set_skipped (self->session, key (self), FALSE);
}

static void
on_rating_toggled (GtkToggleButton *button,
                   LsDomainStep    *self)
{
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "ls-value"));
  gboolean caseworker = g_object_get_data (G_OBJECT (button), "ls-caseworker") != NULL;

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  unskip_if_needed (self);
  if (caseworker)
    ls_conversation_session_set_caseworker_rating (self->session, key (self), value);
  else
    ls_conversation_session_set_self_rating (self->session, key (self), value);
}

static void
on_picto_toggled (GtkToggleButton *button,
                  LsDomainStep    *self)
{
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "ls-value"));

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  unskip_if_needed (self);
  ls_conversation_session_set_pictogram (self->session, key (self), value);
}

static void
on_clear_rating (GtkButton    *button,
                 LsDomainStep *self)
{
  if (g_object_get_data (G_OBJECT (button), "ls-caseworker") != NULL)
    ls_conversation_session_set_caseworker_rating (self->session, key (self), 0);
  else
    {
      ls_conversation_session_set_self_rating (self->session, key (self), 0);
      ls_conversation_session_set_pictogram (self->session, key (self), LS_PICTOGRAM_UNSET);
    }
}

static GtkWidget *
rating_row (LsDomainStep *self,
            GtkWidget   **buttons,
            gboolean      caseworker)
{
  /* One named group, so a screen reader says what the numbers are for,
   * and one tab stop: the arrows choose the place, Space sets it.
   * 1–5, 6–10 and "No Rating" go on to the next line in a narrow window
   * (the places' own padding keeps them apart). */
  GtkWidget *row = g_object_new (GTK_TYPE_FLOW_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO_GROUP,
                                 "selection-mode", GTK_SELECTION_NONE, "max-children-per-line", 3, NULL);
  GtkWidget *half = NULL;
  GtkWidget *clear;

  gtk_widget_add_css_class (row, caseworker ? "caseworker-rating" : "big-rating");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  caseworker ? _("Caseworker's rating, 1 to 10") : _("Own rating, 1 to 10"), -1);
  for (int i = 1; i <= N_RATINGS; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);
      g_autofree char *name = caseworker ? g_strdup_printf (_("Caseworker rating %d of 10"), i)
                                         : g_strdup_printf (_("Rating %d of 10"), i);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      if (i > 1)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (buttons[1]));
      g_object_set_data (G_OBJECT (button), "ls-value", GINT_TO_POINTER (i));
      if (caseworker)
        g_object_set_data (G_OBJECT (button), "ls-caseworker", GINT_TO_POINTER (1));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_tooltip_text (button, name);
      g_signal_connect (button, "toggled", G_CALLBACK (on_rating_toggled), self);
      if (half == NULL || i == N_RATINGS / 2 + 1)
        {
          half = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          ls_ui_flow_append (row, half);
        }
      gtk_box_append (GTK_BOX (half), button);
      buttons[i] = button;
    }
  clear = gtk_button_new_with_label (caseworker ? _("Clear") : _("No Rating"));
  /* The name is the label a sighted user sees; the rest is description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  caseworker ? _("Clear the caseworker's rating") : _("Clear the rating"), -1);
  if (caseworker)
    g_object_set_data (G_OBJECT (clear), "ls-caseworker", GINT_TO_POINTER (1));
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_margin_start (clear, 6);
  gtk_widget_set_halign (clear, GTK_ALIGN_START);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_rating), self);
  ls_ui_flow_append (row, clear);
  return ls_focus_group_new (row);
}

static GtkWidget *
pictogram_row (LsDomainStep *self)
{
  static const struct { LsPictogramRating value; const char *label; } picto[] = {
    { LS_PICTOGRAM_GOOD, N_("Good") },
    { LS_PICTOGRAM_SO_SO, N_("So-so") },
    { LS_PICTOGRAM_HARD, N_("Hard") },
  };
  GtkWidget *row = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO_GROUP,
                                 "orientation", GTK_ORIENTATION_HORIZONTAL, "spacing", 12, NULL);

  gtk_widget_add_css_class (row, "pictogram-scale");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Picture scale"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (picto); i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *image = gtk_image_new_from_icon_name (ls_ui_pictogram_icon_name (picto[i].value));
      GtkWidget *label = gtk_label_new (_(picto[i].label));

      gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_box_append (GTK_BOX (content), image);
      gtk_box_append (GTK_BOX (content), label);
      gtk_button_set_child (GTK_BUTTON (button), content);
      /* three side by side in a window 360 px wide */
      gtk_widget_set_size_request (button, 96, 96);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (self->picto_buttons[1]));
      g_object_set_data (G_OBJECT (button), "ls-value", GINT_TO_POINTER (picto[i].value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _(picto[i].label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Picture scale"), -1);
      g_signal_connect (button, "toggled", G_CALLBACK (on_picto_toggled), self);
      gtk_box_append (GTK_BOX (row), button);
      self->picto_buttons[picto[i].value] = button;
    }
  return ls_focus_group_new (row);
}

static void
set_toggle_group (GtkWidget **buttons,
                  guint       n,
                  int         value)
{
  for (guint i = 1; i <= n; i++)
    if (buttons[i] != NULL)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (buttons[i]), (int) i == value);
}

static void
sync_reading (LsDomainStep *self)
{
  LsDomainReading *r = reading (self);
  gboolean skipped = r != NULL && ls_domain_reading_get_skipped (r);

  self->syncing = TRUE;
  set_toggle_group (self->rating_buttons, N_RATINGS, r ? ls_domain_reading_get_self_rating (r) : 0);
  set_toggle_group (self->picto_buttons, 3, r ? (int) ls_domain_reading_get_pictogram (r) : 0);
  set_toggle_group (self->cw_buttons, N_RATINGS, r ? ls_domain_reading_get_caseworker_rating (r) : 0);
  gtk_widget_set_visible (self->skipped_bar, skipped);
  gtk_widget_set_visible (self->skip_button, !skipped);
  self->syncing = FALSE;
}

/* Entries --------------------------------------------------------------- */

static LsSketchEntry *
row_entry (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ls-entry");
}

static void
on_entry_text_changed (GtkWidget  *box,
                       const char *text,
                       gpointer    user_data)
{
  LsDomainStep *self = user_data;
  GtkWidget *row = g_object_get_data (G_OBJECT (box), "ls-row");

  ls_conversation_session_set_entry_text (self->session, row_entry (row), text);
}

static void
on_own_words_toggled (GtkCheckButton *check,
                      LsDomainStep   *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (check), "ls-row");

  if (self->syncing)
    return;
  ls_conversation_session_set_entry_author (self->session, row_entry (row),
                                            gtk_check_button_get_active (check) ? LS_ENTRY_AUTHOR_PERSON
                                                                                : LS_ENTRY_AUTHOR_CASEWORKER);
}

static void
on_environment_selected (GtkDropDown  *dropdown,
                         GParamSpec   *pspec,
                         LsDomainStep *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (dropdown), "ls-row");

  if (self->syncing)
    return;
  ls_conversation_session_set_entry_environment (self->session, row_entry (row),
                                                 (LsEnvironmentFactor) gtk_drop_down_get_selected (dropdown));
}

static void
on_remove_clicked (GtkButton    *button,
                   LsDomainStep *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "ls-row");

  ls_conversation_session_remove_entry (self->session, row_entry (row));
}

static void
sync_row (LsDomainStep *self,
          GtkWidget    *row)
{
  LsSketchEntry *entry = row_entry (row);
  GtkWidget *text = g_object_get_data (G_OBJECT (row), "ls-text");
  GtkWidget *own = g_object_get_data (G_OBJECT (row), "ls-own");
  GtkWidget *env = g_object_get_data (G_OBJECT (row), "ls-env");

  self->syncing = TRUE;
  ls_text_box_set_text (text, ls_sketch_entry_get_text (entry));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (own),
                               ls_sketch_entry_get_author (entry) == LS_ENTRY_AUTHOR_PERSON);
  if (ls_sketch_entry_get_author (entry) == LS_ENTRY_AUTHOR_PERSON)
    gtk_widget_add_css_class (ls_text_box_get_view (text), "person-words");
  else
    gtk_widget_remove_css_class (ls_text_box_get_view (text), "person-words");
  if (env != NULL)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (env), ls_sketch_entry_get_environment (entry));
  self->syncing = FALSE;
}

static GtkWidget *
environment_dropdown (void)
{
  const char *names[] = {
    _("Kind not chosen"),
    _("Products and technology (e1)"),
    _("Support and relationships (e3)"),
    _("Attitudes (e4)"),
    _("Services and policies (e5)"),
    NULL,
  };
  GtkWidget *dropdown = ls_ui_drop_down_new (names);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of factor"), -1);
  return dropdown;
}

static GtkWidget *
entry_row (LsDomainStep  *self,
           const Section *section,
           LsSketchEntry *entry,
           guint          number)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* under the text; on more lines where the window is narrow */
  GtkWidget *side = ls_ui_button_row_new ();
  /* Translators: an entry's name for screen readers, "What works 2". */
  g_autofree char *name = g_strdup_printf (C_("entry name", "%s %u"), _(section->heading), number);
  g_autofree char *remove_name = g_strdup_printf (_("Remove %s"), name);
  GtkWidget *text = ls_text_box_new (name, 56, ls_conversation_session_get_history (self->session),
                                     on_entry_text_changed, self);
  GtkWidget *own = gtk_check_button_new_with_label (_("The person's own words"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *env = NULL;

  g_object_set_data_full (G_OBJECT (row), "ls-entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (row), "ls-text", text);
  g_object_set_data (G_OBJECT (row), "ls-own", own);
  g_object_set_data (G_OBJECT (text), "ls-row", row);
  g_object_set_data (G_OBJECT (own), "ls-row", row);
  g_object_set_data (G_OBJECT (remove), "ls-row", row);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (own), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, name, -1);
  g_signal_connect (own, "toggled", G_CALLBACK (on_own_words_toggled), self);
  ls_ui_flow_append (side, own);
  if (section->kind == LS_ENTRY_FACILITATOR || section->kind == LS_ENTRY_BARRIER)
    {
      env = environment_dropdown ();
      g_object_set_data (G_OBJECT (row), "ls-env", env);
      g_object_set_data (G_OBJECT (env), "ls-row", row);
      g_signal_connect (env, "notify::selected", G_CALLBACK (on_environment_selected), self);
      ls_ui_flow_append (side, env);
    }
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_halign (remove, GTK_ALIGN_START);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  ls_ui_flow_append (side, remove);
  gtk_box_append (GTK_BOX (row), side);

  sync_row (self, row);
  g_hash_table_insert (self->rows,
                       GUINT_TO_POINTER (ls_conversation_session_entry_uid (self->session, entry)), row);
  return row;
}

static void
rebuild_list (LsDomainStep *self,
              guint         section_index)
{
  const Section *section = &sections[section_index];
  GtkWidget *list = self->lists[section_index];
  g_autoptr(GPtrArray) entries = ls_conversation_session_list_entries (self->session, key (self), section->kind);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    {
      LsSketchEntry *entry = row_entry (child);

      g_hash_table_remove (self->rows, GUINT_TO_POINTER (ls_conversation_session_entry_uid (self->session, entry)));
      gtk_box_remove (GTK_BOX (list), child);
    }
  for (guint i = 0; i < entries->len; i++)
    gtk_box_append (GTK_BOX (list), entry_row (self, section, g_ptr_array_index (entries, i), i + 1));
  gtk_widget_set_visible (list, entries->len > 0);
}

static void
rebuild_lists (LsDomainStep *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    rebuild_list (self, i);
}

static void
on_add_clicked (GtkButton    *button,
                LsDomainStep *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ls-section"));
  const Section *section = &sections[index];
  LsEntryAuthor author = (section->kind == LS_ENTRY_FACILITATOR || section->kind == LS_ENTRY_BARRIER)
                         ? LS_ENTRY_AUTHOR_CASEWORKER : LS_ENTRY_AUTHOR_PERSON;
  LsSketchEntry *entry;
  GtkWidget *row;

  unskip_if_needed (self);
  entry = ls_conversation_session_add_entry (self->session, key (self), section->kind, author, "");
  row = g_hash_table_lookup (self->rows,
                             GUINT_TO_POINTER (ls_conversation_session_entry_uid (self->session, entry)));
  if (row != NULL)
    ls_ui_grab_focus_when_placed (ls_text_box_get_view (g_object_get_data (G_OBJECT (row), "ls-text")));
}

/* Session changes ------------------------------------------------------- */

static void
on_session_changed (LsConversationSession *session,
                    const char            *field,
                    LsDomainStep          *self)
{
  g_autofree char *reading_field = g_strdup_printf ("reading:%s", key (self));
  g_autofree char *entries_field = g_strdup_printf ("entries:%s", key (self));

  if (g_str_equal (field, reading_field))
    sync_reading (self);
  else if (g_str_equal (field, entries_field))
    rebuild_lists (self);
  else if (g_str_has_prefix (field, "entry:"))
    {
      guint uid = (guint) g_ascii_strtoull (field + strlen ("entry:"), NULL, 10);
      GtkWidget *row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (uid));

      if (row != NULL)
        sync_row (self, row);
    }
}

static void
on_skip_clicked (GtkButton    *button,
                 LsDomainStep *self)
{
  ls_conversation_session_set_skipped (self->session, key (self), TRUE);
  g_signal_emit (self, signals[SKIP_REQUESTED], 0);
}

static void
on_unskip_clicked (GtkButton    *button,
                   LsDomainStep *self)
{
  ls_conversation_session_set_skipped (self->session, key (self), FALSE);
  gtk_widget_grab_focus (self->rating_buttons[1]);
}

/* Building -------------------------------------------------------------- */

static GtkWidget *
heading (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
build_skip_bar (LsDomainStep *self)
{
  GtkWidget *label = heading (_("Skipped for now. You can come back to it whenever you like."), "dim-label");
  GtkWidget *button = gtk_button_new_with_label (_("Talk About It Now"));

  self->skipped_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->skipped_bar, "card");
  gtk_widget_add_css_class (self->skipped_bar, "skipped-bar");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_box_append (GTK_BOX (self->skipped_bar), label);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_margin_end (button, 6);
  g_signal_connect (button, "clicked", G_CALLBACK (on_unskip_clicked), self);
  gtk_box_append (GTK_BOX (self->skipped_bar), button);

  self->skip_button = gtk_button_new_with_label (_("Skip for Now"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->skip_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Skip This Life Area for Now"), -1);
  gtk_widget_set_halign (self->skip_button, GTK_ALIGN_END);
  g_signal_connect (self->skip_button, "clicked", G_CALLBACK (on_skip_clicked), self);
}

static void
append_section (LsDomainStep *self,
                GtkWidget    *parent,
                guint         index)
{
  const Section *section = &sections[index];
  GtkWidget *add = gtk_button_new_with_label (_(section->add_label));

  gtk_box_append (GTK_BOX (parent), heading (_(section->heading), "heading"));
  self->lists[index] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (parent), self->lists[index]);
  g_object_set_data (G_OBJECT (add), "ls-section", GUINT_TO_POINTER (index));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_add_css_class (add, "add-entry");
  self->add_buttons[index] = add;
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked), self);
  gtk_box_append (GTK_BOX (parent), add);
}

static void
build (LsDomainStep *self,
       guint         index,
       guint         n_domains)
{
  g_autofree char *where = g_strdup_printf (_("Life area %u of %u"), index + 1, n_domains);
  /* "Skip for Now" beside the title, or under it in a narrow window */
  GtkWidget *top = g_object_new (GTK_TYPE_FLOW_BOX, "selection-mode", GTK_SELECTION_NONE, "column-spacing", 12,
                                 "row-spacing", 6, "max-children-per-line", 2, NULL);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *prompt = heading (ls_domain_get_prompt (self->domain), "title-3");
  GtkWidget *cw_frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *box = self->box;

  gtk_box_append (GTK_BOX (titles), heading (where, "dim-label"));
  self->title = heading (ls_domain_get_name (self->domain), "title-1");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (titles), self->title);
  gtk_widget_set_hexpand (titles, TRUE);
  ls_ui_flow_append (top, titles);
  build_skip_bar (self);
  gtk_widget_set_valign (self->skip_button, GTK_ALIGN_CENTER);
  ls_ui_flow_append (top, self->skip_button);
  /* the flow box alone would stop Tab at the titles */
  gtk_box_append (GTK_BOX (box), ls_focus_group_new (top));
  gtk_box_append (GTK_BOX (box), self->skipped_bar);

  gtk_widget_add_css_class (prompt, "domain-prompt");
  gtk_label_set_selectable (GTK_LABEL (prompt), FALSE);
  gtk_box_append (GTK_BOX (box), prompt);

  gtk_box_append (GTK_BOX (box), heading (_("How is this for you now? 1 is very hard, 10 is very good."), "heading"));
  gtk_box_append (GTK_BOX (box), rating_row (self, self->rating_buttons, FALSE));
  gtk_box_append (GTK_BOX (box), heading (_("Or choose a picture"), "dim-label"));
  gtk_box_append (GTK_BOX (box), pictogram_row (self));

  for (guint i = 0; i < 4; i++)
    append_section (self, box, i);

  gtk_box_append (GTK_BOX (box), heading (_("Around the person"), "title-4"));
  append_section (self, box, 4);
  append_section (self, box, 5);

  /* The caseworker's view is kept apart from the person's own rating. */
  gtk_widget_add_css_class (cw_frame, "caseworker-assessment");
  gtk_box_append (GTK_BOX (cw_frame), heading (_("Caseworker's assessment"), "heading"));
  gtk_box_append (GTK_BOX (cw_frame),
                  heading (_("Optional. Kept separately and never replaces the person's own rating."), "dim-label"));
  gtk_box_append (GTK_BOX (cw_frame), rating_row (self, self->cw_buttons, TRUE));
  gtk_box_append (GTK_BOX (box), cw_frame);

  rebuild_lists (self);
  sync_reading (self);
}

static void
ls_domain_step_dispose (GObject *object)
{
  LsDomainStep *self = LS_DOMAIN_STEP (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->session);
  g_clear_object (&self->domain);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  G_OBJECT_CLASS (ls_domain_step_parent_class)->dispose (object);
}

static void
ls_domain_step_class_init (LsDomainStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_domain_step_dispose;
  signals[SKIP_REQUESTED] = g_signal_new ("skip-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "domainstep");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ls_domain_step_init (LsDomainStep *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
ls_domain_step_new (LsConversationSession *session,
                    LsDomain              *domain,
                    guint                  index,
                    guint                  n_domains)
{
  LsDomainStep *self;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (session), NULL);
  g_return_val_if_fail (LS_IS_DOMAIN (domain), NULL);

  self = g_object_new (LS_TYPE_DOMAIN_STEP, NULL);
  self->session = g_object_ref (session);
  self->domain = g_object_ref (domain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ls_domain_get_name (domain), -1);
  build (self, index, n_domains);
  g_signal_connect (session, "changed", G_CALLBACK (on_session_changed), self);
  return GTK_WIDGET (self);
}

LsDomain *
ls_domain_step_get_domain (LsDomainStep *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN_STEP (self), NULL);
  return self->domain;
}

GtkWidget *
ls_domain_step_get_rating_button (LsDomainStep *self,
                                  int           rating)
{
  g_return_val_if_fail (LS_IS_DOMAIN_STEP (self), NULL);
  g_return_val_if_fail (rating >= 1 && rating <= N_RATINGS, NULL);
  return self->rating_buttons[rating];
}

void
ls_domain_step_focus_start (LsDomainStep *self)
{
  g_return_if_fail (LS_IS_DOMAIN_STEP (self));

  /* The first words written here, else the first way to add some: never
   * a rating, which a stray Space would set. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *row = gtk_widget_get_first_child (self->lists[i]);

      if (row != NULL)
        {
          gtk_widget_grab_focus (ls_text_box_get_view (g_object_get_data (G_OBJECT (row), "ls-text")));
          return;
        }
    }
  gtk_widget_grab_focus (self->add_buttons[0]);
}
