/*
 * The action's entry point (dist/index.js). Source maps are switched on before the bundle's code
 * (a separate chunk, action/entry.ts) is loaded, since Node reads a file's map when it compiles
 * it: a stack trace in the job log then names src/… files.
 */
process.setSourceMapsEnabled(true);
await import('./action/entry.js');
