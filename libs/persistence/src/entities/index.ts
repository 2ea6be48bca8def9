import { AccountEntity } from './account.entity.js';
import { AgencyEntity } from './agency.entity.js';
import { AppointmentEntity } from './appointment.entity.js';
import { CitizenEntity } from './citizen.entity.js';
import { ConsentEntity } from './consent.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { ReferralEventEntity } from './referral-event.entity.js';
import { ReferralTimerEntity, TimerOutcome } from './referral-timer.entity.js';
import { ReferralEntity } from './referral.entity.js';
import { ServicePointEntity } from './service-point.entity.js';
import { SlaSettingEntity } from './sla-setting.entity.js';
import { TopicEntity } from './topic.entity.js';
import { VisitEntity } from './visit.entity.js';

export {
  AccountEntity,
  AgencyEntity,
  AppointmentEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ReferralEntity,
  ReferralEventEntity,
  ReferralTimerEntity,
  ServicePointEntity,
  SlaSettingEntity,
  TimerOutcome,
  TopicEntity,
  VisitEntity,
};

export const ENTITIES = [
  AccountEntity,
  AgencyEntity,
  AppointmentEntity,
  CitizenEntity,
  ConsentEntity,
  OutboxEntity,
  ReferralEntity,
  ReferralEventEntity,
  ReferralTimerEntity,
  ServicePointEntity,
  SlaSettingEntity,
  TopicEntity,
  VisitEntity,
];
