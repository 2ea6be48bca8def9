/** Every column holding sealed personal data, with its row key: rotation walks this list. */
export const SEALED_COLUMNS = [
  { table: 'visit_citizen', key: 'visit_id', columns: ['name_sealed', 'phone_sealed', 'email_sealed', 'bsn_sealed'] },
  { table: 'visit', key: 'id', columns: ['questions_sealed'] },
  { table: 'referral', key: 'id', columns: ['summary_sealed', 'outcome_sealed'] },
  { table: 'referral_consent', key: 'referral_id', columns: ['representative_sealed'] },
  { table: 'referral_event_note', key: 'event_id', columns: ['note_sealed'] },
] as const;

export type SealedTable = (typeof SEALED_COLUMNS)[number];

/** The additional data a value is sealed with: it only opens in the row and column it was sealed for. */
export function sealContext(table: string, column: string, rowKey: string): string {
  return `${table}.${column}:${rowKey}`;
}
