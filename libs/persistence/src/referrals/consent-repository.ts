import type { EntityManager } from 'typeorm';
import type { AgencyCode, ConsentMethod, DataCategory } from '#domain';
import { ConsentEntity } from '../entities/consent.entity.js';

/** A referral_consent row as node-postgres returns it. */
interface ConsentRow {
  referral_id: string;
  agency_code: AgencyCode;
  categories: DataCategory[];
  method: ConsentMethod;
  recorded_by: string;
  recorded_at: Date;
  representative_sealed: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

const CONSENT_COLUMNS = `referral_id, agency_code, categories, method, recorded_by, recorded_at, representative_sealed, withdrawn_at, withdrawn_by`;

function consentFromRow(row: ConsentRow): ConsentEntity {
  const consent = new ConsentEntity();
  consent.referralId = row.referral_id;
  consent.agencyCode = row.agency_code;
  consent.categories = row.categories;
  consent.method = row.method;
  consent.recordedBy = row.recorded_by;
  consent.recordedAt = row.recorded_at;
  consent.representativeSealed = row.representative_sealed;
  consent.withdrawnAt = row.withdrawn_at;
  consent.withdrawnBy = row.withdrawn_by;
  return consent;
}

export interface NewConsent {
  readonly referralId: string;
  readonly agencyCode: AgencyCode;
  readonly categories: readonly DataCategory[];
  readonly method: ConsentMethod;
  readonly recordedBy: string;
  readonly representativeSealed: string | null;
}

/** The citizen's consent per referral (referral_consent): recorded with the draft, withdrawn by the desk. */
export class ConsentRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(consent: NewConsent): Promise<void> {
    await this.manager.query(
      `INSERT INTO referral_consent (referral_id, agency_code, categories, method, recorded_by, representative_sealed) VALUES ($1, $2, $3, $4, $5, $6)`,
      [consent.referralId, consent.agencyCode, consent.categories, consent.method, consent.recordedBy, consent.representativeSealed],
    );
  }

  async of(referralId: string): Promise<ConsentEntity | null> {
    return (await this.ofReferrals([referralId])).get(referralId) ?? null;
  }

  /** The consents of many referrals in one statement, by referral id. */
  async ofReferrals(referralIds: readonly string[]): Promise<Map<string, ConsentEntity>> {
    const rows = (await this.manager.query(`SELECT ${CONSENT_COLUMNS} FROM referral_consent WHERE referral_id = ANY($1::uuid[])`, [referralIds])) as ConsentRow[];
    return new Map(rows.map((row) => [row.referral_id, consentFromRow(row)]));
  }

  /** Withdraws a consent still in force; false when it was withdrawn already (or is not visible). */
  async withdraw(referralId: string, by: string): Promise<boolean> {
    const [rows] = (await this.manager.query(
      `UPDATE referral_consent SET withdrawn_at = now(), withdrawn_by = $2 WHERE referral_id = $1 AND withdrawn_at IS NULL RETURNING referral_id`,
      [referralId, by],
    )) as [unknown[], number];
    return rows.length > 0;
  }
}
