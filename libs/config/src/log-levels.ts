import type { AppConfig } from './app-config.js';

const ORDER = ['debug', 'log', 'warn', 'error'] as const;
export type NestLogLevel = (typeof ORDER)[number];

/** Nest's logger levels at and above the configured one. */
export function nestLogLevels(level: AppConfig['logLevel']): NestLogLevel[] {
  const from = level === 'info' ? 'log' : level;
  return ORDER.slice(ORDER.indexOf(from));
}
