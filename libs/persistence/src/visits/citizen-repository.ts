import type { EntityManager } from 'typeorm';
import { CitizenEntity } from '../entities/citizen.entity.js';

/** A visit_citizen row as node-postgres returns it; every value is sealed. */
interface CitizenRow {
  visit_id: string;
  name_sealed: string | null;
  phone_sealed: string | null;
  email_sealed: string | null;
  bsn_sealed: string | null;
  bsn_index: string | null;
}

const CITIZEN_COLUMNS = `visit_id, name_sealed, phone_sealed, email_sealed, bsn_sealed, bsn_index`;

function citizenFromRow(row: CitizenRow): CitizenEntity {
  const citizen = new CitizenEntity();
  citizen.visitId = row.visit_id;
  citizen.nameSealed = row.name_sealed;
  citizen.phoneSealed = row.phone_sealed;
  citizen.emailSealed = row.email_sealed;
  citizen.bsnSealed = row.bsn_sealed;
  citizen.bsnIndex = row.bsn_index;
  return citizen;
}

/** The citizen's contact data as sealed for one visit, with the BSN's blind index. */
export type SealedCitizenContact = Pick<CitizenEntity, 'nameSealed' | 'phoneSealed' | 'emailSealed' | 'bsnSealed' | 'bsnIndex'>;

/** The citizen's sealed contact data of a visit (visit_citizen), bound to the caller's transaction. */
export class CitizenRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(visitId: string, sealed: SealedCitizenContact): Promise<void> {
    await this.manager.query(
      `INSERT INTO visit_citizen (visit_id, name_sealed, phone_sealed, email_sealed, bsn_sealed, bsn_index) VALUES ($1, $2, $3, $4, $5, $6)`,
      [visitId, sealed.nameSealed, sealed.phoneSealed, sealed.emailSealed, sealed.bsnSealed, sealed.bsnIndex],
    );
  }

  async ofVisit(visitId: string): Promise<CitizenEntity | null> {
    return (await this.ofVisits([visitId]))[0] ?? null;
  }

  /** The rows of many visits in one statement; a visit without a row (erased) is missing. */
  async ofVisits(visitIds: readonly string[]): Promise<CitizenEntity[]> {
    const rows = (await this.manager.query(`SELECT ${CITIZEN_COLUMNS} FROM visit_citizen WHERE visit_id = ANY($1::uuid[])`, [visitIds])) as CitizenRow[];
    return rows.map(citizenFromRow);
  }
}
