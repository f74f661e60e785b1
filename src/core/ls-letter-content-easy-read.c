/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the easy-read documents say: the easy-read version of a decision
 * letter, "Min livsskisse", the person's own life sketch to take home, and
 * "Min uke", the times they have booked in a week.
 * Klarspråk and easy-read practice: one short sentence per thing, the
 * services by their plain names, a reason for every "no", a pictogram
 * beside each service and each section (the export sets every line at
 * 14 pt or larger). */
#define G_LOG_DOMAIN "ls-letter-content"

#include "ls-letter-content-private.h"
#include "ls-measure.h"

gboolean
ls_letter_kind_is_easy_read (LsLetterKind kind)
{
  return kind == LS_LETTER_EASY_READ || kind == LS_LETTER_MY_SKETCH || kind == LS_LETTER_MY_WEEK;
}

/* @heading with the pictogram @pictogram ("part-call") beside it. */
static LsLetterSection *
add_section (LsLetterBuilder *b,
             LsLetterPart     part,
             const char      *group,
             const char      *heading_key,
             const char      *pictogram)
{
  g_autofree char *heading = _ls_letter_text (b, group, heading_key);
  LsLetterSection *section = _ls_letter_add_section (b, part, heading);

  section->pictogram = g_strdup (pictogram);
  return section;
}

static void
set_pictogram (LsLetterItem *item,
               const char   *kind,
               const char   *key)
{
  item->pictogram = g_strconcat (kind, "-", key, NULL);
}

/* ---- the easy-read decision letter ------------------------------------ */

/* The first sentence of the refusal grounds, ended with a full stop; NULL
 * when there are none. */
static char *
first_sentence (const char *grounds)
{
  g_autofree char *text = g_strstrip (g_strdup (grounds != NULL ? grounds : ""));
  char *end;

  if (text[0] == '\0')
    return NULL;
  for (end = text; *end != '\0'; end++)
    if ((*end == '.' || *end == '!' || *end == '?') && (end[1] == '\0' || g_ascii_isspace (end[1])))
      {
        end[1] = '\0';
        return g_steal_pointer (&text);
      }
  return g_strconcat (text, ".", NULL);
}

static void
add_granted (LsLetterBuilder *b,
             LsLetterSection *section,
             LsMeasure       *measure,
             const char      *service)
{
  double extent = ls_measure_get_extent (measure);
  LsLetterItem *item;

  if (extent > 0)
    {
      g_autofree char *text = ls_legal_texts_format_extent (b->src->legal, extent, ls_measure_get_unit (measure),
                                                            b->lang);

      _ls_letter_set_var (b, "extent", text);
    }
  item = _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD,
                              _ls_letter_text (b, "easy-read", extent > 0 ? "Granted" : "GrantedNoExtent"),
                              g_strdup (service));
  set_pictogram (item, "service", ls_measure_get_service_key (measure));
}

static void
add_refused (LsLetterBuilder *b,
             LsLetterSection *section,
             LsMeasure       *measure,
             const char      *service)
{
  g_autofree char *reason = first_sentence (ls_measure_get_refusal_grounds (measure));
  g_autofree char *refused = _ls_letter_text (b, "easy-read", "Refused");
  g_autofree char *because = NULL;
  LsLetterItem *item;

  if (reason != NULL)
    {
      _ls_letter_set_var (b, "reason", reason);
      because = _ls_letter_text (b, "easy-read", "Reason");
    }
  else
    because = _ls_letter_text (b, "easy-read", "ReasonMissing");
  item = _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, g_strdup_printf ("%s %s", refused, because),
                              g_strdup (service));
  set_pictogram (item, "service", ls_measure_get_service_key (measure));
}

static void
add_easy_decision (LsLetterBuilder *b)
{
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (b->src->decision));
  gboolean trial = ls_decision_get_decision_type (b->src->decision) == LS_DECISION_TYPE_TRIAL;
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_DECISION, NULL);
  LsLetterSection *granted = NULL, *refused = NULL;

  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "easy-read", "Hello"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *key = ls_measure_get_service_key (measure);
      g_autofree char *service = _ls_letter_sentence_case_inside (
        ls_legal_texts_service_plain_name (b->src->legal, key, b->lang));

      _ls_letter_set_var (b, "service", service);
      if (ls_measure_get_granted (measure))
        {
          if (granted == NULL)
            granted = add_section (b, LS_LETTER_PART_DECISION, "easy-read", "GrantedHeading", "part-granted");
          add_granted (b, granted, measure, service);
        }
      else
        {
          if (refused == NULL)
            refused = add_section (b, LS_LETTER_PART_DECISION, "easy-read", "RefusedHeading", "part-refused");
          add_refused (b, refused, measure, service);
        }
    }
  _ls_letter_set_date_var (b, "start", ls_decision_get_start (b->src->decision));
  _ls_letter_set_date_var (b, "end", ls_decision_get_end (b->src->decision));
  /* The period belongs to what is granted; with nothing granted it is
   * said after the refusals. */
  _ls_letter_add_text (granted != NULL ? granted : refused != NULL ? refused : section, LS_LETTER_ITEM_LEAD,
                       _ls_letter_text (b, "easy-read", trial ? "Trial" : "Ordinary"), NULL);
  if (granted != NULL && refused != NULL)
    {
      guint at = 0;

      /* Granted before refused, whatever order the measures came in. */
      if (g_ptr_array_find (b->content->sections, refused, &at))
        g_ptr_array_add (b->content->sections, g_ptr_array_steal_index (b->content->sections, at));
    }
}

static const char *
first_provider (LsLetterBuilder *b)
{
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (b->src->decision));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *provider = ls_measure_get_provider (measure);

      if (ls_measure_get_granted (measure) && provider != NULL && provider[0] != '\0')
        return provider;
    }
  return ls_letterhead_get (b->src->letterhead, LS_LETTERHEAD_UNIT);
}

static void
add_easy_next (LsLetterBuilder *b)
{
  const GDate *evaluation = ls_decision_get_evaluation_date (b->src->decision);
  LsLetterSection *section;

  _ls_letter_set_var (b, "provider", first_provider (b));
  section = add_section (b, LS_LETTER_PART_NEXT, "easy-read", "Next", "part-next");
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "easy-read", "NextText"), NULL);

  section = add_section (b, LS_LETTER_PART_MEET, "easy-read", "Meet", "part-meet");
  if (evaluation != NULL && g_date_valid (evaluation))
    {
      g_autofree char *date = _ls_letter_date (b, evaluation);

      _ls_letter_set_var (b, "evaluation", date);
      _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "easy-read", "MeetText"),
                           g_strdup (date));
    }
  else
    _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "easy-read", "MeetNone"), NULL);

  section = add_section (b, LS_LETTER_PART_CALL, "easy-read", "Call", "part-call");
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "easy-read", "CallText"),
                       g_strdup (g_hash_table_lookup (b->vars, "phone")));
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "easy-read", "Disagree"), NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "easy-read", "Full"), NULL);
}

/* The simplified wheel: only the person's own ratings, no outlines or
 * badges to explain (the export draws it with large labels). */
static void
add_easy_wheel (LsLetterBuilder *b,
                const char      *group,
                const char      *caption_key)
{
  g_autoptr(GArray) segments = _ls_letter_wheel_segments (b);
  g_autofree char *summary = NULL;
  LsLetterSection *section;

  if (segments == NULL || segments->len == 0)
    return;
  for (guint i = 0; i < segments->len; i++)
    {
      LsLetterWheelSegment *segment = &g_array_index (segments, LsLetterWheelSegment, i);

      segment->caseworker_rating = 0;
      segment->earlier_rating = 0;
      segment->n_strengths = 0;
      segment->n_challenges = 0;
    }
  summary = _ls_letter_wheel_summary (b, segments);
  _ls_letter_set_var (b, "summary", summary);
  section = add_section (b, LS_LETTER_PART_WHEEL, group, "WheelHeading", "part-wheel");
  _ls_letter_add_wheel (section, g_steal_pointer (&segments), _ls_letter_text (b, "common", "WheelAlt"),
                        _ls_letter_text (b, group, caption_key));
}

/* The letterhead keeps the municipality and the unit; no address block:
 * the easy-read documents go in the envelope with the full letter or are
 * handed over. */
static void
shorten_letterhead (LsLetterBuilder *b)
{
  g_strfreev (b->content->recipient);
  b->content->recipient = g_new0 (char *, 1);
  for (guint i = 2, n = g_strv_length (b->content->letterhead); i < n; i++)
    g_clear_pointer (&b->content->letterhead[i], g_free);
}

LsLetterContent *
ls_letter_content_new_easy_read (const LsLetterSources *sources)
{
  LsLetterBuilder b;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (LS_IS_DECISION (sources->decision), NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_EASY_READ, sources);
  shorten_letterhead (&b);
  b.content->title = _ls_letter_text (&b, "easy-read", "Title");
  b.content->subject = _ls_letter_text (&b, "decision", "Subject");
  b.content->keywords = g_strdup (b.content->subject);
  _ls_letter_set_references (&b, 0);

  add_easy_decision (&b);
  add_easy_next (&b);
  add_easy_wheel (&b, "easy-read", "WheelCaption");
  return _ls_letter_builder_finish (&b);
}

/* ---- "Min livsskisse" ----------------------------------------------- */

/* The face beside a rating: 7-10 good, 4-6 so-so, 1-3 hard, so the face
 * never says otherwise than the number next to it. */
static const char *
face_of_rating (int rating)
{
  return rating >= 7 ? "good" : rating >= 4 ? "so-so" : "hard";
}

/* The person's rating of a life area as a sentence with a face: the number
 * they gave, else the face they chose on the pictogram scale. */
static void
add_my_rating (LsLetterBuilder      *b,
               LsLetterSection      *section,
               LsLetterWheelSegment *segment)
{
  static const char *const face_keys[] = { NULL, "Good", "SoSo", "Hard" };
  LsDomainReading *reading = ls_sketch_get_reading (b->src->sketch, segment->key);
  LsPictogramRating picto = reading != NULL ? ls_domain_reading_get_pictogram (reading) : LS_PICTOGRAM_UNSET;
  LsLetterItem *item;

  if (segment->self_rating > 0)
    {
      g_autofree char *rating = g_strdup_printf ("%d", segment->self_rating);

      _ls_letter_set_var (b, "rating", rating);
      item = _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "my-sketch", "Rating"), NULL);
      set_pictogram (item, "face", face_of_rating (segment->self_rating));
    }
  else if (picto > LS_PICTOGRAM_UNSET && (guint) picto < G_N_ELEMENTS (face_keys))
    {
      item = _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "my-sketch", face_keys[picto]),
                                  NULL);
      set_pictogram (item, "face", ls_pictogram_rating_to_string (picto));
    }
}

static void
add_my_priorities (LsLetterBuilder *b)
{
  const char *const *priorities = ls_sketch_get_priorities (b->src->sketch);
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  LsLetterSection *section;

  if (priorities == NULL || priorities[0] == NULL)
    return;
  section = add_section (b, LS_LETTER_PART_SKETCH_PRIORITIES, "my-sketch", "Priorities", "part-priorities");
  for (guint i = 0; priorities[i] != NULL; i++)
    {
      gint64 entry_id = ls_sketch_priority_entry_id (priorities[i]);
      LsLetterItem *item;

      if (entry_id == 0)
        {
          item = _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD,
                                      g_strdup (_ls_letter_domain_name (b, priorities[i])), NULL);
          set_pictogram (item, "domain", priorities[i]);
          continue;
        }
      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, e);

          if (ls_sketch_entry_get_id (entry) != entry_id)
            continue;
          item = _ls_letter_add_text (section, LS_LETTER_ITEM_QUOTE,
                                      _ls_letter_quote (ls_sketch_entry_get_text (entry)), NULL);
          set_pictogram (item, "domain", ls_sketch_entry_get_domain_key (entry));
        }
    }
}

/* The person's own words about @key, in « ». */
static void
add_my_words (LsLetterBuilder *b,
              LsLetterSection *section,
              const char      *key)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (b->src->sketch));
  gboolean said = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_author (entry) != LS_ENTRY_AUTHOR_PERSON ||
          g_strcmp0 (ls_sketch_entry_get_domain_key (entry), key) != 0)
        continue;
      if (!said)
        _ls_letter_add_text (section, LS_LETTER_ITEM_SUBHEADING, _ls_letter_text (b, "my-sketch", "Words"), NULL);
      said = TRUE;
      _ls_letter_add_text (section, LS_LETTER_ITEM_QUOTE, _ls_letter_quote (ls_sketch_entry_get_text (entry)),
                           NULL);
    }
}

/* A section per life area the person rated or spoke about; the others
 * are left out (nothing to take home). */
static void
add_my_domains (LsLetterBuilder *b,
                GArray          *segments)
{
  for (guint i = 0; i < segments->len; i++)
    {
      LsLetterWheelSegment *segment = &g_array_index (segments, LsLetterWheelSegment, i);
      LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_SKETCH_DOMAIN, segment->label);

      section->pictogram = g_strconcat ("domain-", segment->key, NULL);
      add_my_rating (b, section, segment);
      add_my_words (b, section, segment->key);
      if (section->items->len == 0)
        g_ptr_array_remove (b->content->sections, section);
    }
}

LsLetterContent *
ls_letter_content_new_my_sketch (const LsLetterSources *sources)
{
  LsLetterBuilder b;
  LsLetterSection *section;
  g_autoptr(GArray) segments = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (LS_IS_SKETCH (sources->sketch), NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_MY_SKETCH, sources);
  shorten_letterhead (&b);
  b.content->title = _ls_letter_text (&b, "my-sketch", "Title");
  b.content->subject = g_strdup (b.content->title);
  b.content->keywords = g_strdup (b.content->title);
  _ls_letter_set_references (&b, 0);

  _ls_letter_set_date_var (&b, "date", ls_sketch_get_date (sources->sketch));
  section = _ls_letter_add_section (&b, LS_LETTER_PART_NONE, NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "easy-read", "Hello"), NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "my-sketch", "Intro"), NULL);

  add_my_priorities (&b);
  add_easy_wheel (&b, "my-sketch", "WheelCaption");
  segments = _ls_letter_wheel_segments (&b);
  if (segments != NULL)
    add_my_domains (&b, segments);

  section = add_section (&b, LS_LETTER_PART_CALL, "easy-read", "Call", "part-call");
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "my-sketch", "Wrong"),
                       g_strdup (g_hash_table_lookup (b.vars, "phone")));
  return _ls_letter_builder_finish (&b);
}

/* ---- "Min uke" ------------------------------------------------------ */

/* The service's plain name as it reads inside a sentence. */
static char *
service_in_sentence (LsLetterBuilder *b,
                     const char      *service_key)
{
  return _ls_letter_sentence_case_inside (ls_legal_texts_service_plain_name (b->src->legal, service_key, b->lang));
}

/* "Tirsdag 5. januar 10:00 til 12:00: praktisk hjelp, med Hjemmetjenesten",
 * with the service's pictogram. */
static void
add_booked_time (LsLetterBuilder    *b,
                 LsLetterSection    *section,
                 const LsBookedTime *time)
{
  const LsBooking *booking = time->booking;
  g_autofree char *day = ls_legal_texts_format_day (b->src->legal, &time->day, b->lang);
  g_autofree char *from = ls_booking_format_clock (booking->start_minute);
  g_autofree char *to = ls_booking_format_clock (booking->start_minute + booking->minutes);
  g_autofree char *service = service_in_sentence (b, booking->service_key);
  gboolean provider = booking->provider != NULL && booking->provider[0] != '\0';
  g_autofree char *line = NULL;
  g_autofree char *first = NULL;
  LsLetterItem *item;

  _ls_letter_set_var (b, "day", day);
  _ls_letter_set_var (b, "from", from);
  _ls_letter_set_var (b, "to", to);
  _ls_letter_set_var (b, "service", service);
  _ls_letter_set_var (b, "provider", booking->provider);
  line = _ls_letter_text (b, "my-week", provider ? "Time" : "TimeNoProvider");
  /* The line begins with the day: "Tirsdag". */
  first = g_utf8_strup (line, line[0] != '\0' ? g_utf8_next_char (line) - line : 0);
  item = _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD,
                              g_strconcat (first, line[0] != '\0' ? g_utf8_next_char (line) : "", NULL), NULL);
  set_pictogram (item, "service", booking->service_key);
}

/* "1 time", "2 timer 30 minutter" in the letter's language. */
static char *
amount_of_time (LsLetterBuilder *b,
                guint            minutes)
{
  g_autofree char *hours = minutes >= 60
                           ? ls_legal_texts_format_extent (b->src->legal, minutes / 60, "time-hours", b->lang) : NULL;
  g_autofree char *rest = minutes % 60 != 0
                          ? ls_legal_texts_format_extent (b->src->legal, minutes % 60, "time-minutes", b->lang) : NULL;

  if (hours != NULL && rest != NULL)
    return g_strdup_printf ("%s %s", hours, rest);
  return g_strdup (hours != NULL ? hours : rest);
}

static void
add_time_left (LsLetterBuilder *b)
{
  const LsBookedWeek *week = b->src->week;
  guint left = ls_booked_week_total_left (week);
  LsLetterSection *section = add_section (b, LS_LETTER_PART_WEEK_LEFT, "my-week", "Left", NULL);
  const char *key = "NoBudget";

  if (week->budgets->len > 0 && left > 0)
    {
      g_autofree char *amount = amount_of_time (b, left);

      _ls_letter_set_var (b, "left", amount);
      key = "LeftText";
    }
  else if (week->budgets->len > 0)
    key = "NoneLeft";
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (b, "my-week", key), NULL);
}

LsLetterContent *
ls_letter_content_new_my_week (const LsLetterSources *sources)
{
  LsLetterBuilder b;
  LsLetterSection *section;
  g_autofree char *week_number = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (sources->week != NULL, NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_MY_WEEK, sources);
  shorten_letterhead (&b);
  week_number = g_strdup_printf ("%u", g_date_get_iso8601_week_of_year (&sources->week->monday));
  _ls_letter_set_var (&b, "week", week_number);
  b.content->title = _ls_letter_text (&b, "my-week", "Title");
  b.content->subject = g_strdup (b.content->title);
  b.content->keywords = g_strdup (b.content->title);
  _ls_letter_set_references (&b, 0);

  section = _ls_letter_add_section (&b, LS_LETTER_PART_NONE, NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "easy-read", "Hello"), NULL);

  section = add_section (&b, LS_LETTER_PART_WEEK_TIMES, "my-week", "Times", "part-meet");
  if (sources->week->times->len == 0)
    _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "my-week", "Empty"), NULL);
  else
    _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "my-week", "Intro"), NULL);
  for (guint i = 0; i < sources->week->times->len; i++)
    add_booked_time (&b, section, &g_array_index (sources->week->times, LsBookedTime, i));

  add_time_left (&b);

  section = add_section (&b, LS_LETTER_PART_CALL, "easy-read", "Call", "part-call");
  _ls_letter_add_text (section, LS_LETTER_ITEM_LEAD, _ls_letter_text (&b, "my-week", "Change"),
                       g_strdup (g_hash_table_lookup (b.vars, "phone")));
  return _ls_letter_builder_finish (&b);
}
