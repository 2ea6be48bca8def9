import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Channel, MAX_QUESTIONS } from '#domain';

@InputType()
export class CitizenInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional; must pass the elfproef.' })
  @IsOptional()
  @IsString()
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
  questions!: string[];

  @Field(() => CitizenInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CitizenInput)
  citizen?: CitizenInput | null;
}
