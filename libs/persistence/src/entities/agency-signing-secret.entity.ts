import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyCode } from '#domain';
import { AgencyEntity } from './agency.entity.js';

/**
 * A Standard Webhooks signing secret (`whsec_...`). The newest signs until replaced; the one before
 * it keeps signing until `expiresAt`, so during a rotation every webhook carries two signatures.
 * Stored as is because signing needs it; belongs under field encryption once that exists.
 */
@Entity('agency_signing_secret')
@Index('ix_agency_signing_secret_agency', ['agencyCode', 'createdAt'])
@Index('uq_agency_signing_secret_current', ['agencyCode'], { unique: true, where: 'expires_at IS NULL' })
export class AgencySigningSecretEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', foreignKeyConstraintName: 'fk_agency_signing_secret_agency' })
  agency?: AgencyEntity;

  @Column({ type: 'text' })
  secret!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null while current; set when a newer secret replaces it. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
