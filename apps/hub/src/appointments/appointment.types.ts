import { Field, ObjectType } from '@nestjs/graphql';
import { AppointmentKind, ContactChannel } from '#domain';

@ObjectType('Appointment', { description: 'The appointment or callback window set for a referral.' })
export class AppointmentType {
  @Field(() => AppointmentKind)
  kind!: AppointmentKind;

  @Field()
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => ContactChannel)
  channel!: ContactChannel;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => [String])
  extraItems!: string[];

  @Field()
  scheduledAt!: Date;
}
