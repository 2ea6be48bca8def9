import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { ServicePointEntity } from './service-point.entity.js';
import type { Channel, VisitCloseReason, VisitStatus } from '#domain';

@Entity('visit')
@Index('ix_visit_service_point_opened', ['servicePointId', 'openedAt'])
@Index('ix_visit_retention', ['closedAt'], { where: `status = 'CLOSED' AND erased_at IS NULL` })
@Index('ix_visit_open_since', ['openedAt'], { where: `status = 'OPEN'` })
export class VisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'service_point_id', type: 'uuid' })
  servicePointId!: string;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy!: string;

  @ManyToOne(() => ServicePointEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_point_id', foreignKeyConstraintName: 'fk_visit_service_point' })
  servicePoint?: ServicePointEntity;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by', foreignKeyConstraintName: 'fk_visit_opened_by' })
  opener?: AccountEntity;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text', default: 'OPEN' })
  status!: VisitStatus;

  /** The questions as a sealed JSON array; null once erased. */
  @Column({ name: 'questions_sealed', type: 'text', nullable: true })
  questionsSealed!: string | null;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Why it was closed: the desk let go, it was abandoned, or the citizen's data was erased on request. */
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: VisitCloseReason | null;

  /** BSN:<blind index> or VISIT:<keyed hash of the id>: who the processing log names; null once erased. */
  @Column({ name: 'data_subject', type: 'text', nullable: true })
  dataSubject!: string | null;

  /** When its personal data was erased (retention, or on request); figures stay. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
