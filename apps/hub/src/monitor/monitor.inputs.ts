import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { AgencyCode, Channel, Urgency } from '#domain';

/** More than every service point there will be; a longer list is a mistake or an attack. */
const MAX_LIST = 500;

@InputType('MonitorPeriodInput', { description: 'Days, inclusive, in Dutch time (YYYY-MM-DD). Default: the last four weeks up to today.' })
export class MonitorPeriodInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  to?: string;
}

@InputType('MonitorFilterInput', { description: 'Narrows the figures; an empty or missing list means all.' })
export class MonitorFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  servicePointIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ArrayUnique()
  @IsString({ each: true })
  municipalities?: string[];

  @Field(() => [AgencyCode], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(AgencyCode, { each: true })
  agencyCodes?: AgencyCode[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  topicIds?: string[];

  @Field(() => [Urgency], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(Urgency, { each: true })
  urgencies?: Urgency[];

  @Field(() => [Channel], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(Channel, { each: true })
  channels?: Channel[];
}
