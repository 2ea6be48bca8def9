import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReferralEntity } from './referral.entity.js';
import type { ReferralStatus, Role, TimelineEventType } from '#domain';

/** Append-only timeline of a referral; the database refuses updates and deletes. */
@Entity('referral_event')
@Index('ix_referral_event_referral', ['referralId', 'id'])
export class ReferralEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_event_referral' })
  referral?: ReferralEntity;

  @Column({ type: 'text' })
  type!: TimelineEventType;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ReferralStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: Role | 'LINE';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
