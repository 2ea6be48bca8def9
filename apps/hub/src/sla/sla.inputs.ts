import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsString, Matches, ValidateNested } from 'class-validator';
import { AgencyCode, DurationUnit, Urgency, type Weekday } from '#domain';
import { PageArgs } from '../graphql/connection.js';

@InputType()
export class BusinessDurationInput {
  @Field(() => Int)
  @IsInt()
  amount!: number;

  @Field(() => DurationUnit)
  @IsEnum(DurationUnit)
  unit!: DurationUnit;
}

@InputType()
export class SetSlaInput {
  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agency!: AgencyCode;

  @Field(() => Urgency)
  @IsEnum(Urgency)
  urgency!: Urgency;

  @Field(() => BusinessDurationInput)
  @ValidateNested()
  @Type(() => BusinessDurationInput)
  receive!: BusinessDurationInput;

  @Field(() => BusinessDurationInput)
  @ValidateNested()
  @Type(() => BusinessDurationInput)
  accept!: BusinessDurationInput;
}

@InputType()
export class SetLineHoursInput {
  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agency!: AgencyCode;

  @Field({ defaultValue: 'Europe/Amsterdam' })
  @IsString()
  timeZone!: string;

  @Field(() => [String], { description: 'Open days: MON to SUN.' })
  @ArrayMaxSize(7)
  @IsString({ each: true })
  days!: Weekday[];

  @Field({ description: 'HH:MM' })
  @Matches(/^\d\d:\d\d$/)
  opens!: string;

  @Field({ description: 'HH:MM' })
  @Matches(/^\d\d:\d\d$/)
  closes!: string;
}

@ArgsType()
export class OverdueArgs extends PageArgs {
  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agency!: AgencyCode;
}
