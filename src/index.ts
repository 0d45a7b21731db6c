/* The action's entry point: everything else is `run(deps)` in src/action/main.ts. */
import { run } from './action/main.js';
import { realDeps } from './action/deps.js';

await run(await realDeps());
