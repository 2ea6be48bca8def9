import { registerEnumType } from '@nestjs/graphql';
import {
  AgencyCode,
  AppointmentKind,
  BusinessStatus,
  Channel,
  ConsentMethod,
  ContactChannel,
  DataCategory,
  DurationUnit,
  ReferralStatus,
  RejectReasonCode,
  Role,
  TimelineEventType,
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
registerEnumType(Role, { name: 'Role' });
registerEnumType(TimelineEventType, { name: 'TimelineEventType' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(VisitStatus, { name: 'VisitStatus' });
registerEnumType(VisitCloseReason, { name: 'VisitCloseReason', description: 'Why a visit was closed.' });
registerEnumType(AppointmentKind, { name: 'AppointmentKind' });
registerEnumType(ContactChannel, { name: 'ContactChannel' });
registerEnumType(DurationUnit, { name: 'DurationUnit', description: 'Business time: a DAY is one full opening day of the line.' });
