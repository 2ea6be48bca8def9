import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CitizenSummaryItem', { description: 'One agency on the citizen\'s summary.' })
export class CitizenSummaryItemType {
  @Field({ description: 'The number to quote when calling.' })
  reference!: string;

  @Field()
  agencyName!: string;

  @Field()
  topicName!: string;

  @Field({ description: 'Who will contact the citizen and when, in plain Dutch (B1).' })
  nextStep!: string;

  @Field(() => [String])
  whatToBring!: string[];
}

@ObjectType('CitizenSummary', { description: 'The one-page summary for the citizen, in plain Dutch (B1).' })
export class CitizenSummaryType {
  @Field()
  title!: string;

  @Field()
  intro!: string;

  @Field(() => [CitizenSummaryItemType])
  items!: CitizenSummaryItemType[];

  @Field()
  closing!: string;
}
