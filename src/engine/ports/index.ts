export * from './storage.js';
export * from './source-files.js';
export * from './graph-engine.js';
export * from './clock.js';
export * from './ids.js';
export * from './logger.js';
export * from './failpoints.js';
export * from './command-deps.js';
