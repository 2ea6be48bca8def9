import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MinLength } from 'class-validator';

/** A move that must explain itself. */
@ArgsType()
export class ReasonedMoveArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  reason!: string;
}

@ArgsType()
export class CompleteArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field({ description: 'What was done for the citizen.' })
  @IsString()
  @MinLength(1)
  outcome!: string;
}
