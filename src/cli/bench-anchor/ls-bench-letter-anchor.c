/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The anchor for `livsskisse-cli bench`'s letter figures: the least a
 * program can do to print a two-page letter with pango and cairo (no
 * database, no GObject model, no layout engine), spawned the same way as
 * the letter it stands beside.
 *   ls-bench-letter-anchor FILE               one letter
 *   ls-bench-letter-anchor --count N FOLDER   N letters in one process */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_WIDTH  595.28   /* A4 in points */
#define PAGE_HEIGHT 841.89
#define MARGIN      56.7     /* 2 cm */
#define FONT        "Cantarell, DejaVu Sans, sans-serif"

static const char * const paragraphs[] = {
  "Tildelingskontoret\nHelse og omsorg\nPostboks 1, 0001 Kommunen",
  "Kari Nordmann\nStorgata 12\n0155 Oslo",
  "<b>Vedtak om praktisk bistand og opplæring – prøvevedtak</b>",
  "Vi viser til søknaden din og til samtalen vi hadde om livsskissen din. Du har fortalt at du vil klare mer "
  "selv hjemme, særlig å lage middag og å handle. Vi har vurdert søknaden etter helse- og omsorgstjenesteloven "
  "og har kommet fram til at du skal få prøve ut tjenestene nedenfor i en avgrenset periode.",
  "<b>Dette har vi bestemt</b>",
  "Du får praktisk bistand og opplæring i hjemmet, seks timer i uka, fra Hjemmetjenesten sone øst. Du får også "
  "dagaktivitet to ganger i uka på Aktivitetshuset. Vedtaket gjelder fra 1. desember 2026 til 31. mai 2027. Vi "
  "evaluerer sammen med deg innen 3. mai 2027 om tjenestene virker slik vi har tenkt.",
  "<b>Målene vi har satt sammen</b>",
  "1. Lage middag selv tre dager i uka innen mai 2027. Forventet nivå: som forventet. Utgangspunkt: lager "
  "middag med mye hjelp en dag i uka.\n2. Gå på aktivitetshuset to ganger i uka. Forventet nivå: som forventet. "
  "Utgangspunkt: går sjelden ut om ettermiddagen.",
  "<b>Begrunnelse</b>",
  "Praktisk bistand to ganger i uka gir struktur i hverdagen og gjør at du kan bo videre i egen leilighet. Du har "
  "sagt at nettbrettet med kalender hjelper deg å huske avtaler, og at bussen uten rampe gjør det vanskelig å "
  "komme seg ut. Vi har lagt vekt på det du har fortalt om hva som er viktig for deg, og på det "
  "saksbehandleren har sett i samtalene. Vi mener at opplæring i hjemmet kan gjøre deg mer selvstendig over tid, "
  "og at en prøveperiode er den beste måten å finne ut hva som virker.",
  "<b>Lovgrunnlag</b>",
  "Vedtaket er gjort etter helse- og omsorgstjenesteloven § 3-1, jf. § 3-2 første ledd nr. 6 bokstav b, og "
  "pasient- og brukerrettighetsloven § 2-1 a andre ledd. Saksbehandlingen følger forvaltningsloven kapittel IV og V.",
  "<b>Du har rett til å klage</b>",
  "Du kan klage på vedtaket innen fire uker etter at du fikk dette brevet. Klagen sender du til "
  "tildelingskontoret. Hvis vi ikke gir deg medhold, sender vi klagen videre til Statsforvalteren. Du kan få "
  "hjelp til å skrive klagen. Du har rett til å se dokumentene i saken din, jf. forvaltningsloven §§ 18 og 19.",
  "<b>Dette skjer videre</b>",
  "Hjemmetjenesten tar kontakt med deg før oppstart for å avtale tidspunkter. Vi møtes igjen før evalueringen. "
  "Hvis noe endrer seg før det, kan du ringe oss. Du kan også ta med deg en pårørende eller verge til møtene.",
  "<b>Personvern</b>",
  "Opplysningene om deg lagres i kommunens fagsystem og brukes bare til å gi deg tjenester. Du har rett til "
  "innsyn i hva som er lagret, og til å be om retting av opplysninger som er feil.",
  "Med vennlig hilsen\n\nOla Nordmann\nsaksbehandler\n\nDokumentet er godkjent elektronisk og har derfor ingen "
  "underskrift.",
};

static int
write_letter (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT);
  double y = MARGIN;
  int status;

  pango_font_description_set_size (font, 11 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((PAGE_WIDTH - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  for (size_t i = 0; i < sizeof paragraphs / sizeof paragraphs[0]; i++)
    {
      int width, height;

      pango_layout_set_markup (layout, paragraphs[i], -1);
      pango_layout_get_size (layout, &width, &height);
      if (y + height / (double) PANGO_SCALE > PAGE_HEIGHT - MARGIN)
        {
          cairo_show_page (cr);
          y = MARGIN;
        }
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
      y += height / (double) PANGO_SCALE + 14;
    }
  cairo_show_page (cr);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "ls-bench-letter-anchor: %s\n", cairo_status_to_string (status));
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2)
    return write_letter (argv[1]);
  if (argc == 4 && strcmp (argv[1], "--count") == 0)
    {
      long n = strtol (argv[2], NULL, 10);

      for (long i = 0; i < n; i++)
        {
          char *path = g_strdup_printf ("%s/anchor-%ld.pdf", argv[3], i);
          int status = write_letter (path);

          g_free (path);
          if (status != 0)
            return status;
        }
      return 0;
    }
  fprintf (stderr, "usage: ls-bench-letter-anchor FILE | --count N FOLDER\n");
  return 2;
}
