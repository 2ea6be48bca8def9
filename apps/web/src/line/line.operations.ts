import { graphql } from '../gql';

/** What an inbox row shows; the timeline waits until a referral is opened. */
export const INBOX_ROW_FIELDS = graphql(`
  fragment InboxRowFields on Referral {
    id
    reference
    status
    version
    urgency
    agencyCode
    submittedAt
    closedAt
    topic {
      id
      name
    }
    deadlineState {
      dueAt
      state
      businessMinutesLeft
    }
    assignee {
      id
      displayName
    }
  }
`);

export const INBOX = graphql(`
  query Inbox($agency: AgencyCode!, $status: [ReferralStatus!], $urgency: [Urgency!], $handler: ID) {
    inbox(agency: $agency, status: $status, urgency: $urgency, handler: $handler, first: 100) {
      edges {
        node {
          ...InboxRowFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** Reading this writes a processing-log record on the hub: only open it when the specialist picks a referral. */
export const REFERRAL_DETAIL = graphql(`
  query ReferralDetail($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
      summary
      outcome
      citizen {
        name
        phone
        email
        bsn
      }
      consent {
        categories
        method
        recordedAt
        withdrawnAt
      }
      whatToBring
      servicePoint {
        name
        address
      }
      agency {
        code
        name
        rejectReasons
        failReasons
      }
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

export const ACCEPT_REFERRAL = graphql(`
  mutation AcceptReferral($id: ID!) {
    acceptReferral(id: $id) {
      ...ReferralFields
    }
  }
`);

export const REJECT_REFERRAL = graphql(`
  mutation RejectReferral($input: RejectReferralInput!) {
    rejectReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const FAIL_REFERRAL = graphql(`
  mutation FailReferral($input: FailReferralInput!) {
    failReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const HOLD_REFERRAL = graphql(`
  mutation HoldReferral($id: ID!, $reason: String!) {
    holdReferral(id: $id, reason: $reason) {
      ...ReferralFields
    }
  }
`);

export const RESUME_REFERRAL = graphql(`
  mutation ResumeReferral($id: ID!) {
    resumeReferral(id: $id) {
      ...ReferralFields
    }
  }
`);

export const START_REFERRAL = graphql(`
  mutation StartReferral($id: ID!) {
    startReferral(id: $id) {
      ...ReferralFields
    }
  }
`);

export const COMPLETE_REFERRAL = graphql(`
  mutation CompleteReferral($id: ID!, $outcome: String!) {
    completeReferral(id: $id, outcome: $outcome) {
      ...ReferralFields
      outcome
    }
  }
`);

export const LINE_EVENTS = graphql(`
  subscription LineEvents {
    lineEvents {
      eventId
      referralId
      type
      toStatus
      referral {
        ...ReferralFields
      }
    }
  }
`);

/** For coordinators only: the hub sends escalations to them, not to the whole line. */
export const ESCALATIONS = graphql(`
  subscription Escalations {
    escalations {
      eventId
      referralId
      occurredAt
      referral {
        ...ReferralFields
      }
    }
  }
`);

export const TAKE_NEXT = graphql(`
  mutation TakeNextReferral {
    takeNextReferral {
      ...ReferralFields
    }
  }
`);

export const OVERDUE = graphql(`
  query OverdueReferrals($agency: AgencyCode!) {
    overdueReferrals(agency: $agency, first: 100) {
      edges {
        node {
          ...InboxRowFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const LINE_STAFF = graphql(`
  query LineStaff {
    lineStaff {
      id
      displayName
      role
    }
  }
`);

export const REASSIGN_REFERRAL = graphql(`
  mutation ReassignReferral($id: ID!, $toAccountId: ID!) {
    reassignReferral(id: $id, toAccountId: $toAccountId) {
      ...ReferralFields
    }
  }
`);

export const TAKE_OVER_REFERRAL = graphql(`
  mutation TakeOverReferral($id: ID!) {
    takeOverReferral(id: $id) {
      ...ReferralFields
    }
  }
`);
