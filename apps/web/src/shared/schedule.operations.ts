import { graphql } from '../gql';

/** The desk and the line both may set what happens next; the hub checks the referral is picked up. */
export const SCHEDULE_APPOINTMENT = graphql(`
  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) {
      ...ReferralFields
      whatToBring
      appointment {
        kind
        channel
        startsAt
        endsAt
        place
        extraItems
      }
    }
  }
`);
