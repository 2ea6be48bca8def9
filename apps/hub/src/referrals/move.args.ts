import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** A move that must explain itself. */
@ArgsType()
export class ReasonedMoveArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

@ArgsType()
export class CompleteArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'What was done for the citizen.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  outcome!: string;
}
