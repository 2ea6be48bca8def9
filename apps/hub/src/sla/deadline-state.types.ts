import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineStatus } from '#domain';

@ObjectType('DeadlineState', { description: 'Where a referral stands against its deadline, by the one rule every screen and the overdue list share.' })
export class DeadlineStateType {
  @Field({ description: 'The deadline the referral runs against now (receive, then accept); after pickup the accept deadline.' })
  dueAt!: Date;

  @Field(() => DeadlineStatus)
  state!: DeadlineStatus;

  @Field(() => Int, { nullable: true, description: 'Open line time left in whole minutes; negative once overdue; null when met.' })
  businessMinutesLeft!: number | null;
}
