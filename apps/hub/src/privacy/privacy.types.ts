import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@ArgsType()
export class BsnArgs {
  @Field({ description: 'The citizen\'s BSN; looked up through its blind index, never stored or logged in the clear.' })
  @IsString()
  bsn!: string;
}

@ObjectType('ProcessingRecord', { description: 'One processing of a citizen\'s personal data (Logboek Dataverwerkingen).' })
export class ProcessingRecordType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'W3C trace id of the request that did the processing.' })
  traceId!: string;

  @Field()
  spanId!: string;

  @Field({ description: 'The processing activity from the register of processing activities.' })
  activity!: string;

  @Field({ description: 'CREATE, VIEW, DELIVER, ACCEPT, EXPORT or ERASE.' })
  operation!: string;

  @Field(() => ID, { nullable: true, description: 'The account that processed; null for the system itself.' })
  actorId!: string | null;

  @Field()
  actorRole!: string;

  @Field(() => ID, { nullable: true })
  referralId!: string | null;

  @Field()
  occurredAt!: Date;
}

@ObjectType('ProcessingLogBreak', { description: 'A place where the processing log\'s hash chain does not hold.' })
export class ChainBreakType {
  @Field(() => Int)
  chain!: number;

  @Field()
  seq!: string;

  @Field()
  problem!: string;
}
