import { afterAll, describe, expect, it } from '@jest/globals';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient } from '../support/graphql-client.js';
import { SERVICE_POINT_EVENTS } from '../support/story-operations.js';

describe('graceful shutdown on SIGTERM', () => {
  const processes: AppProcess[] = [];

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
  });

  it('closes a hub\'s subscriptions with "service restart", so clients reconnect, and exits 0', async () => {
    const hub = await AppProcess.start('hub', { PORT: String(hubPort()) });
    processes.push(hub);
    const desk = await GqlClient.signIn(hub.baseUrl, 'desk.utrecht');
    const subscription = await desk.subscribe(SERVICE_POINT_EVENTS);
    hub.signal('SIGTERM');
    expect(await subscription.closed).toEqual({ code: 1012, reason: 'Service restart' });
    expect(await hub.exited()).toEqual({ code: 0, signal: null });
    expect(hub.logs).toContain('shut down gracefully');
    await expect(fetch(`${hub.baseUrl}/health/live`)).rejects.toThrow();
  }, 120_000);

  it('lets a line worker finish and exit 0', async () => {
    const worker = await AppProcess.start('line-worker');
    processes.push(worker);
    expect((await fetch(`${worker.baseUrl}/health/ready`)).status).toBe(200);
    worker.signal('SIGTERM');
    expect(await worker.exited()).toEqual({ code: 0, signal: null });
    expect(worker.logs).toContain('shut down gracefully');
  }, 120_000);
});
