import { AccountEntity } from './account.entity.js';
import { AgencyEntity } from './agency.entity.js';
import { CitizenEntity } from './citizen.entity.js';
import { ConsentEntity } from './consent.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { ProcessingLogEntity } from './processing-log.entity.js';
import { ReferralEventEntity } from './referral-event.entity.js';
import { ReferralEntity } from './referral.entity.js';
import { ServicePointEntity } from './service-point.entity.js';
import { TopicEntity } from './topic.entity.js';
import { VisitEntity } from './visit.entity.js';

export {
  AccountEntity,
  AgencyEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ProcessingLogEntity,
  ReferralEntity,
  ReferralEventEntity,
  ServicePointEntity,
  TopicEntity,
  VisitEntity,
};

export const ENTITIES = [
  AccountEntity,
  AgencyEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ProcessingLogEntity,
  ReferralEntity,
  ReferralEventEntity,
  ServicePointEntity,
  TopicEntity,
  VisitEntity,
];
