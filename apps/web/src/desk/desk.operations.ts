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
            reroutedTo {
              id
              reference
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
