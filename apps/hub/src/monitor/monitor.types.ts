import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AgencyCode } from '#domain';

@ObjectType('LineFigures', { description: 'Counts for one professional line; no personal data.' })
export class LineFiguresType {
  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => Int, { description: 'Submitted and not yet picked up (REQUESTED or RECEIVED).' })
  waiting!: number;

  @Field(() => Int, { description: 'Picked up and still open.' })
  pickedUp!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int, { description: 'Rejected, cancelled or failed.' })
  ended!: number;

  @Field(() => Float, { nullable: true, description: 'Median seconds from submit to pickup.' })
  medianSecondsToPickup!: number | null;
}

@ObjectType('ServicePointFigures', { description: 'Counts for one service point; no personal data.' })
export class ServicePointFiguresType {
  @Field()
  servicePointName!: string;

  @Field()
  municipality!: string;

  @Field(() => Int, { description: 'Referrals submitted from this service point, ever.' })
  referrals!: number;

  @Field(() => Int, { description: 'Visits with a referral still open (submitted and not yet completed or ended).' })
  warmVisitsOpen!: number;
}
