import type { AgencyCode } from '#domain';

/**
 * One queue per professional line. The braces are a Redis Cluster hash tag: all keys of one line
 * land in one slot, different lines spread over the cluster.
 */
export function lineQueueName(agency: AgencyCode): string {
  return `{line-${agency}}`;
}
