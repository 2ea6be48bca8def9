import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SlaTimerKind } from '#domain';
import { ReferralEntity } from './referral.entity.js';

/** How a timer ended: it fired, the referral had already moved on, or a new plan replaced it. */
export enum TimerOutcome {
  FIRED = 'FIRED',
  MET = 'MET',
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * One SLA timer of a referral. Postgres is the truth; the BullMQ delayed job (id from this row's id)
 * is only the alarm clock and is rebuilt from the unsettled rows when Redis is lost.
 */
@Entity('referral_timer')
@Index('ix_referral_timer_pending', ['fireAt'], { where: 'settled_at IS NULL' })
@Index('uq_referral_timer_live', ['referralId', 'kind'], { unique: true, where: 'settled_at IS NULL' })
export class ReferralTimerEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_timer_referral' })
  referral?: ReferralEntity;

  @Column({ type: 'text' })
  kind!: SlaTimerKind;

  @Column({ name: 'fire_at', type: 'timestamptz' })
  fireAt!: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome!: TimerOutcome | null;
}
