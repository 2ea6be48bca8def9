import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

/** Idempotency keys of creating mutations: a retry returns the first result (docs/decisions/0007). */
export class IdempotencyKeys1795793000000 implements MigrationInterface {
  name = 'IdempotencyKeys1795793000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("account_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_idempotency_key" PRIMARY KEY ("account_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idempotency_key_expires_at" ON "idempotency_key" ("expires_at") `);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${APP_DATABASE_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
