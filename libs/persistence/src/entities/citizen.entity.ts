import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VisitEntity } from './visit.entity.js';

/**
 * The citizen's contact data for one visit, kept apart so it can be erased on its own. Every value
 * is sealed (AES-256-GCM, key id in front); the BSN is found through its keyed blind index.
 */
@Entity('visit_citizen')
@Index('ix_visit_citizen_bsn_index', ['bsnIndex'])
export class CitizenEntity {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'fk_citizen_visit' })
  visit?: VisitEntity;

  @Column({ name: 'name_sealed', type: 'text', nullable: true })
  nameSealed!: string | null;

  @Column({ name: 'phone_sealed', type: 'text', nullable: true })
  phoneSealed!: string | null;

  @Column({ name: 'email_sealed', type: 'text', nullable: true })
  emailSealed!: string | null;

  @Column({ name: 'bsn_sealed', type: 'text', nullable: true })
  bsnSealed!: string | null;

  /** HMAC-SHA256 of the BSN under the blind-index key: equality look-up without decrypting. */
  @Column({ name: 'bsn_index', type: 'text', nullable: true })
  bsnIndex!: string | null;
}
