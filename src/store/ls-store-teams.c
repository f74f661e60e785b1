/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is who: teams, caseworkers, handovers and emergency access, written
 * once for both engines (the schema, and on PostgreSQL the roles and
 * policies that enforce need-to-know, are in ls-store-schema-teams.c). On
 * PostgreSQL the rules are the server's: what is checked here is only for
 * a clear message before the server would refuse. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ls-row-version.h"
#include "ls-store-private.h"
#include "ls-store-teams.h"
#include "ls-value.h"

static const char * const roles[][2] = {
  { "caseworker", "livsskisse_caseworker" },
  { "decision-maker", "livsskisse_decision_maker" },
  { "lead", "livsskisse_lead" },
  { "admin", "livsskisse_admin" },
};

void
ls_team_member_free (LsTeamMember *member)
{
  if (member == NULL)
    return;
  g_free (member->team);
  g_free (member->login);
  g_free (member->name);
  g_free (member->role);
  g_free (member);
}

void
ls_emergency_access_free (LsEmergencyAccess *access)
{
  if (access == NULL)
    return;
  g_free (access->login);
  g_free (access->reason);
  g_free (access->at);
  g_free (access);
}

/* The group role of @role on PostgreSQL; NULL for no such role. */
static const char *
group_of_role (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i][0]) == 0)
      return roles[i][1];
  return NULL;
}

gboolean
ls_team_role_is_valid (const char *role)
{
  return group_of_role (role) != NULL;
}

/* A login as PostgreSQL takes it unquoted: a lower-case letter or _, then
 * letters, digits, _ . -, at most 63 bytes. */
static gboolean
login_is_valid (const char *login)
{
  if (login == NULL || !(g_ascii_islower (login[0]) || login[0] == '_') || strlen (login) > 63)
    return FALSE;
  for (const char *p = login; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && strchr ("_.-", *p) == NULL)
      return FALSE;
  return TRUE;
}

gboolean
_ls_store_load_identity (LsStore  *self,
                         GError  **error)
{
  LsStmt *stmt;

  if (self->db->engine->kind != LS_DB_POSTGRESQL)
    return TRUE;
  stmt = _ls_store_statement (self, "SELECT CAST (current_user AS TEXT)", error);
  if (stmt == NULL)
    return FALSE;
  if (ls_db_step (stmt, error) != LS_DB_ROW)
    {
      ls_db_reset (stmt);
      return FALSE;
    }
  g_free (self->os_user);
  self->os_user = g_strdup (_ls_column_text (stmt, 0));
  ls_db_reset (stmt);
  return TRUE;
}

const char *
ls_store_get_login (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  return self->os_user;
}

static gpointer member_from_row (LsStmt *stmt);

LsTeamMember *
ls_store_get_me (LsStore  *self,
                 GError  **error)
{
  g_autoptr(LsTeamMember) me = NULL;
  g_autoptr(GError) local = NULL;
  gboolean server;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT t.name, c.login, c.name, c.role FROM caseworkers c"
                                    " JOIN teams t ON t.id = c.team_id WHERE c.login = ?1", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_text (stmt, 1, self->os_user);
  me = _ls_store_fetch_row (self, stmt, member_from_row, &local);
  if (me != NULL)
    return g_steal_pointer (&me);
  if (!g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  server = self->db->engine->kind == LS_DB_POSTGRESQL;
  me = g_new0 (LsTeamMember, 1);
  me->login = g_strdup (self->os_user);
  me->name = g_strdup (server || g_str_equal (g_get_real_name (), "Unknown") ? self->os_user : g_get_real_name ());
  if (!server)
    {
      stmt = _ls_store_statement (self, "SELECT name FROM teams WHERE is_default = 1", error);
      if (stmt == NULL)
        return NULL;
      if (ls_db_step (stmt, error) == LS_DB_ROW)
        me->team = g_strdup (_ls_column_text (stmt, 0));
      ls_db_reset (stmt);
    }
  return g_steal_pointer (&me);
}

LsMay
ls_store_may_act_on_decision (LsStore       *self,
                              gint64         decision_id,
                              LsDecisionAct  act,
                              char         **reason,
                              GError       **error)
{
  g_autoptr(LsTeamMember) me = NULL;
  g_autofree char *status = NULL;
  g_autofree char *drafted = NULL;
  g_autofree char *approved = NULL;
  gboolean four_eyes, approved_by_second;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), LS_MAY_FAILED);
  g_return_val_if_fail (reason != NULL && *reason == NULL, LS_MAY_FAILED);

  if ((me = ls_store_get_me (self, error)) == NULL)
    return LS_MAY_FAILED;
  stmt = _ls_store_statement (self, "SELECT d.status, d.drafted_login, d.approved_login,"
                                    " (SELECT four_eyes FROM decision_rules WHERE id = 1)"
                                    " FROM decisions d WHERE d.id = ?1", error);
  if (stmt == NULL)
    return LS_MAY_FAILED;
  ls_db_bind_int64 (stmt, 1, decision_id);
  switch (ls_db_step (stmt, error))
    {
    case LS_DB_ROW:
      break;
    case LS_DB_DONE:
      ls_db_reset (stmt);
      _ls_store_set_not_found (self, error);
      return LS_MAY_FAILED;
    default:
      ls_db_reset (stmt);
      return LS_MAY_FAILED;
    }
  status = g_strdup (_ls_column_text (stmt, 0));
  drafted = g_strdup (_ls_column_text (stmt, 1));
  approved = g_strdup (_ls_column_text (stmt, 2));
  four_eyes = ls_db_column_int64 (stmt, 3) == 1;
  ls_db_reset (stmt);

  /* The same rules as ls_decision_authority() in ls-store-schema-teams.c. */
  approved_by_second = approved != NULL && g_strcmp0 (approved, drafted) != 0;
  if (g_strcmp0 (status, "draft") != 0
      || (act == LS_DECISION_ACT_APPROVE && (!four_eyes || approved_by_second)))
    return LS_MAY_NOT_NEEDED;
  if (me->role == NULL)
    return act == LS_DECISION_ACT_ISSUE ? LS_MAY_YES : LS_MAY_NOT_NEEDED;
  if (!g_str_equal (me->role, "decision-maker"))
    *reason = g_strdup (act == LS_DECISION_ACT_ISSUE
                        ? _("Only a decision-maker may issue a decision; ask one to approve and issue it")
                        : _("Only a decision-maker may approve a decision"));
  else if (act == LS_DECISION_ACT_APPROVE && g_strcmp0 (drafted, me->login) == 0)
    *reason = g_strdup (_("You drafted this decision, so a second decision-maker must approve it"));
  else if (act == LS_DECISION_ACT_ISSUE && four_eyes && !approved_by_second)
    *reason = g_strdup (_("The municipality requires a second decision-maker’s approval before the decision is issued"));
  return *reason != NULL ? LS_MAY_NO : LS_MAY_YES;
}

/* The id of the team @name, made when @create and missing; 0 on error. */
static gint64
team_id (LsStore     *self,
         const char  *name,
         gboolean     create,
         GError     **error)
{
  LsStmt *stmt;
  gint64 id = 0;

  if (create)
    {
      stmt = _ls_store_statement (self, "INSERT INTO teams (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", error);
      if (stmt == NULL)
        return 0;
      ls_db_bind_text (stmt, 1, name);
      if (!_ls_store_step_done (self, stmt, error))
        return 0;
    }
  stmt = _ls_store_statement (self, "SELECT id FROM teams WHERE name = ?1", error);
  if (stmt == NULL)
    return 0;
  ls_db_bind_text (stmt, 1, name);
  if (!_ls_store_step_id (self, stmt, &id, NULL))
    {
      /* A name given, not a row asked for: its own sentence, which a
       * caller naming the record it looked for must not replace. */
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID, _("There is no team “%s”"), name);
      return 0;
    }
  return id;
}

/* Creates the login role @login in @group with @password (NULL: none). */
static gboolean
create_login_role (LsStore     *self,
                   const char  *login,
                   const char  *group,
                   const char  *password,
                   GError     **error)
{
  /* Utility statements take no parameters: the server quotes them. */
  LsStmt *stmt = _ls_store_statement (self, password != NULL
                                      ? "SELECT format ('CREATE ROLE %I LOGIN IN ROLE %I PASSWORD %L',"
                                        " CAST (?1 AS TEXT), CAST (?2 AS TEXT), CAST (?3 AS TEXT))"
                                      : "SELECT format ('CREATE ROLE %I LOGIN IN ROLE %I',"
                                        " CAST (?1 AS TEXT), CAST (?2 AS TEXT))", error);
  g_autofree char *sql = NULL;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, login);
  ls_db_bind_text (stmt, 2, group);
  if (password != NULL)
    ls_db_bind_text (stmt, 3, password);
  if (ls_db_step (stmt, error) != LS_DB_ROW)
    {
      ls_db_reset (stmt);
      return FALSE;
    }
  sql = g_strdup (_ls_column_text (stmt, 0));
  ls_db_reset (stmt);
  return _ls_store_exec (self, sql, error);
}

gboolean
ls_store_add_caseworker (LsStore     *self,
                         const char  *login,
                         const char  *name,
                         const char  *team,
                         const char  *role,
                         const char  *password,
                         GError     **error)
{
  gboolean server;
  gint64 team_row, taken = 0;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (login != NULL && name != NULL && team != NULL && role != NULL, FALSE);

  server = self->db->engine->kind == LS_DB_POSTGRESQL;
  if (!login_is_valid (login))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The login “%s” is not valid: use lower-case letters, digits, “_”, “.” and “-”, "
                     "beginning with a letter"), login);
      return FALSE;
    }
  if (!ls_team_role_is_valid (role))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The role “%s” is not known: use caseworker, decision-maker, lead or admin"), role);
      return FALSE;
    }
  if (!ls_str_has_text (team) || !ls_str_has_text (name))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID, _("A caseworker needs a name and a team"));
      return FALSE;
    }
  if (!ls_str_is_one_line (team) || !ls_str_is_one_line (name))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("A caseworker's name and team must each be one line, without line breaks or tabs"));
      return FALSE;
    }
  if (!server && password != NULL)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("A password is for a team database: “%s” is one desk's file, used as its operating-system user"),
                   self->path);
      return FALSE;
    }
  if (!_ls_store_begin (self, error))
    return FALSE;
  if ((team_row = team_id (self, team, TRUE, error)) == 0)
    goto fail;
  stmt = _ls_store_statement (self, "SELECT count (*) FROM caseworkers WHERE login = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, login);
  if (!_ls_store_step_id (self, stmt, &taken, error))
    goto fail;
  if (taken > 0)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("There is already a caseworker with the login “%s”"), login);
      goto fail;
    }
  stmt = _ls_store_statement (self, "INSERT INTO caseworkers (login, name, team_id, role) VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, login);
  ls_db_bind_text (stmt, 2, name);
  ls_db_bind_int64 (stmt, 3, team_row);
  ls_db_bind_text (stmt, 4, role);
  if (!_ls_store_step_done (self, stmt, error)
      || (server && !create_login_role (self, login, group_of_role (role), password, error))
      || !ls_store_audit (self, 0, "caseworker", 0, LS_AUDIT_CREATE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

static gpointer
member_from_row (LsStmt *stmt)
{
  LsTeamMember *member = g_new0 (LsTeamMember, 1);

  member->team = g_strdup (_ls_column_text (stmt, 0));
  member->login = g_strdup (_ls_column_text (stmt, 1));
  member->name = g_strdup (_ls_column_text (stmt, 2));
  member->role = g_strdup (_ls_column_text (stmt, 3));
  return member;
}

LsTeamMember *
ls_store_get_person_responsible (LsStore  *self,
                                 gint64    person_id,
                                 GError  **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT COALESCE (t.name, (SELECT name FROM teams WHERE is_default = 1)),"
                                    " p.caseworker, COALESCE (c.name, p.caseworker), c.role FROM persons p"
                                    " LEFT JOIN teams t ON t.id = p.team_id"
                                    " LEFT JOIN caseworkers c ON c.login = p.caseworker WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, person_id);
  return _ls_store_fetch_row (self, stmt, member_from_row, error);
}

GPtrArray *
ls_store_list_team_members (LsStore  *self,
                            GError  **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_team_member_free);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT t.name, c.login, c.name, c.role FROM teams t"
                                    " LEFT JOIN caseworkers c ON c.team_id = t.id ORDER BY t.name, c.login", error);
  if (stmt == NULL || !_ls_store_collect_rows (self, stmt, member_from_row, members, error))
    return NULL;
  return g_steal_pointer (&members);
}

gboolean
ls_store_name_default_team (LsStore     *self,
                            const char  *name,
                            GError     **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stmt = _ls_store_statement (self, "UPDATE teams SET name = ?1 WHERE is_default = 1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, name);
  return _ls_store_step_done (self, stmt, error);
}

/* Fails unless @login is a caseworker of the team @team_row. */
static gboolean
check_member (LsStore     *self,
              const char  *login,
              gint64       team_row,
              GError     **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT team_id FROM caseworkers WHERE login = ?1 AND role <> 'admin'",
                                      error);
  gint64 found = 0;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, login);
  if (!_ls_store_step_id (self, stmt, &found, NULL) || found != team_row)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("“%s” is not a caseworker of that team"), login);
      return FALSE;
    }
  return TRUE;
}

/* Holds person @person_id's row until the transaction ends, if its team
 * and caseworker are still @from's; else LS_STORE_ERROR_CONFLICT naming
 * the newest handover's author (or not found when the row is gone or no
 * longer visible to this login). The UPDATE changes nothing: it takes the
 * row, and on PostgreSQL, after waiting for another transaction holding
 * it, checks the condition again against what that one committed. */
static gboolean
hold_responsible (LsStore            *self,
                  gint64              person_id,
                  const LsTeamMember *from,
                  GError            **error)
{
  LsStmt *stmt = _ls_store_statement (self, "UPDATE persons SET team_id = team_id WHERE id = ?1"
                                      " AND COALESCE ((SELECT name FROM teams WHERE id = persons.team_id),"
                                      " (SELECT name FROM teams WHERE is_default = 1)) = ?2"
                                      " AND COALESCE (caseworker, '') = ?3 RETURNING id", error);
  g_autoptr(GError) local = NULL;
  gint64 id = 0, handover = 0;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, person_id);
  _ls_bind_text (stmt, 2, from->team);
  ls_db_bind_text (stmt, 3, from->login != NULL ? from->login : "");
  if (_ls_store_step_id (self, stmt, &id, &local))
    return TRUE;
  if (!g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (_ls_store_person_of (self, "SELECT id FROM persons WHERE id = ?1", person_id, error) < 0)
    return FALSE;
  stmt = _ls_store_statement (self, "SELECT COALESCE (MAX (id), 0) FROM handovers WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_step_id (self, stmt, &handover, error))
    return FALSE;
  _ls_store_set_conflict (self, "handover", handover, error);
  return FALSE;
}

gboolean
ls_store_move_person (LsStore            *self,
                      gint64              person_id,
                      const LsTeamMember *from,
                      const char         *team,
                      const char         *caseworker,
                      GError            **error)
{
  g_autofree char *at = _ls_store_timestamp ();
  gint64 team_row, handover = 0;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (team != NULL, FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  if ((team_row = team_id (self, team, FALSE, error)) == 0
      || (caseworker != NULL && !check_member (self, caseworker, team_row, error))
      || (from != NULL && !hold_responsible (self, person_id, from, error)))
    goto fail;
  /* A person this login cannot see is not found. */
  stmt = _ls_store_statement (self, "INSERT INTO handovers (person_id, at, by_login, from_team_id, from_caseworker,"
                                    " to_team_id, to_caseworker)"
                                    " SELECT id, ?2, ?3, team_id, caseworker, ?4, ?5 FROM persons WHERE id = ?1"
                                    " RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  ls_db_bind_text (stmt, 2, at);
  ls_db_bind_text (stmt, 3, self->os_user);
  ls_db_bind_int64 (stmt, 4, team_row);
  _ls_bind_text (stmt, 5, caseworker);
  if (!_ls_store_step_id (self, stmt, &handover, error)
      || !ls_store_audit (self, person_id, "handover", handover, LS_AUDIT_CHANGE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gboolean
ls_store_open_in_emergency (LsStore     *self,
                            gint64       person_id,
                            const char  *reason,
                            GError     **error)
{
  g_autofree char *at = _ls_store_timestamp ();
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  gint64 id = 0;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (*stripped == '\0')
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("Opening a person outside one's team needs a reason"));
      return FALSE;
    }
  /* Listed for the team lead, a row a line. */
  if (!ls_str_is_one_line (stripped))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The reason for opening a person outside one's team must be one line, without line breaks or tabs"));
      return FALSE;
    }
  if (!_ls_store_begin (self, error))
    return FALSE;
  /* The person's team is filled in by the server where this login cannot
   * see it (ls_emergency_team). */
  stmt = _ls_store_statement (self, "INSERT INTO emergency_access (person_id, login, team_id, reason, at)"
                                    " VALUES (?1, ?2, (SELECT team_id FROM persons WHERE id = ?1), ?3, ?4)"
                                    " RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  ls_db_bind_text (stmt, 2, self->os_user);
  ls_db_bind_text (stmt, 3, stripped);
  ls_db_bind_text (stmt, 4, at);
  if (!_ls_store_step_id (self, stmt, &id, error)
      || !ls_store_audit (self, person_id, "emergency-access", id, LS_AUDIT_READ, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

static gpointer
access_from_row (LsStmt *stmt)
{
  LsEmergencyAccess *access = g_new0 (LsEmergencyAccess, 1);

  access->id = ls_db_column_int64 (stmt, 0);
  access->person_id = ls_db_column_int64 (stmt, 1);
  access->login = g_strdup (_ls_column_text (stmt, 2));
  access->reason = g_strdup (_ls_column_text (stmt, 3));
  access->at = g_strdup (_ls_column_text (stmt, 4));
  return access;
}

GPtrArray *
ls_store_list_emergency_access (LsStore  *self,
                                GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_emergency_access_free);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT id, person_id, login, reason, at FROM emergency_access"
                                    " ORDER BY id DESC", error);
  if (stmt == NULL || !_ls_store_collect_rows (self, stmt, access_from_row, list, error))
    return NULL;
  return g_steal_pointer (&list);
}

void
ls_person_read_free (LsPersonRead *read)
{
  if (read == NULL)
    return;
  g_free (read->login);
  g_free (read->name);
  g_free (read->at);
  g_free (read->kind);
  g_free (read->action);
  g_free (read);
}

static gpointer
person_read_from_row (LsStmt *stmt)
{
  LsPersonRead *read = g_new0 (LsPersonRead, 1);

  read->login = g_strdup (_ls_column_text (stmt, 0));
  read->name = g_strdup (_ls_column_text (stmt, 1));
  read->at = g_strdup (_ls_column_text (stmt, 2));
  read->kind = g_strdup (_ls_column_text (stmt, 3));
  read->action = g_strdup (_ls_column_text (stmt, 4));
  return read;
}

GPtrArray *
ls_store_list_person_reads (LsStore  *self,
                            gint64    person_id,
                            GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_person_read_free);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT a.os_user, COALESCE (c.name, a.display_name), a.at, a.object_type,"
                                    " a.action FROM audit a LEFT JOIN caseworkers c ON c.login = a.os_user"
                                    " WHERE a.person_id = ?1 AND a.action IN ('read', 'export')"
                                    " ORDER BY a.id DESC", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_collect_rows (self, stmt, person_read_from_row, list, error)
      || !ls_store_audit (self, person_id, "person-reads", 0, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&list);

fail:
  _ls_store_rollback (self);
  return NULL;
}

gboolean
ls_store_approve_decision (LsStore     *self,
                           LsDecision  *decision,
                           GError     **error)
{
  g_autofree char *reason = NULL;
  gint64 decision_id;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  decision_id = ls_decision_get_id (decision);
  /* The same rules on a desk; on PostgreSQL only for the clearer message. */
  switch (ls_store_may_act_on_decision (self, decision_id, LS_DECISION_ACT_APPROVE, &reason, error))
    {
    case LS_MAY_FAILED:
      return FALSE;
    case LS_MAY_NO:
      g_set_error_literal (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID, reason);
      return FALSE;
    default:
      break;
    }
  /* Said as it is, not as someone else's change (the update below finds
   * no draft either way). */
  if (ls_decision_get_status (decision) != LS_DECISION_DRAFT)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("Decision %" PRId64 " is not a draft; only a draft can be approved"), decision_id);
      return FALSE;
    }
  if (!_ls_store_begin (self, error))
    return FALSE;
  /* The server (PostgreSQL) refuses the drafter, and anyone but a
   * decision-maker, whatever this program checks. */
  stmt = _ls_store_statement (self, "UPDATE decisions SET approved_login = ?2, version = version + 1"
                                    " WHERE id = ?1 AND status = 'draft' AND version = ?3 RETURNING version", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, decision_id);
  ls_db_bind_text (stmt, 2, self->os_user);
  ls_db_bind_int64 (stmt, 3, ls_row_version_get (decision));
  if (!_ls_store_step_swap (self, stmt, decision, "SELECT 1 FROM decisions WHERE id = ?1", "decision", decision_id,
                            NULL, error)
      || !ls_store_audit (self, ls_decision_get_person_id (decision), "decision-approval", decision_id,
                          LS_AUDIT_CHANGE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gboolean
ls_store_name_decision_staff (LsStore     *self,
                              LsDecision  *decision,
                              GError     **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  stmt = _ls_store_statement (self, "SELECT (SELECT c.name FROM caseworkers c WHERE c.login = d.drafted_login),"
                                    " (SELECT c.name FROM caseworkers c WHERE c.login = d.approved_login),"
                                    " d.approved_login,"
                                    " (SELECT c.name FROM caseworkers c WHERE c.login = d.issued_by)"
                                    " FROM decisions d WHERE d.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_decision_get_id (decision));
  switch (ls_db_step (stmt, error))
    {
    case LS_DB_ROW:
      break;
    case LS_DB_DONE:
      ls_db_reset (stmt);
      _ls_store_set_not_found (self, error);
      return FALSE;
    default:
      ls_db_reset (stmt);
      return FALSE;
    }
  if (_ls_column_text (stmt, 0) != NULL)
    ls_decision_set_prepared_by (decision, _ls_column_text (stmt, 0));
  if (_ls_column_text (stmt, 1) != NULL || _ls_column_text (stmt, 2) != NULL)
    ls_decision_set_approved_by (decision, _ls_column_text (stmt, 1) != NULL ? _ls_column_text (stmt, 1)
                                                                             : _ls_column_text (stmt, 2));
  if (_ls_column_text (stmt, 3) != NULL)
    ls_decision_set_issued_by (decision, _ls_column_text (stmt, 3));
  ls_db_reset (stmt);
  return TRUE;
}

gboolean
ls_store_set_four_eyes_rule (LsStore   *self,
                             gboolean   required,
                             GError   **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  stmt = _ls_store_statement (self, "UPDATE decision_rules SET four_eyes = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, required ? 1 : 0);
  return _ls_store_step_done (self, stmt, error);
}
