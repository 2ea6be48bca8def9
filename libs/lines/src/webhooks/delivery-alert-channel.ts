import type { Redis } from 'ioredis';
import type { RaisedAlert } from '#persistence';

/** Where the line worker announces delivery alerts; every hub relays them to ADMIN subscribers. */
export const DELIVERY_ALERT_CHANNEL = 'loketlijn.alerts.delivery';

export async function publishDeliveryAlert(redis: Redis, alert: RaisedAlert): Promise<void> {
  await redis.publish(DELIVERY_ALERT_CHANNEL, JSON.stringify(alert));
}
