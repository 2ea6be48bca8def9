import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The coded reason a referral failed for, beside the reject reason; no personal data. */
export class ReferralFailReason1795784600000 implements MigrationInterface {
  name = 'ReferralFailReason1795784600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" ADD "fail_reason_code" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "fail_reason_code"`);
  }
}
