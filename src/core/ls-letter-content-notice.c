/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The advance notice (forhåndsvarsel, forvaltningsloven § 16) sent before a
 * decision that changes a granted service to the person's disadvantage:
 * what is planned, why, the deadline to answer and whom to contact. */
#define G_LOG_DOMAIN "ls-letter-content"

#include "ls-letter-content-private.h"

static void
add_planned_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "advance-notice", "Planned");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_NOTICE_PLANNED, heading);
  GStrv lines;

  _ls_letter_set_date_var (b, "date", b->src->previous_decision_date);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "Intro"), NULL);
  lines = _ls_letter_change_lines (b);
  if (lines != NULL)
    _ls_letter_add_lead_in_list (section, _ls_letter_text (b, "advance-notice", "Changes"), FALSE, lines);
  _ls_letter_set_date_var (b, "start", ls_decision_get_start (b->src->decision));
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "From"), NULL);
}

static void
add_why_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "advance-notice", "Why");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_NOTICE_WHY, heading);
  const char *reason = ls_decision_get_change_reason (b->src->decision);

  _ls_letter_add_evaluation_result (b, section);
  if (reason != NULL && reason[0] != '\0')
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, g_strdup (reason), NULL);
  else
    _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "NoReason"), NULL);
}

static void
add_answer_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "advance-notice", "Answer");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_NOTICE_ANSWER, heading);
  g_autofree char *deadline = NULL;

  _ls_letter_set_date_var (b, "deadline", ls_decision_get_notice_deadline (b->src->decision));
  deadline = _ls_letter_text (b, "advance-notice", "Deadline");
  _ls_letter_add_text (section, LS_LETTER_ITEM_CALLOUT, g_strdup (deadline), g_strdup (deadline));
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "How"), NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "After"), NULL);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "decision", "AccessText"), NULL);
}

static void
add_contact_part (LsLetterBuilder *b)
{
  g_autofree char *heading = _ls_letter_text (b, "advance-notice", "Contact");
  LsLetterSection *section = _ls_letter_add_section (b, LS_LETTER_PART_CONTACT, heading);
  g_autofree char *sender = _ls_letter_staff_text (b, ls_decision_get_prepared_by (b->src->decision));
  char *text, *strong = NULL;

  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "ContactText"), NULL);
  if (sender != NULL)
    {
      _ls_letter_set_var (b, "name", sender);
      _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, _ls_letter_text (b, "advance-notice", "Sender"), NULL);
    }
  section = _ls_letter_add_section (b, LS_LETTER_PART_SIGNATURE, NULL);
  text = _ls_letter_signature (b, ls_decision_get_prepared_by (b->src->decision), &strong);
  _ls_letter_add_text (section, LS_LETTER_ITEM_PARAGRAPH, text, strong);
  _ls_letter_add_copy_to (b, section);
}

LsLetterContent *
ls_letter_content_new_advance_notice (const LsLetterSources *sources)
{
  LsLetterBuilder b;
  const GDate *sent;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (LS_IS_PERSON (sources->person), NULL);
  g_return_val_if_fail (LS_IS_DECISION (sources->decision), NULL);
  g_return_val_if_fail (LS_IS_LETTERHEAD (sources->letterhead), NULL);
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (sources->legal), NULL);

  _ls_letter_builder_init (&b, LS_LETTER_ADVANCE_NOTICE, sources);
  /* Dated the day it was sent, once that is recorded. */
  sent = ls_decision_get_notice_sent (sources->decision);
  if (sources->today == NULL && sent != NULL && g_date_valid (sent))
    *b.content->date = *sent;
  b.content->title = _ls_letter_text (&b, "advance-notice", "Title");
  b.content->subject = _ls_letter_text (&b, "advance-notice", "Subject");
  b.content->keywords = g_strdup (b.content->subject);
  _ls_letter_set_references (&b, LS_LETTER_REFS_NATIONAL_ID | LS_LETTER_REFS_CORRESPONDENCE);

  add_planned_part (&b);
  add_why_part (&b);
  add_answer_part (&b);
  add_contact_part (&b);
  return _ls_letter_builder_finish (&b);
}
