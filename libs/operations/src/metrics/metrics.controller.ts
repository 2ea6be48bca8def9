import { Controller, Get, Header, Headers, Inject, NotFoundException } from '@nestjs/common';
import { Registry } from 'prom-client';
import { Public } from '#auth';

/**
 * Prometheus scrapes each pod directly on its own port (the NetworkPolicy admits only the monitoring
 * namespace). Nothing here is personal, but the figures are the operator's: a request that came
 * through a proxy (the ingress sets X-Forwarded-For or Forwarded) gets a 404, so /metrics stays
 * private even if an ingress routes every path to the hub.
 */
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(@Inject(Registry) private readonly registry: Registry) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  async metrics(@Headers('x-forwarded-for') forwardedFor: string | undefined, @Headers('forwarded') forwarded: string | undefined): Promise<string> {
    if (forwardedFor !== undefined || forwarded !== undefined) throw new NotFoundException();
    return this.registry.metrics();
  }
}
