import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { pendingMigrations } from '#persistence';
import { CheckFailure, guarded } from './check-failure.js';

const TIMEOUT_MS = 2_000;

/** Postgres through the app's own pool (the app role), and whether its schema has every migration of this build. */
@Injectable()
export class PostgresHealth {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {}

  /** Reachable, and still a role row-level security applies to. */
  database() {
    return this.indicators
      .check('database')
      .attempt(() =>
        guarded(async () => {
          // eslint-disable-next-line no-restricted-syntax -- a probe of the connection's role, not data access
          const [role] = (await this.db.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`)) as { rolsuper: boolean; rolbypassrls: boolean }[];
          if (!role || role.rolsuper || role.rolbypassrls) throw new CheckFailure('connected as a role row-level security does not apply to');
        }),
      )
      .withTimeout(TIMEOUT_MS);
  }

  migrations() {
    return this.indicators
      .check('migrations')
      .attempt(() =>
        guarded(async () => {
          const pending = await pendingMigrations(this.db);
          if (pending.length > 0) throw new CheckFailure(`${pending.length} pending: ${pending.join(', ')}`);
        }),
      )
      .withTimeout(TIMEOUT_MS);
  }
}
