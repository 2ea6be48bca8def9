import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyCode } from '#domain';

@ObjectType('LineHours', { description: 'Opening hours of a professional line.' })
export class LineHoursType {
  @Field()
  timeZone!: string;

  @Field(() => [String])
  days!: string[];

  @Field()
  opens!: string;

  @Field()
  closes!: string;
}

@ObjectType('Agency')
export class AgencyType {
  @Field(() => AgencyCode)
  code!: AgencyCode;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => LineHoursType)
  lineHours!: LineHoursType;
}

@ObjectType('Topic')
export class TopicType {
  @Field(() => ID)
  id!: string;

  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'What the citizen should bring or have ready.' })
  whatToBring!: string[];
}

@ObjectType('ServicePoint')
export class ServicePointType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  municipality!: string;

  @Field()
  address!: string;

  @Field()
  postalCode!: string;
}
