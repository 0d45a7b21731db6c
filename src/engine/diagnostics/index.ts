export * from './codes.js';
export * from './diagnostic.js';
