import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AgencyCode, DeliveryMode } from '#domain';
import { AgencyEntity } from './agency.entity.js';

/** How an agency's line delivers. No row means PORTAL, the default for every agency. */
@Entity('agency_connection')
export class AgencyConnectionEntity {
  @PrimaryColumn({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @OneToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', foreignKeyConstraintName: 'fk_agency_connection_agency' })
  agency?: AgencyEntity;

  @Column({ type: 'text' })
  mode!: DeliveryMode;

  @Column({ name: 'endpoint_url', type: 'text', nullable: true })
  endpointUrl!: string | null;

  /** Set when the endpoint answered 410 Gone; nothing is sent until ADMIN configures it again. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
