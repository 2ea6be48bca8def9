import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyCode } from '#domain';

/** Something ADMIN must look at: an endpoint that is gone, or a delivery that went to the dead letter. */
@Entity('delivery_alert')
@Index('ix_delivery_alert_open', ['createdAt'], { where: 'resolved_at IS NULL' })
export class DeliveryAlertEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @Column({ type: 'text' })
  kind!: 'ENDPOINT_GONE' | 'DEAD_LETTER';

  @Column({ name: 'event_id', type: 'bigint', nullable: true })
  eventId!: string | null;

  @Column({ type: 'text' })
  detail!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
