/** The current time, injected wherever deadlines are compared, so tests can move it. */
export type Clock = () => Date;

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = () => new Date();
