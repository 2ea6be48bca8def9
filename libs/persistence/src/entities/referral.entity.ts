import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TopicEntity } from './topic.entity.js';
import { AgencyEntity } from './agency.entity.js';
import { VisitEntity } from './visit.entity.js';
import type { AgencyCode, BusinessStatus, Channel, FailReasonCode, ReferralStatus, RejectReasonCode, Urgency } from '#domain';

@Entity('referral')
@Index('ix_referral_line_inbox', ['agencyCode', 'status', 'createdAt'])
@Index('ix_referral_visit', ['visitId'])
@Index('ix_referral_service_point', ['servicePointId', 'updatedAt'])
@Index('ix_referral_line_due', ['agencyCode', 'status', 'acceptDueAt'])
@Index('uq_referral_rerouted_from', ['reroutedFromId'], { unique: true })
/** Partial indexes for the monitor's live figures and its rebuild (migrations 1795790000000 and 1795797000000). */
@Index('ix_referral_monitor_open', { synchronize: false })
@Index('ix_referral_submitted', { synchronize: false })
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short number the citizen and agency can quote, e.g. LL-000123. */
  @Column({ type: 'text', unique: true })
  reference!: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Column({ name: 'service_point_id', type: 'uuid' })
  servicePointId!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 8 })
  agencyCode!: AgencyCode;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'fk_referral_visit' })
  visit?: VisitEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', foreignKeyConstraintName: 'fk_referral_agency' })
  agency?: AgencyEntity;

  @ManyToOne(() => TopicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_referral_topic' })
  topic?: TopicEntity;

  @Column({ type: 'text' })
  urgency!: Urgency;

  /**
   * Facts of the visit, kept by triggers for the monitor's open index (migration 1795797000000): its channel
   * and whether it is still open. Null only on referrals that had ended before that migration.
   */
  @Column({ type: 'text', nullable: true, insert: false, update: false, select: false })
  channel!: Channel | null;

  @Column({ name: 'visit_open', type: 'boolean', nullable: true, insert: false, update: false, select: false })
  visitOpen!: boolean | null;

  @Column({ type: 'text' })
  status!: ReferralStatus;

  @Column({ name: 'business_status', type: 'text', nullable: true })
  businessStatus!: BusinessStatus | null;

  /** The question for the agency, sealed; null once erased. */
  @Column({ name: 'summary_sealed', type: 'text', nullable: true })
  summarySealed!: string | null;

  /** The visit's data subject, copied so the agency's processing can be logged; null once erased. */
  @Column({ name: 'data_subject', type: 'text', nullable: true })
  dataSubject!: string | null;

  /** When its personal data was erased with its visit; from then on the database keeps it empty. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** Bumped on every move; the compare-and-set guard. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'assigned_to', type: 'uuid', nullable: true })
  assignedTo!: string | null;

  @Column({ name: 'reject_reason_code', type: 'text', nullable: true })
  rejectReasonCode!: RejectReasonCode | null;

  @Column({ name: 'fail_reason_code', type: 'text', nullable: true })
  failReasonCode!: FailReasonCode | null;

  /** What the agency did for the citizen, sealed. */
  @Column({ name: 'outcome_sealed', type: 'text', nullable: true })
  outcomeSealed!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** When the line must have received it (SLA, business time); set at submission. */
  @Column({ name: 'receive_due_at', type: 'timestamptz', nullable: true })
  receiveDueAt!: Date | null;

  /** When a specialist must have accepted it (SLA, business time); set at submission. */
  @Column({ name: 'accept_due_at', type: 'timestamptz', nullable: true })
  acceptDueAt!: Date | null;

  /** The rejected referral this one re-routes; the chain runs backwards through this column. */
  @Column({ name: 'rerouted_from_id', type: 'uuid', nullable: true })
  reroutedFromId!: string | null;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'rerouted_from_id', foreignKeyConstraintName: 'fk_referral_rerouted_from' })
  reroutedFrom?: ReferralEntity;
}
