/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Agencies {\n    agencies {\n      code\n      name\n      description\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query Topics($agencyCode: AgencyCode, $search: String) {\n    topics(agencyCode: $agencyCode, search: $search) {\n      id\n      agencyCode\n      code\n      name\n      description\n      whatToBring\n    }\n  }\n": typeof types.TopicsDocument,
    "\n  query ServicePoint($id: ID!) {\n    servicePoint(id: $id) {\n      id\n      name\n      municipality\n    }\n  }\n": typeof types.ServicePointDocument,
    "\n  query OpenVisits {\n    visits(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          channel\n          openedAt\n          questions\n          citizen {\n            name\n          }\n          referrals {\n            ...ReferralFields\n            appointment {\n              kind\n              channel\n              startsAt\n              endsAt\n            }\n            rejectionNote\n            reroutedTo {\n              id\n              reference\n              agencyCode\n            }\n            consent {\n              categories\n              withdrawnAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenVisitsDocument,
    "\n  mutation OpenVisit($input: OpenVisitInput!) {\n    openVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenVisitDocument,
    "\n  mutation AddReferral($input: AddReferralInput!) {\n    addReferral(input: $input) {\n      id\n    }\n  }\n": typeof types.AddReferralDocument,
    "\n  mutation SubmitReferral($id: ID!) {\n    submitReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.SubmitReferralDocument,
    "\n  mutation CancelReferral($id: ID!, $reason: String!) {\n    cancelReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.CancelReferralDocument,
    "\n  subscription ServicePointEvents {\n    servicePointEvents {\n      eventId\n      referralId\n      toStatus\n      referral {\n        ...ReferralFields\n        rejectionNote\n        appointment {\n          kind\n          channel\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.ServicePointEventsDocument,
    "\n  mutation RerouteReferral($input: RerouteReferralInput!) {\n    rerouteReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.RerouteReferralDocument,
    "\n  mutation ResendReferral($input: ResendReferralInput!) {\n    resendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ResendReferralDocument,
    "\n  query ReferralQuestion($id: ID!) {\n    referral(id: $id) {\n      id\n      summary\n    }\n  }\n": typeof types.ReferralQuestionDocument,
    "\n  mutation ConvertToCallback($id: ID!) {\n    convertToCallback(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ConvertToCallbackDocument,
    "\n  mutation CloseVisit($id: ID!) {\n    closeVisit(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseVisitDocument,
    "\n  query ClosedVisits($reference: String) {\n    closedVisits(reference: $reference) {\n      id\n      closedAt\n      citizen {\n        name\n      }\n      referrals {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.ClosedVisitsDocument,
    "\n  query CitizenSummary($visitId: ID!) {\n    citizenSummary(visitId: $visitId) {\n      title\n      intro\n      closing\n      items {\n        agencyName\n        topicName\n        reference\n        nextStep\n        whatToBring\n      }\n    }\n  }\n": typeof types.CitizenSummaryDocument,
    "\n  fragment InboxRowFields on Referral {\n    id\n    reference\n    status\n    version\n    urgency\n    agencyCode\n    submittedAt\n    closedAt\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.InboxRowFieldsFragmentDoc,
    "\n  query Inbox($agency: AgencyCode!, $status: [ReferralStatus!], $urgency: [Urgency!], $handler: ID) {\n    inbox(agency: $agency, status: $status, urgency: $urgency, handler: $handler, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      summary\n      outcome\n      citizen {\n        name\n        phone\n        email\n        bsn\n      }\n      consent {\n        categories\n        method\n        recordedAt\n        withdrawnAt\n      }\n      whatToBring\n      servicePoint {\n        name\n        address\n      }\n      agency {\n        code\n        name\n        rejectReasons\n        failReasons\n      }\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n": typeof types.ReferralDetailDocument,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation RejectReferral($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.RejectReferralDocument,
    "\n  mutation FailReferral($input: FailReferralInput!) {\n    failReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.FailReferralDocument,
    "\n  mutation HoldReferral($id: ID!, $reason: String!) {\n    holdReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.HoldReferralDocument,
    "\n  mutation ResumeReferral($id: ID!) {\n    resumeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ResumeReferralDocument,
    "\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.StartReferralDocument,
    "\n  mutation CompleteReferral($id: ID!, $outcome: String!) {\n    completeReferral(id: $id, outcome: $outcome) {\n      ...ReferralFields\n      outcome\n    }\n  }\n": typeof types.CompleteReferralDocument,
    "\n  subscription LineEvents {\n    lineEvents {\n      eventId\n      referralId\n      type\n      toStatus\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n": typeof types.LineEventsDocument,
    "\n  subscription Escalations {\n    escalations {\n      eventId\n      referralId\n      occurredAt\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n": typeof types.EscalationsDocument,
    "\n  mutation TakeNextReferral {\n    takeNextReferral {\n      ...ReferralFields\n    }\n  }\n": typeof types.TakeNextReferralDocument,
    "\n  query OverdueReferrals($agency: AgencyCode!) {\n    overdueReferrals(agency: $agency, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OverdueReferralsDocument,
    "\n  query LineStaff {\n    lineStaff {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.LineStaffDocument,
    "\n  mutation ReassignReferral($id: ID!, $toAccountId: ID!) {\n    reassignReferral(id: $id, toAccountId: $toAccountId) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReassignReferralDocument,
    "\n  mutation TakeOverReferral($id: ID!) {\n    takeOverReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.TakeOverReferralDocument,
    "\n  fragment MonitorFiguresParts on MonitorFigures {\n    referrals { value label }\n    visits { value label }\n    received { value label }\n    accepted { value label }\n    rejected { value label }\n    cancelled { value label }\n    failed { value label }\n    rerouted { value label }\n    receivedInTimeShare\n    acceptedInTimeShare\n    durations { measure clock medianSeconds p90Seconds basedOn { value label } }\n  }\n": typeof types.MonitorFiguresPartsFragmentDoc,
    "\n  query MonitorPage($period: MonitorPeriodInput, $filter: MonitorFilterInput) {\n    monitorOverview(period: $period, filter: $filter) { ...MonitorFiguresParts }\n    monitorTrend(period: $period, filter: $filter, step: WEEK) { key label figures { ...MonitorFiguresParts } }\n    perAgency: monitorBreakdown(by: AGENCY, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    perServicePoint: monitorBreakdown(by: SERVICE_POINT, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    monitorOutcomes(period: $period, filter: $filter) { kind code agencyCode count { value label } }\n  }\n": typeof types.MonitorPageDocument,
    "\n  query MonitorChoices($period: MonitorPeriodInput) {\n    servicePoints: monitorBreakdown(by: SERVICE_POINT, period: $period) { key label }\n    municipalities: monitorBreakdown(by: MUNICIPALITY, period: $period) { key label }\n    topics: monitorBreakdown(by: TOPIC, period: $period) { key label }\n  }\n": typeof types.MonitorChoicesDocument,
    "\n  query MonitorLive($filter: MonitorFilterInput) {\n    monitorLive(filter: $filter) {\n      openNow { value label }\n      overdueNow { value label }\n      warmVisitsOpenNow { value label }\n    }\n  }\n": typeof types.MonitorLiveDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    reference\n    status\n    urgency\n    agencyCode\n    businessStatus\n    rejectReasonCode\n    failReasonCode\n    createdAt\n    submittedAt\n    receivedAt\n    acceptedAt\n    receiveDueAt\n    acceptDueAt\n    closedAt\n    updatedAt\n    version\n    visitId\n    agency {\n      code\n      name\n    }\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n    timeline {\n      id\n      type\n      fromStatus\n      toStatus\n      actorRole\n      actorName\n      handlerName\n      reasonCode\n      note\n      relatedReference\n      scheduledKind\n      scheduledAt\n      occurredAt\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...ReferralFields\n      whatToBring\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n": typeof types.ScheduleAppointmentDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        servicePointId\n        agencyCode\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query Agencies {\n    agencies {\n      code\n      name\n      description\n    }\n  }\n": types.AgenciesDocument,
    "\n  query Topics($agencyCode: AgencyCode, $search: String) {\n    topics(agencyCode: $agencyCode, search: $search) {\n      id\n      agencyCode\n      code\n      name\n      description\n      whatToBring\n    }\n  }\n": types.TopicsDocument,
    "\n  query ServicePoint($id: ID!) {\n    servicePoint(id: $id) {\n      id\n      name\n      municipality\n    }\n  }\n": types.ServicePointDocument,
    "\n  query OpenVisits {\n    visits(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          channel\n          openedAt\n          questions\n          citizen {\n            name\n          }\n          referrals {\n            ...ReferralFields\n            appointment {\n              kind\n              channel\n              startsAt\n              endsAt\n            }\n            rejectionNote\n            reroutedTo {\n              id\n              reference\n              agencyCode\n            }\n            consent {\n              categories\n              withdrawnAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OpenVisitsDocument,
    "\n  mutation OpenVisit($input: OpenVisitInput!) {\n    openVisit(input: $input) {\n      id\n    }\n  }\n": types.OpenVisitDocument,
    "\n  mutation AddReferral($input: AddReferralInput!) {\n    addReferral(input: $input) {\n      id\n    }\n  }\n": types.AddReferralDocument,
    "\n  mutation SubmitReferral($id: ID!) {\n    submitReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.SubmitReferralDocument,
    "\n  mutation CancelReferral($id: ID!, $reason: String!) {\n    cancelReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.CancelReferralDocument,
    "\n  subscription ServicePointEvents {\n    servicePointEvents {\n      eventId\n      referralId\n      toStatus\n      referral {\n        ...ReferralFields\n        rejectionNote\n        appointment {\n          kind\n          channel\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.ServicePointEventsDocument,
    "\n  mutation RerouteReferral($input: RerouteReferralInput!) {\n    rerouteReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.RerouteReferralDocument,
    "\n  mutation ResendReferral($input: ResendReferralInput!) {\n    resendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.ResendReferralDocument,
    "\n  query ReferralQuestion($id: ID!) {\n    referral(id: $id) {\n      id\n      summary\n    }\n  }\n": types.ReferralQuestionDocument,
    "\n  mutation ConvertToCallback($id: ID!) {\n    convertToCallback(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ConvertToCallbackDocument,
    "\n  mutation CloseVisit($id: ID!) {\n    closeVisit(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseVisitDocument,
    "\n  query ClosedVisits($reference: String) {\n    closedVisits(reference: $reference) {\n      id\n      closedAt\n      citizen {\n        name\n      }\n      referrals {\n        id\n        reference\n      }\n    }\n  }\n": types.ClosedVisitsDocument,
    "\n  query CitizenSummary($visitId: ID!) {\n    citizenSummary(visitId: $visitId) {\n      title\n      intro\n      closing\n      items {\n        agencyName\n        topicName\n        reference\n        nextStep\n        whatToBring\n      }\n    }\n  }\n": types.CitizenSummaryDocument,
    "\n  fragment InboxRowFields on Referral {\n    id\n    reference\n    status\n    version\n    urgency\n    agencyCode\n    submittedAt\n    closedAt\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.InboxRowFieldsFragmentDoc,
    "\n  query Inbox($agency: AgencyCode!, $status: [ReferralStatus!], $urgency: [Urgency!], $handler: ID) {\n    inbox(agency: $agency, status: $status, urgency: $urgency, handler: $handler, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      summary\n      outcome\n      citizen {\n        name\n        phone\n        email\n        bsn\n      }\n      consent {\n        categories\n        method\n        recordedAt\n        withdrawnAt\n      }\n      whatToBring\n      servicePoint {\n        name\n        address\n      }\n      agency {\n        code\n        name\n        rejectReasons\n        failReasons\n      }\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n": types.ReferralDetailDocument,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation RejectReferral($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.RejectReferralDocument,
    "\n  mutation FailReferral($input: FailReferralInput!) {\n    failReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.FailReferralDocument,
    "\n  mutation HoldReferral($id: ID!, $reason: String!) {\n    holdReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.HoldReferralDocument,
    "\n  mutation ResumeReferral($id: ID!) {\n    resumeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ResumeReferralDocument,
    "\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.StartReferralDocument,
    "\n  mutation CompleteReferral($id: ID!, $outcome: String!) {\n    completeReferral(id: $id, outcome: $outcome) {\n      ...ReferralFields\n      outcome\n    }\n  }\n": types.CompleteReferralDocument,
    "\n  subscription LineEvents {\n    lineEvents {\n      eventId\n      referralId\n      type\n      toStatus\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n": types.LineEventsDocument,
    "\n  subscription Escalations {\n    escalations {\n      eventId\n      referralId\n      occurredAt\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n": types.EscalationsDocument,
    "\n  mutation TakeNextReferral {\n    takeNextReferral {\n      ...ReferralFields\n    }\n  }\n": types.TakeNextReferralDocument,
    "\n  query OverdueReferrals($agency: AgencyCode!) {\n    overdueReferrals(agency: $agency, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.OverdueReferralsDocument,
    "\n  query LineStaff {\n    lineStaff {\n      id\n      displayName\n      role\n    }\n  }\n": types.LineStaffDocument,
    "\n  mutation ReassignReferral($id: ID!, $toAccountId: ID!) {\n    reassignReferral(id: $id, toAccountId: $toAccountId) {\n      ...ReferralFields\n    }\n  }\n": types.ReassignReferralDocument,
    "\n  mutation TakeOverReferral($id: ID!) {\n    takeOverReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.TakeOverReferralDocument,
    "\n  fragment MonitorFiguresParts on MonitorFigures {\n    referrals { value label }\n    visits { value label }\n    received { value label }\n    accepted { value label }\n    rejected { value label }\n    cancelled { value label }\n    failed { value label }\n    rerouted { value label }\n    receivedInTimeShare\n    acceptedInTimeShare\n    durations { measure clock medianSeconds p90Seconds basedOn { value label } }\n  }\n": types.MonitorFiguresPartsFragmentDoc,
    "\n  query MonitorPage($period: MonitorPeriodInput, $filter: MonitorFilterInput) {\n    monitorOverview(period: $period, filter: $filter) { ...MonitorFiguresParts }\n    monitorTrend(period: $period, filter: $filter, step: WEEK) { key label figures { ...MonitorFiguresParts } }\n    perAgency: monitorBreakdown(by: AGENCY, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    perServicePoint: monitorBreakdown(by: SERVICE_POINT, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    monitorOutcomes(period: $period, filter: $filter) { kind code agencyCode count { value label } }\n  }\n": types.MonitorPageDocument,
    "\n  query MonitorChoices($period: MonitorPeriodInput) {\n    servicePoints: monitorBreakdown(by: SERVICE_POINT, period: $period) { key label }\n    municipalities: monitorBreakdown(by: MUNICIPALITY, period: $period) { key label }\n    topics: monitorBreakdown(by: TOPIC, period: $period) { key label }\n  }\n": types.MonitorChoicesDocument,
    "\n  query MonitorLive($filter: MonitorFilterInput) {\n    monitorLive(filter: $filter) {\n      openNow { value label }\n      overdueNow { value label }\n      warmVisitsOpenNow { value label }\n    }\n  }\n": types.MonitorLiveDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    reference\n    status\n    urgency\n    agencyCode\n    businessStatus\n    rejectReasonCode\n    failReasonCode\n    createdAt\n    submittedAt\n    receivedAt\n    acceptedAt\n    receiveDueAt\n    acceptDueAt\n    closedAt\n    updatedAt\n    version\n    visitId\n    agency {\n      code\n      name\n    }\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n    timeline {\n      id\n      type\n      fromStatus\n      toStatus\n      actorRole\n      actorName\n      handlerName\n      reasonCode\n      note\n      relatedReference\n      scheduledKind\n      scheduledAt\n      occurredAt\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...ReferralFields\n      whatToBring\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n": types.ScheduleAppointmentDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        servicePointId\n        agencyCode\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      code\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      code\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topics($agencyCode: AgencyCode, $search: String) {\n    topics(agencyCode: $agencyCode, search: $search) {\n      id\n      agencyCode\n      code\n      name\n      description\n      whatToBring\n    }\n  }\n"): (typeof documents)["\n  query Topics($agencyCode: AgencyCode, $search: String) {\n    topics(agencyCode: $agencyCode, search: $search) {\n      id\n      agencyCode\n      code\n      name\n      description\n      whatToBring\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePoint($id: ID!) {\n    servicePoint(id: $id) {\n      id\n      name\n      municipality\n    }\n  }\n"): (typeof documents)["\n  query ServicePoint($id: ID!) {\n    servicePoint(id: $id) {\n      id\n      name\n      municipality\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenVisits {\n    visits(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          channel\n          openedAt\n          questions\n          citizen {\n            name\n          }\n          referrals {\n            ...ReferralFields\n            appointment {\n              kind\n              channel\n              startsAt\n              endsAt\n            }\n            rejectionNote\n            reroutedTo {\n              id\n              reference\n              agencyCode\n            }\n            consent {\n              categories\n              withdrawnAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenVisits {\n    visits(status: OPEN, first: 50) {\n      edges {\n        node {\n          id\n          channel\n          openedAt\n          questions\n          citizen {\n            name\n          }\n          referrals {\n            ...ReferralFields\n            appointment {\n              kind\n              channel\n              startsAt\n              endsAt\n            }\n            rejectionNote\n            reroutedTo {\n              id\n              reference\n              agencyCode\n            }\n            consent {\n              categories\n              withdrawnAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVisit($input: OpenVisitInput!) {\n    openVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVisit($input: OpenVisitInput!) {\n    openVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReferral($input: AddReferralInput!) {\n    addReferral(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddReferral($input: AddReferralInput!) {\n    addReferral(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReferral($id: ID!) {\n    submitReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReferral($id: ID!) {\n    submitReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelReferral($id: ID!, $reason: String!) {\n    cancelReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelReferral($id: ID!, $reason: String!) {\n    cancelReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServicePointEvents {\n    servicePointEvents {\n      eventId\n      referralId\n      toStatus\n      referral {\n        ...ReferralFields\n        rejectionNote\n        appointment {\n          kind\n          channel\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ServicePointEvents {\n    servicePointEvents {\n      eventId\n      referralId\n      toStatus\n      referral {\n        ...ReferralFields\n        rejectionNote\n        appointment {\n          kind\n          channel\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerouteReferral($input: RerouteReferralInput!) {\n    rerouteReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation RerouteReferral($input: RerouteReferralInput!) {\n    rerouteReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendReferral($input: ResendReferralInput!) {\n    resendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendReferral($input: ResendReferralInput!) {\n    resendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralQuestion($id: ID!) {\n    referral(id: $id) {\n      id\n      summary\n    }\n  }\n"): (typeof documents)["\n  query ReferralQuestion($id: ID!) {\n    referral(id: $id) {\n      id\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertToCallback($id: ID!) {\n    convertToCallback(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertToCallback($id: ID!) {\n    convertToCallback(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVisit($id: ID!) {\n    closeVisit(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVisit($id: ID!) {\n    closeVisit(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedVisits($reference: String) {\n    closedVisits(reference: $reference) {\n      id\n      closedAt\n      citizen {\n        name\n      }\n      referrals {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosedVisits($reference: String) {\n    closedVisits(reference: $reference) {\n      id\n      closedAt\n      citizen {\n        name\n      }\n      referrals {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenSummary($visitId: ID!) {\n    citizenSummary(visitId: $visitId) {\n      title\n      intro\n      closing\n      items {\n        agencyName\n        topicName\n        reference\n        nextStep\n        whatToBring\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitizenSummary($visitId: ID!) {\n    citizenSummary(visitId: $visitId) {\n      title\n      intro\n      closing\n      items {\n        agencyName\n        topicName\n        reference\n        nextStep\n        whatToBring\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxRowFields on Referral {\n    id\n    reference\n    status\n    version\n    urgency\n    agencyCode\n    submittedAt\n    closedAt\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment InboxRowFields on Referral {\n    id\n    reference\n    status\n    version\n    urgency\n    agencyCode\n    submittedAt\n    closedAt\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($agency: AgencyCode!, $status: [ReferralStatus!], $urgency: [Urgency!], $handler: ID) {\n    inbox(agency: $agency, status: $status, urgency: $urgency, handler: $handler, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($agency: AgencyCode!, $status: [ReferralStatus!], $urgency: [Urgency!], $handler: ID) {\n    inbox(agency: $agency, status: $status, urgency: $urgency, handler: $handler, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      summary\n      outcome\n      citizen {\n        name\n        phone\n        email\n        bsn\n      }\n      consent {\n        categories\n        method\n        recordedAt\n        withdrawnAt\n      }\n      whatToBring\n      servicePoint {\n        name\n        address\n      }\n      agency {\n        code\n        name\n        rejectReasons\n        failReasons\n      }\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n      summary\n      outcome\n      citizen {\n        name\n        phone\n        email\n        bsn\n      }\n      consent {\n        categories\n        method\n        recordedAt\n        withdrawnAt\n      }\n      whatToBring\n      servicePoint {\n        name\n        address\n      }\n      agency {\n        code\n        name\n        rejectReasons\n        failReasons\n      }\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReferral($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReferral($input: RejectReferralInput!) {\n    rejectReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FailReferral($input: FailReferralInput!) {\n    failReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation FailReferral($input: FailReferralInput!) {\n    failReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldReferral($id: ID!, $reason: String!) {\n    holdReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldReferral($id: ID!, $reason: String!) {\n    holdReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeReferral($id: ID!) {\n    resumeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeReferral($id: ID!) {\n    resumeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReferral($id: ID!, $outcome: String!) {\n    completeReferral(id: $id, outcome: $outcome) {\n      ...ReferralFields\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteReferral($id: ID!, $outcome: String!) {\n    completeReferral(id: $id, outcome: $outcome) {\n      ...ReferralFields\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LineEvents {\n    lineEvents {\n      eventId\n      referralId\n      type\n      toStatus\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LineEvents {\n    lineEvents {\n      eventId\n      referralId\n      type\n      toStatus\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Escalations {\n    escalations {\n      eventId\n      referralId\n      occurredAt\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Escalations {\n    escalations {\n      eventId\n      referralId\n      occurredAt\n      referral {\n        ...ReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeNextReferral {\n    takeNextReferral {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeNextReferral {\n    takeNextReferral {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueReferrals($agency: AgencyCode!) {\n    overdueReferrals(agency: $agency, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueReferrals($agency: AgencyCode!) {\n    overdueReferrals(agency: $agency, first: 100) {\n      edges {\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LineStaff {\n    lineStaff {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query LineStaff {\n    lineStaff {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignReferral($id: ID!, $toAccountId: ID!) {\n    reassignReferral(id: $id, toAccountId: $toAccountId) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignReferral($id: ID!, $toAccountId: ID!) {\n    reassignReferral(id: $id, toAccountId: $toAccountId) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOverReferral($id: ID!) {\n    takeOverReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeOverReferral($id: ID!) {\n    takeOverReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitorFiguresParts on MonitorFigures {\n    referrals { value label }\n    visits { value label }\n    received { value label }\n    accepted { value label }\n    rejected { value label }\n    cancelled { value label }\n    failed { value label }\n    rerouted { value label }\n    receivedInTimeShare\n    acceptedInTimeShare\n    durations { measure clock medianSeconds p90Seconds basedOn { value label } }\n  }\n"): (typeof documents)["\n  fragment MonitorFiguresParts on MonitorFigures {\n    referrals { value label }\n    visits { value label }\n    received { value label }\n    accepted { value label }\n    rejected { value label }\n    cancelled { value label }\n    failed { value label }\n    rerouted { value label }\n    receivedInTimeShare\n    acceptedInTimeShare\n    durations { measure clock medianSeconds p90Seconds basedOn { value label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorPage($period: MonitorPeriodInput, $filter: MonitorFilterInput) {\n    monitorOverview(period: $period, filter: $filter) { ...MonitorFiguresParts }\n    monitorTrend(period: $period, filter: $filter, step: WEEK) { key label figures { ...MonitorFiguresParts } }\n    perAgency: monitorBreakdown(by: AGENCY, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    perServicePoint: monitorBreakdown(by: SERVICE_POINT, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    monitorOutcomes(period: $period, filter: $filter) { kind code agencyCode count { value label } }\n  }\n"): (typeof documents)["\n  query MonitorPage($period: MonitorPeriodInput, $filter: MonitorFilterInput) {\n    monitorOverview(period: $period, filter: $filter) { ...MonitorFiguresParts }\n    monitorTrend(period: $period, filter: $filter, step: WEEK) { key label figures { ...MonitorFiguresParts } }\n    perAgency: monitorBreakdown(by: AGENCY, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    perServicePoint: monitorBreakdown(by: SERVICE_POINT, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }\n    monitorOutcomes(period: $period, filter: $filter) { kind code agencyCode count { value label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorChoices($period: MonitorPeriodInput) {\n    servicePoints: monitorBreakdown(by: SERVICE_POINT, period: $period) { key label }\n    municipalities: monitorBreakdown(by: MUNICIPALITY, period: $period) { key label }\n    topics: monitorBreakdown(by: TOPIC, period: $period) { key label }\n  }\n"): (typeof documents)["\n  query MonitorChoices($period: MonitorPeriodInput) {\n    servicePoints: monitorBreakdown(by: SERVICE_POINT, period: $period) { key label }\n    municipalities: monitorBreakdown(by: MUNICIPALITY, period: $period) { key label }\n    topics: monitorBreakdown(by: TOPIC, period: $period) { key label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorLive($filter: MonitorFilterInput) {\n    monitorLive(filter: $filter) {\n      openNow { value label }\n      overdueNow { value label }\n      warmVisitsOpenNow { value label }\n    }\n  }\n"): (typeof documents)["\n  query MonitorLive($filter: MonitorFilterInput) {\n    monitorLive(filter: $filter) {\n      openNow { value label }\n      overdueNow { value label }\n      warmVisitsOpenNow { value label }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    id\n    reference\n    status\n    urgency\n    agencyCode\n    businessStatus\n    rejectReasonCode\n    failReasonCode\n    createdAt\n    submittedAt\n    receivedAt\n    acceptedAt\n    receiveDueAt\n    acceptDueAt\n    closedAt\n    updatedAt\n    version\n    visitId\n    agency {\n      code\n      name\n    }\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n    timeline {\n      id\n      type\n      fromStatus\n      toStatus\n      actorRole\n      actorName\n      handlerName\n      reasonCode\n      note\n      relatedReference\n      scheduledKind\n      scheduledAt\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralFields on Referral {\n    id\n    reference\n    status\n    urgency\n    agencyCode\n    businessStatus\n    rejectReasonCode\n    failReasonCode\n    createdAt\n    submittedAt\n    receivedAt\n    acceptedAt\n    receiveDueAt\n    acceptDueAt\n    closedAt\n    updatedAt\n    version\n    visitId\n    agency {\n      code\n      name\n    }\n    topic {\n      id\n      name\n    }\n    deadlineState {\n      dueAt\n      state\n      businessMinutesLeft\n    }\n    assignee {\n      id\n      displayName\n    }\n    timeline {\n      id\n      type\n      fromStatus\n      toStatus\n      actorRole\n      actorName\n      handlerName\n      reasonCode\n      note\n      relatedReference\n      scheduledKind\n      scheduledAt\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...ReferralFields\n      whatToBring\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...ReferralFields\n      whatToBring\n      appointment {\n        kind\n        channel\n        startsAt\n        endsAt\n        place\n        extraItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        servicePointId\n        agencyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        role\n        servicePointId\n        agencyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;