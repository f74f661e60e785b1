/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Norwegian collation: … X Y Z Æ Ø Å. SQLite's binary order puts Å before
 * Æ, and NOCASE knows only ASCII. Letters compare case-folded and without
 * accents first (é as e, ü as y, ä as æ, ö as ø); ties are broken by the
 * bytes so that the order is total, as an index needs. */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>

#include "ls-store-private.h"

#define KEY_AE    ((gunichar) 'z' + 1)
#define KEY_OE    ((gunichar) 'z' + 2)
#define KEY_AA    ((gunichar) 'z' + 3)

static gunichar
primary_key (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c < 0x80)
    return g_ascii_tolower ((char) c);
  c = g_unichar_tolower (c);
  switch (c)
    {
    case 0x00E6: /* æ */
    case 0x00E4: /* ä */
      return KEY_AE;
    case 0x00F8: /* ø */
    case 0x00F6: /* ö */
      return KEY_OE;
    case 0x00E5: /* å */
      return KEY_AA;
    case 0x00FC: /* ü sorts as y in Norwegian */
      return 'y';
    default:
      break;
    }
  /* Other accented letters sort with their base letter. */
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0
      && decomposed[0] < 0x80)
    return g_ascii_tolower ((char) decomposed[0]);
  return c + KEY_AA;   /* everything else after the Latin letters, in code order */
}

static gunichar
next_char (const char **p,
           const char  *end)
{
  gunichar c;
  const guchar *s = (const guchar *) *p;

  if (*s < 0x80)
    {
      (*p)++;
      return *s;
    }
  c = g_utf8_get_char_validated (*p, end - *p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      (*p)++;      /* a stray byte: compare it as itself */
      return *s;
    }
  *p = g_utf8_next_char (*p);
  return c;
}

int
_ls_collate_nb (void       *user_data,
                int         len_a,
                const void *a,
                int         len_b,
                const void *b)
{
  const char *pa = a, *pb = b;
  const char *end_a = pa + len_a, *end_b = pb + len_b;
  int cmp;

  while (pa < end_a && pb < end_b)
    {
      gunichar ka = primary_key (next_char (&pa, end_a));
      gunichar kb = primary_key (next_char (&pb, end_b));

      if (ka != kb)
        return ka < kb ? -1 : 1;
    }
  if (pa < end_a || pb < end_b)
    return pa < end_a ? 1 : -1;
  cmp = memcmp (a, b, MIN (len_a, len_b));
  if (cmp != 0)
    return cmp < 0 ? -1 : 1;
  return len_a == len_b ? 0 : (len_a < len_b ? -1 : 1);
}

int
_ls_collate_nb_strcmp (const char *a,
                       const char *b)
{
  return _ls_collate_nb (NULL, strlen (a), a, strlen (b), b);
}
