/* The action proper, loaded by src/index.ts once source maps are on: everything else is `run(deps)` in main.ts. */
import { run } from './main.js';
import { realDeps } from './deps.js';

await run(await realDeps());
