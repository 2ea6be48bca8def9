import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AgencyCode, DurationUnit, Urgency } from '#domain';
import { AgencyEntity } from './agency.entity.js';

/** An agency's promise per urgency: how soon a referral is received and accepted, in business time. */
@Entity('sla_setting')
export class SlaSettingEntity {
  @PrimaryColumn({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @PrimaryColumn({ type: 'text' })
  urgency!: Urgency;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', foreignKeyConstraintName: 'fk_sla_setting_agency' })
  agency?: AgencyEntity;

  @Column({ name: 'receive_amount', type: 'integer' })
  receiveAmount!: number;

  @Column({ name: 'receive_unit', type: 'text' })
  receiveUnit!: DurationUnit;

  @Column({ name: 'accept_amount', type: 'integer' })
  acceptAmount!: number;

  @Column({ name: 'accept_unit', type: 'text' })
  acceptUnit!: DurationUnit;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
