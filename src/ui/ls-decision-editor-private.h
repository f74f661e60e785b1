/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The decision editor's insides, shared by ls-decision-editor.c (life
 * cycle, goals, measures, issuing) and ls-decision-editor-fields.c (type,
 * period, grounds and legal basis). */
#include "ls-decision-editor.h"
#include "ls-decision-footer.h"
#include "ls-decision-status-card.h"
#include "ls-legal-texts.h"
#include "ls-sketch.h"
#include "ls-store-teams.h"
#include "ls-document-saver.h"

G_BEGIN_DECLS

/* Whether this login may issue or approve the decision (indexed by
 * LsDecisionAct), and if not, why: the store's rules, asked with the rest
 * of what is read and again after an approval. */
typedef struct
{
  LsMay  may;
  char  *reason;   /* LS_MAY_NO's reason, or LS_MAY_FAILED's message */
} LsDecisionEditorAct;

#define LS_DECISION_EDITOR_N_ACTS (LS_DECISION_ACT_APPROVE + 1)

/* What the editor shows besides its widgets, read in one go (on any
 * thread, from any connection). */
typedef struct
{
  LsDecisionEditorAct acts[LS_DECISION_EDITOR_N_ACTS];
  LsDecision *decision;
  GKeyFile   *services;
  LsSketch   *sketch;     /* the sketch the decision is based on, or NULL */
  LsDecision *previous;   /* the decision it follows, or NULL */
  char       *language;   /* the person's written language: the letter's */
} LsDecisionEditorData;

/* Reads the catalog of services and the sketch @data's decision is based
 * on (the person's latest finished one when it has none yet): store calls
 * only (ls-decision-editor-load.c). */
gboolean _ls_decision_editor_load_context (LsStore              *store,
                                           LsDecisionEditorData *data,
                                           GError              **error);
/* Asks the store whether this login may do each act on @decision (store
 * calls only); the reasons before are freed. */
void     _ls_decision_editor_read_acts    (LsStore              *store,
                                           LsDecision           *decision,
                                           LsDecisionEditorAct  *acts);
void     _ls_decision_editor_clear_acts   (LsDecisionEditorAct  *acts);

/* The editor's worker (ls-decision-editor-worker.c): store calls only. */

/* ls_document_saver's copy, free and save of a decision: the decision
 * with copies of its goals and measures. */
gpointer _ls_decision_editor_copy         (gpointer              decision);
void     _ls_decision_editor_copy_free    (gpointer              copy);
gboolean _ls_decision_editor_copy_save    (LsStore              *store,
                                           gpointer              copy,
                                           GError              **error);
/* On the main thread once @copy is saved: the ids and row versions the
 * store gave it into @decision and its goals and measures (what was typed
 * meanwhile stays). */
void     _ls_decision_editor_copy_saved   (gpointer              copy,
                                           LsDecision           *decision);

/* LsDocumentRunFunc's, run after the save on the same connection; each
 * returns the decision as the store has it afterwards (an
 * LsDecisionEditorData, or for a correction the LsDecision saved). */
typedef struct
{
  gint64    id;
  char     *issued_by;
  GDate     today;
  gboolean  four_eyes;
} LsDecisionEditorIssue;

void     _ls_decision_editor_issue_free   (gpointer              issue);
/* @input: a gint64 *, the decision's id. */
gpointer _ls_decision_editor_approve_run  (LsStore              *store,
                                           gpointer              input,
                                           GError              **error);
/* @issue: an LsDecisionEditorIssue; the decision is issued with its letter. */
gpointer _ls_decision_editor_issue_run    (LsStore              *store,
                                           gpointer              issue,
                                           GError              **error);
/* @correction: the LsDecision to save. */
gpointer _ls_decision_editor_correction_run (LsStore            *store,
                                             gpointer            correction,
                                             GError            **error);

struct _LsDecisionEditor
{
  AdwBin        parent_instance;

  LsStore      *store;
  LsDecision   *decision;
  LsSketch     *sketch;
  GKeyFile     *services;
  GListModel   *domains;
  GListModel   *letter_domains; /* in the letter's language */
  LsDecision   *previous;       /* the decision this one follows, or NULL */
  char         *language;       /* the letter's: "nb" or "nn" */
  LsLegalTexts *legal;
  GSettings    *settings;
  LsDocumentSaver *saver;
  GCancellable *gone;         /* cancelled when the editor goes */
  gboolean      unsaved;      /* changed since the last save that succeeded */
  char         *blocker;
  gboolean      legal_by_hand;
  gboolean      building;

  GtkLabel     *title_label;
  GtkLabel     *based_on_label;
  LsDecisionStatusCard *status_card;
  GtkWidget    *needs_group;
  GtkListBox   *needs_list;
  GtkWidget    *goals_box;
  GtkWidget    *measures_box;
  GtkGrid      *period_grid;
  GtkWidget    *grounds_box;
  GtkWidget    *legal_box;
  GtkWidget    *change_group;
  GtkWidget    *notice_box;
  GtkLabel     *change_label;
  LsDecisionFooter *footer;

  LsDecisionEditorAct acts[LS_DECISION_EDITOR_N_ACTS];
  GtkWidget    *evaluation_entry;
  GtkWidget    *evaluation_caption;
  GtkTextBuffer *grounds_buffer;
  GtkTextBuffer *legal_buffer;
};

/* An edit happened: recheck what is missing and save soon. */
void        _ls_decision_editor_changed          (LsDecisionEditor *self);
/* The letter of @kind for the decision, once what was typed is saved on
 * the editor's worker. */
void        _ls_decision_editor_present_letter   (LsDecisionEditor *self,
                                                  int               kind);
/* The legal basis from the catalog, unless it was written by hand. */
void        _ls_decision_editor_fill_legal_basis (LsDecisionEditor *self);
/* Empties a box, grid or list box. */
void        _ls_decision_editor_clear_box        (GtkWidget        *box);
/* LsDomainNameFunc over @domains (a GListModel of LsDomain, or NULL): a
 * domain's name, or the key itself (ls-decision-editor-load.c). */
const char *_ls_decision_editor_name_in          (const char       *key,
                                                  gpointer          domains);
/* LsDomainNameFunc over the catalog's domains. */
const char *_ls_decision_editor_domain_name      (const char       *key,
                                                  gpointer          user_data);
/* The same in the letter's language (the person's written language). */
const char *_ls_decision_editor_letter_domain_name (const char     *key,
                                                  gpointer          user_data);
void        _ls_decision_editor_build_period     (LsDecisionEditor *self,
                                                  gboolean          editable);
void        _ls_decision_editor_build_texts      (LsDecisionEditor *self,
                                                  gboolean          editable);
/* The change from the decision before, its reason and the advance
 * notice (ls-decision-editor-notice.c); hidden without one before. */
void        _ls_decision_editor_build_notice     (LsDecisionEditor *self,
                                                  gboolean          editable);
/* What the change does to the person, said above the notice. */
void        _ls_decision_editor_update_change    (LsDecisionEditor *self);
/* A framed, wrapping text view in @box named @name for screen readers. */
GtkTextBuffer *_ls_decision_editor_text_area     (GtkWidget        *box,
                                                  const char       *name,
                                                  const char       *text,
                                                  gboolean          editable,
                                                  int               height);
/* Drafts the assessment's help from the sketch in the letter's language
 * and adds it below what the caseworker wrote (never replacing it). */
void        _ls_decision_editor_redraft          (LsDecisionEditor *self);
/* Builds what is shown again from the decision (after a restore). */
void        _ls_decision_editor_rebuild          (LsDecisionEditor *self);
/* The draft kept on this computer when a save fails
 * (ls-decision-editor-kept.c): keeping it from now on, and offering one
 * an earlier run kept (Restore / Discard) above the decision. */
void        _ls_decision_editor_offer_kept       (LsDecisionEditor *self);
/* Shows what @data holds instead (ls-decision-editor.c). */
void        _ls_decision_editor_apply_data       (LsDecisionEditor *self,
                                                  LsDecisionEditorData *data);
/* Someone else saved the draft first: theirs beside ours, to choose
 * (ls-decision-editor-conflict.c). */
void        _ls_decision_editor_show_conflict    (LsDecisionEditor *self);

G_END_DECLS
