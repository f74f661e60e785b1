/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema step 13: who is who (issue 14), on both engines.
 *
 * Both: teams (one is the default, where persons stored without a team
 * go), caseworkers (a login, a name, a team, a role), a person's team and
 * responsible caseworker, handovers (a recorded act: inserting one moves
 * the person), emergency access ("break the glass": a person opened
 * outside one's team, with the reason) and the municipality's decision
 * rules (four eyes). On SQLite, one desk is one implicit team.
 *
 * PostgreSQL only, the server enforcing need-to-know (docs/team-roles.md):
 * - four group roles without login (livsskisse_caseworker, _decision_maker,
 *   _lead, _admin), made when missing; each caseworker's own login role is
 *   a member of one (ls-store-teams.c). The schema's owner is none of them;
 * - nothing granted to PUBLIC; the groups get what their work needs;
 * - row-level security, forced, on every table holding a person's data: a
 *   row is seen when its person is in the login's team (or opened in an
 *   emergency, for reading) and changed only when its person is in the
 *   login's team; the administrator's team does not count, so the admin
 *   sees no case data. The owner (and superusers) see everything: a
 *   migration, a copy or `check` runs as the owner;
 * - the audit: rows only added, each under the server's current_user;
 *   UPDATE, DELETE and TRUNCATE refused by triggers for everyone but a
 *   superuser (who could drop the trigger anyway: the hash chain is there
 *   for that);
 * - a handover only by a team lead of the person's team;
 * - four eyes: only a decision-maker approves or issues; an approval is
 *   never the drafter's, and under the municipality's rule
 *   (decision_rules.four_eyes) a decision is issued only when approved. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-store-private.h"

#define TEAM_TABLES(ID, REF) \
  "CREATE TABLE teams (id " ID ", name TEXT NOT NULL UNIQUE," \
  "  is_default INTEGER NOT NULL DEFAULT 0);" \
  "INSERT INTO teams (name, is_default) VALUES ('Team 1', 1);" \
  "CREATE TABLE caseworkers (login TEXT PRIMARY KEY, name TEXT NOT NULL," \
  "  team_id " REF " NOT NULL REFERENCES teams (id)," \
  "  role TEXT NOT NULL CHECK (role IN ('caseworker', 'decision-maker', 'lead', 'admin')));" \
  "CREATE INDEX caseworkers_team ON caseworkers (team_id);" \
  "ALTER TABLE persons ADD COLUMN team_id " REF " REFERENCES teams (id);" \
  "ALTER TABLE persons ADD COLUMN caseworker TEXT;" \
  "UPDATE persons SET team_id = (SELECT id FROM teams WHERE is_default = 1);" \
  "CREATE INDEX persons_team ON persons (team_id);" \
  "CREATE TABLE handovers (id " ID "," \
  "  person_id " REF " NOT NULL REFERENCES persons (id) ON DELETE CASCADE," \
  "  at TEXT NOT NULL, by_login TEXT NOT NULL," \
  "  from_team_id " REF ", from_caseworker TEXT," \
  "  to_team_id " REF " NOT NULL REFERENCES teams (id), to_caseworker TEXT);" \
  "CREATE INDEX handovers_person ON handovers (person_id);" \
  "CREATE TABLE emergency_access (id " ID "," \
  "  person_id " REF " NOT NULL REFERENCES persons (id) ON DELETE CASCADE," \
  "  login TEXT NOT NULL, team_id " REF "," \
  "  reason TEXT NOT NULL CHECK (length (trim (reason)) > 0), at TEXT NOT NULL);" \
  "CREATE INDEX emergency_access_login ON emergency_access (login, person_id);" \
  "CREATE INDEX emergency_access_team ON emergency_access (team_id);" \
  "ALTER TABLE decisions ADD COLUMN drafted_login TEXT;" \
  "ALTER TABLE decisions ADD COLUMN approved_login TEXT;" \
  "CREATE TABLE decision_rules (id INTEGER PRIMARY KEY CHECK (id = 1)," \
  "  four_eyes INTEGER NOT NULL DEFAULT 0);" \
  "INSERT INTO decision_rules (id) VALUES (1);"

const char _ls_store_teams_sqlite[] =
  TEAM_TABLES ("INTEGER PRIMARY KEY", "INTEGER")
  /* A desk is one team: a person stored without one (team_id NULL) is
   * the desk's, with no trigger making every insert an update too. */
  "CREATE TRIGGER handovers_apply AFTER INSERT ON handovers BEGIN"
  "  UPDATE persons SET team_id = NEW.to_team_id, caseworker = NEW.to_caseworker"
  "  WHERE id = NEW.person_id; END;";

/* The tables holding a person's data, as the policies name them (the
 * policy macros are in ls-store-private.h, for later steps too). */
#define OWNER LS_STORE_PG_OWNER
#define TEAM_PERSONS LS_STORE_PG_TEAM_PERSONS
#define FORCE_RLS LS_STORE_PG_FORCE_RLS
#define POLICIES LS_STORE_PG_POLICIES
#define BY_PERSON LS_STORE_PG_BY_PERSON
#define BY_PARENT(table, column, parent) \
  POLICIES (table, column " IN (SELECT id FROM " parent ")", \
            column " IN (SELECT id FROM " parent " WHERE person_id IN " TEAM_PERSONS ")")
#define BY_DECISION(table, column, parent) \
  POLICIES (table, column " IN (SELECT id FROM " parent ")", \
            column " IN (SELECT c.id FROM " parent " c JOIN decisions d ON d.id = c.decision_id" \
            " WHERE d.person_id IN " TEAM_PERSONS ")")
#define GROUPS "livsskisse_caseworker, livsskisse_decision_maker, livsskisse_lead, livsskisse_admin"
#define TEAM_GROUPS LS_STORE_TEAM_GROUPS
#define PERSON_TABLES \
  "persons, cases, sketches, sketch_participants, sketch_readings, sketch_entries, decisions, goals," \
  " measures, evaluations, evaluation_scores, service_plans, service_plan_participants, issued_documents," \
  " bookings, handovers, emergency_access"

const char _ls_store_teams_pg[] =
  TEAM_TABLES ("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT")
  /* An emergency opening lasts a working day. */
  "ALTER TABLE emergency_access ADD COLUMN expires timestamptz NOT NULL DEFAULT now () + interval '8 hours';"

  /* Who the connected login is. The owner of the schema (ls_schema's
   * owner, and any role that has its rights) sees everything. */
  "CREATE FUNCTION ls_is_owner () RETURNS boolean LANGUAGE sql STABLE"
  "  RETURN pg_has_role (current_user,"
  "    (SELECT relowner FROM pg_class WHERE oid = 'ls_schema'::regclass), 'USAGE');"
  "CREATE FUNCTION ls_my_role () RETURNS text LANGUAGE sql STABLE"
  "  RETURN (SELECT role FROM caseworkers WHERE login = current_user);"
  /* The login's team for case work: none for an administrator. */
  "CREATE FUNCTION ls_my_team () RETURNS bigint LANGUAGE sql STABLE"
  "  RETURN (SELECT team_id FROM caseworkers WHERE login = current_user AND role <> 'admin');"

  /* A person stored without a team: the login's own, else the default
   * (a copy or an import by the owner); its creator is responsible. */
  "CREATE FUNCTION ls_person_defaults () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN"
  "    IF NEW.team_id IS NULL THEN"
  "      NEW.team_id := coalesce (ls_my_team (), (SELECT id FROM teams WHERE is_default = 1 LIMIT 1));"
  "    END IF;"
  "    IF NEW.caseworker IS NULL AND ls_my_team () IS NOT NULL THEN"
  "      NEW.caseworker := current_user;"
  "    END IF;"
  "    RETURN NEW;"
  "  END $$;"
  "CREATE TRIGGER persons_defaults BEFORE INSERT ON persons"
  "  FOR EACH ROW EXECUTE FUNCTION ls_person_defaults ();"

  /* A handover: by a lead of the person's team, under their own name;
   * then applied with the owner's rights (the person leaves the lead's
   * team, which the lead's own UPDATE could not do). */
  "CREATE FUNCTION ls_handover_check () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN"
  "    IF NOT ls_is_owner () THEN"
  "      IF NEW.by_login IS DISTINCT FROM current_user THEN"
  "        RAISE EXCEPTION 'a handover is recorded under the login that makes it';"
  "      END IF;"
  "      IF ls_my_role () IS DISTINCT FROM 'lead' THEN"
  "        RAISE EXCEPTION 'only a team lead may hand a person over';"
  "      END IF;"
  "    END IF;"
  "    RETURN NEW;"
  "  END $$;"
  "CREATE FUNCTION ls_handover_apply () RETURNS trigger LANGUAGE plpgsql"
  "  SECURITY DEFINER SET search_path = public, pg_temp AS $$"
  "  BEGIN"
  "    UPDATE persons SET team_id = NEW.to_team_id, caseworker = NEW.to_caseworker"
  "    WHERE id = NEW.person_id;"
  "    RETURN NULL;"
  "  END $$;"
  "CREATE TRIGGER handovers_check BEFORE INSERT ON handovers"
  "  FOR EACH ROW EXECUTE FUNCTION ls_handover_check ();"
  "CREATE TRIGGER handovers_apply AFTER INSERT ON handovers"
  "  FOR EACH ROW EXECUTE FUNCTION ls_handover_apply ();"

  /* Emergency access is listed for the lead of the person's team, which
   * the caseworker opening it cannot see: filled in with the owner's rights. */
  "CREATE FUNCTION ls_emergency_team () RETURNS trigger LANGUAGE plpgsql"
  "  SECURITY DEFINER SET search_path = public, pg_temp AS $$"
  "  BEGIN"
  "    NEW.team_id := (SELECT team_id FROM persons WHERE id = NEW.person_id);"
  "    RETURN NEW;"
  "  END $$;"
  "CREATE TRIGGER emergency_access_team BEFORE INSERT ON emergency_access"
  "  FOR EACH ROW EXECUTE FUNCTION ls_emergency_team ();"

  /* Four eyes, the server's rule: a decision's drafter is the login that
   * stored it; an approval is given by a decision-maker under their own
   * login, never the drafter's; only a decision-maker issues, and when the
   * municipality's rule says so only an approved decision. */
  "CREATE FUNCTION ls_decision_authority () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN"
  "    IF ls_is_owner () THEN RETURN NEW; END IF;"
  "    IF TG_OP = 'INSERT' THEN"
  "      NEW.drafted_login := current_user;"
  "      NEW.approved_login := NULL;"
  "      RETURN NEW;"
  "    END IF;"
  "    IF NEW.drafted_login IS DISTINCT FROM OLD.drafted_login THEN"
  "      RAISE EXCEPTION 'who drafted a decision does not change';"
  "    END IF;"
  "    IF NEW.approved_login IS DISTINCT FROM OLD.approved_login THEN"
  "      IF OLD.status <> 'draft' THEN"
  "        RAISE EXCEPTION 'issued decisions are immutable';"
  "      END IF;"
  "      IF NEW.approved_login IS NOT NULL THEN"
  "        IF NEW.approved_login <> current_user THEN"
  "          RAISE EXCEPTION 'an approval is recorded under the login that gives it';"
  "        END IF;"
  "        IF ls_my_role () IS DISTINCT FROM 'decision-maker' THEN"
  "          RAISE EXCEPTION 'only a decision-maker may approve a decision';"
  "        END IF;"
  "        IF NEW.approved_login = OLD.drafted_login THEN"
  "          RAISE EXCEPTION 'a decision is not approved by the login that drafted it';"
  "        END IF;"
  "      END IF;"
  "    END IF;"
  "    IF OLD.status = 'draft' AND NEW.status <> 'draft' THEN"
  "      IF ls_my_role () IS DISTINCT FROM 'decision-maker' THEN"
  "        RAISE EXCEPTION 'only a decision-maker may issue a decision';"
  "      END IF;"
  "      IF (SELECT four_eyes FROM decision_rules WHERE id = 1) = 1"
  "         AND (NEW.approved_login IS NULL OR NEW.approved_login = NEW.drafted_login) THEN"
  "        RAISE EXCEPTION 'the municipality requires a second decision-maker''s approval before issuing';"
  "      END IF;"
  "    END IF;"
  "    RETURN NEW;"
  "  END $$;"
  "CREATE TRIGGER decisions_authority BEFORE INSERT OR UPDATE ON decisions"
  "  FOR EACH ROW EXECUTE FUNCTION ls_decision_authority ();"

  /* The audit: append-only. */
  "CREATE FUNCTION ls_refuse_unless_superuser () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN"
  "    IF NOT coalesce ((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) THEN"
  "      RAISE EXCEPTION '%', TG_ARGV[0];"
  "    END IF;"
  "    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
  "    RETURN NEW;"
  "  END $$;"
  "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit"
  "  FOR EACH ROW EXECUTE FUNCTION ls_refuse_unless_superuser ('the audit log is append-only');"
  "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit"
  "  FOR EACH STATEMENT EXECUTE FUNCTION ls_refuse_unless_superuser ('the audit log is append-only');"
  "CREATE TRIGGER audit_chain_kept BEFORE DELETE ON audit_chain"
  "  FOR EACH ROW EXECUTE FUNCTION ls_refuse_unless_superuser ('the audit log is append-only');"

  /* The group roles, made once per server (roles are the cluster's). */
  "DO $$"
  "  DECLARE r text;"
  "  BEGIN"
  "    FOREACH r IN ARRAY ARRAY['livsskisse_caseworker', 'livsskisse_decision_maker',"
  "                             'livsskisse_lead', 'livsskisse_admin'] LOOP"
  "      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN"
  "        BEGIN"
  "          EXECUTE format ('CREATE ROLE %I NOLOGIN', r);"
  "        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;"
  "        END;"
  "      END IF;"
  "    END LOOP;"
  "    EXECUTE format ('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database ());"
  "    EXECUTE format ('GRANT CONNECT ON DATABASE %I TO " GROUPS "', current_database ());"
  "  END $$;"

  /* Nothing for PUBLIC; each group what its work needs. */
  "REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
  "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;"
  "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;"
  "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;"
  "GRANT USAGE ON SCHEMA public TO " GROUPS ";"
  "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO " GROUPS ";"
  "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " GROUPS ";"
  "GRANT SELECT ON ls_schema, domains, services, iplos_variables, booking_rules, decision_rules,"
  "  teams, caseworkers, provider_units, provider_slots, import_runs, import_rows TO " GROUPS ";"
  "GRANT SELECT ON " PERSON_TABLES " TO " GROUPS ";"
  "GRANT INSERT, UPDATE, DELETE ON persons, cases, sketches, sketch_participants, sketch_readings,"
  "  sketch_entries, decisions, goals, measures, evaluations, evaluation_scores, service_plans,"
  "  service_plan_participants, bookings, provider_units, provider_slots, import_runs, import_rows"
  "  TO " TEAM_GROUPS ";"
  "GRANT INSERT ON issued_documents, handovers, emergency_access TO " TEAM_GROUPS ";"
  "GRANT SELECT, INSERT ON audit TO " GROUPS ";"
  "GRANT SELECT, UPDATE ON audit_chain TO " GROUPS ";"
  "GRANT INSERT, UPDATE ON teams, caseworkers, booking_rules, decision_rules TO livsskisse_admin;"

  /* Need-to-know. */
  "CREATE POLICY persons_read ON persons FOR SELECT USING (" OWNER
  "  OR team_id = (SELECT ls_my_team ())"
  "  OR id IN (SELECT person_id FROM emergency_access WHERE login = current_user AND expires > now ()));"
  "CREATE POLICY persons_write ON persons FOR ALL USING (" OWNER " OR team_id = (SELECT ls_my_team ()));"
  FORCE_RLS ("persons")
  BY_PERSON ("cases")
  BY_PERSON ("sketches")
  BY_PARENT ("sketch_participants", "sketch_id", "sketches")
  BY_PARENT ("sketch_readings", "sketch_id", "sketches")
  BY_PARENT ("sketch_entries", "sketch_id", "sketches")
  BY_PERSON ("decisions")
  BY_PARENT ("goals", "decision_id", "decisions")
  BY_PARENT ("measures", "decision_id", "decisions")
  BY_PARENT ("evaluations", "decision_id", "decisions")
  BY_PARENT ("issued_documents", "decision_id", "decisions")
  BY_DECISION ("evaluation_scores", "evaluation_id", "evaluations")
  BY_DECISION ("bookings", "measure_id", "measures")
  BY_PERSON ("service_plans")
  BY_PARENT ("service_plan_participants", "plan_id", "service_plans")
  FORCE_RLS ("handovers")
  "CREATE POLICY handovers_read ON handovers FOR SELECT USING (" OWNER
  "  OR person_id IN (SELECT id FROM persons));"
  "CREATE POLICY handovers_insert ON handovers FOR INSERT WITH CHECK (" OWNER
  "  OR (person_id IN " TEAM_PERSONS " AND by_login = current_user));"
  FORCE_RLS ("emergency_access")
  "CREATE POLICY emergency_access_read ON emergency_access FOR SELECT USING (" OWNER
  "  OR login = current_user"
  "  OR (team_id = (SELECT ls_my_team ()) AND (SELECT ls_my_role ()) = 'lead'));"
  "CREATE POLICY emergency_access_insert ON emergency_access FOR INSERT WITH CHECK (" OWNER
  "  OR login = current_user);"
  /* The audit of one's own work and of the persons one sees; added only
   * under one's own login. */
  FORCE_RLS ("audit")
  "CREATE POLICY audit_read ON audit FOR SELECT USING (" OWNER
  "  OR os_user = current_user OR person_id IN (SELECT id FROM persons));"
  "CREATE POLICY audit_insert ON audit FOR INSERT WITH CHECK (" OWNER " OR os_user = current_user);";

/* Schema step 17: who issued a decision is the server's record too
 * (issue 14). For every login but the owner (who copies and imports
 * history under the names it has, as ls_decision_authority() lets it):
 * a decision is stored as a draft, without an issuer; the issue (the
 * move from draft) records current_user as issued_by whatever the client
 * sent; and issued_by never changes otherwise, not even while an
 * import's undo suspends the guards on issued decisions. Fires after
 * decisions_authority (triggers fire by name), which keeps drafted_login
 * and approved_login. SQLite: one desk, its user is the caseworker:
 * nothing to do. */
const char _ls_store_decision_identity_pg[] =
  "CREATE FUNCTION ls_decision_identity () RETURNS trigger LANGUAGE plpgsql AS $$"
  "  BEGIN"
  "    IF ls_is_owner () THEN RETURN NEW; END IF;"
  "    IF TG_OP = 'INSERT' THEN"
  "      IF NEW.status IS DISTINCT FROM 'draft' THEN"
  "        RAISE EXCEPTION 'a decision is stored as a draft and issued afterwards';"
  "      END IF;"
  "      NEW.issued_by := NULL;"
  "    ELSIF OLD.status = 'draft' AND NEW.status IS DISTINCT FROM 'draft' THEN"
  "      NEW.issued_by := current_user;"
  "    ELSIF NEW.issued_by IS DISTINCT FROM OLD.issued_by THEN"
  "      RAISE EXCEPTION 'who issued a decision is recorded by the server and does not change';"
  "    END IF;"
  "    RETURN NEW;"
  "  END $$;"
  "REVOKE ALL ON FUNCTION ls_decision_identity () FROM PUBLIC;"
  "GRANT EXECUTE ON FUNCTION ls_decision_identity () TO " LS_STORE_TEAM_GROUPS ";"
  "CREATE TRIGGER decisions_identity BEFORE INSERT OR UPDATE ON decisions"
  "  FOR EACH ROW EXECUTE FUNCTION ls_decision_identity ();";

#undef TEAM_TABLES
#undef OWNER
#undef TEAM_PERSONS
#undef FORCE_RLS
#undef POLICIES
#undef BY_PERSON
#undef BY_PARENT
#undef BY_DECISION
#undef GROUPS
#undef TEAM_GROUPS
#undef PERSON_TABLES
