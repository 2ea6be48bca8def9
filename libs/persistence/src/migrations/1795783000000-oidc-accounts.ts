import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OidcAccounts1795783000000 implements MigrationInterface {
  name = 'OidcAccounts1795783000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "oidc_issuer" text`);
    await queryRunner.query(`ALTER TABLE "account" ADD "oidc_subject" text`);
    await queryRunner.query(`ALTER TABLE "account" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "uq_account_oidc_identity" UNIQUE ("oidc_issuer", "oidc_subject")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "uq_account_oidc_identity"`);
    await queryRunner.query(`ALTER TABLE "account" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "oidc_subject"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "oidc_issuer"`);
  }
}
