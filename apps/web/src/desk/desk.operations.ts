import { graphql } from '../gql';

export const AGENCIES = graphql(`
  query Agencies {
    agencies {
      code
      name
      description
    }
  }
`);

export const TOPICS = graphql(`
  query Topics($agencyCode: AgencyCode, $search: String) {
    topics(agencyCode: $agencyCode, search: $search) {
      id
      agencyCode
      code
      name
      description
      whatToBring
    }
  }
`);

export const SERVICE_POINT = graphql(`
  query ServicePoint($id: ID!) {
    servicePoint(id: $id) {
      id
      name
      municipality
    }
  }
`);

export const OPEN_VISITS = graphql(`
  query OpenVisits {
    visits(status: OPEN, first: 50) {
      edges {
        node {
          id
          channel
          openedAt
          questions
          citizen {
            name
          }
          referrals {
            ...ReferralFields
            appointment {
              kind
              channel
              startsAt
              endsAt
            }
            rejectionNote
            reroutedTo {
              id
              reference
              agencyCode
            }
            consent {
              categories
              withdrawnAt
            }
          }
        }
      }
    }
  }
`);

export const OPEN_VISIT = graphql(`
  mutation OpenVisit($input: OpenVisitInput!) {
    openVisit(input: $input) {
      id
    }
  }
`);

export const ADD_REFERRAL = graphql(`
  mutation AddReferral($input: AddReferralInput!) {
    addReferral(input: $input) {
      id
    }
  }
`);

export const SUBMIT_REFERRAL = graphql(`
  mutation SubmitReferral($id: ID!) {
    submitReferral(id: $id) {
      ...ReferralFields
    }
  }
`);

export const CANCEL_REFERRAL = graphql(`
  mutation CancelReferral($id: ID!, $reason: String!) {
    cancelReferral(id: $id, reason: $reason) {
      ...ReferralFields
    }
  }
`);

export const SERVICE_POINT_EVENTS = graphql(`
  subscription ServicePointEvents {
    servicePointEvents {
      eventId
      referralId
      toStatus
      referral {
        ...ReferralFields
        rejectionNote
        appointment {
          kind
          channel
          startsAt
          endsAt
        }
      }
    }
  }
`);

export const REROUTE_REFERRAL = graphql(`
  mutation RerouteReferral($input: RerouteReferralInput!) {
    rerouteReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const RESEND_REFERRAL = graphql(`
  mutation ResendReferral($input: ResendReferralInput!) {
    resendReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

/** The question as the desk wrote it, to start a correction from. */
export const REFERRAL_QUESTION = graphql(`
  query ReferralQuestion($id: ID!) {
    referral(id: $id) {
      id
      summary
    }
  }
`);

export const CONVERT_TO_CALLBACK = graphql(`
  mutation ConvertToCallback($id: ID!) {
    convertToCallback(id: $id) {
      ...ReferralFields
    }
  }
`);

export const CLOSE_VISIT = graphql(`
  mutation CloseVisit($id: ID!) {
    closeVisit(id: $id) {
      id
      status
      closedAt
    }
  }
`);

export const CLOSED_VISITS = graphql(`
  query ClosedVisits($reference: String) {
    closedVisits(reference: $reference) {
      id
      closedAt
      citizen {
        name
      }
      referrals {
        id
        reference
      }
    }
  }
`);

export const CITIZEN_SUMMARY = graphql(`
  query CitizenSummary($visitId: ID!) {
    citizenSummary(visitId: $visitId) {
      title
      intro
      closing
      items {
        agencyName
        topicName
        reference
        nextStep
        whatToBring
      }
    }
  }
`);
