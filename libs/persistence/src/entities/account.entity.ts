import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ServicePointEntity } from './service-point.entity.js';
import { AgencyEntity } from './agency.entity.js';
import type { AgencyCode, Role } from '#domain';

@Entity('account')
@Unique('uq_account_oidc_identity', ['oidcIssuer', 'oidcSubject'])
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** Null for accounts that sign in through the identity provider only. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Set for accounts provisioned from the identity provider: its issuer and the person's `sub`. */
  @Column({ name: 'oidc_issuer', type: 'text', nullable: true })
  oidcIssuer!: string | null;

  @Column({ name: 'oidc_subject', type: 'text', nullable: true })
  oidcSubject!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'service_point_id', type: 'uuid', nullable: true })
  servicePointId!: string | null;

  @Column({ name: 'agency_code', type: 'varchar', length: 8, nullable: true })
  agencyCode!: AgencyCode | null;

  @ManyToOne(() => ServicePointEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'service_point_id', foreignKeyConstraintName: 'fk_account_service_point' })
  servicePoint?: ServicePointEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'agency_code', foreignKeyConstraintName: 'fk_account_agency' })
  agency?: AgencyEntity;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
