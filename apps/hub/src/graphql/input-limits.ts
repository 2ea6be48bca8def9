import { MAX_ITEM_LENGTH, MAX_QUESTION_LENGTH } from '#domain';

/** What a String argument or input field may hold when nothing below says otherwise. */
export const DEFAULT_MAX_LENGTH = 2000;

/**
 * Longest accepted text, in characters, per schema coordinate (`Type.field` for an input field,
 * `Type.field(arg:)` for an argument). Enforced for every request before any resolver runs; the
 * domain may be stricter still. A spec checks that every coordinate here exists in the schema.
 */
export const MAX_LENGTHS: Readonly<Record<string, number>> = {
  'SignInInput.username': 100,
  'SignInInput.password': 200,
  'RedeemSignInCodeInput.code': 100,
  'Query.topics(search:)': 100,
  'Query.visits(bsn:)': 20,
  'Query.processingRecords(bsn:)': 20,
  'CitizenInput.name': 200,
  'CitizenInput.phone': 30,
  'CitizenInput.email': 254,
  'CitizenInput.bsn': 20,
  'OpenVisitInput.questions': MAX_QUESTION_LENGTH,
  'RepresentativeInput.name': 200,
  'RepresentativeInput.relation': 100,
  'AddReferralInput.summary': 4000,
  'RerouteReferralInput.summary': 4000,
  'ResendReferralInput.summary': 4000,
  'Query.closedVisits(reference:)': 20,
  'Mutation.completeReferral(outcome:)': 4000,
  'ScheduleAppointmentInput.place': 300,
  'ScheduleAppointmentInput.extraItems': MAX_ITEM_LENGTH,
  'SetLineHoursInput.timeZone': 64,
  'SetLineHoursInput.days': 3,
  'SetLineHoursInput.opens': 5,
  'SetLineHoursInput.closes': 5,
  'MonitorPeriodInput.from': 10,
  'MonitorPeriodInput.to': 10,
  'MonitorFilterInput.municipalities': 100,
};

export function maxLengthAt(coordinate: string): number {
  return MAX_LENGTHS[coordinate] ?? DEFAULT_MAX_LENGTH;
}
