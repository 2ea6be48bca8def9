/**
 * How many hub processes `npm start` runs when HUB_PROCESSES is not set: one per core, less one when
 * Postgres, Redis and the line worker run on the same machine (the embedded default). On two cores a second
 * hub beside them measured slower, not faster (docs/performance.md, "Use the cores").
 */
export function defaultHubProcesses(cores: number, servicesOnThisMachine: boolean): number {
  return Math.max(1, servicesOnThisMachine ? cores - 1 : cores);
}
