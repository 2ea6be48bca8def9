/**
 * Issue 2's figure: over N referrals, time from the submit mutation to the RECEIVED event at an
 * agency subscriber, with hub and line worker as separate processes on real Postgres and Redis.
 */
import { AppProcess } from '../support/app-processes.js';
import { GqlClient } from '../support/graphql-client.js';
import { ADD_REFERRAL, type EventPayload, LINE_EVENTS, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';
import { productionEnv } from '../support/production-env.js';
import { summary } from './stats.js';

export async function handoffLatency(count: number, inFlight: number): Promise<void> {
  const port = 39_900;
  const env = productionEnv(process.env.DATABASE_URL!);
  const hub = await AppProcess.start('hub', { PORT: String(port), ...env });
  const worker = await AppProcess.start('line-worker', env);
  try {
    const base = `http://127.0.0.1:${port}`;
    const desk = await GqlClient.signIn(base, 'desk.utrecht');
    const uwv = await GqlClient.signIn(base, 'specialist.uwv');
    const topicId = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' })).topics[0]!.id;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Benchmarkvraag'] } });
      const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
        input: { visitId: openVisit.id, agencyCode: 'UWV', topicId, urgency: 'LIVE', summary: 'Benchmark', consent: { categories: [], method: 'VERBAL' } },
      });
      ids.push(addReferral.id);
    }
    const line = await uwv.subscribe<{ lineEvents: EventPayload }>(LINE_EVENTS);
    const sentAt = new Map<string, number>();
    const answeredAt = new Map<string, number>();
    const submitMs: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < ids.length) {
          const id = ids[next++]!;
          sentAt.set(id, performance.now());
          await desk.data(SUBMIT, { id });
          answeredAt.set(id, performance.now());
          submitMs.push(answeredAt.get(id)! - sentAt.get(id)!);
        }
      }),
    );
    const wanted = new Set(ids);
    await line.waitFor(() => line.events.filter((e) => e.value.lineEvents.toStatus === 'RECEIVED' && wanted.has(e.value.lineEvents.referralId)).length === ids.length, 60_000);
    const elapsed = performance.now() - started;
    const fromSend: number[] = [];
    const fromAnswer: number[] = [];
    for (const event of line.events) {
      const { referralId, toStatus } = event.value.lineEvents;
      if (toStatus !== 'RECEIVED' || !wanted.has(referralId)) continue;
      fromSend.push(event.at - sentAt.get(referralId)!);
      fromAnswer.push(event.at - answeredAt.get(referralId)!);
    }
    await line.close();
    console.log(`handoff latency, ${count} referrals, ${inFlight} submit(s) in flight, ${(count / (elapsed / 1000)).toFixed(0)} submits/s`);
    console.log(`  submit mutation round trip          ${summary(submitMs)}`);
    console.log(`  submit sent -> RECEIVED at agency    ${summary(fromSend)}`);
    console.log(`  submit answered -> RECEIVED at agency ${summary(fromAnswer)}  (negative: the event beat the HTTP answer)`);
  } finally {
    await Promise.all([hub.stop(), worker.stop()]);
  }
}
