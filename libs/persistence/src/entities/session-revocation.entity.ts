import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A signed-out or revoked sign-in session: its tokens stop working on every hub until they expire anyway. */
@Entity('session_revocation')
@Index('ix_session_revocation_expires_at', ['expiresAt'])
export class SessionRevocationEntity {
  /** Our own tokens' `sid`, or the identity provider's `sid`/`jti`. */
  @PrimaryColumn({ name: 'session_id', type: 'text', primaryKeyConstraintName: 'pk_session_revocation' })
  sessionId!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @CreateDateColumn({ name: 'revoked_at', type: 'timestamptz' })
  revokedAt!: Date;

  /** When the session's last token expires; after that the row can go. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
