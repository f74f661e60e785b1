/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Domain objects made from the nodes of a case file: what a node says,
 * nothing about the database or the import under way. */
#define G_LOG_DOMAIN "ls-xml-import"

#include "config.h"

#include "ls-xml-import-private.h"

const char *
_ls_xml_participant_name (const LsXmlNode *node)
{
  const char *name = ls_xml_node_get_child_text (node, "name");

  return name ? name : "";
}

void
_ls_xml_set_date (const LsXmlNode *node,
                  const char      *attr,
                  gpointer         object,
                  void (*setter) (gpointer, const GDate *))
{
  g_autoptr(GDate) date = ls_xml_node_dup_date (node, attr);

  setter (object, date);
}

LsPerson *
_ls_xml_person_from_node (const LsXmlNode *node)
{
  LsPerson *p = ls_person_new ();

  ls_person_set_national_id (p, ls_xml_node_get_attr (node, "national-id"));
  SET_DATE (node, "birth-date", p, ls_person_set_birth_date);
  if (ls_xml_node_get_attr (node, "written-language"))
    ls_person_set_written_language (p, ls_xml_node_get_attr (node, "written-language"));
  ls_person_set_plain_language (p, ls_xml_node_get_bool (node, "plain-language", FALSE));
  ls_person_set_pictograms (p, ls_xml_node_get_bool (node, "pictograms", FALSE));
  ls_person_set_interpreter_language (p, ls_xml_node_get_attr (node, "interpreter-language"));
  ls_person_set_consent_share (p, ls_xml_node_get_bool (node, "consent-share", FALSE));
  ls_person_set_consent_plan (p, ls_xml_node_get_bool (node, "consent-plan", FALSE));
  ls_person_set_representative_relation (p, ls_xml_node_get_attr (node, "representative-relation"));
  ls_person_set_given_name (p, ls_xml_node_get_child_text (node, "given-name"));
  ls_person_set_family_name (p, ls_xml_node_get_child_text (node, "family-name"));
  ls_person_set_phone (p, ls_xml_node_get_child_text (node, "phone"));
  ls_person_set_email (p, ls_xml_node_get_child_text (node, "email"));
  ls_person_set_address (p, ls_xml_node_get_child_text (node, "address"));
  ls_person_set_representative_name (p, ls_xml_node_get_child_text (node, "representative"));
  return p;
}

void
_ls_xml_read_entry (LsSketch        *sketch,
                    const LsXmlNode *node,
                    GPtrArray       *entry_nodes)
{
  LsEntryKind kind = LS_ENTRY_STRENGTH;
  LsEntryAuthor author = LS_ENTRY_AUTHOR_PERSON;
  LsEnvironmentFactor env = LS_ENVIRONMENT_NONE;
  g_autoptr(LsSketchEntry) e = NULL;

  ls_entry_kind_from_string (ls_xml_node_get_attr (node, "kind"), &kind);
  ls_entry_author_from_string (ls_xml_node_get_attr (node, "author"), &author);
  if (ls_xml_node_get_attr (node, "environment"))
    ls_environment_factor_from_string (ls_xml_node_get_attr (node, "environment"), &env);
  e = ls_sketch_entry_new_with (ls_xml_node_get_attr (node, "domain"), kind, author,
                                ls_xml_node_get_text (node) ? ls_xml_node_get_text (node) : "");
  ls_sketch_entry_set_environment (e, env);
  ls_sketch_entry_set_position (e, (guint) ls_xml_node_get_int (node, "position", 0));
  g_list_store_append (ls_sketch_get_entries (sketch), e);
  g_ptr_array_add (entry_nodes, (gpointer) node);
}

void
_ls_xml_read_reading (LsSketch        *sketch,
                      const LsXmlNode *node)
{
  LsDomainReading *r = ls_sketch_ensure_reading (sketch, ls_xml_node_get_attr (node, "domain"));
  LsPictogramRating pictogram = LS_PICTOGRAM_UNSET;

  ls_domain_reading_set_self_rating (r, (int) ls_xml_node_get_int (node, "self-rating", 0));
  ls_domain_reading_set_caseworker_rating (r, (int) ls_xml_node_get_int (node, "caseworker-rating", 0));
  if (ls_xml_node_get_attr (node, "pictogram"))
    ls_pictogram_rating_from_string (ls_xml_node_get_attr (node, "pictogram"), &pictogram);
  ls_domain_reading_set_pictogram (r, pictogram);
  ls_domain_reading_set_skipped (r, ls_xml_node_get_bool (node, "skipped", FALSE));
}

LsMeasure *
_ls_xml_measure_from_node (const LsXmlNode *node)
{
  LsMeasure *m = ls_measure_new ();

  ls_measure_set_service_key (m, ls_xml_node_get_attr (node, "service"));
  ls_measure_set_extent (m, ls_xml_node_get_double (node, "extent", 0.0));
  ls_measure_set_unit (m, ls_xml_node_get_attr (node, "unit"));
  SET_DATE (node, "start", m, ls_measure_set_start);
  SET_DATE (node, "end", m, ls_measure_set_end);
  ls_measure_set_granted (m, ls_xml_node_get_bool (node, "granted", TRUE));
  ls_measure_set_position (m, (guint) ls_xml_node_get_int (node, "position", 0));
  ls_measure_set_provider (m, ls_xml_node_get_child_text (node, "provider"));
  ls_measure_set_refusal_grounds (m, ls_xml_node_get_child_text (node, "refusal-grounds"));
  return m;
}
