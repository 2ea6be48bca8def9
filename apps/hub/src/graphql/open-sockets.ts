import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { WebSocket } from 'ws';
import type { AccessGrant } from '#auth';
import { AccessRevocations } from '../auth/access-revocations.js';

/** graphql-ws's own code for "authenticate again"; its clients do not retry on it. */
export const SOCKET_UNAUTHORIZED = 4401;

/** setTimeout's ceiling; a grant that outlives it is checked again by the sweeps and on every message. */
const MAX_TIMER_MS = 2_147_483_647;

interface OpenSocket {
  readonly grant: AccessGrant;
  readonly expiry: NodeJS.Timeout;
}

/**
 * Every live connection of this hub with the grant it was opened with. A socket closes with 4401 the
 * moment its token expires, and within one revocation refresh after its account is disabled or its
 * session revoked, on every hub, since each hub sweeps its own sockets.
 */
@Injectable()
export class OpenSockets implements OnModuleInit, OnModuleDestroy {
  private readonly open = new Map<WebSocket, OpenSocket>();
  private stopListening: () => void = () => undefined;

  constructor(@Inject(AccessRevocations) private readonly revocations: AccessRevocations) {}

  onModuleInit(): void {
    this.stopListening = this.revocations.onChange(() => this.sweep());
  }

  onModuleDestroy(): void {
    this.stopListening();
    for (const { expiry } of this.open.values()) clearTimeout(expiry);
  }

  get size(): number {
    return this.open.size;
  }

  /** Registers the socket; false (and closed) when the grant is no longer good. */
  admit(socket: WebSocket, grant: AccessGrant): boolean {
    if (!this.usable(grant)) return this.close(socket, 'Token expired or revoked');
    const expiry = setTimeout(() => this.close(socket, 'Token expired'), Math.min(grant.expiresAt.getTime() - Date.now(), MAX_TIMER_MS));
    expiry.unref();
    this.open.set(socket, { grant, expiry });
    socket.once('close', () => this.forget(socket));
    return true;
  }

  /** True while the socket's grant is good; otherwise closes it. Checked on every operation and every event. */
  check(socket: WebSocket): boolean {
    const entry = this.open.get(socket);
    return entry !== undefined && this.usable(entry.grant) ? true : this.close(socket, 'Token expired or revoked');
  }

  private sweep(): void {
    for (const [socket, { grant }] of this.open) if (!this.usable(grant)) this.close(socket, 'Session ended');
  }

  private usable(grant: AccessGrant): boolean {
    return grant.expiresAt.getTime() > Date.now() && !this.revocations.isRevoked(grant);
  }

  private close(socket: WebSocket, reason: string): false {
    this.forget(socket);
    socket.close(SOCKET_UNAUTHORIZED, reason);
    return false;
  }

  private forget(socket: WebSocket): void {
    const entry = this.open.get(socket);
    if (entry) clearTimeout(entry.expiry);
    this.open.delete(socket);
  }
}
