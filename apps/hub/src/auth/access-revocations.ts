import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessGrant } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { AccessRepository } from '#persistence';

type Listener = () => void;

/** Revocations of sessions whose tokens have all expired are dropped this often. */
const FORGET_INTERVAL_MS = 3_600_000;

/**
 * Disabled accounts and revoked sessions, as this hub knows them. Postgres holds the truth; every hub
 * re-reads it every REVOCATION_REFRESH_MS, so a sign-out or a disabled account reaches all instances
 * within seconds, over HTTP and on open sockets, without a database round trip per request.
 */
@Injectable()
export class AccessRevocations implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AccessRevocations');
  private readonly repository: AccessRepository;
  private readonly listeners = new Set<Listener>();
  private disabledAccounts = new Set<string>();
  private revokedSessions = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(DataSource) db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.repository = new AccessRepository(db);
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.every(this.config.revocationRefreshMs, () => this.refresh());
    this.every(FORGET_INTERVAL_MS, () => this.repository.forgetExpired(new Date()));
  }

  onModuleDestroy(): void {
    this.timers.forEach(clearInterval);
  }

  isRevoked(grant: AccessGrant): boolean {
    return this.disabledAccounts.has(grant.actor.accountId) || (grant.sessionId !== null && this.revokedSessions.has(grant.sessionId));
  }

  /** Called after every refresh, for whatever holds grants open (the sockets). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async revokeSession(grant: AccessGrant): Promise<void> {
    if (grant.sessionId === null) return;
    await this.repository.revokeSession(grant.sessionId, grant.actor.accountId, grant.expiresAt);
    await this.refresh();
  }

  /** False when there is no such account. */
  async setAccountActive(accountId: string, active: boolean): Promise<boolean> {
    const found = await this.repository.setAccountActive(accountId, active);
    await this.refresh();
    return found;
  }

  private async refresh(): Promise<void> {
    const now = new Date();
    const revoked = await this.repository.revoked(now);
    this.disabledAccounts = new Set(revoked.disabledAccountIds);
    this.revokedSessions = new Set(revoked.revokedSessionIds);
    for (const listener of this.listeners) listener();
  }

  private every(ms: number, work: () => Promise<unknown>): void {
    // On failure the last known list stays; the next round tries again.
    const timer = setInterval(() => void work().catch((e: unknown) => this.logger.warn(`revocations: ${e instanceof Error ? e.name : typeof e}`)), ms);
    timer.unref();
    this.timers.push(timer);
  }
}
