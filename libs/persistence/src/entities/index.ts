import { AccountEntity } from './account.entity.js';
import { AgencyEntity } from './agency.entity.js';
import { AppointmentEntity } from './appointment.entity.js';
import { CitizenEntity } from './citizen.entity.js';
import { ConsentEntity } from './consent.entity.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { ProcessingLogEntity } from './processing-log.entity.js';
import { ReferralEventNoteEntity } from './referral-event-note.entity.js';
import { ReferralEventEntity } from './referral-event.entity.js';
import { ReferralTimerEntity } from './referral-timer.entity.js';
import { ReferralEntity } from './referral.entity.js';
import { ServicePointEntity } from './service-point.entity.js';
import { SessionRevocationEntity } from './session-revocation.entity.js';
import { SlaSettingEntity } from './sla-setting.entity.js';
import { TopicEntity } from './topic.entity.js';
import { VisitEntity } from './visit.entity.js';
import { AgencyClientEntity } from './agency-client.entity.js';
import { AgencyConnectionEntity } from './agency-connection.entity.js';
import { AgencySigningSecretEntity } from './agency-signing-secret.entity.js';
import { DeliveryAlertEntity } from './delivery-alert.entity.js';
import { WebhookDeadLetterEntity } from './webhook-dead-letter.entity.js';

export * from './account.entity.js';
export * from './idempotency-key.entity.js';
export * from './agency-client.entity.js';
export * from './agency-connection.entity.js';
export * from './agency-signing-secret.entity.js';
export * from './agency.entity.js';
export * from './appointment.entity.js';
export * from './citizen.entity.js';
export * from './consent.entity.js';
export * from './delivery-alert.entity.js';
export * from './outbox.entity.js';
export * from './processing-log.entity.js';
export * from './referral-event-note.entity.js';
export * from './referral-event.entity.js';
export * from './referral-timer.entity.js';
export * from './referral.entity.js';
export * from './service-point.entity.js';
export * from './session-revocation.entity.js';
export * from './sla-setting.entity.js';
export * from './topic.entity.js';
export * from './visit.entity.js';
export * from './webhook-dead-letter.entity.js';

/** Every entity the data source knows. */
export const ENTITIES = [
  AccountEntity,
  AgencyEntity,
  AppointmentEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ProcessingLogEntity,
  ReferralEventEntity,
  ReferralEventNoteEntity,
  ReferralEntity,
  ReferralTimerEntity,
  ServicePointEntity,
  SessionRevocationEntity,
  SlaSettingEntity,
  TopicEntity,
  VisitEntity,
  AgencyClientEntity,
  AgencyConnectionEntity,
  AgencySigningSecretEntity,
  DeliveryAlertEntity,
  WebhookDeadLetterEntity,
  IdempotencyKeyEntity,
];
