export * from './data-source.js';
export * from './entities/index.js';
