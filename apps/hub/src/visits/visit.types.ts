import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Channel, VisitCloseReason, VisitStatus } from '#domain';

@ObjectType('Visit', { description: 'A citizen\'s visit (hulpvraag) at a service point.' })
export class VisitType {
  @Field(() => ID)
  id!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => VisitStatus)
  status!: VisitStatus;

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => VisitCloseReason, { nullable: true, description: 'Why it was closed: the desk let go, nothing happened on it for too long, or erased on request.' })
  closeReason!: VisitCloseReason | null;

  @Field(() => Date, { nullable: true, description: 'When the personal data was erased: after the retention period, or on the citizen\'s request.' })
  erasedAt!: Date | null;
}

@ObjectType('Citizen', { description: 'Contact data, shown only to those allowed to see it.' })
export class CitizenType {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  bsn!: string | null;
}
