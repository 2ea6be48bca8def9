import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MinLength } from 'class-validator';
import { AgencyCode, Role } from '#domain';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MinLength(1)
  username!: string;

  @Field()
  @IsString()
  @MinLength(1)
  password!: string;
}

@InputType()
export class RedeemSignInCodeInput {
  @Field()
  @IsString()
  @MinLength(20)
  code!: string;
}

@ObjectType('Account')
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  servicePointId!: string | null;

  @Field(() => AgencyCode, { nullable: true })
  agencyCode!: AgencyCode | null;
}

@ObjectType('SignInPayload')
export class SignInPayload {
  @Field({ description: 'Bearer token for the Authorization header or the WebSocket connection.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => AccountType)
  account!: AccountType;
}
