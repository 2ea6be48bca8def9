/** The GraphQL operations the desk and line use in the warm-handoff story, shared by e2e and bench. */
export const OPEN_VISIT = `mutation ($input: OpenVisitInput!) { openVisit(input: $input) { id status } }`;
export const ADD_REFERRAL = `mutation ($input: AddReferralInput!) { addReferral(input: $input) { id reference status } }`;
export const SUBMIT = `mutation ($id: ID!) { submitReferral(id: $id) { id status version } }`;
export const ACCEPT = `mutation ($id: ID!) { acceptReferral(id: $id) { id status } }`;
export const TOPICS = `query ($a: AgencyCode!) { topics(agencyCode: $a) { id code name } }`;
export const SERVICE_POINT_EVENTS = `subscription { servicePointEvents { eventId referralId type fromStatus toStatus occurredAt } }`;
export const LINE_EVENTS = `subscription { lineEvents { eventId referralId type fromStatus toStatus occurredAt } }`;

export interface EventPayload {
  eventId: string;
  referralId: string;
  type: string;
  fromStatus: string | null;
  toStatus: string;
  occurredAt: string;
}
