import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { ServicePointEntity } from './service-point.entity.js';
import type { Channel, VisitStatus } from '#domain';

@Entity('visit')
@Index('ix_visit_service_point_opened', ['servicePointId', 'openedAt'])
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

  @Column({ type: 'jsonb' })
  questions!: string[];

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
