import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VisitEntity } from './visit.entity.js';

/** The citizen's contact data for one visit, kept apart so it can be erased on its own. */
@Entity('visit_citizen')
export class CitizenEntity {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'fk_citizen_visit' })
  visit?: VisitEntity;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  bsn!: string | null;
}
