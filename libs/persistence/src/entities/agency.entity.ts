import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyCode, LineHours } from '#domain';

@Entity('agency')
export class AgencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: AgencyCode;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'line_hours', type: 'jsonb' })
  lineHours!: LineHours;
}
