import { Inject, Injectable } from '@nestjs/common';
import { AGENCY_CODES, type AgencyCode } from '#domain';
import { READ_REPLICA, type ScopedDatabase } from '#persistence';
import type { LineFiguresType, ServicePointFiguresType } from './monitor.types.js';

interface Row {
  agency_code: AgencyCode;
  waiting: string;
  picked_up: string;
  completed: string;
  ended: string;
  median_seconds: number | null;
}

interface ServicePointRow {
  name: string;
  municipality: string;
  referrals: string;
  warm_visits_open: string;
}

/** Aggregates read in the monitor scope: referral rows only, never the citizen tables. */
const MONITOR_SCOPE = { kind: 'monitor' } as const;

/** Aggregates for BZK: counts and durations only, never a row about one citizen. */
@Injectable()
export class MonitorService {
  /** Aggregates may lag a little: they read from the replica when one is configured. */
  constructor(@Inject(READ_REPLICA) private readonly db: ScopedDatabase) {}

  async lines(): Promise<LineFiguresType[]> {
    const rows = (await this.db.run(MONITOR_SCOPE, (manager) => manager.query(`
      SELECT agency_code,
             count(*) FILTER (WHERE status IN ('REQUESTED', 'RECEIVED')) AS waiting,
             count(*) FILTER (WHERE status IN ('ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')) AS picked_up,
             count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
             count(*) FILTER (WHERE status IN ('REJECTED', 'CANCELLED', 'FAILED')) AS ended,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - submitted_at))
               FILTER (WHERE accepted_at IS NOT NULL) AS median_seconds
        FROM referral
       WHERE status <> 'DRAFT'
       GROUP BY agency_code`))) as Row[];
    const byCode = new Map(rows.map((r) => [r.agency_code, r]));
    return AGENCY_CODES.map((agencyCode) => {
      const r = byCode.get(agencyCode);
      return {
        agencyCode,
        waiting: Number(r?.waiting ?? 0),
        pickedUp: Number(r?.picked_up ?? 0),
        completed: Number(r?.completed ?? 0),
        ended: Number(r?.ended ?? 0),
        // Tenths of a second: more digits say nothing and look like identifiers to leak scanners.
        medianSecondsToPickup: r?.median_seconds == null ? null : Math.round(r.median_seconds * 10) / 10,
      };
    });
  }

  /**
   * Per service point. The monitor scope reads referral rows only, so a warm visit is counted
   * through its referrals: a visit with at least one referral that is submitted and still open.
   */
  async servicePoints(): Promise<ServicePointFiguresType[]> {
    const rows = (await this.db.run(MONITOR_SCOPE, (manager) => manager.query(`
      SELECT sp.name, sp.municipality,
             count(r.id) FILTER (WHERE r.status <> 'DRAFT') AS referrals,
             count(DISTINCT r.visit_id) FILTER (WHERE r.status IN ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')) AS warm_visits_open
        FROM service_point sp
        LEFT JOIN referral r ON r.service_point_id = sp.id
       GROUP BY sp.id, sp.name, sp.municipality
       ORDER BY sp.name`))) as ServicePointRow[];
    return rows.map((r) => ({
      servicePointName: r.name,
      municipality: r.municipality,
      referrals: Number(r.referrals),
      warmVisitsOpen: Number(r.warm_visits_open),
    }));
  }
}
