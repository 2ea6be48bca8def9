import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgencyCode, DurationUnit, Urgency } from '#domain';

@ObjectType('BusinessDuration', { description: 'A span of open line time: business minutes, hours or days.' })
export class BusinessDurationType {
  @Field(() => Int)
  amount!: number;

  @Field(() => DurationUnit)
  unit!: DurationUnit;
}

@ObjectType('SlaSetting', { description: 'How soon an agency promises to receive and accept referrals of one urgency.' })
export class SlaSettingType {
  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => Urgency)
  urgency!: Urgency;

  @Field(() => BusinessDurationType, { description: 'From submission until RECEIVED.' })
  receive!: BusinessDurationType;

  @Field(() => BusinessDurationType, { description: 'From submission until ACCEPTED.' })
  accept!: BusinessDurationType;

  @Field()
  updatedAt!: Date;
}
