/** How an agency's line hands referrals over. */
export enum DeliveryMode {
  /** Specialists work in Loketlijn's own inbox; the line marks a referral RECEIVED on arrival. */
  PORTAL = 'PORTAL',
  /** The agency's own case system gets signed webhooks and acknowledges through the API. */
  SYSTEM = 'SYSTEM',
}
