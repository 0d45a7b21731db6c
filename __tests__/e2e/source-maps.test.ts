import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureFiles } from '../support/cluster-fixture.js';

/**
 * Both bundles ship source maps, so a stack trace from a bug report names src/… files (issue 18):
 * the action switches Node's source-map support on before its code loads; the CLI, whose chunks
 * run as vm scripts Node does not map, maps its frames itself. Runs the committed dist/.
 */
const bundles = ['dist', path.join('dist', 'cli')];

describe('source maps of the bundles', () => {
  it.each(bundles)('%s: every chunk has a map whose src/ sources exist in the repository', (dir) => {
    const chunks = readdirSync(dir).filter((n) => n.endsWith('.js'));
    expect(chunks).toContain('index.js');
    const ours = new Set<string>();
    for (const chunk of chunks) {
      expect(readFileSync(path.join(dir, chunk), 'utf8')).toContain(`//# sourceMappingURL=${chunk}.map`);
      const map = JSON.parse(readFileSync(path.join(dir, `${chunk}.map`), 'utf8')) as { sources: string[] };
      for (const source of map.sources) {
        const file = path.resolve(dir, source);
        if (path.relative(path.resolve('src'), file).startsWith('..')) continue;
        ours.add(file);
      }
    }
    expect(ours.size).toBeGreaterThan(20);
    expect([...ours].filter((f) => !existsSync(f))).toEqual([]);
  });

  it('an internal error of the action prints a stack trace naming src/ files', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'og-stack-'));
    try {
      for (const [name, content] of Object.entries(fixtureFiles())) writeFileSync(path.join(work, name), content);
      writeFileSync(path.join(work, 'event.json'), '{}');
      // A runner whose GITHUB_OUTPUT file is gone: @actions/core throws from setOutput, which
      // nothing can handle, so the action dies with the stack.
      const run = spawnSync(process.execPath, [path.resolve('dist/index.js')], {
        cwd: work,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: work,
          GITHUB_ACTIONS: 'true',
          GITHUB_EVENT_NAME: 'workflow_dispatch',
          GITHUB_EVENT_PATH: path.join(work, 'event.json'),
          GITHUB_REPOSITORY: 'acme/infra',
          GITHUB_WORKSPACE: work,
          RUNNER_TEMP: path.join(work, 'tmp'),
          GITHUB_OUTPUT: path.join(work, 'gone', 'output.txt'),
          INPUT_COMMAND: 'validate',
          'INPUT_GITHUB-TOKEN': 'token',
        },
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('Missing file at path');
      expect(run.stderr).toMatch(/at publishOutputs \(.*src\/action\/main\.ts:\d+/);
      expect(run.stderr).not.toMatch(/dist\/(\d+\.)?index\.js:\d+/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  // /dev/full fails every write with ENOSPC: the CLI cannot print its result, which it does not
  // handle (nothing sensible is left to do), so Node prints the stack.
  (existsSync('/dev/full') ? it : it.skip)('an internal error of the CLI prints a stack trace naming src/ files', () => {
    const stdout = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [path.resolve('dist/cli/index.js'), 'validate', '--config', 'examples/cluster'], {
        encoding: 'utf8',
        timeout: 60_000,
        stdio: ['ignore', stdout, 'pipe'],
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('ENOSPC');
      expect(run.stderr).toMatch(/src\/cli\/(main|entry)\.ts:\d+/);
    } finally {
      closeSync(stdout);
    }
  });
});
