import { AgencyCode } from './agency-code.js';

/**
 * A kind of question an agency handles on its professional line.
 *
 * Names are written the way a desk worker says them in a sentence: lower case,
 * except for abbreviations and names (e.g. "huurtoeslag", "WW-uitkering").
 */
export interface TopicDefinition {
  readonly agencyCode: AgencyCode;
  /** kebab-case, unique per agency. */
  readonly code: string;
  /** Dutch (B1). */
  readonly name: string;
  /** One sentence in Dutch (B1) on what the topic covers. */
  readonly description: string;
  /** What the citizen should bring or have at hand, in Dutch (B1). 2-5 items. */
  readonly whatToBring: readonly string[];
}

const ID_DOCUMENT = 'Uw identiteitsbewijs (paspoort of ID-kaart)';
const DIGID = 'Uw DigiD, of de gegevens van uw gemachtigde';
const IBAN = 'Uw bankrekeningnummer (IBAN)';
const INCOME_AND_COSTS = 'Een overzicht van uw inkomen en vaste lasten, zoals huur en energie';
const BANK_STATEMENTS = 'Uw bankafschriften van de laatste 3 maanden';
const IND_V_NUMBER = 'Uw V-nummer (dit staat op brieven van de IND)';

export const TOPICS: readonly TopicDefinition[] = [
  // --- Belastingdienst ---
  {
    agencyCode: AgencyCode.BD,
    code: 'aangifte-inkomstenbelasting',
    name: 'aangifte inkomstenbelasting',
    description: 'Hulp bij het invullen of veranderen van de aangifte over uw inkomen van vorig jaar.',
    whatToBring: [
      DIGID,
      'Uw jaaropgaven van werk en uitkering',
      'Gegevens over uw huis, hypotheek en spaargeld',
    ],
  },
  {
    agencyCode: AgencyCode.BD,
    code: 'voorlopige-aanslag',
    name: 'voorlopige aanslag',
    description:
      'Vragen over een voorlopige aanslag, of een voorlopige aanslag aanvragen, veranderen of stoppen.',
    whatToBring: [
      'De brief met uw voorlopige aanslag',
      DIGID,
      'Een schatting van uw inkomen voor dit jaar',
    ],
  },
  {
    agencyCode: AgencyCode.BD,
    code: 'betalingsregeling',
    name: 'betalingsregeling',
    description:
      'Afspraken maken als u een belastingschuld niet in één keer kunt betalen.',
    whatToBring: [
      'De brief met de aanslag die u moet betalen',
      INCOME_AND_COSTS,
      BANK_STATEMENTS,
    ],
  },
  {
    agencyCode: AgencyCode.BD,
    code: 'kwijtschelding',
    name: 'kwijtschelding',
    description:
      'Vragen of u een belastingschuld niet hoeft te betalen, omdat u weinig inkomen en geen spaargeld hebt.',
    whatToBring: [
      'De brief met de aanslag',
      'Bewijs van uw inkomen, zoals een loonstrook of uitkeringsspecificatie',
      BANK_STATEMENTS,
      INCOME_AND_COSTS,
    ],
  },
  {
    agencyCode: AgencyCode.BD,
    code: 'bezwaar',
    name: 'bezwaar maken',
    description:
      'Bezwaar maken als u het niet eens bent met een aanslag of beslissing van de Belastingdienst.',
    whatToBring: [
      'De brief met de aanslag of beslissing',
      'Papieren die laten zien waarom de aanslag niet klopt',
    ],
  },
  {
    agencyCode: AgencyCode.BD,
    code: 'motorrijtuigenbelasting',
    name: 'motorrijtuigenbelasting',
    description: 'Vragen over de belasting voor uw auto, motor of bestelauto.',
    whatToBring: [
      'Uw kentekenbewijs (kentekencard)',
      'De brief met de aanslag motorrijtuigenbelasting',
    ],
  },
  {
    agencyCode: AgencyCode.BD,
    code: 'dwangbevel-en-beslag',
    name: 'dwangbevel en beslag',
    description:
      'Hulp als de Belastingdienst een dwangbevel stuurt of beslag legt op uw loon, uitkering of bankrekening.',
    whatToBring: [
      'Het dwangbevel of de brief over het beslag',
      'Uw laatste loonstrook of uitkeringsspecificatie',
      INCOME_AND_COSTS,
    ],
  },

  // --- Dienst Toeslagen ---
  {
    agencyCode: AgencyCode.TSL,
    code: 'huurtoeslag',
    name: 'huurtoeslag',
    description:
      'Huurtoeslag aanvragen, of uw gegevens veranderen, zoals uw huur of uw inkomen.',
    whatToBring: [
      'Uw huurcontract of de brief van de verhuurder met de huur van dit jaar',
      DIGID,
      'Een schatting van uw inkomen en dat van uw huisgenoten voor dit jaar',
    ],
  },
  {
    agencyCode: AgencyCode.TSL,
    code: 'zorgtoeslag',
    name: 'zorgtoeslag',
    description:
      'Zorgtoeslag aanvragen of veranderen, als hulp bij de kosten van uw zorgverzekering.',
    whatToBring: [
      'Uw zorgpas of de polis van uw zorgverzekering',
      DIGID,
      'Een schatting van uw inkomen voor dit jaar',
    ],
  },
  {
    agencyCode: AgencyCode.TSL,
    code: 'kinderopvangtoeslag',
    name: 'kinderopvangtoeslag',
    description: 'Toeslag voor de kosten van kinderopvang aanvragen of veranderen.',
    whatToBring: [
      'Het contract met de kinderopvang',
      'Het aantal uren opvang per maand en de prijs per uur',
      DIGID,
    ],
  },
  {
    agencyCode: AgencyCode.TSL,
    code: 'kindgebonden-budget',
    name: 'kindgebonden budget',
    description: 'Vragen over het extra geld voor ouders met kinderen jonger dan 18 jaar.',
    whatToBring: [
      'De brief over uw kindgebonden budget',
      DIGID,
      'Een schatting van uw inkomen en dat van uw partner voor dit jaar',
    ],
  },
  {
    agencyCode: AgencyCode.TSL,
    code: 'terugvordering',
    name: 'terugvordering',
    description:
      'Vragen over toeslag die u moet terugbetalen, bijvoorbeeld omdat uw inkomen hoger was dan u had doorgegeven.',
    whatToBring: [
      'De brief over de terugvordering',
      'De brief met de definitieve berekening van uw toeslag',
      INCOME_AND_COSTS,
    ],
  },
  {
    agencyCode: AgencyCode.TSL,
    code: 'wijziging-doorgeven',
    name: 'wijziging doorgeven',
    description:
      'Een verandering doorgeven, zoals een nieuw adres, een ander inkomen of een nieuwe huisgenoot.',
    whatToBring: [
      DIGID,
      'Papieren over de verandering, zoals een nieuw huurcontract of een nieuwe loonstrook',
    ],
  },
  {
    agencyCode: AgencyCode.TSL,
    code: 'herstel-kinderopvangtoeslag',
    name: 'herstel kinderopvangtoeslag',
    description:
      'Hulp voor ouders die zijn getroffen door de problemen met de kinderopvangtoeslag.',
    whatToBring: [
      'Brieven die u hebt gekregen over het herstel van de kinderopvangtoeslag',
      ID_DOCUMENT,
      'De naam van uw persoonlijk zaakbehandelaar, als u die hebt',
    ],
  },

  // --- Sociale Verzekeringsbank ---
  {
    agencyCode: AgencyCode.SVB,
    code: 'aow',
    name: 'AOW',
    description:
      'Vragen over het AOW-pensioen: wanneer het begint, hoe hoog het is en hoe u het aanvraagt.',
    whatToBring: [DIGID, ID_DOCUMENT, IBAN],
  },
  {
    agencyCode: AgencyCode.SVB,
    code: 'kinderbijslag',
    name: 'kinderbijslag',
    description:
      'Kinderbijslag aanvragen of een verandering doorgeven, bijvoorbeeld als uw kind ergens anders gaat wonen.',
    whatToBring: [DIGID, 'Het burgerservicenummer (BSN) van uw kind', IBAN],
  },
  {
    agencyCode: AgencyCode.SVB,
    code: 'anw-uitkering',
    name: 'Anw-uitkering',
    description: 'Een uitkering voor nabestaanden, als uw partner of ouder is overleden.',
    whatToBring: [
      'De overlijdensakte, of de datum van overlijden',
      ID_DOCUMENT,
      'Gegevens over uw inkomen, zoals een loonstrook',
    ],
  },
  {
    agencyCode: AgencyCode.SVB,
    code: 'aio-aanvulling',
    name: 'AIO-aanvulling',
    description: 'Extra geld als uw AOW te laag is om van te leven.',
    whatToBring: [
      'De brief over uw AOW',
      BANK_STATEMENTS,
      'Een overzicht van uw spaargeld en bezit',
      'Uw huurcontract of uw hypotheekgegevens',
    ],
  },
  {
    agencyCode: AgencyCode.SVB,
    code: 'pgb',
    name: 'persoonsgebonden budget (pgb)',
    description:
      'Vragen over betalingen uit uw pgb aan uw zorgverleners.',
    whatToBring: [
      'De zorgovereenkomst met uw zorgverlener',
      'De declaratie of factuur waar uw vraag over gaat',
      DIGID,
    ],
  },
  {
    agencyCode: AgencyCode.SVB,
    code: 'wonen-in-het-buitenland',
    name: 'wonen of werken in het buitenland',
    description:
      'Vragen over uw AOW of kinderbijslag als u in het buitenland woont of werkt, of daar hebt gewoond of gewerkt.',
    whatToBring: [
      'Papieren over wonen of werken in het buitenland, zoals een arbeidscontract',
      ID_DOCUMENT,
      'Uw adres in het buitenland',
    ],
  },

  // --- Dienst Uitvoering Onderwijs ---
  {
    agencyCode: AgencyCode.DUO,
    code: 'studiefinanciering',
    name: 'studiefinanciering',
    description:
      'Studiefinanciering aanvragen, veranderen of stoppen voor het mbo, hbo of de universiteit.',
    whatToBring: [DIGID, 'Het bewijs van inschrijving bij uw school', IBAN],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'studieschuld-terugbetalen',
    name: 'studieschuld terugbetalen',
    description:
      'Vragen over het terugbetalen van uw studieschuld en over het bedrag dat u elke maand betaalt.',
    whatToBring: [DIGID, 'De brief van DUO over uw maandbedrag'],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'lager-maandbedrag',
    name: 'lager maandbedrag',
    description:
      'Een lager maandbedrag voor uw studieschuld aanvragen, omdat u weinig inkomen hebt.',
    whatToBring: [
      'Bewijs van uw inkomen, zoals een loonstrook of jaaropgave',
      'Bewijs van het inkomen van uw partner, als u een partner hebt',
      DIGID,
    ],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'aflossingsvrije-periode',
    name: 'aflossingsvrije periode',
    description:
      'Een tijd aanvragen waarin u uw studieschuld niet hoeft terug te betalen, bijvoorbeeld als het tijdelijk moeilijk is.',
    whatToBring: [DIGID, 'De brief van DUO over uw studieschuld'],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'betalingsachterstand',
    name: 'betalingsachterstand studieschuld',
    description:
      'Hulp als u achter bent met terugbetalen en DUO u herinneringen of aanmaningen stuurt.',
    whatToBring: [
      'De brieven of aanmaningen van DUO',
      INCOME_AND_COSTS,
      DIGID,
    ],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'studentenreisproduct',
    name: 'studentenreisproduct',
    description:
      'Vragen over gratis of goedkoop reizen met het ov als student, en over de boete als u te lang reist.',
    whatToBring: [
      'Uw persoonlijke OV-chipkaart',
      DIGID,
      'De brief van DUO over de ov-boete, als u die hebt gekregen',
    ],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'tegemoetkoming-scholieren',
    name: 'tegemoetkoming scholieren',
    description:
      'Geld voor scholieren van 18 jaar en ouder, als hulp bij de kosten van school.',
    whatToBring: [
      DIGID,
      'Het bewijs van inschrijving bij de school',
      'Gegevens over het inkomen van uw ouders',
    ],
  },
  {
    agencyCode: AgencyCode.DUO,
    code: 'diploma',
    name: 'diploma en cijferlijst',
    description:
      'Een bewijs van uw diploma aanvragen uit het diplomaregister.',
    whatToBring: [DIGID, 'De naam van de school en het jaar waarin u uw diploma haalde'],
  },

  // --- Centraal Justitieel Incassobureau ---
  {
    agencyCode: AgencyCode.CJIB,
    code: 'verkeersboete',
    name: 'verkeersboete',
    description:
      'Vragen over een boete voor een verkeersovertreding, zoals te hard rijden of door rood rijden.',
    whatToBring: [
      'De brief met de boete en het CJIB-nummer',
      'Uw kentekenbewijs, als de boete over een auto of motor gaat',
    ],
  },
  {
    agencyCode: AgencyCode.CJIB,
    code: 'betalingsregeling',
    name: 'betalingsregeling',
    description:
      'In delen betalen, als u een boete niet in één keer kunt betalen.',
    whatToBring: ['De brief met het CJIB-nummer', INCOME_AND_COSTS],
  },
  {
    agencyCode: AgencyCode.CJIB,
    code: 'aanmaning-en-verhoging',
    name: 'aanmaning en verhoging',
    description:
      'Vragen over een hoger bedrag, omdat een boete niet op tijd is betaald.',
    whatToBring: [
      'De aanmaning of de brief met het hogere bedrag',
      'Bewijs van betaling, als u al hebt betaald',
    ],
  },
  {
    agencyCode: AgencyCode.CJIB,
    code: 'niet-eens-met-boete',
    name: 'niet eens met een boete',
    description:
      'Uitleg over hoe u bezwaar maakt als u het niet eens bent met een boete.',
    whatToBring: [
      'De brief met de boete',
      "Bewijs dat de boete niet klopt, zoals foto's of een verklaring",
    ],
  },
  {
    agencyCode: AgencyCode.CJIB,
    code: 'strafbeschikking',
    name: 'strafbeschikking',
    description:
      'Vragen over een straf van de officier van justitie, zoals een geldboete voor een strafbaar feit.',
    whatToBring: ['De brief met de strafbeschikking', ID_DOCUMENT],
  },
  {
    agencyCode: AgencyCode.CJIB,
    code: 'schadevergoeding-slachtoffer',
    name: 'schadevergoeding voor slachtoffers',
    description:
      'Vragen over geld dat een dader aan een slachtoffer moet betalen, en wanneer het slachtoffer dit krijgt.',
    whatToBring: [
      'De uitspraak van de rechter of de brief van het CJIB',
      IBAN,
      ID_DOCUMENT,
    ],
  },
  {
    agencyCode: AgencyCode.CJIB,
    code: 'beslag',
    name: 'beslag op loon of uitkering',
    description:
      'Hulp als het CJIB beslag legt op uw loon, uitkering of bankrekening om een boete te innen.',
    whatToBring: [
      'De brief over het beslag',
      'Uw laatste loonstrook of uitkeringsspecificatie',
      INCOME_AND_COSTS,
    ],
  },

  // --- UWV ---
  {
    agencyCode: AgencyCode.UWV,
    code: 'ww-uitkering',
    name: 'WW-uitkering',
    description:
      'Een uitkering aanvragen als u uw baan verliest, of vragen over uw WW-uitkering.',
    whatToBring: [
      DIGID,
      'De ontslagbrief, of de brief dat uw contract stopt',
      'Uw laatste loonstrook',
    ],
  },
  {
    agencyCode: AgencyCode.UWV,
    code: 'wia',
    name: 'WIA-uitkering',
    description:
      'Een uitkering als u na 2 jaar ziekte minder of helemaal niet meer kunt werken.',
    whatToBring: [
      DIGID,
      'Brieven van uw werkgever en bedrijfsarts over uw ziekte',
      'Uw re-integratieverslag, als u dat hebt',
    ],
  },
  {
    agencyCode: AgencyCode.UWV,
    code: 'ziektewet',
    name: 'Ziektewet-uitkering',
    description:
      'Een uitkering als u ziek bent en geen werkgever meer hebt, bijvoorbeeld omdat uw contract is gestopt.',
    whatToBring: [
      DIGID,
      'De datum waarop u ziek werd',
      'Uw laatste loonstrook of uw arbeidscontract',
    ],
  },
  {
    agencyCode: AgencyCode.UWV,
    code: 'wajong',
    name: 'Wajong',
    description:
      'Een uitkering of hulp bij werk voor jongeren die al van jongs af aan ziek zijn of een handicap hebben.',
    whatToBring: [
      DIGID,
      'Brieven van artsen over uw ziekte of handicap',
      ID_DOCUMENT,
    ],
  },
  {
    agencyCode: AgencyCode.UWV,
    code: 'werk-zoeken',
    name: 'werk zoeken',
    description:
      'Hulp bij het zoeken naar werk en bij het inschrijven als werkzoekende.',
    whatToBring: [DIGID, 'Uw cv, als u dat hebt'],
  },
  {
    agencyCode: AgencyCode.UWV,
    code: 'betaling-en-jaaropgave',
    name: 'betaling en jaaropgave',
    description:
      'Vragen over de betaling van uw uitkering, of over uw jaaropgave van UWV.',
    whatToBring: [DIGID, 'De betaalspecificatie of jaaropgave van UWV'],
  },
  {
    agencyCode: AgencyCode.UWV,
    code: 'zwangerschapsuitkering',
    name: 'zwangerschapsuitkering',
    description:
      'Een uitkering bij zwangerschap en bevalling voor vrouwen die zelfstandig werken of geen werkgever hebben.',
    whatToBring: [
      'De zwangerschapsverklaring van de verloskundige of arts',
      DIGID,
      IBAN,
    ],
  },

  // --- CAK ---
  {
    agencyCode: AgencyCode.CAK,
    code: 'eigen-bijdrage-wlz',
    name: 'eigen bijdrage Wlz',
    description:
      'Vragen over wat u zelf betaalt voor zorg uit de Wet langdurige zorg, bijvoorbeeld in een verpleeghuis.',
    whatToBring: [
      'De brief van het CAK over uw eigen bijdrage',
      'Uw jaaropgaven van inkomen en pensioen',
      'Een overzicht van uw spaargeld en bezit',
    ],
  },
  {
    agencyCode: AgencyCode.CAK,
    code: 'eigen-bijdrage-wmo',
    name: 'eigen bijdrage Wmo',
    description:
      'Vragen over wat u zelf betaalt voor hulp van de gemeente, zoals hulp in het huishouden.',
    whatToBring: [
      'De brief of factuur van het CAK',
      'De brief van de gemeente over uw hulp',
    ],
  },
  {
    agencyCode: AgencyCode.CAK,
    code: 'betalingsregeling',
    name: 'betalingsregeling',
    description:
      'Afspraken maken als u de eigen bijdrage niet in één keer kunt betalen.',
    whatToBring: ['De factuur of aanmaning van het CAK', INCOME_AND_COSTS],
  },
  {
    agencyCode: AgencyCode.CAK,
    code: 'inkomen-veranderd',
    name: 'inkomen of vermogen veranderd',
    description:
      'Doorgeven dat uw inkomen of vermogen lager is geworden, zodat het CAK uw eigen bijdrage opnieuw berekent.',
    whatToBring: [
      'Bewijs van uw nieuwe inkomen, zoals een loonstrook of uitkeringsspecificatie',
      'De brief van het CAK over uw eigen bijdrage',
    ],
  },
  {
    agencyCode: AgencyCode.CAK,
    code: 'achterstand-zorgpremie',
    name: 'achterstand zorgpremie',
    description:
      'Vragen als u uw zorgpremie aan het CAK moet betalen, omdat u uw zorgverzekering een tijd niet hebt betaald.',
    whatToBring: [
      'De brief van het CAK over de premie',
      'Uw zorgpas of de polis van uw zorgverzekering',
      'De gegevens van uw schuldhulpverlener, als u die hebt',
    ],
  },
  {
    agencyCode: AgencyCode.CAK,
    code: 'niet-verzekerd',
    name: 'niet verzekerd voor zorg',
    description:
      'Vragen over een brief van het CAK omdat u geen zorgverzekering hebt.',
    whatToBring: [
      'De brief van het CAK',
      'Bewijs van uw zorgverzekering, als u die nu wel hebt',
    ],
  },
  {
    agencyCode: AgencyCode.CAK,
    code: 'na-overlijden',
    name: 'eigen bijdrage na overlijden',
    description:
      'Vragen over de eigen bijdrage nadat iemand die zorg kreeg is overleden.',
    whatToBring: [
      'De overlijdensakte, of de datum van overlijden',
      'De laatste brief van het CAK',
      ID_DOCUMENT,
    ],
  },

  // --- IND ---
  {
    agencyCode: AgencyCode.IND,
    code: 'verblijfsvergunning',
    name: 'verblijfsvergunning',
    description:
      'Een verblijfsvergunning aanvragen of verlengen, bijvoorbeeld voor werk, studie of gezin.',
    whatToBring: [
      'Uw paspoort',
      'Uw verblijfsdocument, als u dat al hebt',
      'De brieven van de IND over uw aanvraag',
    ],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'naturalisatie',
    name: 'naturalisatie',
    description:
      'Nederlander worden door naturalisatie, en wat u daarvoor nodig hebt.',
    whatToBring: [
      'Uw paspoort en uw verblijfsdocument',
      'Uw inburgeringsdiploma of bewijs dat u niet hoeft in te burgeren',
      'Uw geboorteakte',
    ],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'gezinshereniging',
    name: 'gezinshereniging',
    description:
      'Uw partner of kinderen naar Nederland laten komen om hier bij u te wonen.',
    whatToBring: [
      'Uw paspoort en uw verblijfsdocument',
      'Uw huwelijksakte, of de geboorteakten van uw kinderen',
      'Bewijs van uw inkomen, zoals uw loonstroken',
    ],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'stand-van-aanvraag',
    name: 'stand van de aanvraag',
    description:
      'Vragen over hoe ver de IND is met uw aanvraag, en hoe lang het nog duurt.',
    whatToBring: [IND_V_NUMBER, 'De ontvangstbevestiging van uw aanvraag'],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'verblijfsdocument',
    name: 'verblijfsdocument ophalen of vervangen',
    description:
      'Een afspraak maken om uw verblijfsdocument op te halen, of een nieuw document als het kwijt of kapot is.',
    whatToBring: [
      'De brief van de IND dat uw document klaarligt',
      'Uw paspoort',
      'Een bewijs van aangifte bij de politie, als uw document is gestolen',
    ],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'asiel',
    name: 'asiel',
    description:
      'Vragen over een asielaanvraag of over een verblijfsvergunning asiel.',
    whatToBring: [
      IND_V_NUMBER,
      'Brieven van de IND over uw asielaanvraag',
      'Uw identiteitsbewijs of verblijfsdocument',
    ],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'werken-in-nederland',
    name: 'werken in Nederland',
    description:
      'Vragen over een verblijfsvergunning voor werk, en of u met uw vergunning mag werken.',
    whatToBring: [
      'Uw verblijfsdocument',
      'Uw arbeidscontract, of de brief van uw werkgever met het aanbod',
    ],
  },
  {
    agencyCode: AgencyCode.IND,
    code: 'bezwaar',
    name: 'bezwaar tegen een besluit',
    description:
      'Bezwaar maken als u het niet eens bent met een besluit van de IND.',
    whatToBring: [
      'De brief met het besluit',
      IND_V_NUMBER,
      'Papieren die laten zien waarom het besluit niet klopt',
    ],
  },
];
