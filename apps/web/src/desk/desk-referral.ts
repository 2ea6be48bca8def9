import type { OpenVisitsQuery } from '../gql/graphql';

/** A referral as the desk's board holds it: the shared fields plus its appointment and re-route chain. */
export type DeskReferral = OpenVisitsQuery['visits']['edges'][number]['node']['referrals'][number];
