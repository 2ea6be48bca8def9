/** The eight agencies reachable over a professional line. */
export enum AgencyCode {
  BD = 'BD',
  TSL = 'TSL',
  SVB = 'SVB',
  DUO = 'DUO',
  CJIB = 'CJIB',
  UWV = 'UWV',
  CAK = 'CAK',
  IND = 'IND',
}

export const AGENCY_CODES: readonly AgencyCode[] = Object.values(AgencyCode);

export function isAgencyCode(value: string): value is AgencyCode {
  return (AGENCY_CODES as readonly string[]).includes(value);
}
