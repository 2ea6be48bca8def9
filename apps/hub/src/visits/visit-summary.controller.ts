import { Controller, Get, Header, HttpCode, HttpException, HttpStatus, Inject, NotFoundException, Param, Req, Res, UnauthorizedException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isUUID } from 'class-validator';
import { DomainException } from '#domain';
import { Public } from '#auth';
import { ActorResolver } from '../auth/actor-resolver.js';
import { bearerToken } from '../auth/bearer-token.js';
import { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { renderCitizenSummaryHtml } from './citizen-summary.html.js';
import { CitizenSummaryService } from './citizen-summary.service.js';

/**
 * The printable citizen summary over plain HTTP, for the desk's print button. It checks the bearer
 * token and the rate limits itself, as GraphQL does (the global guard reads GraphQL contexts); any
 * visit the caller may not see is 404.
 */
@Controller('visits')
@Public()
export class VisitSummaryController {
  constructor(
    @Inject(CitizenSummaryService) private readonly summaries: CitizenSummaryService,
    @Inject(ActorResolver) private readonly actors: ActorResolver,
    @Inject(RequestRateLimiter) private readonly rateLimiter: RequestRateLimiter,
  ) {}

  @Get(':id/summary')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  @Header('X-Content-Type-Options', 'nosniff')
  async summary(
    @Param('id') id: string,
    @Req() request: IncomingMessage & { ip?: string },
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<string> {
    const actor = await this.actors.fromBearer(bearerToken(request.headers.authorization));
    try {
      await this.rateLimiter.request(request.ip ?? request.socket.remoteAddress ?? 'unknown', actor);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      response.setHeader('Retry-After', String(error.extensions.retryAfterSeconds));
      throw new HttpException('Too many requests', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (!actor) throw new UnauthorizedException();
    if (!isUUID(id)) throw new NotFoundException();
    try {
      return renderCitizenSummaryHtml(await this.summaries.forVisit(actor, id));
    } catch (error) {
      if (error instanceof DomainException) throw new NotFoundException();
      throw error;
    }
  }
}
