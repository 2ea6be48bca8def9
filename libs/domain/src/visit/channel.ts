/** How the citizen reached the service point. */
export enum Channel {
  WALK_IN = 'WALK_IN',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
}
