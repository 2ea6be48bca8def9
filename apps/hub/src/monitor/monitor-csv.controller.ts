import { Controller, Get, HttpException, HttpStatus, Inject, NotFoundException, Param, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isUUID } from 'class-validator';
import { GraphQLError } from 'graphql';
import { AgencyCode, Channel, DomainException, MonitorDimension, type MonitorFilter, Role, Urgency } from '#domain';
import { Public } from '#auth';
import { ActorResolver } from '../auth/actor-resolver.js';
import { bearerToken } from '../auth/bearer-token.js';
import { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { csvLine, FIGURES_HEADER, figuresRow } from './monitor-csv.js';
import { MonitorFiguresService } from './monitor-figures.service.js';
import { MonitorStep } from './monitor-figures.types.js';

type Params = Record<string, string | undefined>;

const list = (value: string | undefined) => (value ? value.split(',').filter((v) => v.length > 0) : undefined);

/** The filter from the query string; anything malformed is refused, as the GraphQL input rules do. */
function filterFrom(q: Params): MonitorFilter {
  const ids = (name: string) => {
    const values = list(q[name]);
    if (values?.some((v) => !isUUID(v)) || (values?.length ?? 0) > 500) throw new HttpException(`${name} must be ids`, HttpStatus.BAD_REQUEST);
    return values;
  };
  const of = <T extends string>(name: string, allowed: readonly T[]) => {
    const values = list(q[name]);
    if (values?.some((v) => !allowed.includes(v as T))) throw new HttpException(`${name} has an unknown value`, HttpStatus.BAD_REQUEST);
    return values as T[] | undefined;
  };
  const municipalities = list(q.municipalities);
  if (municipalities?.some((m) => m.length > 100) || (municipalities?.length ?? 0) > 500) throw new HttpException('municipalities too long', HttpStatus.BAD_REQUEST);
  return {
    servicePointIds: ids('servicePointIds'),
    municipalities,
    agencyCodes: of('agencyCodes', Object.values(AgencyCode)),
    topicIds: ids('topicIds'),
    urgencies: of('urgencies', Object.values(Urgency)),
    channels: of('channels', Object.values(Channel)),
  };
}

/**
 * Every monitor table as CSV (GET /monitor-csv/:table), written row by row with the same published
 * figures as the API. Like the citizen summary it checks the bearer token and the rate limits itself;
 * anyone but the monitor gets 404, as in GraphQL.
 */
@Controller('monitor-csv')
@Public()
export class MonitorCsvController {
  constructor(
    @Inject(MonitorFiguresService) private readonly monitor: MonitorFiguresService,
    @Inject(ActorResolver) private readonly actors: ActorResolver,
    @Inject(RequestRateLimiter) private readonly rateLimiter: RequestRateLimiter,
  ) {}

  @Get(':table')
  async csv(@Param('table') table: string, @Query() q: Params, @Req() request: IncomingMessage & { ip?: string }, @Res() response: ServerResponse): Promise<void> {
    const actor = await this.actors.fromBearer(bearerToken(request.headers.authorization));
    try {
      await this.rateLimiter.request(request.ip ?? request.socket.remoteAddress ?? 'unknown', actor);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      response.setHeader('Retry-After', String(error.extensions.retryAfterSeconds));
      throw new HttpException('Too many requests', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (!actor) throw new UnauthorizedException();
    if (actor.role !== Role.MONITOR && actor.role !== Role.ADMIN) throw new NotFoundException();
    const ask = { period: { from: q.from, to: q.to }, filter: filterFrom(q) };
    let lines: string[];
    try {
      lines = await this.table(table, ask, q);
    } catch (error) {
      if (error instanceof DomainException) throw new HttpException('Invalid period', HttpStatus.BAD_REQUEST);
      throw error;
    }
    const period = this.monitor.period(ask);
    response.statusCode = 200;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="monitor-${table}-${period.from}-${period.to}.csv"`);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    for (const line of lines) response.write(line);
    response.end();
  }

  private async table(table: string, ask: { period: { from?: string; to?: string }; filter: MonitorFilter }, q: Params): Promise<string[]> {
    switch (table) {
      case 'overview':
        return [csvLine(FIGURES_HEADER), csvLine(figuresRow('', '', await this.monitor.overview(ask)))];
      case 'breakdown': {
        const by = q.by as MonitorDimension;
        if (!Object.values(MonitorDimension).includes(by)) throw new NotFoundException();
        return [csvLine(FIGURES_HEADER), ...(await this.monitor.breakdown(ask, by)).map((r) => csvLine(figuresRow(r.key, r.label, r.figures)))];
      }
      case 'trend': {
        const step = (q.step ?? MonitorStep.WEEK) as MonitorStep;
        if (!Object.values(MonitorStep).includes(step)) throw new NotFoundException();
        return [csvLine(FIGURES_HEADER), ...(await this.monitor.trend(ask, step)).map((r) => csvLine(figuresRow(r.key, r.label, r.figures)))];
      }
      case 'outcomes':
        return [csvLine(['kind', 'code', 'agencyCode', 'count']), ...(await this.monitor.outcomes(ask)).map((o) => csvLine([o.kind, o.code, o.agencyCode, o.count.label]))];
      case 'live': {
        const live = await this.monitor.live(ask.filter);
        return [csvLine(['openNow', 'waitingNow', 'overdueNow', 'warmVisitsOpenNow']), csvLine([live.openNow.label, live.waitingNow.label, live.overdueNow.label, live.warmVisitsOpenNow.label])];
      }
      default:
        throw new NotFoundException();
    }
  }
}
