/** One Redis or Sentinel address. */
export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/**
 * Where Redis is: one server (redis:// or rediss://), or a master found through Sentinel, which
 * follows a failover by itself. Credentials travel here, so a target is never logged.
 */
export type RedisTarget =
  | { readonly kind: 'standalone'; readonly url: string }
  | {
      readonly kind: 'sentinel';
      readonly sentinels: readonly RedisNode[];
      /** The master's name as the sentinels know it (`sentinel monitor <name> ...`). */
      readonly masterName: string;
      readonly username: string | null;
      readonly password: string | null;
      readonly sentinelPassword: string | null;
      readonly db: number;
    };

export class RedisTargetError extends Error {
  override name = 'RedisTargetError';
}

const NODE = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/i;
const MASTER_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** `host:port,host:port` (IPv6 in brackets); `key` names the setting in errors, never the value. */
export function parseRedisNodes(raw: string, key: string): RedisNode[] {
  const nodes = raw.split(',').map((entry) => {
    const match = NODE.exec(entry.trim());
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) throw new RedisTargetError(`${key} must be a list of host:port`);
    return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
  });
  if (nodes.length === 0) throw new RedisTargetError(`${key} must be a list of host:port`);
  return nodes;
}

export function masterName(raw: string, key: string): string {
  if (!MASTER_NAME.test(raw)) throw new RedisTargetError(`${key} must be a Sentinel master name (letters, digits, . _ -)`);
  return raw;
}

/** `redis+sentinel://[[user]:password@]host:port[,host:port...]/master-name[/db]`, the form node-redis and others use. */
export function parseSentinelUrl(raw: string, key: string): RedisTarget {
  const match = /^redis\+sentinel:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/@]+)\/([^/]+)(?:\/(\d{1,2}))?\/?$/.exec(raw);
  if (!match) throw new RedisTargetError(`${key} must look like redis+sentinel://[:password@]host:port,host:port/master-name[/db]`);
  const [, user, password, nodes, name, db] = match;
  return {
    kind: 'sentinel',
    sentinels: parseRedisNodes(nodes!, key),
    masterName: masterName(decodeURIComponent(name!), key),
    username: user ? decodeURIComponent(user) : null,
    password: password ? decodeURIComponent(password) : null,
    // The sentinels of a managed service usually share the master's password.
    sentinelPassword: password ? decodeURIComponent(password) : null,
    db: db === undefined ? 0 : Number(db),
  };
}
