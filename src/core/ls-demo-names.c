/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Invented demo people. Names are common Norwegian given and family names
 * combined at random; birth dates and id numbers are derived from the
 * person's index, so ids never collide and every one is synthetic. */
#define G_LOG_DOMAIN "ls-demo-names"

#include "ls-demo-names.h"
#include "ls-national-id.h"

static const char * const given_names[] = {
  "Ada", "Adrian", "Aksel", "Ali", "Amina", "Amir", "Astrid", "Aurora",
  "Bjørn", "Daniel", "Eirik", "Elias", "Ella", "Emil", "Emma", "Fatima",
  "Filip", "Frida", "Hanne", "Hedda", "Henrik", "Håkon", "Ida", "Ingrid",
  "Isak", "Jakob", "Jonas", "Julie", "Kari", "Kristian", "Leah", "Live",
  "Lucas", "Magnus", "Maja", "Marte", "Mathias", "Nikola", "Noah", "Nora",
  "Ola", "Oliver", "Olivia", "Sander", "Sara", "Selma", "Silje", "Sindre",
  "Sofie", "Thea", "Tiril", "Tobias", "Torbjørn", "Vegard", "William",
  "Yasmin", "Zainab", "Øystein", "Øyvind", "Ørjan", "Åse", "Åshild",
  "Åsmund", "Ådne",
};

static const char * const family_names[] = {
  "Aas", "Aasen", "Ahmed", "Amundsen", "Andersen", "Bakke", "Bakken", "Berg",
  "Berge", "Dahl", "Eide", "Eriksen", "Evensen", "Fredriksen", "Gundersen",
  "Hagen", "Halvorsen", "Hansen", "Haugen", "Henriksen", "Holm", "Iversen",
  "Jacobsen", "Jensen", "Johansen", "Johnsen", "Jørgensen", "Karlsen",
  "Knutsen", "Kristiansen", "Larsen", "Lie", "Lien", "Lund", "Lunde",
  "Martinsen", "Moe", "Moen", "Myhre", "Nguyen", "Nilsen", "Nygård", "Olsen",
  "Paulsen", "Pedersen", "Pettersen", "Rasmussen", "Solberg", "Solheim",
  "Strand", "Svendsen", "Sæther", "Sørensen", "Æsøy", "Ødegård", "Øien",
  "Østby", "Åberg", "Ås", "Åsheim",
};

static const char * const strengths[] = {
  "Jeg liker å lage middag når noen er med meg.",
  "Jeg er flink med dyr, og katten min stoler på meg.",
  "Jeg husker godt når jeg har en plan på veggen.",
  "Jeg er god til å tegne og male.",
  "Jeg tar bussen til byen alene når jeg kjenner ruten.",
  "Jeg er en god venn, og folk sier jeg er morsom.",
  "Jeg klarer å handle mat hvis jeg har en handleliste.",
  "Jeg liker å gå tur i skogen, særlig om høsten.",
  "Jeg er flink på data og hjelper andre med telefonen.",
  "Mamma og broren min er der for meg når det er vanskelig.",
  "Jeg står opp selv når vekkerklokka ringer.",
  "Jeg spiller gitar og synger i et kor hver tirsdag.",
  "Jeg holder rommet mitt ryddig.",
  "Jeg sier fra når noe ikke er greit for meg.",
  "Jeg har jobbet på kafé og likte å møte folk.",
  "Jeg er nøyaktig og liker oppgaver med faste steg.",
  "Jeg trener på treningssenter to ganger i uka.",
  "Jeg kan lage frokost og smøre matpakke selv.",
  "Jeg er glad i å lese, helst tegneserier og fantasy.",
  "Naboen min og jeg hjelper hverandre.",
  "Jeg tar medisinene mine selv når dosetten er fylt.",
  "Jeg liker å fikse sykler og se hvordan ting virker.",
  "Jeg er rolig og tålmodig med små barn.",
  "Jeg vet hva jeg vil, og jeg gir ikke opp så lett.",
  "Jeg bruker appen på telefonen til å huske avtaler.",
};

static const char * const challenges[] = {
  "Det er vanskelig å komme i gang om morgenen.",
  "Jeg blir sliten når det er mye lyd og mange folk.",
  "Jeg glemmer å spise når ingen minner meg på det.",
  "Jeg synes brev fra NAV og banken er vanskelige å forstå.",
  "Jeg synes det er skummelt å ta bussen når ruten endres.",
  "Jeg rekker ikke å vaske klær før de er tomme i skapet.",
  "Jeg blir lett ensom i helgene.",
  "Penger forsvinner fort, og jeg vet ikke hvor de går.",
  "Jeg har vondt i kroppen etter en lang dag.",
  "Det er vanskelig å si nei når noen spør om noe.",
  "Jeg sover dårlig og er trøtt på dagen.",
  "Jeg blir urolig når planer endres i siste liten.",
  "Jeg klarer ikke å lage varm mat alene ennå.",
  "Det er tungt å rydde når det har blitt mye rot.",
  "Jeg trenger lang tid på å dusje og kle på meg.",
  "Jeg husker ikke alltid når jeg skal til legen.",
  "Jeg vet ikke hvem jeg skal ringe når noe er galt.",
  "Trapper er vanskelige for meg med rullatoren.",
  "Jeg blir lei meg når jeg ikke har noe å gjøre.",
  "Det er vanskelig å snakke i telefonen med folk jeg ikke kjenner.",
  "Jeg mister oversikten når det er mange avtaler i samme uke.",
  "Jeg bruker mye tid på skjermen om natta.",
  "Det er vanskelig å finne frem på nye steder.",
  "Jeg har få venner i nærheten av der jeg bor.",
  "Jeg klarer ikke å fylle ut skjemaer alene.",
};

static const char * const wishes[] = {
  "Jeg vil bo i min egen leilighet.",
  "Jeg vil ha en jobb der jeg møter folk.",
  "Jeg vil lære å lage tre enkle middager selv.",
  "Jeg vil kunne ta bussen til trening alene.",
  "Jeg vil ha en venn å gå på kino med.",
  "Jeg vil bestemme selv når hjelpen kommer.",
  "Jeg vil ta førerkort for moped.",
  "Jeg vil begynne på et kurs i foto.",
  "Jeg vil reise på ferie med venner i sommer.",
  "Jeg vil styre pengene mine bedre.",
  "Jeg vil sove bedre og ha mer energi.",
  "Jeg vil spille fotball på et lag igjen.",
  "Jeg vil ha en fast dag i uka der jeg besøker mamma.",
  "Jeg vil klare morgenen uten at noen vekker meg.",
  "Jeg vil fullføre videregående.",
  "Jeg vil ha en hund en gang.",
  "Jeg vil gå på konsert uten å bli for sliten.",
  "Jeg vil bli bedre kjent med naboene.",
  "Jeg vil lære å handle på nett.",
  "Jeg vil være med i en gruppe for unge som meg.",
  "Jeg vil ha hjelp på ettermiddagen i stedet for om morgenen.",
  "Jeg vil kunne ringe legen selv.",
  "Jeg vil trene på å være alene hjemme en hel dag.",
  "Jeg vil ha et hjem som er ryddig når venner kommer.",
  "Jeg vil jobbe med dyr.",
};

static const char * const support_needs[] = {
  "Jeg trenger noen som er med meg når jeg lager middag.",
  "Jeg trenger en påminnelse på telefonen om å ta medisinene.",
  "Jeg trenger hjelp til å lese og svare på brev.",
  "Jeg trenger følge første gangene jeg tar en ny buss.",
  "Jeg trenger hjelp til å lage en ukeplan med bilder.",
  "Jeg trenger hjelp til å handle en gang i uka.",
  "Jeg trenger noen å snakke med når jeg er urolig.",
  "Jeg trenger hjelp til å dusje to ganger i uka.",
  "Jeg trenger hjelp til å sette opp et budsjett.",
  "Jeg trenger en støttekontakt å gå på trening med.",
  "Jeg trenger hjelp til å vaske klær og skifte sengetøy.",
  "Jeg trenger at noen ringer meg om morgenen.",
  "Jeg trenger hjelp til å bestille time hos legen.",
  "Jeg trenger at de som hjelper meg, kommer til faste tider.",
  "Jeg trenger hjelp til å rydde en gang i uka.",
  "Jeg trenger noen som går gjennom posten med meg.",
  "Jeg trenger hjelp til å finne en fritidsaktivitet.",
  "Jeg trenger at noen forklarer ting med enkle ord.",
  "Jeg trenger hjelp til å komme meg opp og i gang om morgenen.",
  "Jeg trenger avlastning for familien min noen helger.",
  "Jeg trenger hjelp til å søke på jobb.",
  "Jeg trenger en trygghetsalarm når jeg er alene om natta.",
  "Jeg trenger hjelp til å kle på meg når skuldra er vond.",
  "Jeg trenger at noen følger meg til nye steder.",
  "Jeg trenger hjelp til å holde oversikt over avtalene mine.",
};

/* A prime that does not divide the number of birth days, so that
 * consecutive indexes spread over the whole range of birth dates. */
#define DAY_STRIDE 2017u
/* Each (birth day, round) owns a block of ten individual numbers; at most
 * two of any ten consecutive last digits give a control digit of 10. */
#define BLOCK_SIZE 10u

static const char *
pick (GRand              *rand,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (rand, 0, (gint32) n)];
}

static guint
n_birth_days (void)
{
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, LS_DEMO_FIRST_BIRTH_YEAR);
  g_autoptr(GDate) last = g_date_new_dmy (31, G_DATE_DECEMBER, LS_DEMO_LAST_BIRTH_YEAR);

  return (guint) g_date_days_between (first, last) + 1;
}

static void
demo_birth (guint  index,
            GDate *birth)
{
  guint n_days = n_birth_days ();

  g_date_clear (birth, 1);
  g_date_set_dmy (birth, 1, G_DATE_JANUARY, LS_DEMO_FIRST_BIRTH_YEAR);
  g_date_add_days (birth, (guint) (((guint64) index * DAY_STRIDE) % n_days));
}

/* A synthetic number from the block of individual numbers that @index owns
 * on its birth day, starting at digit @offset within the block. */
static char *
demo_national_id (guint        index,
                  const GDate *birth,
                  guint        offset)
{
  guint first, last, n_blocks, block;

  if (!ls_national_id_individual_range (g_date_get_year (birth), &first, &last))
    g_assert_not_reached ();
  n_blocks = (last - first + 1) / BLOCK_SIZE;
  block = (index / n_birth_days ()) % n_blocks;

  for (guint i = 0; i < BLOCK_SIZE; i++)
    {
      guint individual = first + block * BLOCK_SIZE + (offset + i) % BLOCK_SIZE;
      char *id = ls_national_id_make_synthetic (birth, individual);

      if (id != NULL)
        return id;
    }
  g_assert_not_reached ();
  return NULL;
}

void
ls_demo_person (GRand  *rand,
                guint   index,
                char  **given_name,
                char  **family_name,
                GDate  *birth,
                char  **national_id)
{
  const char *given;
  const char *family;
  guint offset;
  GDate born;

  g_return_if_fail (rand != NULL);

  /* Draw in a fixed order whatever the caller asks for, so the same seed
   * gives the same people. */
  given = pick (rand, given_names, G_N_ELEMENTS (given_names));
  family = pick (rand, family_names, G_N_ELEMENTS (family_names));
  offset = (guint) g_rand_int_range (rand, 0, BLOCK_SIZE);
  demo_birth (index, &born);

  if (given_name != NULL)
    *given_name = g_strdup (given);
  if (family_name != NULL)
    *family_name = g_strdup (family);
  if (birth != NULL)
    *birth = born;
  if (national_id != NULL)
    *national_id = demo_national_id (index, &born, offset);
}

const char *
ls_demo_phrase (GRand            *rand,
                LsDemoPhraseKind  kind)
{
  g_return_val_if_fail (rand != NULL, NULL);

  switch (kind)
    {
    case LS_DEMO_PHRASE_STRENGTH:
      return pick (rand, strengths, G_N_ELEMENTS (strengths));
    case LS_DEMO_PHRASE_CHALLENGE:
      return pick (rand, challenges, G_N_ELEMENTS (challenges));
    case LS_DEMO_PHRASE_WISH:
      return pick (rand, wishes, G_N_ELEMENTS (wishes));
    case LS_DEMO_PHRASE_SUPPORT_NEED:
      return pick (rand, support_needs, G_N_ELEMENTS (support_needs));
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
ls_demo_address (guint index)
{
  static const char *const streets[] = { "Bakkeveien", "Storgata", "Skoleveien", "Fjellveien", "Kirkegata",
                                         "Granstien", "Sjøveien", "Åsveien" };

  /* A postal code no place has, so no address is a real one. */
  return g_strdup_printf ("%s %u\n9999 Eksempelvik", streets[index % G_N_ELEMENTS (streets)], 1 + index % 57);
}
