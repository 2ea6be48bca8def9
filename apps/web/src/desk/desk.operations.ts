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
      }
    }
  }
`);
