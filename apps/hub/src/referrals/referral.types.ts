import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyCode, BusinessStatus, ConsentMethod, DataCategory, FailReasonCode, ReferralStatus, RejectReasonCode, TimelineEventType, Urgency } from '#domain';

@ObjectType('Referral', { description: 'A warm handoff of one question to one agency.' })
export class ReferralType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short number the citizen and the agency can quote.' })
  reference!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => BusinessStatus, { nullable: true })
  businessStatus!: BusinessStatus | null;

  @Field(() => Urgency)
  urgency!: Urgency;

  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => ID)
  visitId!: string;

  @Field(() => Int, { description: 'Bumped on every move.' })
  version!: number;

  @Field(() => RejectReasonCode, { nullable: true })
  rejectReasonCode!: RejectReasonCode | null;

  @Field(() => FailReasonCode, { nullable: true, description: 'Why the referral FAILED.' })
  failReasonCode!: FailReasonCode | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  receivedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agency confirmed pickup.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the line must have received it (business time of the line).' })
  receiveDueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a specialist must have accepted it (business time of the line).' })
  acceptDueAt!: Date | null;
}

@ObjectType('Representative', { description: 'A representative (gemachtigde) who gave consent for the citizen.' })
export class RepresentativeType {
  @Field()
  name!: string;

  @Field()
  relation!: string;
}

@ObjectType('Consent', { description: 'What the citizen agreed to share with this referral\'s agency.' })
export class ConsentType {
  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field()
  recordedAt!: Date;

  @Field(() => ID, { description: 'The desk worker\'s account that recorded the consent.' })
  recordedBy!: string;

  @Field(() => Date, { nullable: true, description: 'From this moment the agency sees none of the citizen\'s data.' })
  withdrawnAt!: Date | null;

  @Field(() => RepresentativeType, { nullable: true, description: 'For the agency only with consent for contact details.' })
  representative!: RepresentativeType | null;
}

@ObjectType('TimelineEvent', { description: 'One entry of a referral\'s append-only timeline.' })
export class TimelineEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => TimelineEventType)
  type!: TimelineEventType;

  @Field(() => ReferralStatus, { nullable: true })
  fromStatus!: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus!: ReferralStatus;

  @Field({ description: 'Role of whoever made the move, or LINE for the delivery machinery.' })
  actorRole!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  occurredAt!: Date;
}

@ObjectType('ReferralEvent', { description: 'A live change to a referral, pushed to subscribers.' })
export class ReferralEventType {
  @Field(() => ID)
  eventId!: string;

  @Field(() => ID)
  referralId!: string;

  @Field(() => TimelineEventType)
  type!: TimelineEventType;

  @Field(() => ReferralStatus, { nullable: true })
  fromStatus!: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus!: ReferralStatus;

  @Field()
  occurredAt!: Date;
}
