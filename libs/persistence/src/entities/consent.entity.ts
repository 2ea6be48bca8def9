import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReferralEntity } from './referral.entity.js';
import type { AgencyCode, ConsentMethod, DataCategory } from '#domain';

/** What the citizen agreed to share with the agency of one referral. */
@Entity('referral_consent')
export class ConsentEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_consent_referral' })
  referral?: ReferralEntity;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @Column({ type: 'text', array: true })
  categories!: DataCategory[];

  @Column({ type: 'text' })
  method!: ConsentMethod;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** The representative (gemachtigde) who consented, sealed: name and relation are personal data. */
  @Column({ name: 'representative_sealed', type: 'text', nullable: true })
  representativeSealed!: string | null;

  /** From this moment the agency sees none of the citizen's data. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;
}
