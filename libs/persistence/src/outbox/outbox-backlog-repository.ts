import type { AgencyCode } from '#domain';
import { SYSTEM_SCOPE } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';

/** Outbox rows of one line that the relay has not moved to Redis yet. */
export interface OutboxBacklog {
  readonly agencyCode: AgencyCode;
  readonly rows: number;
  /** Age of the oldest pending row, by the database's clock. */
  readonly oldestAgeSeconds: number;
}

/** The relay's backlog per line, for metrics: counts and ages only. Reads the pending rows' partial index. */
export class OutboxBacklogRepository {
  constructor(private readonly db: ScopedDatabase) {}

  async perLine(): Promise<OutboxBacklog[]> {
    const rows = (await this.db.run(SYSTEM_SCOPE, (manager) =>
      manager.query(
        `SELECT agency_code, count(*)::int AS rows, extract(epoch FROM now() - min(created_at))::float8 AS oldest_age_seconds
           FROM outbox
          WHERE dispatched_at IS NULL
          GROUP BY agency_code`,
      ),
    )) as { agency_code: AgencyCode; rows: number; oldest_age_seconds: number }[];
    return rows.map((r) => ({ agencyCode: r.agency_code, rows: r.rows, oldestAgeSeconds: Math.max(0, r.oldest_age_seconds) }));
  }
}
