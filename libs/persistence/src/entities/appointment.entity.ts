import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AppointmentKind, ContactChannel, Role } from '#domain';
import { ReferralEntity } from './referral.entity.js';

/** The appointment or callback window set for a referral; scheduling again replaces it. */
@Entity('referral_appointment')
export class AppointmentEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @OneToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_appointment_referral' })
  referral?: ReferralEntity;

  @Column({ type: 'text' })
  kind!: AppointmentKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'text' })
  channel!: ContactChannel;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** What the citizen should bring beyond the topic's own list. */
  @Column({ name: 'extra_items', type: 'jsonb' })
  extraItems!: string[];

  @Column({ name: 'scheduled_by', type: 'uuid' })
  scheduledBy!: string;

  @Column({ name: 'scheduled_by_role', type: 'text' })
  scheduledByRole!: Role;

  @UpdateDateColumn({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;
}
