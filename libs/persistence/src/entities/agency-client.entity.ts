import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyCode } from '#domain';
import { AgencyEntity } from './agency.entity.js';

/** An agency system's OAuth2 client (client credentials); the id is the machine actor's account id. */
@Entity('agency_client')
export class AgencyClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'client_id', type: 'text', unique: true })
  clientId!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', foreignKeyConstraintName: 'fk_agency_client_agency' })
  agency?: AgencyEntity;

  /** argon2id of the client secret; the secret itself is shown once and never stored. */
  @Column({ name: 'secret_hash', type: 'text' })
  secretHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
