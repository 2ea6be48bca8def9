import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyCode, Role } from '#domain';

/**
 * Who fetched a referral's case data through the machine API, and when. Kept apart until the
 * processing log of the privacy library takes its place.
 */
@Entity('referral_access_log')
@Index('ix_referral_access_log_referral', ['referralId', 'accessedAt'])
export class ReferralAccessLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: Role;

  @Column({ type: 'text' })
  purpose!: string;

  @CreateDateColumn({ name: 'accessed_at', type: 'timestamptz' })
  accessedAt!: Date;
}
