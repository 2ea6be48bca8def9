import type { Redis } from 'ioredis';

/**
 * How many times Redis ran each command while `work` ran (INFO commandstats before and after): shows
 * whether a sweep asks per item or in pipelined chunks.
 */
export async function commandsDuring(redis: Redis, work: () => Promise<unknown>): Promise<(command: string) => number> {
  const calls = async () => {
    const stats = await redis.info('commandstats');
    return (command: string) => Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
  };
  const before = await calls();
  await work();
  const after = await calls();
  return (command) => after(command) - before(command);
}
