import { Controller, Get, Header, HttpCode, Inject, NotFoundException, Param, Req, UnauthorizedException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { isUUID } from 'class-validator';
import { DomainException } from '#domain';
import { Public, verifyAccessToken } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { renderCitizenSummaryHtml } from './citizen-summary.html.js';
import { CitizenSummaryService } from './citizen-summary.service.js';

/**
 * The printable citizen summary over plain HTTP, for the desk's print button. It checks the bearer
 * token itself (the global guard reads GraphQL contexts); any visit the caller may not see is 404.
 */
@Controller('visits')
@Public()
export class VisitSummaryController {
  constructor(
    @Inject(CitizenSummaryService) private readonly summaries: CitizenSummaryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/summary')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  @Header('X-Content-Type-Options', 'nosniff')
  async summary(@Param('id') id: string, @Req() request: IncomingMessage): Promise<string> {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization?.trim() ?? '');
    const actor = match ? await verifyAccessToken(match[1]!, this.config.tokenSecret) : null;
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
