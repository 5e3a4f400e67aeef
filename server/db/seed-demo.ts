/**
 * Demo data for "Voorbeeldgemeente (demo)": a sample municipality in nl/fr/en, with areas,
 * themes, the three idea tracks, ready-made offers, a privacy notice and a volunteer information
 * note (both marked as demo text), initiatives drawn from the KU Leuven slide deck
 * (../shared/seed/) and volunteer roles with shifts.
 * Over 400 lines because it is data, not logic.
 *
 * Clearly demo: "(demo)" in every title and `demo: true` on the site. No invented figures or
 * people; initiative dates are null. Shift times are relative to the moment of seeding (next
 * week and later), because a shift needs a time.
 */
import type { CoproductionKind, InitiativeStatus, Organiser, Rung } from '../../src/schema/index.js';
import { nowIso, type Db, type Localized } from './database.js';
import { createInitiative } from './initiatives.js';
import { createRole } from './staff-volunteers.js';
import { hasSite } from './site.js';
import { json } from './util.js';

const t = (nl: string, fr: string, en: string): Localized => ({ nl, fr, en });
const DEMO_VERSION = 'demo-1';

const AREAS: [string, Localized][] = [
  ['centrum', t('Centrum', 'Centre', 'Centre')],
  ['noord', t('Noord', 'Nord', 'North')],
  ['zuid', t('Zuid', 'Sud', 'South')],
  ['oost', t('Oost', 'Est', 'East')],
  ['west', t('West', 'Ouest', 'West')],
  ['stationswijk', t('Stationswijk', 'Quartier de la gare', 'Station district')],
];
const THEMES: [string, Localized][] = [
  ['groen', t('Groen', 'Espaces verts', 'Green spaces')],
  ['ontmoeting', t('Ontmoeting', 'Rencontre', 'Meeting people')],
  ['mobiliteit', t('Mobiliteit', 'Mobilité', 'Getting around')],
  ['jeugd', t('Jeugd', 'Jeunesse', 'Young people')],
  ['zorg', t('Zorg en welzijn', 'Soins et bien-être', 'Care and welfare')],
  ['armoede', t('Armoedebestrijding', 'Lutte contre la pauvreté', 'Fighting poverty')],
  ['cultuur', t('Cultuur', 'Culture', 'Culture')],
  ['toekomst', t('Toekomst van de gemeente', 'Avenir de la commune', 'Future of the municipality')],
];
const OFFERS: [string, Localized, Localized, string | null][] = [
  [
    'buurtmoestuin',
    t('Buurtmoestuin (demo)', 'Potager de quartier (démo)', 'Neighbourhood vegetable garden (demo)'),
    t(
      'Samen groenten kweken op een gedeeld stuk grond in je buurt.',
      'Cultiver des légumes ensemble sur un terrain partagé du quartier.',
      'Grow vegetables together on a shared plot in your neighbourhood.',
    ),
    'noord',
  ],
  [
    'boekentil',
    t('Boekentil (demo)', 'Boîte à livres (démo)', 'Book-exchange cabinet (demo)'),
    t(
      'Zorg mee voor een kastje waar buren boeken ruilen.',
      'Prenez soin d’une petite armoire où les voisins échangent des livres.',
      'Look after a small cabinet where neighbours swap books.',
    ),
    null,
  ],
  [
    'geveltuin',
    t('Geveltuin (demo)', 'Jardin de façade (démo)', 'Façade garden (demo)'),
    t(
      'Een smalle strook planten tegen je gevel, met wat hulp van de gemeente.',
      'Une étroite bande de plantes le long de votre façade, avec l’aide de la commune.',
      'A narrow strip of plants along your house front, with help from the municipality.',
    ),
    null,
  ],
];

type Seed = {
  id: string;
  title: Localized;
  summary: Localized;
  description: Localized;
  areaId: string | null;
  themeIds: string[];
  rung: Rung;
  coproduction: CoproductionKind;
  status: InitiativeStatus;
  organiser: Organiser;
  needsVolunteers: boolean;
};
const NOTE = t(
  'Genoemd in de presentatie "Participatie ... iets voor u?" als voorbeeld; deze demo beschrijft het niet verder.',
  'Cité comme exemple dans la présentation « Participatie ... iets voor u? » ; cette démo ne le décrit pas davantage.',
  'Named as an example in the presentation "Participatie ... iets voor u?"; this demo does not describe it further.',
);
const INITIATIVES: Seed[] = [
  {
    id: 'zaalbeheerders',
    title: t(
      'Vrijwillige zaalbeheerders (demo)',
      'Gestionnaires de salle volontaires (démo)',
      'Volunteer hall managers (demo)',
    ),
    summary: t(
      'Bewoners beheren samen de buurtzaal.',
      'Des habitants gèrent ensemble la salle de quartier.',
      'Residents run the community hall together.',
    ),
    description: t(
      'Vrijwilligers openen en sluiten de zaal en ontvangen de groepen die er samenkomen. De gemeente zorgt voor begeleiding en verzekering.',
      'Des volontaires ouvrent et ferment la salle et accueillent les groupes qui s’y réunissent. La commune assure l’accompagnement et l’assurance.',
      'Volunteers open and close the hall and welcome the groups that meet there. The municipality provides guidance and insurance.',
    ),
    areaId: 'centrum',
    themeIds: ['ontmoeting'],
    rung: 2,
    coproduction: 'co-production',
    status: 'running',
    organiser: 'both',
    needsVolunteers: true,
  },
  {
    id: 'kortenbergh-2020',
    title: t('Kortenbergh 2020 (demo)', 'Kortenbergh 2020 (démo)', 'Kortenbergh 2020 (demo)'),
    summary: t(
      'In welke gemeente willen we wonen, waar willen we onze (klein)kinderen zien opgroeien?',
      'Dans quelle commune voulons-nous vivre, où voulons-nous voir grandir nos (petits-)enfants ?',
      'In which municipality do we want to live, where do we want our (grand)children to grow up?',
    ),
    description: t(
      'Bewoners van Kortenberg dachten mee over waar hun gemeente in 2020 moest staan.',
      'Les habitants de Kortenberg ont réfléchi à la place de leur commune en 2020.',
      'Residents of Kortenberg helped imagine where their municipality should stand in 2020.',
    ),
    areaId: null,
    themeIds: ['toekomst'],
    rung: 4,
    coproduction: 'advice',
    status: 'finished',
    organiser: 'municipality',
    needsVolunteers: false,
  },
  {
    id: 'slaatje-praatje',
    title: t('Slaatje Praatje (demo)', 'Slaatje Praatje (démo)', 'Slaatje Praatje (demo)'),
    summary: t(
      'Het lokaal bestuur en vrijwilligers samen tegen armoede.',
      'Les services sociaux locaux et des volontaires ensemble contre la pauvreté.',
      'Local social services and volunteers together against poverty.',
    ),
    description: t(
      'Georganiseerd met een stuurgroep, een overleg van diensthoofden, intervisie voor maatschappelijk werkers en een vrijwilligersoverleg. Won in 2018 de federale prijs voor armoedebestrijding.',
      'Organisé avec un comité de pilotage, une réunion des chefs de service, une intervision des travailleurs sociaux et une réunion des volontaires. Lauréat du prix fédéral de lutte contre la pauvreté en 2018.',
      'Organised with a steering group, a meeting of heads of the social services, peer coaching for social workers and a volunteers’ meeting. Won the federal prize for fighting poverty in 2018.',
    ),
    areaId: 'oost',
    themeIds: ['armoede', 'zorg', 'ontmoeting'],
    rung: 2,
    coproduction: 'co-production',
    status: 'running',
    organiser: 'both',
    needsVolunteers: true,
  },
  {
    id: 'stelplaats',
    title: t('STELPLAATS (demo)', 'STELPLAATS (démo)', 'STELPLAATS (demo)'),
    summary: t(
      'Jongeren zetten projecten op in de oude busstelplaatsen.',
      'Des jeunes montent des projets dans les anciens dépôts de bus.',
      'Young people run projects in the old bus depots.',
    ),
    description: t(
      'De tijdelijke invulling van de oude stelplaatsen van De Lijn geeft jongeren ruimte voor eigen projecten.',
      'L’occupation temporaire des anciens dépôts de De Lijn offre aux jeunes de l’espace pour leurs projets.',
      'The temporary use of De Lijn’s old bus depots gives young people room for projects of their own.',
    ),
    areaId: 'stationswijk',
    themeIds: ['jeugd', 'cultuur'],
    rung: 1,
    coproduction: 'co-creation',
    status: 'running',
    organiser: 'residents',
    needsVolunteers: false,
  },
  {
    id: 'bermmeesters',
    title: t('Bermmeesters (demo)', 'Maîtres des accotements (démo)', 'Road-verge keepers (demo)'),
    summary: t(
      'Bewoners zorgen voor de bermen in hun straat.',
      'Des habitants prennent soin des accotements de leur rue.',
      'Residents look after the road verges in their street.',
    ),
    description: t(
      'Naar het voorbeeld van Knesselare houden bewoners een stuk berm in het oog en spreken ze met de groendienst af wat er moet gebeuren.',
      'Sur le modèle de Knesselare, des habitants surveillent un bout d’accotement et conviennent avec le service des espaces verts de ce qu’il faut faire.',
      'After the example of Knesselare, residents keep an eye on a stretch of verge and agree with the green service what needs doing.',
    ),
    areaId: 'west',
    themeIds: ['groen'],
    rung: 3,
    coproduction: 'co-decision',
    status: 'running',
    organiser: 'both',
    needsVolunteers: true,
  },
  {
    id: 'red-de-stoep',
    title: t('Red de Stoep (demo)', 'Red de Stoep (démo)', 'Red de Stoep (demo)'),
    summary: t(
      'Een initiatief over de stoep.',
      'Une initiative autour du trottoir.',
      'An initiative about the pavement.',
    ),
    description: NOTE,
    areaId: 'zuid',
    themeIds: ['mobiliteit'],
    rung: 4,
    coproduction: 'advice',
    status: 'idea',
    organiser: 'residents',
    needsVolunteers: false,
  },
  {
    id: 'fietsen-zonder-leeftijd',
    title: t('Fietsen Zonder Leeftijd (demo)', 'À vélo sans âge (démo)', 'Cycling Without Age (demo)'),
    summary: t(
      'Vrijwillige piloten nemen ouderen mee op de riksja.',
      'Des pilotes volontaires emmènent des personnes âgées en triporteur.',
      'Volunteer pilots take older people out on trishaws.',
    ),
    description: t(
      'Een ritje in de buurt brengt ouderen buiten en in gesprek met anderen.',
      'Une balade dans le quartier fait sortir les aînés et les met en contact avec d’autres.',
      'A ride around the neighbourhood gets older people outdoors and talking with others.',
    ),
    areaId: 'zuid',
    themeIds: ['zorg', 'mobiliteit', 'ontmoeting'],
    rung: 2,
    coproduction: 'co-production',
    status: 'running',
    organiser: 'both',
    needsVolunteers: true,
  },
  {
    id: 'ping-if-you-care',
    title: t('Ping if you care (demo)', 'Ping if you care (démo)', 'Ping if you care (demo)'),
    summary: t(
      'Een burgerinitiatief uit de voorbeelden.',
      'Une initiative citoyenne parmi les exemples.',
      'A citizens’ initiative among the examples.',
    ),
    description: NOTE,
    areaId: null,
    themeIds: ['ontmoeting'],
    rung: 1,
    coproduction: 'co-creation',
    status: 'idea',
    organiser: 'residents',
    needsVolunteers: false,
  },
  {
    id: 'poolen',
    title: t('Poolen (demo)', 'Poolen (démo)', 'Poolen (demo)'),
    summary: t(
      'Een initiatief uit de voorbeelden.',
      'Une initiative parmi les exemples.',
      'An initiative among the examples.',
    ),
    description: NOTE,
    areaId: 'oost',
    themeIds: ['mobiliteit'],
    rung: 5,
    coproduction: 'advice',
    status: 'finished',
    organiser: 'residents',
    needsVolunteers: false,
  },
  {
    id: 'buurtmoestuin-noord',
    title: t('Buurtmoestuin Noord (demo)', 'Potager de quartier Nord (démo)', 'North neighbourhood garden (demo)'),
    summary: t(
      'Buren kweken samen groenten en beslissen zelf hoe.',
      'Des voisins cultivent ensemble et décident eux-mêmes comment.',
      'Neighbours grow vegetables together and decide how themselves.',
    ),
    description: t(
      'De gemeente stelt de grond en het water ter beschikking; de buren kiezen binnen die afspraken wat en hoe ze kweken.',
      'La commune met le terrain et l’eau à disposition ; dans ce cadre, les voisins choisissent quoi et comment cultiver.',
      'The municipality provides the land and water; within those terms the neighbours choose what and how to grow.',
    ),
    areaId: 'noord',
    themeIds: ['groen', 'ontmoeting'],
    rung: 3,
    coproduction: 'co-decision',
    status: 'running',
    organiser: 'residents',
    needsVolunteers: false,
  },
  {
    id: 'kabinet-j',
    title: t('mijnLeuven / Kabinet J (demo)', 'mijnLeuven / Kabinet J (démo)', 'mijnLeuven / Kabinet J (demo)'),
    summary: t(
      'Jongeren geven advies over het beleid.',
      'Les jeunes donnent leur avis sur la politique.',
      'Young people advise on policy.',
    ),
    description: t(
      'De jeugdparticipatie van Leuven, waar jongeren ook zelf problemen op tafel leggen.',
      'La participation des jeunes à Louvain, où les jeunes mettent aussi eux-mêmes des problèmes sur la table.',
      'Leuven’s youth participation, where young people also put problems on the table themselves.',
    ),
    areaId: null,
    themeIds: ['jeugd'],
    rung: 4,
    coproduction: 'advice',
    status: 'running',
    organiser: 'municipality',
    needsVolunteers: false,
  },
  {
    id: 'een-idee-voor-je-wijk',
    title: t(
      'Infoavond: een idee voor je wijk (demo)',
      'Soirée d’info : une idée pour votre quartier (démo)',
      'Information evening: an idea for your neighbourhood (demo)',
    ),
    summary: t(
      'De gemeente legt de drie wegen uit: creëer, experimenteer, doe mee.',
      'La commune explique les trois voies : créer, expérimenter, participer.',
      'The municipality explains the three ways in: create, experiment, join.',
    ),
    description: t(
      'Een voorbeeld van informeren (trede 6): bewoners krijgen uitleg maar beslissen niet mee.',
      'Un exemple d’information (échelon 6) : les habitants reçoivent des explications mais ne décident pas.',
      'An example of informing (rung 6): residents are told, but do not decide.',
    ),
    areaId: 'centrum',
    themeIds: ['ontmoeting'],
    rung: 6,
    coproduction: 'information',
    status: 'finished',
    organiser: 'municipality',
    needsVolunteers: false,
  },
  {
    id: 'trede-7-voorbeeld',
    title: t('Voorbeeld van trede 7 (demo)', 'Exemple de l’échelon 7 (démo)', 'Example of rung 7 (demo)'),
    summary: t(
      'De gemeente beslist en voert uit zonder bewoners.',
      'La commune décide et exécute sans les habitants.',
      'The municipality decides and acts without residents.',
    ),
    description: t(
      'Geen echt project: het toont de onderste trede van de ladder, waar bewoners geen rol hebben.',
      'Pas un vrai projet : il montre l’échelon le plus bas, où les habitants n’ont aucun rôle.',
      'Not a real project: it shows the lowest rung of the ladder, where residents have no role.',
    ),
    areaId: null,
    themeIds: [],
    rung: 7,
    coproduction: 'information',
    status: 'finished',
    organiser: 'municipality',
    needsVolunteers: false,
  },
];

const INSURED = t(
  'Verzekerd door de vrijwilligersverzekering van de gemeente (demo).',
  'Couvert par l’assurance volontaires de la commune (démo).',
  'Covered by the municipality’s volunteer insurance (demo).',
);

/**
 * Seeds the demo when the database has no site yet. Returns true when it seeded. One transaction:
 * the site row (written last, and what "already seeded" is judged by) commits with everything
 * else, so a start killed halfway leaves an empty database that the next start seeds again.
 */
export async function seedDemo(db: Db, pages: DemoPages = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (await hasSite(trx)) return false;
    await seedAll(trx, pages);
    return true;
  });
}

/**
 * Where the demo's widgets are (the demo page the server serves at `/`, when it does): e-mails
 * link there, so the demo's cancel links work.
 */
export interface DemoPages {
  readonly volunteer?: string;
  readonly ideas?: string;
}

async function seedAll(db: Db, pages: DemoPages): Promise<void> {
  for (const [table, rows] of [
    ['areas', AREAS],
    ['themes', THEMES],
  ] as const) {
    await db
      .insertInto(table)
      .values(rows.map(([id, name], position) => ({ id, name: json(name), position })))
      .execute();
  }
  await db
    .insertInto('offers')
    .values(
      OFFERS.map(([id, title, description, area], position) => ({
        id,
        title: json(title),
        description: json(description),
        area_id: area,
        position,
      })),
    )
    .execute();

  const start = Date.now();
  for (const [i, s] of INITIATIVES.entries()) {
    await createInitiative(
      db,
      { ...s, links: [], image: null, startDate: null, endDate: null, published: true },
      { updatedAt: new Date(start - i * 60_000).toISOString() },
    );
  }

  const noGives = { guidance: null, insurance: INSURED, expenses: null };
  await createRole(
    db,
    {
      id: 'zaal-onthaal',
      initiativeId: 'zaalbeheerders',
      published: true,
      title: t(
        'Onthaal in de buurtzaal (demo)',
        'Accueil à la salle de quartier (démo)',
        'Welcome at the community hall (demo)',
      ),
      description: t(
        'Open de zaal, ontvang de groep en sluit na afloop af.',
        'Ouvrez la salle, accueillez le groupe et fermez ensuite.',
        'Open the hall, welcome the group and lock up afterwards.',
      ),
      timeAsked: t(
        'Een avond van ongeveer 3 uur, zo vaak als je wilt',
        'Une soirée d’environ 3 heures, aussi souvent que vous voulez',
        'An evening of about 3 hours, as often as you like',
      ),
      gives: {
        ...noGives,
        guidance: t(
          'Een medewerker toont je de zaal voor je eerste keer.',
          'Un collaborateur vous fait visiter la salle avant la première fois.',
          'A staff member shows you around before your first time.',
        ),
      },
      requirements: { minimumAge: 18, training: null },
    },
    0,
  );
  await createRole(
    db,
    {
      id: 'fietspiloot',
      initiativeId: 'fietsen-zonder-leeftijd',
      published: true,
      title: t('Fietspiloot (demo)', 'Pilote de triporteur (démo)', 'Trishaw pilot (demo)'),
      description: t(
        'Neem een of twee ouderen mee voor een rit in de buurt.',
        'Emmenez une ou deux personnes âgées pour une balade dans le quartier.',
        'Take one or two older people for a ride around the neighbourhood.',
      ),
      timeAsked: t('Een rit van ongeveer 2 uur', 'Une balade d’environ 2 heures', 'A ride of about 2 hours'),
      gives: {
        ...noGives,
        guidance: t(
          'Een korte opleiding en een vaste contactpersoon.',
          'Une courte formation et une personne de contact.',
          'A short training and a contact person.',
        ),
      },
      requirements: {
        minimumAge: 18,
        training: t(
          'Korte rijopleiding op de riksja.',
          'Courte formation à la conduite du triporteur.',
          'A short trishaw riding course.',
        ),
      },
    },
    1,
  );
  await createRole(
    db,
    {
      id: 'bermmeester',
      initiativeId: 'bermmeesters',
      published: true,
      title: t('Bermmeester (demo)', 'Maître des accotements (démo)', 'Road-verge keeper (demo)'),
      description: t(
        'Houd een stuk berm bij je huis in het oog en meld wat er moet gebeuren.',
        'Surveillez un bout d’accotement près de chez vous et signalez ce qu’il faut faire.',
        'Keep an eye on a stretch of verge near your home and report what needs doing.',
      ),
      timeAsked: t(
        'Ongeveer een uur per maand, wanneer het jou past',
        'Environ une heure par mois, quand cela vous convient',
        'About an hour a month, when it suits you',
      ),
      gives: noGives,
      requirements: { minimumAge: null, training: null },
    },
    2,
  );

  // Shifts relative to now: next week and later, in the evening (UTC).
  const day = (n: number, hour: number): string => {
    const d = new Date(start + n * 86_400_000);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  await db
    .insertInto('shifts')
    .values([
      {
        id: 'zaal-1',
        role_id: 'zaal-onthaal',
        start_at: day(7, 17),
        end_at: day(7, 20),
        capacity: 2,
        places_left: 2,
        active: 1,
      },
      {
        id: 'zaal-2',
        role_id: 'zaal-onthaal',
        start_at: day(14, 17),
        end_at: day(14, 20),
        capacity: 2,
        places_left: 2,
        active: 1,
      },
      {
        id: 'zaal-3',
        role_id: 'zaal-onthaal',
        start_at: day(21, 17),
        end_at: day(21, 20),
        capacity: 3,
        places_left: 3,
        active: 1,
      },
      {
        id: 'piloot-1',
        role_id: 'fietspiloot',
        start_at: day(8, 13),
        end_at: day(8, 15),
        capacity: 2,
        places_left: 2,
        active: 1,
      },
      {
        id: 'piloot-2',
        role_id: 'fietspiloot',
        start_at: day(15, 13),
        end_at: day(15, 15),
        capacity: 2,
        places_left: 1,
        active: 1,
      },
      {
        id: 'piloot-3',
        role_id: 'fietspiloot',
        start_at: day(22, 13),
        end_at: day(22, 15),
        capacity: 1,
        places_left: 0,
        active: 1,
      },
    ])
    .execute();

  const info = {
    version: DEMO_VERSION,
    organisation: t('Voorbeeldgemeente (demo)', 'Voorbeeldgemeente (démo)', 'Voorbeeldgemeente (demo)'),
    aim: t(
      'Demotekst: de gemeente steunt bewoners die hun buurt aangenamer maken.',
      'Texte de démo : la commune soutient les habitants qui rendent leur quartier plus agréable.',
      'Demo text: the municipality supports residents who make their neighbourhood a nicer place.',
    ),
    legalStatus: t(
      'Demotekst: lokaal bestuur (gemeente).',
      'Texte de démo : pouvoir local (commune).',
      'Demo text: local government (municipality).',
    ),
    insurance: t(
      'Demotekst: burgerlijke aansprakelijkheid en lichamelijke ongevallen tijdens het vrijwilligerswerk.',
      'Texte de démo : responsabilité civile et accidents corporels pendant le volontariat.',
      'Demo text: civil liability and bodily accident cover during volunteering.',
    ),
    expenses: t(
      'Demotekst: geen onkostenvergoeding, tenzij de rol iets anders zegt.',
      'Texte de démo : pas de défraiement, sauf mention contraire dans le rôle.',
      'Demo text: no expense allowance unless the role says otherwise.',
    ),
    discretion: t(
      'Demotekst: je houdt voor je wat je over mensen te weten komt.',
      'Texte de démo : vous gardez pour vous ce que vous apprenez sur les personnes.',
      'Demo text: you keep to yourself what you learn about people.',
    ),
  };
  await db
    .insertInto('site')
    .values({
      id: 1,
      municipality: json(t('Voorbeeldgemeente (demo)', 'Voorbeeldgemeente (démo)', 'Voorbeeldgemeente (demo)')),
      locales: json(['nl', 'fr', 'en']),
      default_locale: 'nl',
      tracks: json(['create', 'experiment', 'join']),
      privacy_url: 'https://www.example.org/privacy-demo',
      privacy_version: DEMO_VERSION,
      volunteer_info: json(info),
      contact: json({
        email: 'participatie@example.org',
        phone: null,
        url: 'https://www.example.org/participatie-demo',
      }),
      demo: 1,
      updated_at: nowIso(),
      volunteer_page_url: pages.volunteer ?? null,
      ideas_page_url: pages.ideas ?? null,
    })
    .execute();
}
