import { graphql } from '../gql';

/** What every screen shows of a referral; no personal data, so the board and the inbox can share it. */
export const REFERRAL_FIELDS = graphql(`
  fragment ReferralFields on Referral {
    id
    reference
    status
    urgency
    agencyCode
    businessStatus
    rejectReasonCode
    failReasonCode
    createdAt
    submittedAt
    receivedAt
    acceptedAt
    receiveDueAt
    acceptDueAt
    closedAt
    updatedAt
    version
    visitId
    agency {
      code
      name
    }
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
    timeline {
      id
      type
      fromStatus
      toStatus
      actorRole
      actorName
      handlerName
      reasonCode
      note
      relatedReference
      scheduledKind
      scheduledAt
      occurredAt
    }
  }
`);
