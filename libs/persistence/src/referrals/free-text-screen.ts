import type { EntityManager } from 'typeorm';
import { assertFreeTextConsented, type FreeTextField } from '#domain';
import { ConsentEntity } from '../entities/consent.entity.js';

/**
 * Refuses free text for a referral that carries personal data the citizen did not consent to share
 * with its agency, against the consent as it stands in the caller's transaction.
 */
export async function screenFreeTextIn(manager: EntityManager, referralId: string, fields: readonly FreeTextField[]): Promise<void> {
  if (!fields.some((field) => field.text)) return;
  assertFreeTextConsented(fields, await manager.findOneBy(ConsentEntity, { referralId }));
}
