import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ProcessingActivity, ProcessingOperation } from '#domain';

/**
 * One processing of one data subject's personal data, after Logius "Logboek Dataverwerkingen".
 * Append-only: the app role may only insert and read; a trigger chains every row to the one before
 * it (per chain) with SHA-256, so a change made behind the application's back shows.
 */
@Entity('processing_log')
@Index('ix_processing_log_subject', ['subjectType', 'subjectRef', 'id'])
@Index('uq_processing_log_chain_seq', ['chain', 'seq'], { unique: true })
export class ProcessingLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** W3C trace context of the request that did the processing. */
  @Column({ name: 'trace_id', type: 'character', length: 32 })
  traceId!: string;

  @Column({ name: 'span_id', type: 'character', length: 16 })
  spanId!: string;

  @Column({ type: 'text' })
  activity!: ProcessingActivity;

  @Column({ type: 'text' })
  operation!: ProcessingOperation;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  /** BSN (the subject's blind index) or VISIT (a keyed hash of the visit id) when no BSN is known. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: 'BSN' | 'VISIT';

  /** Keyed HMAC: the subject is never in the log in the clear. */
  @Column({ name: 'subject_ref', type: 'text' })
  subjectRef!: string;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  /** Set by the chaining trigger. */
  @Column({ type: 'smallint' })
  chain!: number;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'prev_hash', type: 'bytea' })
  prevHash!: Buffer;

  @Column({ type: 'bytea' })
  hash!: Buffer;
}
