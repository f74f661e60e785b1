/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The 3-point pictogram scale. */
typedef enum
{
  LS_PICTOGRAM_UNSET,
  LS_PICTOGRAM_GOOD,
  LS_PICTOGRAM_SO_SO,
  LS_PICTOGRAM_HARD,
} LsPictogramRating;

/* Stable keys for storage: "unset", "good", "so-so", "hard". */
const char *ls_pictogram_rating_to_string (LsPictogramRating value);
gboolean ls_pictogram_rating_from_string (const char *key, LsPictogramRating *value);

#define LS_TYPE_DOMAIN_READING (ls_domain_reading_get_type ())
G_DECLARE_FINAL_TYPE (LsDomainReading, ls_domain_reading, LS, DOMAIN_READING, GObject)

LsDomainReading *ls_domain_reading_new (void);

const char *ls_domain_reading_get_domain_key (LsDomainReading *self);
void ls_domain_reading_set_domain_key (LsDomainReading *self, const char *domain_key);
/* 1-10, 0 when not rated */
int ls_domain_reading_get_self_rating (LsDomainReading *self);
void ls_domain_reading_set_self_rating (LsDomainReading *self, int self_rating);
LsPictogramRating ls_domain_reading_get_pictogram (LsDomainReading *self);
void ls_domain_reading_set_pictogram (LsDomainReading *self, LsPictogramRating pictogram);
/* 1-10, 0 when not rated */
int ls_domain_reading_get_caseworker_rating (LsDomainReading *self);
void ls_domain_reading_set_caseworker_rating (LsDomainReading *self, int caseworker_rating);
/* the person chose not to talk about this domain */
gboolean ls_domain_reading_get_skipped (LsDomainReading *self);
void ls_domain_reading_set_skipped (LsDomainReading *self, gboolean skipped);

LsDomainReading *ls_domain_reading_new_for_domain (const char *domain_key);

G_END_DECLS
