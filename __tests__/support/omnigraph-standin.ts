/**
 * A stand-in `omnigraph` binary for tests (engine.md §6): implements `version`, `init`,
 * `snapshot --json`, `schema show --json`, `schema plan --json` and `schema apply --json` with the
 * documented JSON, on top of our embedded engine over local files. `OMNIGRAPH_STANDIN_DIALECT=0.9`
 * switches to the released (≤0.9) key names. Run through bin/omnigraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedGraphEngine } from '../../src/adapters/graph-engine/embedded/index.js';
import { envFailpoints } from '../../src/adapters/failpoints/env-failpoints.js';
import { LocalStorage } from '../../src/adapters/storage/local.js';
import { systemClock, ulidIds } from '../../src/adapters/system/system.js';
import type { GraphRoot } from '../../src/engine/ports/graph-engine.js';

const legacy = process.env.OMNIGRAPH_STANDIN_DIALECT === '0.9';

function fail(message: string, code = 1): never {
  process.stderr.write(`Error: ${message}\n`);
  process.exit(code);
}

function engineFor(uri: string): { engine: EmbeddedGraphEngine; root: GraphRoot } {
  if (!path.isAbsolute(uri)) fail(`expected an absolute graph path, got '${uri}'`);
  const storage = new LocalStorage(path.dirname(uri));
  const engine = new EmbeddedGraphEngine({ storage, ids: ulidIds, clock: systemClock, failpoints: envFailpoints(process.env) });
  return { engine, root: { key: path.basename(uri), uri } };
}

function take(args: string[], flag: string): string | null {
  const i = args.indexOf(flag);
  if (i < 0) return null;
  const value = args[i + 1];
  if (value === undefined) fail(`${flag} expects a value`, 2);
  args.splice(i, 2);
  return value;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const actor = take(args, '--as');
  const [command, sub] = args;
  if (command === 'version' || command === '-v') {
    process.stdout.write(legacy ? 'omnigraph 0.9.0\ninternal-schema 6\n' : 'omnigraph 0.10.0\ninternal-schema 6\n');
    return;
  }
  if (command === 'init') {
    args.shift();
    const schema = take(args, '--schema') ?? fail('init needs --schema', 2);
    const uri = args[0] ?? fail('init needs a graph uri', 2);
    const { engine, root } = engineFor(uri);
    await engine.init(root, readFileSync(schema, 'utf8'));
    process.stdout.write(`initialized ${uri}\n`);
    return;
  }
  if (command === 'snapshot') {
    args.shift();
    take(args, '--branch');
    const uri = args.filter((a) => a !== '--json')[0] ?? fail('snapshot needs a graph uri', 2);
    const { engine, root } = engineFor(uri);
    const open = await engine.open(root);
    print(
      legacy
        ? { branch: 'main', manifest_version: open.manifestVersion, internal_schema_version: 6, tables: [] }
        : { graph_branch: 'main', graph_manifest_version: open.manifestVersion, internal_schema_version: 6, datasets: [] },
    );
    return;
  }
  if (command === 'schema' && (sub === 'show' || sub === 'get')) {
    const uri = args.slice(2).filter((a) => a !== '--json')[0] ?? fail('schema show needs a graph uri', 2);
    const { engine, root } = engineFor(uri);
    print({ schema_source: (await engine.open(root)).schemaSource });
    return;
  }
  if (command === 'schema' && (sub === 'plan' || sub === 'apply')) {
    const rest = args.slice(2);
    const schema = take(rest, '--schema') ?? fail(`schema ${sub} needs --schema`, 2);
    const allowDataLoss = rest.includes('--allow-data-loss');
    const uri = rest.filter((a) => !a.startsWith('--'))[0] ?? fail(`schema ${sub} needs a graph uri`, 2);
    const { engine, root } = engineFor(uri);
    const source = readFileSync(schema, 'utf8');
    if (sub === 'plan') {
      const plan = await engine.planSchema(root, source, { allowDataLoss });
      print({ uri, supported: plan.supported, step_count: plan.steps.length, steps: plan.steps });
      return;
    }
    const result = await engine.applySchemaAs(root, source, { allowDataLoss }, actor);
    const version = legacy ? { manifest_version: result.graphManifestVersion } : { graph_manifest_version: result.graphManifestVersion };
    print({ uri, supported: result.supported, applied: result.applied, step_count: result.steps.length, ...version, steps: result.steps });
    return;
  }
  fail(`unsupported command: ${argv.join(' ')}`, 2);
}

main(process.argv.slice(2)).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
