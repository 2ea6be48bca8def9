import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One account's key for one creating request; the SQL lives in IdempotencyKeyRepository. */
@Entity('idempotency_key')
@Index('ix_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  accountId!: string;

  /** As the client sent it in the Idempotency-Key header. */
  @PrimaryColumn({ name: 'key', type: 'text', primaryKeyConstraintName: 'pk_idempotency_key' })
  key!: string;

  /** SHA-256 of the mutation's name and arguments: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  /** The id the first request created or moved; set in the transaction that claimed the key. */
  @Column({ name: 'result_id', type: 'uuid', nullable: true })
  resultId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
