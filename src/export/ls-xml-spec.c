/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-spec"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ls-national-id.h"
#include "ls-xml-spec.h"

/* Tentative definitions, so that the tables can point at each other. */
static const LsXmlElementSpec e_root, e_export, e_person, e_case, e_sketch,
  e_participant, e_reading, e_entry, e_priority, e_decision, e_goal, e_level,
  e_measure, e_evaluation, e_score, e_plan, e_export_event,
  t_given_name, t_family_name, t_phone, t_email, t_address, t_representative,
  t_applied_for, t_applied_by, t_agreements, t_name, t_role, t_contribution,
  t_grounds, t_legal_basis, t_prepared_by, t_approved_by, t_issued_by, t_change_reason,
  t_notice_answer, t_text,
  t_provider, t_refusal_grounds, t_person_view, t_measures_view, t_goals,
  t_coordinator, t_implementation, t_cooperation;

static const char * const v_version[] = { LS_XML_VERSION, NULL };
static const char * const v_scope[] = { "all", "person", NULL };
static const char * const v_language[] = { "nb", "nn", NULL };
static const char * const v_relation[] = { "guardian", "relative", NULL };
static const char * const v_case_status[] = { "received", "mapping", "planning", "decided",
                                              "evaluating", "closed", NULL };
static const char * const v_sketch_status[] = { "in-progress", "finished", NULL };
static const char * const v_pictogram[] = { "good", "so-so", "hard", NULL };
static const char * const v_kind[] = { "strength", "challenge", "wish", "support-need",
                                       "facilitator", "barrier", NULL };
static const char * const v_author[] = { "person", "caseworker", NULL };
static const char * const v_environment[] = { "e1", "e3", "e4", "e5", NULL };
static const char * const v_decision_type[] = { "trial", "ordinary", NULL };
static const char * const v_decision_status[] = { "draft", "issued", "under-evaluation",
                                                  "superseded", "ended", NULL };
static const char * const v_unit[] = { "hours", "visits", "days", NULL };
static const char * const v_outcome[] = { "continue", "adjust", "end", "make-ordinary", NULL };

#define REQ(n, t)        { n, LS_XML_ATTR_##t, TRUE, NULL, 0, 0, NULL }
#define OPT(n, t)        { n, LS_XML_ATTR_##t, FALSE, NULL, 0, 0, NULL }
#define ENUM(n, r, v)    { n, LS_XML_ATTR_ENUM, r, v, 0, 0, NULL }
#define RANGE(n, t, r, lo, hi) { n, LS_XML_ATTR_##t, r, NULL, lo, hi, NULL }
#define TOKEN(n, len)    { n, LS_XML_ATTR_TOKEN, FALSE, NULL, 0, len, NULL }
#define REF(n, r, kind)  { n, LS_XML_ATTR_REF, r, NULL, 0, 0, kind }
#define RATING(n)        RANGE (n, INT, FALSE, 1, 10)
#define GAS(n, r)        RANGE (n, INT, r, -2, 2)
#define WEIGHT(n)        RANGE (n, DECIMAL, FALSE, 0, 100)
#define POSITION         RANGE ("position", INT, FALSE, 0, 1000000)

#define ELEMENT(var, n, flags, attrs, children) \
  G_STATIC_ASSERT (G_N_ELEMENTS (attrs) <= LS_XML_MAX_ATTRS); \
  static const LsXmlElementSpec var = { n, flags, attrs, G_N_ELEMENTS (attrs), \
                                        children, G_N_ELEMENTS (children) };
#define LEAF(var, n, flags, attrs) \
  G_STATIC_ASSERT (G_N_ELEMENTS (attrs) <= LS_XML_MAX_ATTRS); \
  static const LsXmlElementSpec var = { n, flags, attrs, G_N_ELEMENTS (attrs), NULL, 0 };
#define TEXT(var, n) \
  static const LsXmlElementSpec var = { n, LS_XML_TEXT, NULL, 0, NULL, 0 };

TEXT (t_given_name, "given-name")
TEXT (t_family_name, "family-name")
TEXT (t_phone, "phone")
TEXT (t_email, "email")
TEXT (t_address, "address")
TEXT (t_representative, "representative")
TEXT (t_applied_for, "applied-for")
TEXT (t_applied_by, "applied-by")
TEXT (t_agreements, "agreements")
TEXT (t_name, "name")
TEXT (t_role, "role")
TEXT (t_contribution, "contribution")
TEXT (t_grounds, "grounds")
TEXT (t_legal_basis, "legal-basis")
TEXT (t_prepared_by, "prepared-by")
TEXT (t_approved_by, "approved-by")
TEXT (t_issued_by, "issued-by")
TEXT (t_change_reason, "change-reason")
TEXT (t_notice_answer, "notice-answer")
TEXT (t_text, "text")
TEXT (t_provider, "provider")
TEXT (t_refusal_grounds, "refusal-grounds")
TEXT (t_person_view, "person-view")
TEXT (t_measures_view, "measures-view")
TEXT (t_goals, "goals")
TEXT (t_coordinator, "coordinator")
TEXT (t_implementation, "implementation")
TEXT (t_cooperation, "cooperation")

static const LsXmlAttrSpec a_root[] = { { "version", LS_XML_ATTR_FIXED, TRUE, v_version, 0, 0, NULL } };
static const LsXmlChildSpec c_root[] = { { &e_export, 1 }, { &e_person, 0 } };
ELEMENT (e_root, "livsskisse", 0, a_root, c_root)

static const LsXmlAttrSpec a_export[] = {
  REQ ("time", DATETIME), ENUM ("scope", TRUE, v_scope), TOKEN ("generator", 100), TOKEN ("user", 256),
};
LEAF (e_export, "export", 0, a_export)

static const LsXmlAttrSpec a_person[] = {
  REQ ("id", ID), OPT ("uid", UUID), OPT ("national-id", NATIONAL_ID), OPT ("birth-date", DATE),
  ENUM ("written-language", FALSE, v_language), OPT ("plain-language", BOOL),
  OPT ("pictograms", BOOL), OPT ("interpreter-language", KEY), OPT ("consent-share", BOOL),
  OPT ("consent-plan", BOOL), ENUM ("representative-relation", FALSE, v_relation),
};
static const LsXmlChildSpec c_person[] = {
  { &t_given_name, 1 }, { &t_family_name, 1 }, { &t_phone, 1 }, { &t_email, 1 },
  { &t_address, 1 }, { &t_representative, 1 }, { &e_case, 0 }, { &e_sketch, 0 },
  { &e_decision, 0 }, { &e_plan, 0 }, { &e_export_event, 0 },
};
ELEMENT (e_person, "person", LS_XML_BIRTH_FROM_ID, a_person, c_person)

static const LsXmlAttrSpec a_case[] = {
  REQ ("id", ID), OPT ("uid", UUID), ENUM ("status", TRUE, v_case_status), TOKEN ("number", 64),
  OPT ("received", DATE), OPT ("channel", KEY),
};
static const LsXmlChildSpec c_case[] = { { &t_applied_for, 1 }, { &t_applied_by, 1 } };
ELEMENT (e_case, "case", 0, a_case, c_case)

static const LsXmlAttrSpec a_sketch[] = {
  REQ ("id", ID), OPT ("uid", UUID), ENUM ("status", TRUE, v_sketch_status), OPT ("date", DATE), REF ("case", FALSE, "case"),
};
static const LsXmlChildSpec c_sketch[] = {
  { &e_participant, 0 }, { &t_agreements, 1 }, { &e_reading, 0 }, { &e_entry, 0 }, { &e_priority, 0 },
};
ELEMENT (e_sketch, "sketch", 0, a_sketch, c_sketch)

static const LsXmlAttrSpec a_none[] = { { NULL, 0, 0, NULL, 0, 0, NULL } };
static const LsXmlChildSpec c_participant[] = { { &t_name, 1 }, { &t_role, 1 }, { &t_contribution, 1 } };
static const LsXmlElementSpec e_participant = { "participant", 0, a_none, 0, c_participant,
                                                G_N_ELEMENTS (c_participant) };

static const LsXmlAttrSpec a_reading[] = {
  REQ ("domain", KEY), RATING ("self-rating"), ENUM ("pictogram", FALSE, v_pictogram),
  RATING ("caseworker-rating"), OPT ("skipped", BOOL),
};
LEAF (e_reading, "reading", LS_XML_UNIQUE_ATTR0, a_reading)

static const LsXmlAttrSpec a_entry[] = {
  REQ ("id", ID), OPT ("uid", UUID), REQ ("domain", KEY), ENUM ("kind", TRUE, v_kind), ENUM ("author", TRUE, v_author),
  ENUM ("environment", FALSE, v_environment), POSITION,
};
LEAF (e_entry, "entry", LS_XML_TEXT, a_entry)

static const LsXmlAttrSpec a_priority[] = { OPT ("domain", KEY), REF ("entry", FALSE, "entry") };
LEAF (e_priority, "priority", LS_XML_ONE_ATTR, a_priority)

static const LsXmlAttrSpec a_decision[] = {
  REQ ("id", ID), OPT ("uid", UUID), ENUM ("type", TRUE, v_decision_type), ENUM ("status", TRUE, v_decision_status),
  REF ("case", FALSE, "case"), REF ("previous", FALSE, "decision"), OPT ("start", DATE),
  OPT ("end", DATE), OPT ("evaluation-date", DATE), OPT ("issued-date", DATE),
  REF ("sketch", FALSE, "sketch"), OPT ("notice-sent", DATE), OPT ("notice-deadline", DATE),
  OPT ("notice-no-answer", BOOL),
};
static const LsXmlChildSpec c_decision[] = {
  { &t_grounds, 1 }, { &t_legal_basis, 1 }, { &t_prepared_by, 1 }, { &t_approved_by, 1 },
  { &t_issued_by, 1 }, { &t_change_reason, 1 }, { &t_notice_answer, 1 }, { &e_goal, 0 },
  { &e_measure, 0 }, { &e_evaluation, 0 },
};
ELEMENT (e_decision, "decision", LS_XML_PERIOD, a_decision, c_decision)

static const LsXmlAttrSpec a_goal[] = {
  REQ ("id", ID), OPT ("uid", UUID), OPT ("domain", KEY), GAS ("baseline", FALSE), WEIGHT ("weight"), POSITION,
  REF ("need", FALSE, "entry"),
};
static const LsXmlChildSpec c_goal[] = { { &t_text, 1 }, { &e_level, 5 } };
ELEMENT (e_goal, "goal", 0, a_goal, c_goal)

static const LsXmlAttrSpec a_level[] = { GAS ("score", TRUE) };
LEAF (e_level, "level", LS_XML_TEXT | LS_XML_UNIQUE_ATTR0, a_level)

static const LsXmlAttrSpec a_measure[] = {
  REQ ("id", ID), OPT ("uid", UUID), REQ ("service", KEY), RANGE ("extent", DECIMAL, FALSE, 0, 1000),
  ENUM ("unit", FALSE, v_unit), OPT ("start", DATE), OPT ("end", DATE), OPT ("granted", BOOL), POSITION,
};
static const LsXmlChildSpec c_measure[] = { { &t_provider, 1 }, { &t_refusal_grounds, 1 } };
ELEMENT (e_measure, "measure", LS_XML_PERIOD, a_measure, c_measure)

static const LsXmlAttrSpec a_evaluation[] = {
  REQ ("id", ID), OPT ("uid", UUID), ENUM ("outcome", TRUE, v_outcome), OPT ("date", DATE),
};
static const LsXmlChildSpec c_evaluation[] = { { &t_person_view, 1 }, { &t_measures_view, 1 }, { &e_score, 0 } };
ELEMENT (e_evaluation, "evaluation", 0, a_evaluation, c_evaluation)

static const LsXmlAttrSpec a_score[] = { REF ("goal", TRUE, "goal"), GAS ("value", TRUE), WEIGHT ("weight") };
LEAF (e_score, "score", LS_XML_UNIQUE_ATTR0, a_score)

static const LsXmlAttrSpec a_plan[] = {
  REQ ("id", ID), OPT ("uid", UUID), REF ("decision", FALSE, "decision"), OPT ("period-start", DATE),
  OPT ("period-end", DATE), OPT ("revision-date", DATE), OPT ("consent-plan", BOOL),
  OPT ("consent-share", BOOL),
};
static const LsXmlChildSpec c_plan[] = {
  { &t_goals, 1 }, { &t_coordinator, 1 }, { &t_implementation, 1 }, { &t_cooperation, 1 },
  { &e_participant, 0 },
};
ELEMENT (e_plan, "service-plan", 0, a_plan, c_plan)

static const LsXmlAttrSpec a_export_event[] = { REQ ("time", DATETIME), TOKEN ("user", 256) };
LEAF (e_export_event, "export-event", 0, a_export_event)

static const LsXmlElementSpec * const all_specs[] = {
  &e_root, &e_export, &e_person, &e_case, &e_sketch, &e_participant, &e_reading, &e_entry,
  &e_priority, &e_decision, &e_goal, &e_level, &e_measure, &e_evaluation, &e_score, &e_plan,
  &e_export_event, &t_given_name, &t_family_name, &t_phone, &t_email, &t_address,
  &t_representative, &t_applied_for, &t_applied_by, &t_agreements, &t_name, &t_role,
  &t_contribution, &t_grounds, &t_legal_basis, &t_prepared_by, &t_approved_by, &t_issued_by,
  &t_change_reason, &t_notice_answer, &t_text, &t_provider, &t_refusal_grounds, &t_person_view,
  &t_measures_view, &t_goals, &t_coordinator, &t_implementation, &t_cooperation,
};

G_DEFINE_QUARK (ls-xml-error-quark, ls_xml_error)

const LsXmlElementSpec *
ls_xml_spec_root (void)
{
  return &e_root;
}

const LsXmlElementSpec *
ls_xml_spec_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_specs); i++)
    if (strcmp (all_specs[i]->name, name) == 0)
      return all_specs[i];
  return NULL;
}

int
ls_xml_spec_attr_index (const LsXmlElementSpec *spec,
                        const char             *name)
{
  for (guint i = 0; i < spec->n_attrs; i++)
    if (strcmp (spec->attrs[i].name, name) == 0)
      return (int) i;
  return -1;
}

int
ls_xml_spec_child_index (const LsXmlElementSpec *spec,
                         const char             *name)
{
  for (guint i = 0; i < spec->n_children; i++)
    if (strcmp (spec->children[i].spec->name, name) == 0)
      return (int) i;
  return -1;
}

static gboolean
all_digits (const char *s,
            guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static int
num (const char *s,
     guint       n)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* YYYY-MM-DD, a real calendar date in 1800-2199. */
static gboolean
valid_date (const char *s)
{
  int y, m, d;

  if (strlen (s) < 10 || !all_digits (s, 4) || s[4] != '-' || !all_digits (s + 5, 2)
      || s[7] != '-' || !all_digits (s + 8, 2))
    return FALSE;
  y = num (s, 4), m = num (s + 5, 2), d = num (s + 8, 2);
  return y >= 1800 && y <= 2199 && g_date_valid_dmy (d, m, y);
}

static gboolean
valid_datetime (const char *s)
{
  return strlen (s) == 20 && valid_date (s) && s[10] == 'T'
         && all_digits (s + 11, 2) && s[13] == ':' && all_digits (s + 14, 2) && s[16] == ':'
         && all_digits (s + 17, 2) && s[19] == 'Z'
         && num (s + 11, 2) < 24 && num (s + 14, 2) < 60 && num (s + 17, 2) < 60;
}

static gboolean
valid_key (const char *s)
{
  gsize n = 0;

  for (; *s; s++, n++)
    if (!(g_ascii_islower (*s) || g_ascii_isdigit (*s) || *s == '_' || *s == '-'))
      return FALSE;
  return n >= 1 && n <= 64;
}

/* An XML NCName restricted to ASCII letters, digits, '_', '-', '.'. */
static gboolean
valid_id (const char *s)
{
  gsize n = 0;

  if (!(g_ascii_isalpha (*s) || *s == '_'))
    return FALSE;
  for (; *s; s++, n++)
    if (!(g_ascii_isalnum (*s) || *s == '_' || *s == '-' || *s == '.'))
      return FALSE;
  return n <= 64;
}

/* xsd:integer / xsd:decimal lexical forms, no exponent. */
static gboolean
valid_number (const char *s,
              gboolean    decimal,
              double     *out)
{
  const char *p = s;
  gboolean digits = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (decimal && *p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits || *p != '\0' || p - s > 40)
    return FALSE;
  *out = g_ascii_strtod (s, NULL);
  return isfinite (*out);
}

static gboolean
in_values (const char * const *values,
           const char         *s)
{
  for (; *values; values++)
    if (strcmp (*values, s) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
valid_uuid (const char *value)
{
  if (strlen (value) != 36)
    return FALSE;
  for (guint i = 0; i < 36; i++)
    if ((i == 8 || i == 13 || i == 18 || i == 23)
        ? value[i] != '-'
        : !(g_ascii_isdigit (value[i]) || (value[i] >= 'a' && value[i] <= 'f')))
      return FALSE;
  return TRUE;
}

gboolean
ls_xml_spec_check_attr (const LsXmlElementSpec *spec,
                        guint                   index,
                        const char             *value,
                        GError                **error)
{
  const LsXmlAttrSpec *a = &spec->attrs[index];
  double number = 0;
  gboolean ok = TRUE;

  switch (a->type)
    {
    case LS_XML_ATTR_ID:
    case LS_XML_ATTR_REF:
      ok = valid_id (value);
      break;
    case LS_XML_ATTR_KEY:
      ok = valid_key (value);
      break;
    case LS_XML_ATTR_UUID:
      ok = valid_uuid (value);
      break;
    case LS_XML_ATTR_TOKEN:
      ok = g_utf8_strlen (value, -1) <= (glong) a->max && strpbrk (value, "\r\n\t") == NULL;
      break;
    case LS_XML_ATTR_ENUM:
    case LS_XML_ATTR_FIXED:
      ok = in_values (a->values, value);
      break;
    case LS_XML_ATTR_DATE:
      ok = strlen (value) == 10 && valid_date (value);
      break;
    case LS_XML_ATTR_DATETIME:
      ok = valid_datetime (value);
      break;
    case LS_XML_ATTR_BOOL:
      ok = strcmp (value, "true") == 0 || strcmp (value, "false") == 0;
      break;
    case LS_XML_ATTR_INT:
    case LS_XML_ATTR_DECIMAL:
      ok = valid_number (value, a->type == LS_XML_ATTR_DECIMAL, &number)
           && number >= a->min && number <= a->max;
      break;
    case LS_XML_ATTR_NATIONAL_ID:
      ok = strlen (value) == LS_NATIONAL_ID_LENGTH && all_digits (value, LS_NATIONAL_ID_LENGTH)
           && ls_national_id_validate (value, NULL, NULL, NULL);
      break;
    default:
      g_assert_not_reached ();
    }

  if (ok)
    return TRUE;

  if (a->type == LS_XML_ATTR_FIXED && strcmp (a->name, "version") == 0)
    g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_FORMAT,
                 _("unsupported format version (this program reads version %s)"), LS_XML_VERSION);
  else if (a->type == LS_XML_ATTR_INT || a->type == LS_XML_ATTR_DECIMAL)
    g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_VALUE,
                 _("the value of “%s” on “%s” is not a number from %g to %g"),
                 a->name, spec->name, a->min, a->max);
  else if (a->type == LS_XML_ATTR_DATE || a->type == LS_XML_ATTR_DATETIME)
    g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_VALUE,
                 _("the value of “%s” on “%s” is not a valid date between 1800 and 2199"),
                 a->name, spec->name);
  else if (a->type == LS_XML_ATTR_NATIONAL_ID)
    g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_VALUE,
                 _("the national identity number on “%s” is not valid"), spec->name);
  else
    g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_VALUE,
                 _("the value of “%s” on “%s” is not allowed"), a->name, spec->name);
  return FALSE;
}

static gboolean
check_unique_attr0 (const LsXmlNode *node,
                    guint           *line,
                    GError         **error)
{
  g_autoptr(GHashTable) seen = NULL;

  for (const LsXmlNode *c = node->first_child; c; c = c->next)
    {
      if (!(c->spec->flags & LS_XML_UNIQUE_ATTR0) || c->attrs[0] == NULL)
        continue;
      if (seen == NULL)
        seen = g_hash_table_new (g_str_hash, g_str_equal);
      if (!g_hash_table_add (seen, c->attrs[0]))
        {
          *line = c->line;
          g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_STRUCTURE,
                       _("“%s” appears twice with the same “%s” in “%s”"),
                       c->spec->name, c->spec->attrs[0].name, node->spec->name);
          return FALSE;
        }
    }
  return TRUE;
}

/* A birth date that contradicts the id number beside it (the person
 * dialog refuses the same): which one is right cannot be known. Neither
 * is named: both are personal. */
static gboolean
check_birth_from_id (const LsXmlNode *node,
                     GError         **error)
{
  const char *number = ls_xml_node_get_attr (node, "national-id");
  const char *birth = ls_xml_node_get_attr (node, "birth-date");
  g_autofree char *from_id = NULL;
  GDate day;

  g_date_clear (&day, 1);
  if (number == NULL || birth == NULL || !ls_national_id_validate (number, NULL, &day, NULL))
    return TRUE;   /* an invalid number is refused by its own check */
  from_id = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day),
                             g_date_get_day (&day));
  if (strcmp (from_id, birth) == 0)
    return TRUE;
  g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_VALUE,
               _("the birth date on “%s” is not the one its national identity number gives"), node->spec->name);
  return FALSE;
}

/* A period that ends before it begins (a decision so imported could never
 * be issued). Dates are checked as dates first, so as ISO text they sort
 * as days do. */
static gboolean
check_period (const LsXmlNode *node,
              GError         **error)
{
  const char *start = ls_xml_node_get_attr (node, "start");
  const char *end = ls_xml_node_get_attr (node, "end");

  if (start == NULL || end == NULL || strcmp (end, start) >= 0)
    return TRUE;
  g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_VALUE,
               _("“%s” ends on %s, before it begins on %s"), node->spec->name, end, start);
  return FALSE;
}

gboolean
ls_xml_spec_check_node (const LsXmlNode *node,
                        guint           *line,
                        GError         **error)
{
  const LsXmlElementSpec *spec = node->spec;
  guint n_set = 0;

  *line = node->line;
  for (guint i = 0; i < spec->n_attrs; i++)
    {
      if (node->attrs[i] != NULL)
        n_set++;
      else if (spec->attrs[i].required)
        {
          g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_STRUCTURE,
                       _("“%s” lacks the attribute “%s”"), spec->name, spec->attrs[i].name);
          return FALSE;
        }
    }
  if ((spec->flags & LS_XML_ONE_ATTR) && n_set != 1)
    {
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_STRUCTURE,
                   _("“%s” must have exactly one attribute"), spec->name);
      return FALSE;
    }
  if ((spec->flags & LS_XML_BIRTH_FROM_ID) && !check_birth_from_id (node, error))
    return FALSE;
  if ((spec->flags & LS_XML_PERIOD) && !check_period (node, error))
    return FALSE;
  return check_unique_attr0 (node, line, error);
}

static void
collect_ids (const LsXmlNode *node,
             GHashTable      *ids,
             const LsXmlNode **duplicate)
{
  for (const LsXmlNode *c = node->first_child; c && *duplicate == NULL; c = c->next)
    {
      if (c->spec->n_attrs > 0 && c->spec->attrs[0].type == LS_XML_ATTR_ID && c->attrs[0] != NULL
          && !g_hash_table_insert (ids, c->attrs[0], (gpointer) c))
        *duplicate = c;
      collect_ids (c, ids, duplicate);
    }
}

static const LsXmlNode *
find_dangling (const LsXmlNode *node,
               GHashTable      *ids,
               const char     **attr)
{
  for (const LsXmlNode *c = node->first_child; c; c = c->next)
    {
      const LsXmlNode *bad;

      for (guint i = 0; i < c->spec->n_attrs; i++)
        {
          const LsXmlNode *target;

          if (c->spec->attrs[i].type != LS_XML_ATTR_REF || c->attrs[i] == NULL)
            continue;
          target = g_hash_table_lookup (ids, c->attrs[i]);
          if (target == NULL || strcmp (target->spec->name, c->spec->attrs[i].ref_kind) != 0)
            {
              *attr = c->spec->attrs[i].name;
              return c;
            }
        }
      if ((bad = find_dangling (c, ids, attr)) != NULL)
        return bad;
    }
  return NULL;
}

gboolean
ls_xml_spec_check_references (const LsXmlNode *person,
                              guint           *line,
                              GError         **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const LsXmlNode *duplicate = NULL;
  const LsXmlNode *dangling;
  const char *attr = NULL;

  /* The person's own id counts too. */
  g_hash_table_insert (ids, person->attrs[0], (gpointer) person);
  collect_ids (person, ids, &duplicate);
  if (duplicate != NULL)
    {
      *line = duplicate->line;
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_REFERENCE,
                   _("the id of this “%s” is used twice in the same person"), duplicate->spec->name);
      return FALSE;
    }
  dangling = find_dangling (person, ids, &attr);
  if (dangling != NULL)
    {
      *line = dangling->line;
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_REFERENCE,
                   _("“%s” on “%s” refers to something that is not in this person"),
                   attr, dangling->spec->name);
      return FALSE;
    }
  return TRUE;
}
