import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Channel, MAX_QUESTION_LENGTH, MAX_QUESTIONS } from '#domain';

@InputType()
export class CitizenInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional; must pass the elfproef.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  bsn?: string | null;
}

@InputType()
export class OpenVisitInput {
  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field(() => [String], { description: 'The questions the citizen brought in, at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @IsString({ each: true })
  @MaxLength(MAX_QUESTION_LENGTH, { each: true })
  questions!: string[];

  @Field(() => CitizenInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CitizenInput)
  citizen?: CitizenInput | null;
}
