import { AgencyCode } from './agency-code.js';
import { DEFAULT_LINE_HOURS, type LineHours } from './line-hours.js';

/** An agency reachable over a professional line (professionallijn). */
export interface AgencyDefinition {
  readonly code: AgencyCode;
  /** Official Dutch name. */
  readonly name: string;
  /** One sentence in Dutch (B1) on what the agency does. */
  readonly description: string;
  readonly lineHours: LineHours;
}

/** Lines that open an hour earlier than the default. */
const EARLY_LINE_HOURS: LineHours = { ...DEFAULT_LINE_HOURS, opens: '08:00' };

/** Lines that open at half past eight. */
const HALF_PAST_EIGHT_LINE_HOURS: LineHours = { ...DEFAULT_LINE_HOURS, opens: '08:30' };

export const AGENCIES: readonly AgencyDefinition[] = [
  {
    code: AgencyCode.BD,
    name: 'Belastingdienst',
    description:
      'De Belastingdienst int belastingen, zoals de inkomstenbelasting, en helpt mensen met hun aangifte.',
    lineHours: EARLY_LINE_HOURS,
  },
  {
    code: AgencyCode.TSL,
    name: 'Dienst Toeslagen',
    description:
      'De Dienst Toeslagen betaalt toeslagen voor huur, zorg, kinderopvang en kinderen, en vraagt te veel betaalde toeslag terug.',
    lineHours: EARLY_LINE_HOURS,
  },
  {
    code: AgencyCode.SVB,
    name: 'Sociale Verzekeringsbank',
    description:
      'De Sociale Verzekeringsbank betaalt onder andere de AOW, de kinderbijslag en de uitkering voor nabestaanden.',
    lineHours: HALF_PAST_EIGHT_LINE_HOURS,
  },
  {
    code: AgencyCode.DUO,
    name: 'Dienst Uitvoering Onderwijs',
    description:
      'Dienst Uitvoering Onderwijs regelt de studiefinanciering en het terugbetalen van de studieschuld.',
    lineHours: DEFAULT_LINE_HOURS,
  },
  {
    code: AgencyCode.CJIB,
    name: 'Centraal Justitieel Incassobureau',
    description:
      'Het Centraal Justitieel Incassobureau int boetes, zoals verkeersboetes, en andere bedragen die mensen aan justitie moeten betalen.',
    lineHours: DEFAULT_LINE_HOURS,
  },
  {
    code: AgencyCode.UWV,
    name: 'Uitvoeringsinstituut Werknemersverzekeringen',
    description:
      'Het UWV betaalt een uitkering als u werkloos of ziek bent of niet meer kunt werken, en helpt bij het zoeken naar werk.',
    lineHours: EARLY_LINE_HOURS,
  },
  {
    code: AgencyCode.CAK,
    name: 'CAK',
    description:
      'Het CAK berekent en int de eigen bijdrage die u zelf betaalt voor zorg uit de Wlz en voor hulp uit de Wmo.',
    lineHours: DEFAULT_LINE_HOURS,
  },
  {
    code: AgencyCode.IND,
    name: 'Immigratie- en Naturalisatiedienst',
    description:
      'De Immigratie- en Naturalisatiedienst beslist over verblijfsvergunningen en over aanvragen om Nederlander te worden.',
    lineHours: DEFAULT_LINE_HOURS,
  },
];
