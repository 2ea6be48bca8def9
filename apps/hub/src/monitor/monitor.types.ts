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
