import { AccountEntity } from './account.entity.js';
import { AgencyEntity } from './agency.entity.js';
import { CitizenEntity } from './citizen.entity.js';
import { ConsentEntity } from './consent.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { ReferralEventEntity } from './referral-event.entity.js';
import { ReferralEntity } from './referral.entity.js';
import { ServicePointEntity } from './service-point.entity.js';
import { TopicEntity } from './topic.entity.js';
import { VisitEntity } from './visit.entity.js';
import { AgencyClientEntity } from './agency-client.entity.js';
import { AgencyConnectionEntity } from './agency-connection.entity.js';
import { AgencySigningSecretEntity } from './agency-signing-secret.entity.js';
import { DeliveryAlertEntity } from './delivery-alert.entity.js';
import { ReferralAccessLogEntity } from './referral-access-log.entity.js';
import { WebhookDeadLetterEntity } from './webhook-dead-letter.entity.js';

export {
  AccountEntity,
  AgencyEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ReferralEntity,
  ReferralEventEntity,
  ServicePointEntity,
  TopicEntity,
  VisitEntity,
  AgencyClientEntity,
  AgencyConnectionEntity,
  AgencySigningSecretEntity,
  DeliveryAlertEntity,
  ReferralAccessLogEntity,
  WebhookDeadLetterEntity,
};

export const ENTITIES = [
  AccountEntity,
  AgencyEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ReferralEntity,
  ReferralEventEntity,
  ServicePointEntity,
  TopicEntity,
  VisitEntity,
  AgencyClientEntity,
  AgencyConnectionEntity,
  AgencySigningSecretEntity,
  DeliveryAlertEntity,
  ReferralAccessLogEntity,
  WebhookDeadLetterEntity,
];
