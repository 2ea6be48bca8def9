import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsString } from 'class-validator';
import { AgencyCode, ReferralStatus } from '#domain';

@ArgsType()
export class BsnArgs {
  @Field({ description: 'The citizen\'s BSN; looked up through its blind index, never stored or logged in the clear.' })
  @IsString()
  bsn!: string;
}

@ArgsType()
export class EraseCitizenArgs extends BsnArgs {
  @Field({
    defaultValue: false,
    description: 'Cancel the citizen\'s open referrals (reason ERASURE_REQUESTED) and erase; without it, open referrals make the erasure a CONFLICT naming them.',
  })
  @IsBoolean()
  withdrawOpenReferrals!: boolean;
}

@ObjectType('WithdrawnReferral', { description: 'An open referral an erasure cancelled; tell its agency if needed.' })
export class WithdrawnReferralType {
  @Field(() => ID)
  id!: string;

  @Field()
  reference!: string;

  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => ReferralStatus, { description: 'Its status before it was cancelled.' })
  status!: ReferralStatus;
}

@ObjectType('CitizenErasure', { description: 'What an erasure on request did; the rows, statuses and timestamps stay for the figures.' })
export class CitizenErasureType {
  @Field(() => Int, { description: 'Visits whose personal data was erased now (0 when none was left).' })
  erasedVisits!: number;

  @Field(() => [WithdrawnReferralType])
  withdrawnReferrals!: WithdrawnReferralType[];
}

@ObjectType('ProcessingRecord', { description: 'One processing of a citizen\'s personal data (Logboek Dataverwerkingen).' })
export class ProcessingRecordType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'W3C trace id of the request that did the processing.' })
  traceId!: string;

  @Field()
  spanId!: string;

  @Field({ description: 'The processing activity from the register of processing activities.' })
  activity!: string;

  @Field({ description: 'CREATE, VIEW, DELIVER, ACCEPT, EXPORT or ERASE.' })
  operation!: string;

  @Field(() => ID, { nullable: true, description: 'The account that processed; null for the system itself.' })
  actorId!: string | null;

  @Field()
  actorRole!: string;

  @Field(() => ID, { nullable: true })
  referralId!: string | null;

  @Field()
  occurredAt!: Date;
}

@ObjectType('ProcessingLogBreak', { description: 'A place where the processing log\'s hash chain does not hold.' })
export class ChainBreakType {
  @Field(() => Int)
  chain!: number;

  @Field()
  seq!: string;

  @Field()
  problem!: string;
}
