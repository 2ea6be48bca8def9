import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyCode } from '#domain';

/** A referral event an agency system never took: retries ran out, or its endpoint was disabled. */
@Entity('webhook_dead_letter')
@Index('uq_webhook_dead_letter_event', ['agencyCode', 'eventId'], { unique: true })
export class WebhookDeadLetterEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  /** The timeline event, which is also the CloudEvent id. */
  @Column({ name: 'event_id', type: 'bigint' })
  eventId!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  /** An HTTP status or an error name; never a response body. */
  @Column({ name: 'last_error', type: 'text' })
  lastError!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
