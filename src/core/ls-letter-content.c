/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-letter-content"

#include "ls-domain.h"
#include "ls-decision-change.h"
#include "ls-letter-content-private.h"
#include "ls-measure.h"
#include "ls-national-id.h"
#include "ls-value.h"

/* ---- values ---------------------------------------------------------- */

static void
wheel_segment_clear (gpointer data)
{
  LsLetterWheelSegment *segment = data;

  g_clear_pointer (&segment->key, g_free);
  g_clear_pointer (&segment->label, g_free);
}

static void
item_free (gpointer data)
{
  LsLetterItem *item = data;

  g_free (item->text);
  g_free (item->strong);
  g_strfreev (item->lines);
  g_clear_pointer (&item->rows, g_ptr_array_unref);
  g_clear_pointer (&item->widths, g_array_unref);
  g_clear_pointer (&item->wheel, g_array_unref);
  g_free (item->caption);
  g_free (item->pictogram);
  g_free (item);
}

static void
section_free (gpointer data)
{
  LsLetterSection *section = data;

  g_free (section->heading);
  g_free (section->pictogram);
  g_ptr_array_unref (section->items);
  g_free (section);
}

void
ls_letter_content_free (LsLetterContent *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_free (self->title);
  g_free (self->subject);
  g_free (self->author);
  g_free (self->keywords);
  g_strfreev (self->letterhead);
  g_free (self->logo_path);
  g_strfreev (self->recipient);
  g_strfreev (self->reference_labels);
  g_strfreev (self->reference_values);
  g_free (self->footer);
  g_free (self->draft_mark);
  g_clear_pointer (&self->date, g_date_free);
  g_ptr_array_unref (self->sections);
  g_free (self);
}

LsLetterSection *
ls_letter_content_find_part (LsLetterContent *self,
                             LsLetterPart     part)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      LsLetterSection *section = g_ptr_array_index (self->sections, i);

      if (section->part == part)
        return section;
    }
  return NULL;
}

static void
append_lines (GString           *out,
              const char *const *lines,
              const char        *separator)
{
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_string_append (out, lines[i]);
      g_string_append (out, separator);
    }
}

char *
ls_letter_section_to_text (LsLetterSection *section)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (section != NULL, NULL);

  if (section->heading != NULL)
    g_string_append_printf (out, "%s\n", section->heading);
  for (guint i = 0; i < section->items->len; i++)
    {
      LsLetterItem *item = g_ptr_array_index (section->items, i);

      if (item->text != NULL)
        g_string_append_printf (out, "%s\n", item->text);
      append_lines (out, (const char *const *) item->lines, "\n");
      for (guint r = 0; item->rows != NULL && r < item->rows->len; r++)
        {
          append_lines (out, g_ptr_array_index (item->rows, r), "\t");
          g_string_append_c (out, '\n');
        }
      if (item->caption != NULL)
        g_string_append_printf (out, "%s\n", item->caption);
    }
  return g_string_free (out, FALSE);
}

char *
ls_letter_content_to_text (LsLetterContent *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  append_lines (out, (const char *const *) self->letterhead, "\n");
  append_lines (out, (const char *const *) self->recipient, "\n");
  for (guint i = 0; self->reference_labels[i] != NULL; i++)
    g_string_append_printf (out, "%s: %s\n", self->reference_labels[i], self->reference_values[i]);
  g_string_append_printf (out, "%s\n", self->title);
  for (guint i = 0; i < self->sections->len; i++)
    {
      g_autofree char *text = ls_letter_section_to_text (g_ptr_array_index (self->sections, i));

      g_string_append (out, text);
    }
  if (self->footer != NULL)
    g_string_append_printf (out, "%s\n", self->footer);
  if (self->draft_mark != NULL)
    g_string_append_printf (out, "%s\n", self->draft_mark);
  return g_string_free (out, FALSE);
}

/* ---- building -------------------------------------------------------- */

char *
_ls_letter_sentence_case_inside (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  const char *rest = g_utf8_next_char (text);

  if (g_unichar_isupper (first) && *rest != '\0' && g_unichar_islower (g_utf8_get_char (rest)))
    {
      char buffer[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_tolower (first), buffer);
      return g_strconcat (buffer, rest, NULL);
    }
  return g_strdup (text);
}

static const char *
nonempty (const char *value,
          const char *fallback)
{
  return value != NULL && value[0] != '\0' ? value : fallback;
}

/* The person's name, their guardian's ("v/ verge Kari Hansen": the
 * guardian acts for them; a relative only gets a copy) and the person's
 * address: the model keeps no address of the guardian's own. */
static GStrv
recipient_lines (LsLetterBuilder *b,
                 LsPerson        *person)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *address = ls_person_get_address (person);
  const char *representative = ls_person_get_representative_name (person);

  _ls_strv_take (builder, ls_person_dup_display_name (person));
  if (representative != NULL && representative[0] != '\0' &&
      g_strcmp0 (ls_person_get_representative_relation (person), "guardian") == 0)
    _ls_strv_take (builder, g_strdup_printf ("%s %s %s",
                                             ls_legal_texts_lookup (b->src->legal, "common", "CareOf", b->lang),
                                             ls_legal_texts_lookup (b->src->legal, "common", "Guardian", b->lang),
                                             representative));
  if (address != NULL && address[0] != '\0')
    {
      g_auto(GStrv) parts = g_strsplit_set (address, "\n", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (g_strstrip (parts[i])[0] != '\0')
          g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

static void
set_base_vars (LsLetterBuilder *b)
{
  LsLetterhead *head = b->src->letterhead;
  guint weeks = ls_letterhead_get_appeal_weeks (head);
  g_autofree char *weeks_text = NULL;
  const char *case_number = b->src->case_ != NULL ? ls_case_get_case_number (b->src->case_) : NULL;

  if (weeks == 0)
    weeks = ls_legal_texts_get_appeal_weeks (b->src->legal);
  weeks_text = g_strdup_printf ("%u", weeks);

  _ls_letter_set_var (b, "weeks", weeks_text);
  _ls_letter_set_var (b, "municipality", ls_letterhead_get_in (head, LS_LETTERHEAD_MUNICIPALITY, b->lang));
  _ls_letter_set_var (b, "unit", ls_letterhead_get_in (head, LS_LETTERHEAD_UNIT, b->lang));
  _ls_letter_set_var (b, "appeal_body",
                      nonempty (ls_letterhead_get_in (head, LS_LETTERHEAD_APPEAL_BODY, b->lang),
                                ls_legal_texts_get_appeal_body (b->src->legal, b->lang)));
  _ls_letter_set_var (b, "contact", ls_letterhead_get (head, LS_LETTERHEAD_CONTACT_NAME));
  _ls_letter_set_var (b, "phone", nonempty (ls_letterhead_get (head, LS_LETTERHEAD_CONTACT_PHONE),
                                            ls_letterhead_get (head, LS_LETTERHEAD_PHONE)));
  _ls_letter_set_var (b, "email", nonempty (ls_letterhead_get (head, LS_LETTERHEAD_CONTACT_EMAIL),
                                            ls_letterhead_get (head, LS_LETTERHEAD_EMAIL)));
  _ls_letter_set_var (b, "case_number", nonempty (case_number, "–"));
  if (b->src->person != NULL)
    _ls_letter_set_var (b, "given_name", nonempty (ls_person_get_given_name (b->src->person), ""));
}

static GDate *
letter_date (const LsLetterSources *src)
{
  GDate *date = g_date_new ();

  if (src->today != NULL && g_date_valid (src->today))
    *date = *src->today;
  else if (src->decision != NULL && ls_decision_get_issued_date (src->decision) != NULL)
    *date = *ls_decision_get_issued_date (src->decision);
  else
    ls_date_set_today (date);
  return date;
}

void
_ls_letter_builder_init (LsLetterBuilder       *b,
                         LsLetterKind           kind,
                         const LsLetterSources *src)
{
  LsLetterContent *content = g_new0 (LsLetterContent, 1);
  const char *logo = ls_letterhead_get (src->letterhead, LS_LETTERHEAD_LOGO_PATH);

  b->src = src;
  b->content = content;
  b->lang = ls_legal_texts_normalize_language (src->person != NULL
                                               ? ls_person_get_written_language (src->person) : NULL);
  b->vars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  content->kind = kind;
  content->person_id = src->person != NULL ? ls_person_get_id (src->person) : 0;
  content->language = g_strdup (b->lang);
  content->author = g_strdup (ls_letterhead_get_in (src->letterhead, LS_LETTERHEAD_MUNICIPALITY, b->lang));
  content->letterhead = ls_letterhead_dup_lines (src->letterhead, b->lang);
  content->logo_path = logo != NULL && logo[0] != '\0' ? g_strdup (logo) : NULL;
  content->recipient = src->person != NULL ? recipient_lines (b, src->person) : g_new0 (char *, 1);
  content->date = letter_date (src);
  content->sections = g_ptr_array_new_with_free_func (section_free);
  set_base_vars (b);
}

LsLetterContent *
_ls_letter_builder_finish (LsLetterBuilder *b)
{
  g_clear_pointer (&b->vars, g_hash_table_unref);
  if (b->content->reference_labels == NULL)
    {
      b->content->reference_labels = g_new0 (char *, 1);
      b->content->reference_values = g_new0 (char *, 1);
    }
  return g_steal_pointer (&b->content);
}

void
_ls_letter_set_var (LsLetterBuilder *b,
                    const char      *name,
                    const char      *value)
{
  g_hash_table_replace (b->vars, g_strdup (name), g_strdup (value != NULL ? value : ""));
}

char *
_ls_letter_date (LsLetterBuilder *b,
                 const GDate     *date)
{
  return ls_legal_texts_format_date (b->src->legal, date, b->lang);
}

void
_ls_letter_set_date_var (LsLetterBuilder *b,
                         const char      *name,
                         const GDate     *date)
{
  g_hash_table_replace (b->vars, g_strdup (name), _ls_letter_date (b, date));
}

char *
_ls_letter_text (LsLetterBuilder *b,
                 const char      *group,
                 const char      *key)
{
  return ls_legal_texts_format (b->src->legal, group, key, b->lang, b->vars);
}

const char *
_ls_letter_domain_name (LsLetterBuilder *b,
                        const char      *domain_key)
{
  return ls_domain_name_in (b->src->domains, domain_key);
}

static GStrv
domain_keys (LsLetterBuilder *b)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *domains = b->src->domains;
  GListModel *readings = G_LIST_MODEL (ls_sketch_get_readings (b->src->sketch));

  if (domains != NULL && g_list_model_get_n_items (domains) > 0)
    for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
      {
        g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);

        g_strv_builder_add (builder, ls_domain_get_key (domain));
      }
  else
    for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
      {
        g_autoptr(LsDomainReading) reading = g_list_model_get_item (readings, i);

        g_strv_builder_add (builder, ls_domain_reading_get_domain_key (reading));
      }
  return g_strv_builder_end (builder);
}

GArray *
_ls_letter_wheel_segments (LsLetterBuilder *b)
{
  g_auto(GStrv) keys = NULL;
  GArray *segments;
  GListModel *entries;

  if (b->src->sketch == NULL)
    return NULL;
  keys = domain_keys (b);
  entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  segments = g_array_new (FALSE, TRUE, sizeof (LsLetterWheelSegment));
  g_array_set_clear_func (segments, wheel_segment_clear);

  for (guint i = 0; keys[i] != NULL && i < 16; i++)
    {
      LsLetterWheelSegment segment = { 0 };
      LsDomainReading *reading = ls_sketch_get_reading (b->src->sketch, keys[i]);
      LsDomainReading *earlier = b->src->previous_sketch != NULL
                                 ? ls_sketch_get_reading (b->src->previous_sketch, keys[i]) : NULL;

      segment.key = g_strdup (keys[i]);
      segment.label = g_strdup (_ls_letter_domain_name (b, keys[i]));
      if (reading != NULL)
        {
          segment.self_rating = ls_domain_reading_get_self_rating (reading);
          segment.caseworker_rating = ls_domain_reading_get_caseworker_rating (reading);
          segment.skipped = ls_domain_reading_get_skipped (reading);
        }
      if (earlier != NULL)
        segment.earlier_rating = ls_domain_reading_get_self_rating (earlier);
      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, e);

          if (g_strcmp0 (ls_sketch_entry_get_domain_key (entry), keys[i]) != 0)
            continue;
          if (ls_sketch_entry_get_kind (entry) == LS_ENTRY_STRENGTH)
            segment.n_strengths++;
          else if (ls_sketch_entry_get_kind (entry) == LS_ENTRY_CHALLENGE)
            segment.n_challenges++;
        }
      g_array_append_val (segments, segment);
    }
  return segments;
}

char *
_ls_letter_wheel_summary (LsLetterBuilder *b,
                          GArray          *segments)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      LsLetterWheelSegment *segment = &g_array_index (segments, LsLetterWheelSegment, i);

      if (i > 0)
        g_string_append (out, "; ");
      if (segment->skipped)
        g_string_append_printf (out, "%s: %s", segment->label,
                                ls_legal_texts_lookup (b->src->legal, "common", "Skipped", b->lang));
      else if (segment->self_rating > 0)
        g_string_append_printf (out, "%s: %d", segment->label, segment->self_rating);
      else
        g_string_append_printf (out, "%s: %s", segment->label,
                                ls_legal_texts_lookup (b->src->legal, "common", "NotRated", b->lang));
    }
  if (out->len > 0)
    g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

LsLetterSection *
_ls_letter_add_section (LsLetterBuilder *b,
                        LsLetterPart     part,
                        const char      *heading)
{
  LsLetterSection *section = g_new0 (LsLetterSection, 1);

  section->part = part;
  section->heading = g_strdup (heading);
  section->items = g_ptr_array_new_with_free_func (item_free);
  g_ptr_array_add (b->content->sections, section);
  return section;
}

static LsLetterItem *
add_item (LsLetterSection  *section,
          LsLetterItemKind  kind)
{
  LsLetterItem *item = g_new0 (LsLetterItem, 1);

  item->kind = kind;
  g_ptr_array_add (section->items, item);
  return item;
}

LsLetterItem *
_ls_letter_add_text (LsLetterSection  *section,
                     LsLetterItemKind  kind,
                     char             *text,
                     char             *strong)
{
  LsLetterItem *item = add_item (section, kind);

  item->text = text;
  item->strong = strong;
  return item;
}

LsLetterItem *
_ls_letter_add_lead_in_list (LsLetterSection *section,
                             char            *lead_in,
                             gboolean         numbered,
                             GStrv            items)
{
  LsLetterItem *line = _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, lead_in, NULL);
  LsLetterItem *list = _ls_letter_add_list (section, numbered, items);

  line->keep_with_next = list != NULL;
  return list;
}

LsLetterItem *
_ls_letter_add_list (LsLetterSection *section,
                     gboolean         numbered,
                     GStrv            items)
{
  LsLetterItem *item;

  if (items == NULL || items[0] == NULL)
    {
      g_strfreev (items);
      return NULL;
    }
  item = add_item (section, numbered ? LS_LETTER_ITEM_NUMBERED_LIST : LS_LETTER_ITEM_LIST);
  item->lines = items;
  return item;
}

LsLetterItem *
_ls_letter_add_table (LsLetterSection   *section,
                      const char *const *header,
                      const double      *widths)
{
  LsLetterItem *item = add_item (section, LS_LETTER_ITEM_TABLE);
  guint n = g_strv_length ((GStrv) header);

  item->lines = g_strdupv ((GStrv) header);
  item->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  if (widths != NULL)
    {
      item->widths = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
      g_array_append_vals (item->widths, widths, n);
    }
  return item;
}

void
_ls_letter_table_add_row (LsLetterItem *table,
                          GStrv         cells)
{
  g_ptr_array_add (table->rows, cells);
}

LsLetterItem *
_ls_letter_add_wheel (LsLetterSection *section,
                      GArray          *segments,
                      char            *alt,
                      char            *caption)
{
  LsLetterItem *item = add_item (section, LS_LETTER_ITEM_WHEEL);

  item->wheel = segments;
  item->text = alt;
  item->caption = caption;
  return item;
}

static char *
period_text (LsLetterBuilder *b,
             const GDate     *start,
             const GDate     *end)
{
  g_autofree char *from = _ls_letter_date (b, start);
  g_autofree char *to = end != NULL && g_date_valid (end) ? _ls_letter_date (b, end) : NULL;

  return to != NULL ? g_strdup_printf ("%s – %s", from, to) : g_strdup_printf ("%s –", from);
}

LsLetterItem *
_ls_letter_add_measure_table (LsLetterBuilder *b,
                              LsLetterSection *section,
                              GListModel      *measures,
                              gboolean         with_result)
{
  static const double widths_result[] = { 3.2, 1.6, 2.2, 2.0, 1.2 };
  static const double widths_plain[] = { 3.4, 1.7, 2.3, 2.2 };
  g_autofree char *col_service = _ls_letter_text (b, "decision", "ColService");
  g_autofree char *col_extent = _ls_letter_text (b, "decision", "ColExtent");
  g_autofree char *col_period = _ls_letter_text (b, "decision", "ColPeriod");
  g_autofree char *col_provider = _ls_letter_text (b, "decision", "ColProvider");
  g_autofree char *col_result = _ls_letter_text (b, "decision", "ColResult");
  g_autofree char *granted = _ls_letter_text (b, "decision", "Granted");
  g_autofree char *refused = _ls_letter_text (b, "decision", "Refused");
  const char *header[] = { col_service, col_extent, col_period, col_provider,
                           with_result ? col_result : NULL, NULL };
  LsLetterItem *table = _ls_letter_add_table (section, header, with_result ? widths_result : widths_plain);
  const GDate *default_start = b->src->decision != NULL ? ls_decision_get_start (b->src->decision) : NULL;
  const GDate *default_end = b->src->decision != NULL ? ls_decision_get_end (b->src->decision) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      gboolean is_granted = ls_measure_get_granted (measure);
      const GDate *start = ls_measure_get_start (measure) != NULL ? ls_measure_get_start (measure) : default_start;
      const GDate *end = ls_measure_get_end (measure) != NULL ? ls_measure_get_end (measure) : default_end;
      GStrv cells = g_new0 (char *, 6);

      cells[0] = g_strdup (ls_legal_texts_service_name (b->src->legal, ls_measure_get_service_key (measure), b->lang));
      cells[1] = ls_legal_texts_format_extent (b->src->legal, ls_measure_get_extent (measure),
                                               ls_measure_get_unit (measure), b->lang);
      cells[2] = is_granted ? period_text (b, start, end) : g_strdup ("–");
      cells[3] = g_strdup (is_granted ? nonempty (ls_measure_get_provider (measure), "–") : "–");
      if (with_result)
        cells[4] = g_strdup (is_granted ? granted : refused);
      _ls_letter_table_add_row (table, cells);
    }
  return table;
}

char *
_ls_letter_quote (const char *words)
{
  return g_strdup_printf ("«%s»", words != NULL ? words : "");
}

char *
_ls_letter_entry_text (LsSketchEntry *entry)
{
  const char *text = ls_sketch_entry_get_text (entry);

  if (ls_sketch_entry_get_author (entry) != LS_ENTRY_AUTHOR_PERSON)
    return g_strdup (text);
  return _ls_letter_quote (text);
}

static char *
extent_or (LsLetterBuilder *b,
           gboolean         granted,
           double           extent,
           const char      *unit,
           const char      *none_key)
{
  if (!granted)
    return _ls_letter_text (b, "change", none_key);
  return ls_legal_texts_format_extent (b->src->legal, extent, unit, b->lang);
}

GStrv
_ls_letter_change_lines (LsLetterBuilder *b)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  if (b->src->previous_decision == NULL || b->src->decision == NULL)
    return NULL;
  changes = ls_decision_change_measures (b->src->previous_decision, b->src->decision);
  if (changes->len == 0)
    return NULL;
  for (guint i = 0; i < changes->len; i++)
    {
      LsMeasureChange *change = g_ptr_array_index (changes, i);
      g_autofree char *before = extent_or (b, change->before_granted, change->before_extent, change->before_unit,
                                           "NoneBefore");
      g_autofree char *after = extent_or (b, change->after_granted, change->after_extent, change->after_unit,
                                          "Ended");

      _ls_strv_take (lines, g_strdup_printf ("%s: %s → %s",
                                             ls_legal_texts_service_name (b->src->legal, change->service_key, b->lang),
                                             before, after));
    }
  return g_strv_builder_end (lines);
}

/* ---- shared by the decision and the plan ----------------------------- */

const char *
_ls_letter_full_name_or (const char *name,
                         const char *fallback)
{
  return name != NULL && strchr (name, ' ') != NULL ? name : fallback;
}

gboolean
_ls_letter_staff (LsLetterBuilder  *b,
                  const char       *recorded,
                  const char      **name,
                  const char      **title)
{
  LsLetterhead *head = b->src->letterhead;

  if (recorded == NULL || recorded[0] == '\0')
    return FALSE;
  if (ls_letterhead_lookup_staff (head, recorded, b->lang, name, title))
    return TRUE;
  *name = recorded;
  *title = g_strcmp0 (recorded, ls_letterhead_get (head, LS_LETTERHEAD_SIGNATURE_NAME)) == 0
           ? ls_letterhead_get_in (head, LS_LETTERHEAD_SIGNATURE_TITLE, b->lang) : "";
  return TRUE;
}

char *
_ls_letter_staff_text (LsLetterBuilder *b,
                       const char      *recorded)
{
  const char *name = NULL;
  const char *title = NULL;

  if (!_ls_letter_staff (b, recorded, &name, &title))
    return NULL;
  return title != NULL && title[0] != '\0' ? g_strdup_printf ("%s (%s)", name, title) : g_strdup (name);
}

/* The caseworker a letter names: who prepared the decision, if the staff
 * list or the record has their full name, else the letterhead's contact
 * person. */
static const char *
caseworker (LsLetterBuilder *b)
{
  const char *prepared_by = b->src->decision != NULL ? ls_decision_get_prepared_by (b->src->decision) : NULL;
  const char *name = NULL;
  const char *title = NULL;

  if (ls_letterhead_lookup_staff (b->src->letterhead, prepared_by, b->lang, &name, &title))
    return name;
  return _ls_letter_full_name_or (prepared_by,
                                  nonempty (ls_letterhead_get (b->src->letterhead, LS_LETTERHEAD_CONTACT_NAME), "–"));
}

static void
add_reference (LsLetterBuilder *b,
               GStrvBuilder    *labels,
               GStrvBuilder    *values,
               const char      *key,
               char            *value)
{
  g_strv_builder_add (labels, ls_legal_texts_lookup (b->src->legal, "common", key, b->lang));
  _ls_strv_take (values, value);
}

gboolean
_ls_letter_is_draft (LsLetterBuilder *b)
{
  return b->content->kind != LS_LETTER_SKETCH_REPORT && b->content->kind != LS_LETTER_ADVANCE_NOTICE
         && b->src->decision != NULL
         && ls_decision_get_status (b->src->decision) == LS_DECISION_DRAFT;
}

/* A draft's title says so, and every page carries the mark. */
static void
mark_draft (LsLetterBuilder *b)
{
  _ls_letter_set_var (b, "title", b->content->title);
  g_free (b->content->title);
  b->content->title = _ls_letter_text (b, "draft", "Title");
  g_free (b->content->draft_mark);
  b->content->draft_mark = _ls_letter_text (b, "draft", "Mark");
}

void
_ls_letter_set_references (LsLetterBuilder *b,
                           LsLetterRefs     refs)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  const char *case_number = g_hash_table_lookup (b->vars, "case_number");
  LsLegalTexts *legal = b->src->legal;
  gboolean has_case = b->src->case_ != NULL && ls_case_get_case_number (b->src->case_) != NULL &&
                      ls_case_get_case_number (b->src->case_)[0] != '\0';
  gboolean draft = _ls_letter_is_draft (b);

  if (draft)
    mark_draft (b);

  if (refs & LS_LETTER_REFS_CORRESPONDENCE)
    {
      add_reference (b, labels, values, "OurRef", g_strdup (case_number));
      /* The model keeps no reference of the applicant's own. */
      add_reference (b, labels, values, "YourRef", g_strdup ("–"));
      add_reference (b, labels, values, "Caseworker", g_strdup (caseworker (b)));
    }
  else if (has_case)
    add_reference (b, labels, values, "CaseNumber", g_strdup (case_number));
  /* A draft has no decision date yet. */
  if (!draft)
    add_reference (b, labels, values, "Date", _ls_letter_date (b, b->content->date));
  if ((refs & LS_LETTER_REFS_NATIONAL_ID) && b->src->person != NULL
      && ls_person_get_national_id (b->src->person) != NULL)
    {
      char *id = ls_national_id_format (ls_person_get_national_id (b->src->person));

      if (id != NULL)
        add_reference (b, labels, values, "NationalId", id);
    }
  g_strfreev (b->content->reference_labels);
  g_strfreev (b->content->reference_values);
  b->content->reference_labels = g_strv_builder_end (labels);
  b->content->reference_values = g_strv_builder_end (values);
  g_free (b->content->footer);
  /* Without a case, the footer names the document instead. */
  b->content->footer = has_case ? g_strdup_printf ("%s %s", ls_legal_texts_lookup (legal, "common", "CaseNumber", b->lang),
                                                   case_number)
                                : g_strdup (b->content->title);
}

char *
_ls_letter_signature (LsLetterBuilder *b,
                      const char      *recorded,
                      char           **strong)
{
  LsLetterhead *head = b->src->letterhead;
  const char *name = NULL;
  const char *title = NULL;

  if (!_ls_letter_staff (b, recorded, &name, &title))
    {
      name = ls_letterhead_get (head, LS_LETTERHEAD_SIGNATURE_NAME);
      title = ls_letterhead_get_in (head, LS_LETTERHEAD_SIGNATURE_TITLE, b->lang);
    }
  if (name == NULL)
    name = "";
  *strong = g_strdup (name);
  return g_strdup_printf ("%s\n%s%s%s\n%s", ls_legal_texts_lookup (b->src->legal, "decision", "Regards", b->lang),
                          name, title != NULL && title[0] != '\0' ? "\n" : "", title != NULL ? title : "",
                          ls_letterhead_get_in (head, LS_LETTERHEAD_MUNICIPALITY, b->lang));
}
