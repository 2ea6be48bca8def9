import type { DurationClock, DurationMeasure } from '../gql/graphql';
import { useLanguage } from './language';
import type { Language } from './dictionary';

/** The monitor page's texts, kept apart from the main dictionary; English mirrors the Dutch shape. */
export interface MonitorWords {
  title: string;
  intro: string;
  filters: string;
  from: string;
  to: string;
  all: string;
  servicePoint: string;
  municipality: string;
  agency: string;
  topic: string;
  urgency: string;
  channel: string;
  apply: string;
  reset: string;
  loading: string;
  live: string;
  liveIntro: string;
  openNow: string;
  overdueNow: string;
  warmVisitsNow: string;
  overview: string;
  referrals: string;
  visits: string;
  received: string;
  accepted: string;
  rejected: string;
  cancelled: string;
  failed: string;
  rerouted: string;
  receivedInTime: string;
  acceptedInTime: string;
  durations: string;
  durationsIntro: string;
  measure: Record<DurationMeasure, string>;
  clock: Record<DurationClock, string>;
  median: string;
  p90: string;
  basedOn: string;
  trend: string;
  trendDesc: string;
  week: string;
  perAgency: string;
  perServicePoint: string;
  barsDesc: (shown: number) => string;
  rest: string;
  fullTable: string;
  group: string;
  outcomes: string;
  kind: string;
  reason: string;
  outcomeKind: Record<string, string>;
  count: string;
  noData: string;
  withheld: string;
  smallCount: string;
  download: (table: string) => string;
  downloadFailed: string;
}

const nl: MonitorWords = {
  title: 'Monitor professionele lijnen',
  intro: 'Cijfers over doorverwijzingen, zonder persoonsgegevens. Kleine aantallen tonen we als "<5". Andere aantallen zijn afgerond op tientallen.',
  filters: 'Filters',
  from: 'Van (datum)',
  to: 'Tot en met (datum)',
  all: 'Alle',
  servicePoint: 'Servicepunt',
  municipality: 'Gemeente',
  agency: 'Organisatie',
  topic: 'Onderwerp',
  urgency: 'Hoe snel',
  channel: 'Hoe kwam de burger binnen',
  apply: 'Toon cijfers',
  reset: 'Filters wissen',
  loading: 'Cijfers worden geladen…',
  live: 'Nu',
  liveIntro: 'Deze cijfers worden elke 15 seconden bijgewerkt.',
  openNow: 'Nu open',
  overdueNow: 'Nu te laat',
  warmVisitsNow: 'Warme overdrachten nu open',
  overview: 'Overzicht van de periode',
  referrals: 'Doorverwijzingen',
  visits: 'Bezoeken',
  received: 'Ontvangen',
  accepted: 'Opgepakt',
  rejected: 'Afgewezen',
  cancelled: 'Ingetrokken',
  failed: 'Mislukt',
  rerouted: 'Doorgestuurd',
  receivedInTime: 'Op tijd ontvangen',
  acceptedInTime: 'Op tijd opgepakt',
  durations: 'Hoe lang duurde het?',
  durationsIntro: 'Werktijd telt alleen de openingsuren van de lijn, zoals bij de termijnen. Kloktijd telt alle uren.',
  measure: { RECEIVE: 'Tot ontvangen', ACCEPT: 'Tot opgepakt' },
  clock: { BUSINESS: 'werktijd', WALL: 'kloktijd' },
  median: 'Mediaan',
  p90: '90% binnen',
  basedOn: 'Aantal',
  trend: 'Per week',
  trendDesc: 'Lijn: doorverwijzingen per week. De tabel eronder heeft dezelfde cijfers.',
  week: 'Week van',
  perAgency: 'Per organisatie',
  perServicePoint: 'Per servicepunt',
  barsDesc: (shown) => `Staven: doorverwijzingen bij de ${shown} grootste. De rest staat bij "overige". De tabel ernaast heeft alle cijfers.`,
  rest: 'overige',
  fullTable: 'Alle cijfers',
  group: 'Groep',
  outcomes: 'Afgewezen, doorgestuurd, ingetrokken en mislukt',
  kind: 'Soort',
  reason: 'Reden',
  outcomeKind: { REJECTED: 'Afgewezen', REROUTED: 'Doorgestuurd', CANCELLED: 'Ingetrokken', FAILED: 'Mislukt' },
  count: 'Aantal',
  noData: 'Geen cijfers voor deze keuze.',
  withheld: 'niet getoond: te weinig doorverwijzingen',
  smallCount: 'minder dan 5',
  download: (table) => `Download ${table} als CSV`,
  downloadFailed: 'Downloaden lukte niet. Probeer het opnieuw.',
};

const en: MonitorWords = {
  title: 'Monitor of the professional lines',
  intro: 'Figures on referrals, without personal data. Small counts are shown as "<5". Other counts are rounded to tens.',
  filters: 'Filters',
  from: 'From (date)',
  to: 'To (date, inclusive)',
  all: 'All',
  servicePoint: 'Service point',
  municipality: 'Municipality',
  agency: 'Agency',
  topic: 'Topic',
  urgency: 'Urgency',
  channel: 'How the citizen came in',
  apply: 'Show figures',
  reset: 'Clear filters',
  loading: 'Loading figures…',
  live: 'Now',
  liveIntro: 'These figures update every 15 seconds.',
  openNow: 'Open now',
  overdueNow: 'Overdue now',
  warmVisitsNow: 'Warm handoffs open now',
  overview: 'Overview of the period',
  referrals: 'Referrals',
  visits: 'Visits',
  received: 'Received',
  accepted: 'Accepted',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  failed: 'Failed',
  rerouted: 'Re-routed',
  receivedInTime: 'Received in time',
  acceptedInTime: 'Accepted in time',
  durations: 'How long did it take?',
  durationsIntro: 'Business time counts only the line’s opening hours, as deadlines do. Wall-clock time counts every hour.',
  measure: { RECEIVE: 'Until received', ACCEPT: 'Until accepted' },
  clock: { BUSINESS: 'business time', WALL: 'wall-clock time' },
  median: 'Median',
  p90: '90% within',
  basedOn: 'Count',
  trend: 'Per week',
  trendDesc: 'Line: referrals per week. The table below has the same figures.',
  week: 'Week of',
  perAgency: 'Per agency',
  perServicePoint: 'Per service point',
  barsDesc: (shown) => `Bars: referrals for the ${shown} largest. The rest is under "other". The table beside has every figure.`,
  rest: 'other',
  fullTable: 'All figures',
  group: 'Group',
  outcomes: 'Rejected, re-routed, cancelled and failed',
  kind: 'Kind',
  reason: 'Reason',
  outcomeKind: { REJECTED: 'Rejected', REROUTED: 'Re-routed', CANCELLED: 'Cancelled', FAILED: 'Failed' },
  count: 'Count',
  noData: 'No figures for this choice.',
  withheld: 'withheld: too few referrals',
  smallCount: 'fewer than 5',
  download: (table) => `Download ${table} as CSV`,
  downloadFailed: 'The download did not work. Please try again.',
};

const MONITOR_WORDS: Record<Language, MonitorWords> = { nl, en };

export function useMonitorWords(): MonitorWords {
  return MONITOR_WORDS[useLanguage().language];
}
