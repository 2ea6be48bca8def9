import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, MinLength, ValidateNested } from 'class-validator';
import { AgencyCode, ConsentMethod, DataCategory, FailReasonCode, RejectReasonCode, Urgency } from '#domain';

@InputType({ description: 'A representative (gemachtigde) who gave consent for the citizen.' })
export class RepresentativeInput {
  @Field()
  @IsString()
  name!: string;

  @Field({ description: 'How the representative relates to the citizen, e.g. "dochter" or "bewindvoerder".' })
  @IsString()
  relation!: string;
}

@InputType()
export class ConsentInput {
  @Field(() => [DataCategory], { description: 'Data the citizen agreed to share with this agency.' })
  @ArrayUnique()
  @ArrayMaxSize(3)
  @IsEnum(DataCategory, { each: true })
  categories!: DataCategory[];

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method!: ConsentMethod;

  @Field(() => RepresentativeInput, { nullable: true, description: 'Required when the method is REPRESENTATIVE, otherwise absent.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentativeInput)
  representative?: RepresentativeInput | null;
}

@InputType()
export class AddReferralInput {
  @Field(() => ID)
  @IsString()
  visitId!: string;

  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => ID)
  @IsString()
  topicId!: string;

  @Field(() => Urgency)
  @IsEnum(Urgency)
  urgency!: Urgency;

  @Field({ description: 'The question for this agency, in a few sentences.' })
  @IsString()
  @MinLength(1)
  summary!: string;

  @Field(() => ConsentInput)
  @ValidateNested()
  @Type(() => ConsentInput)
  consent!: ConsentInput;
}

@InputType()
export class RejectReferralInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => RejectReasonCode)
  @IsEnum(RejectReasonCode)
  reasonCode!: RejectReasonCode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;
}

@InputType()
export class FailReferralInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => FailReasonCode, { description: 'One of the agency\'s own fail reasons (Agency.failReasons).' })
  @IsEnum(FailReasonCode)
  reasonCode!: FailReasonCode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;
}

@InputType()
export class RerouteReferralInput {
  @Field(() => ID, { description: 'The rejected referral.' })
  @IsString()
  id!: string;

  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agencyCode!: AgencyCode;

  @Field(() => ID)
  @IsString()
  topicId!: string;

  @Field(() => Urgency, { nullable: true, description: 'Defaults to the rejected referral\'s urgency.' })
  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency | null;

  @Field({ description: 'The question for the new agency; the desk starts from the rejected referral\'s.' })
  @IsString()
  @MinLength(1)
  summary!: string;

  @Field(() => ConsentInput, { description: 'The citizen\'s consent for the new agency.' })
  @ValidateNested()
  @Type(() => ConsentInput)
  consent!: ConsentInput;
}

@InputType({ description: 'A referral the agency sent back, corrected by the desk and sent again to the same agency.' })
export class ResendReferralInput {
  @Field(() => ID, { description: 'The rejected referral.' })
  @IsString()
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the rejected referral\'s topic.' })
  @IsOptional()
  @IsString()
  topicId?: string | null;

  @Field(() => Urgency, { nullable: true, description: 'Defaults to the rejected referral\'s urgency.' })
  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency | null;

  @Field({ description: 'The corrected question; screened for personal data against the new consent.' })
  @IsString()
  @MinLength(1)
  summary!: string;

  @Field(() => ConsentInput, { description: 'The citizen\'s consent for this agency, given again.' })
  @ValidateNested()
  @Type(() => ConsentInput)
  consent!: ConsentInput;
}
