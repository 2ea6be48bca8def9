import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReferralEventEntity } from './referral-event.entity.js';
import { ReferralEntity } from './referral.entity.js';

/**
 * The free text of a timeline event (a hold, cancel, reject or fail reason), sealed for its event.
 * Kept beside the append-only timeline so retention can erase it while the event itself stays.
 */
@Entity('referral_event_note')
@Index('ix_referral_event_note_referral', ['referralId'])
export class ReferralEventNoteEntity {
  @PrimaryColumn({ name: 'event_id', type: 'bigint' })
  eventId!: string;

  @ManyToOne(() => ReferralEventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_referral_event_note_event' })
  event?: ReferralEventEntity;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_event_note_referral' })
  referral?: ReferralEntity;

  @Column({ name: 'note_sealed', type: 'text' })
  noteSealed!: string;
}
