import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUrl, ValidateIf } from 'class-validator';
import { AgencyCode, DeliveryMode } from '#domain';

registerEnumType(DeliveryMode, { name: 'DeliveryMode', description: 'PORTAL: the Loketlijn inbox. SYSTEM: signed webhooks to the agency\'s own case system.' });

@ObjectType('SigningKey', { description: 'A webhook signing secret, without the secret itself.' })
export class SigningKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set once a newer key replaced it; it signs along until then.' })
  expiresAt!: Date | null;
}

@ObjectType('AgencyClient', { description: 'An OAuth2 client (client credentials) of an agency system.' })
export class AgencyClientType {
  @Field()
  clientId!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('AgencyConnection', { description: 'How an agency\'s line delivers referrals.' })
export class AgencyConnectionType {
  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => DeliveryMode)
  mode!: DeliveryMode;

  @Field(() => String, { nullable: true })
  endpointUrl!: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the endpoint answered 410 Gone; configure it again to resume.' })
  disabledAt!: Date | null;

  @Field(() => String, { nullable: true })
  disabledReason!: string | null;

  @Field(() => [SigningKeyType], { description: 'Keys that sign now, newest first.' })
  signingKeys!: SigningKeyType[];

  @Field(() => [AgencyClientType])
  clients!: AgencyClientType[];
}

@ObjectType('AgencyConnectionPayload')
export class AgencyConnectionPayload {
  @Field(() => AgencyConnectionType)
  connection!: AgencyConnectionType;

  @Field(() => String, { nullable: true, description: 'A new signing secret (whsec_...). Shown this once; store it in the agency system.' })
  signingSecret!: string | null;
}

@ObjectType('AgencyClientPayload')
export class AgencyClientPayload {
  @Field()
  clientId!: string;

  @Field({ description: 'Shown this once; only its hash is stored.' })
  clientSecret!: string;
}

@ObjectType('DeliveryAlert', { description: 'An agency endpoint that is gone, or an event that went to the dead letter.' })
export class DeliveryAlertType {
  @Field(() => ID)
  id!: string;

  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field()
  kind!: string;

  @Field(() => ID, { nullable: true })
  eventId!: string | null;

  @Field()
  detail!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('WebhookDeadLetter')
export class WebhookDeadLetterType {
  @Field(() => ID)
  id!: string;

  @Field(() => AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => ID)
  referralId!: string;

  @Field(() => ID, { description: 'The CloudEvent id.' })
  eventId!: string;

  @Field()
  attempts!: number;

  @Field()
  lastError!: string;

  @Field()
  createdAt!: Date;
}

@InputType()
export class ConfigureAgencyDeliveryInput {
  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => DeliveryMode)
  @IsEnum(DeliveryMode)
  mode!: DeliveryMode;

  @Field(() => String, { nullable: true, description: 'Required for SYSTEM: where the webhooks go.' })
  @ValidateIf((input: ConfigureAgencyDeliveryInput) => input.mode === DeliveryMode.SYSTEM || input.endpointUrl != null)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  endpointUrl?: string | null;
}

@ArgsType()
export class AgencyArgs {
  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agencyCode!: AgencyCode;
}

@ArgsType()
export class OptionalAgencyArgs {
  @Field(() => AgencyCode, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyCode)
  agencyCode?: AgencyCode | null;
}
