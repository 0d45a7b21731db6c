// Runs jest in ESM mode and ends with the plain line `N passed, N failed` (CI reads it; jest's own
// summary line is not a recognised closing line). Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

mkdirSync('.tmp', { recursive: true });
const results = join('.tmp', 'jest-results.json');
rmSync(results, { force: true });
const jest = join('node_modules', 'jest', 'bin', 'jest.js');
const child = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    // Test runs of the CLI never write the user's real ~/.cache: their validation and code caches live under .tmp.
    env: {
      OMNIGRAPH_CLUSTER_CACHE_DIR: join(process.cwd(), '.tmp', 'validation-cache'),
      OMNIGRAPH_CLUSTER_CODE_CACHE: join(process.cwd(), '.tmp', 'code-cache'),
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
);
let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + (summary.numRuntimeErrorTestSuites ?? 0);
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(child.status ?? 1);
