import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyCode, DurationClock, DurationMeasure, MonitorDimension } from '#domain';

/** A trend's step: per day or per week (weeks start on Monday). */
export enum MonitorStep {
  DAY = 'DAY',
  WEEK = 'WEEK',
}

registerEnumType(MonitorDimension, { name: 'MonitorDimension', description: 'What a monitor table is broken down by.' });
registerEnumType(MonitorStep, { name: 'MonitorStep' });
registerEnumType(DurationMeasure, { name: 'DurationMeasure', description: 'RECEIVE: from submit to received. ACCEPT: from submit to accepted.' });
registerEnumType(DurationClock, { name: 'DurationClock' });

@ObjectType('PublishedCount', { description: 'A count as the monitor publishes it: rounded to ten; 0 to 4 is shown as "<5" (decision 0008).' })
export class PublishedCountType {
  @Field(() => Int, { nullable: true, description: 'The rounded count; null when it is below five.' })
  value!: number | null;

  @Field({ description: '"<5", "0" or the rounded count.' })
  label!: string;
}

@ObjectType('MonitorDuration', { description: 'Median and 90th percentile from duration buckets; withheld under five referrals.' })
export class MonitorDurationType {
  @Field(() => DurationMeasure)
  measure!: DurationMeasure;

  @Field(() => DurationClock, { description: 'WALL: clock time. BUSINESS: the line\'s opening hours without holidays, as deadlines count.' })
  clock!: DurationClock;

  @Field(() => Int, { nullable: true })
  medianSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  p90Seconds!: number | null;

  @Field(() => PublishedCountType, { description: 'How many referrals the figure is measured over.' })
  basedOn!: PublishedCountType;
}

@ObjectType('MonitorFigures', { description: 'Figures of the referrals submitted in a period; no personal data, no free text.' })
export class MonitorFiguresType {
  @Field(() => PublishedCountType, { description: 'Referrals submitted.' })
  referrals!: PublishedCountType;

  @Field(() => PublishedCountType)
  received!: PublishedCountType;

  @Field(() => PublishedCountType, { description: 'Accepted: a specialist confirmed pickup.' })
  accepted!: PublishedCountType;

  @Field(() => Float, { nullable: true, description: 'Share (0-1) of the referrals received within the deadline.' })
  receivedInTimeShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0-1) of the referrals accepted within the deadline.' })
  acceptedInTimeShare!: number | null;

  @Field(() => PublishedCountType)
  rejected!: PublishedCountType;

  @Field(() => PublishedCountType)
  cancelled!: PublishedCountType;

  @Field(() => PublishedCountType)
  failed!: PublishedCountType;

  @Field(() => PublishedCountType, { description: 'Referrals that re-route a rejected one.' })
  rerouted!: PublishedCountType;

  @Field(() => PublishedCountType, { description: 'Visits, counted through their first submitted referral.' })
  visits!: PublishedCountType;

  @Field(() => Float, { nullable: true })
  referralsPerVisit!: number | null;

  @Field(() => [MonitorDurationType])
  durations!: readonly MonitorDurationType[];
}

@ObjectType('MonitorRow', { description: 'One row of a monitor table: a group (agency, service point, week ...) and its figures.' })
export class MonitorRowType {
  @Field({ description: 'The group: a code, an id, a municipality or the first day (YYYY-MM-DD).' })
  key!: string;

  @Field({ description: 'What a person reads for the group.' })
  label!: string;

  @Field(() => MonitorFiguresType)
  figures!: MonitorFiguresType;
}

@ObjectType('MonitorOutcome', { description: 'Rejections and failures by reason, cancellations, and re-routes by the agency they came from.' })
export class MonitorOutcomeType {
  @Field({ description: 'REJECTED, FAILED, CANCELLED or REROUTED.' })
  kind!: string;

  @Field({ description: 'The reason code; for REROUTED the agency it came from; empty for CANCELLED.' })
  code!: string;

  @Field(() => AgencyCode, { description: 'The agency of the referral (for REROUTED: the one it went to).' })
  agencyCode!: AgencyCode;

  @Field(() => PublishedCountType)
  count!: PublishedCountType;
}

@ObjectType('MonitorLive', { description: 'Now, not over a period: from the current state of the referrals.' })
export class MonitorLiveType {
  @Field(() => PublishedCountType, { description: 'Submitted and not yet completed or ended.' })
  openNow!: PublishedCountType;

  @Field(() => PublishedCountType, { description: 'Submitted and not yet accepted.' })
  waitingNow!: PublishedCountType;

  @Field(() => PublishedCountType, { description: 'Past the deadline to be received or accepted, and still not.' })
  overdueNow!: PublishedCountType;

  @Field(() => PublishedCountType, { description: 'Open visits with a referral still open.' })
  warmVisitsOpenNow!: PublishedCountType;
}
