/**
 * /visits: the printable citizen summary (GET /visits/:id/summary), answered by the hub itself;
 * /monitor-csv: the monitor's CSV downloads (GET /monitor-csv/:table; /monitor itself is the web page);
 * /health and /metrics: the operators' probes and scrape, which must never get the web app's page.
 */
const API_PREFIXES = ['/graphql', '/auth', '/oauth', '/visits', '/monitor-csv', '/health', '/metrics'];

/** Paths that belong to the API and sign-in routes, never to the web app. */
export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
