import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

/** Sign-out and disabled accounts end open sessions on every hub: revoked sessions, and who may disable an account. */
export class SessionRevocation1795785000000 implements MigrationInterface {
  name = 'SessionRevocation1795785000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session_revocation" ("session_id" text NOT NULL, "account_id" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_session_revocation" PRIMARY KEY ("session_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_revocation_expires_at" ON "session_revocation" ("expires_at") `);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON session_revocation TO ${APP_DATABASE_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session_revocation"`);
  }
}
