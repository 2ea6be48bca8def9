import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsString } from 'class-validator';
import { AppointmentKind, ContactChannel, MAX_EXTRA_ITEMS } from '#domain';

@InputType()
export class ScheduleAppointmentInput {
  @Field(() => ID)
  @IsString()
  referralId!: string;

  @Field(() => AppointmentKind)
  @IsEnum(AppointmentKind)
  kind!: AppointmentKind;

  @Field({ description: 'When the meeting starts, or the callback window opens.' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the callback window closes (required for a callback).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date | null;

  @Field(() => ContactChannel)
  @IsEnum(ContactChannel)
  channel!: ContactChannel;

  @Field(() => String, { nullable: true, description: 'Address for a meeting in person, or joining instructions for video.' })
  @IsOptional()
  @IsString()
  place?: string | null;

  @Field(() => [String], { nullable: true, description: 'What to bring beyond the topic\'s own list.' })
  @IsOptional()
  @ArrayMaxSize(MAX_EXTRA_ITEMS)
  @IsString({ each: true })
  extraItems?: string[] | null;
}
