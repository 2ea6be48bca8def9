import type { AgencyCode, BusinessStatus, FailReasonCode, ReferralStatus, RejectReasonCode, Urgency } from '#domain';
import { ReferralEntity } from '../entities/referral.entity.js';

/** A referral row as node-postgres returns it (timestamps as Date, uuids as text). */
export interface ReferralRow {
  id: string;
  reference: string;
  visit_id: string;
  service_point_id: string;
  agency_code: AgencyCode;
  topic_id: string;
  urgency: Urgency;
  status: ReferralStatus;
  business_status: BusinessStatus | null;
  summary_sealed: string | null;
  data_subject: string | null;
  erased_at: Date | null;
  version: number;
  created_by: string;
  assigned_to: string | null;
  reject_reason_code: RejectReasonCode | null;
  fail_reason_code: FailReasonCode | null;
  outcome_sealed: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  received_at: Date | null;
  accepted_at: Date | null;
  closed_at: Date | null;
  receive_due_at: Date | null;
  accept_due_at: Date | null;
  rerouted_from_id: string | null;
}

/** The columns of ReferralRow, for statements that return a referral. */
export const REFERRAL_COLUMNS = `id, reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, business_status,
  summary_sealed, data_subject, erased_at, version, created_by, assigned_to, reject_reason_code, fail_reason_code, outcome_sealed,
  created_at, updated_at, submitted_at, received_at, accepted_at, closed_at, receive_due_at, accept_due_at, rerouted_from_id`;

/** A row to an entity by hand: on the hot path, TypeORM's metadata-driven hydration costs more than the statement. */
export function referralFromRow(row: ReferralRow): ReferralEntity {
  const referral = new ReferralEntity();
  referral.id = row.id;
  referral.reference = row.reference;
  referral.visitId = row.visit_id;
  referral.servicePointId = row.service_point_id;
  referral.agencyCode = row.agency_code;
  referral.topicId = row.topic_id;
  referral.urgency = row.urgency;
  referral.status = row.status;
  referral.businessStatus = row.business_status;
  referral.summarySealed = row.summary_sealed;
  referral.dataSubject = row.data_subject;
  referral.erasedAt = row.erased_at;
  referral.version = row.version;
  referral.createdBy = row.created_by;
  referral.assignedTo = row.assigned_to;
  referral.rejectReasonCode = row.reject_reason_code;
  referral.failReasonCode = row.fail_reason_code;
  referral.outcomeSealed = row.outcome_sealed;
  referral.createdAt = row.created_at;
  referral.updatedAt = row.updated_at;
  referral.submittedAt = row.submitted_at;
  referral.receivedAt = row.received_at;
  referral.acceptedAt = row.accepted_at;
  referral.closedAt = row.closed_at;
  referral.receiveDueAt = row.receive_due_at;
  referral.acceptDueAt = row.accept_due_at;
  referral.reroutedFromId = row.rerouted_from_id;
  return referral;
}
