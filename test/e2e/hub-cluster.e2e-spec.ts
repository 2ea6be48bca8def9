import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { type EventPayload, LINE_EVENTS, TOPICS } from '../support/story-operations.js';

const OPEN_VISIT = `mutation ($input: OpenVisitInput!) { openVisit(input: $input) { id } }`;
const ADD_REFERRAL = `mutation ($input: AddReferralInput!) { addReferral(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitReferral(id: $id) { id } }`;

/** The workers a node cluster primary forked. */
function children(pid: number): number[] {
  const listed = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return listed ? listed.split(/\s+/).map(Number) : [];
}

/** Established TCP connections on `port` that process `pid` holds (its socket inodes matched in /proc/net/tcp*). */
function connectionsOn(pid: number, port: number): number {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    const target = (() => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return '';
      }
    })();
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  let count = 0;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local address, state 01 (ESTABLISHED), inode
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '01' && inodes.has(fields[9]!)) count++;
    }
  }
  return count;
}

describe('the hub as HUB_PROCESSES processes on one port', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let port: number;
  const sockets: Subscription<{ lineEvents: EventPayload }>[] = [];

  beforeAll(async () => {
    port = hubPort();
    hub = await AppProcess.start('hub', { PORT: String(port), HUB_PROCESSES: '2' });
    worker = await AppProcess.start('line-worker');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await Promise.all([hub, worker].map((p) => p?.stop()));
  });

  it('spreads sockets over both processes, and an event committed through either reaches every socket', async () => {
    const processes = children(hub.pid);
    expect(processes).toHaveLength(2);
    for (let i = 0; i < 4; i++) sockets.push(await (await GqlClient.signIn(hub.baseUrl, 'specialist.uwv')).subscribe(LINE_EVENTS));
    // The cluster hands connections out in turn: each process holds some of the specialists' sockets.
    for (const pid of processes) expect(connectionsOn(pid, port)).toBeGreaterThanOrEqual(1);

    const desk = await GqlClient.signIn(hub.baseUrl, 'desk.utrecht');
    const topicId = (await desk.data<{ topics: { id: string; code: string }[] }>(TOPICS, { a: 'UWV' })).topics.find((t) => t.code === 'ww-uitkering')!.id;
    const visitId = (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Vraag over WW'] } })).openVisit.id;
    const { id } = (
      await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
        input: { visitId, agencyCode: 'UWV', topicId, urgency: 'REGULAR', summary: 'Wil WW aanvragen.', consent: { categories: [], method: 'VERBAL' } },
      })
    ).addReferral;
    await desk.data(SUBMIT, { id });
    for (const socket of sockets) await socket.waitFor((e) => e.lineEvents.referralId === id && e.lineEvents.toStatus === 'RECEIVED', 30_000);
  }, 60_000);

  it('stops as a whole when one process dies, so the supervisor restarts the group', async () => {
    const [victim, survivor] = children(hub.pid);
    process.kill(victim!, 'SIGKILL');
    expect((await hub.exited()).code).toBe(1);
    expect(() => process.kill(survivor!, 0)).toThrow();
    expect(hub.logs).toMatch(/stopping the group/);
  }, 60_000);
});
