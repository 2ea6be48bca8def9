import { registerEnumType } from '@nestjs/graphql';
import {
  AgencyCode,
  AppointmentKind,
  BusinessStatus,
  Channel,
  ConsentMethod,
  ContactChannel,
  DataCategory,
  DeadlineStatus,
  DurationUnit,
  FailReasonCode,
  ReferralStatus,
  RejectReasonCode,
  Role,
  TimelineEventType,
  TimelineReasonCode,
  Urgency,
  VisitCloseReason,
  VisitStatus,
} from '#domain';

/** The domain's enums, exposed once under their own names. */
registerEnumType(AgencyCode, { name: 'AgencyCode', description: 'The eight agencies reachable over a professional line.' });
registerEnumType(BusinessStatus, { name: 'BusinessStatus' });
registerEnumType(Channel, { name: 'Channel', description: 'How the citizen reached the service point.' });
registerEnumType(ConsentMethod, { name: 'ConsentMethod' });
registerEnumType(DataCategory, { name: 'DataCategory' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Lifecycle of a referral (follows HL7 FHIR Task status).' });
registerEnumType(RejectReasonCode, { name: 'RejectReasonCode' });
registerEnumType(FailReasonCode, { name: 'FailReasonCode', description: 'Why a referral failed: the agency gave up on work it accepted, or the line on a request it could not deliver.' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(TimelineEventType, { name: 'TimelineEventType' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(VisitStatus, { name: 'VisitStatus' });
registerEnumType(VisitCloseReason, { name: 'VisitCloseReason', description: 'Why a visit was closed.' });
registerEnumType(AppointmentKind, { name: 'AppointmentKind' });
registerEnumType(ContactChannel, { name: 'ContactChannel' });
registerEnumType(DeadlineStatus, { name: 'DeadlineStatus', description: 'Where a referral stands against the deadline its status runs against.' });
registerEnumType(TimelineReasonCode, { name: 'TimelineReasonCode', description: 'Every coded reason a timeline entry can carry.' });
registerEnumType(DurationUnit, { name: 'DurationUnit', description: 'Business time: a DAY is one full opening day of the line.' });
