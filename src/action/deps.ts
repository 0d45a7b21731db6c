/**
 * The real world behind run(deps): @actions/core for the runner, Octokit for GitHub,
 * the engine wiring for the commands. The only module of the action that imports @actions/* or
 * the adapters.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalSourceFiles } from '../adapters/source/local-source-files.js';
import { createClusterCommands } from '../adapters/wiring.js';
import type { ClusterCommands } from '../engine/commands/api.js';
import { discoverTargets } from '../engine/targets/index.js';
import { readRunContext } from './context.js';
import { OctokitGitHubClient } from './github/octokit-client.js';
import type { RunContext } from './context.js';
import { carriedCheckCache } from './check-cache.js';
import type { ActionDeps, ActionIO, ArtifactStore } from './ports.js';

export async function realDeps(): Promise<ActionDeps> {
  const env = process.env;
  const context = readRunContext(env, readPayload(env.GITHUB_EVENT_PATH), os.tmpdir());
  const logger = { debug: (m: string) => core.debug(m), info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) };
  const checkCache = carriedCheckCache(env, os.tmpdir(), (m) => core.warning(m));
  return {
    io: coreIO(env),
    context,
    github: (s) =>
      new OctokitGitHubClient({
        token: s.githubToken,
        apiUrl: context.apiUrl,
        graphqlUrl: context.graphqlUrl,
        owner: context.owner,
        repo: context.repo,
        log: (m) => core.warning(m),
      }),
    commands: (s) =>
      rootedAt(
        createClusterCommands({ engine: s.engine, omnigraphPath: s.omnigraphPath, env, cwd: context.workspace, logger, validationCache: checkCache.cache }),
        context.workspace,
      ),
    checkCache,
    // The root as the workspace-based reader sees it (`.`): diagnostics name workspace-relative files.
    discoverTargets: (patterns) => discoverTargets(patterns, { files: new LocalSourceFiles(context.workspace), root: '.' }),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: () => new Date(),
    writeFile: async (file, text) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    },
    artifacts: artifactStore(context),
  };
}

/** The plan JSON as a run artifact, through @actions/artifact (needs the runner's ACTIONS_RUNTIME_TOKEN). */
function artifactStore(context: RunContext): ArtifactStore {
  return {
    upload: async (name, file) => {
      const uploaded = await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), { retentionDays: 0 });
      if (uploaded.id === undefined) throw new Error('the artifact service returned no artifact id');
      // The run's artifact page; GitHub serves the download from there (docs: "Downloading workflow artifacts").
      return { id: uploaded.id, url: `${context.runUrl}/artifacts/${uploaded.id}` };
    },
  };
}

/**
 * In the action the workspace is the containment root: cluster.yaml may name files anywhere in the
 * checked-out repository (`shared/people.pg` read by several clusters), never outside it.
 */
function rootedAt(commands: ClusterCommands, root: string): ClusterCommands {
  return {
    validate: (o) => commands.validate({ ...o, root }),
    plan: (o) => commands.plan({ ...o, root }),
    apply: (o) => commands.apply({ ...o, root }),
    status: (o) => commands.status({ ...o, root }),
    serving: (o) => commands.serving({ ...o, root }),
    refresh: (o) => commands.refresh({ ...o, root }),
    importState: (o) => commands.importState({ ...o, root }),
    forceUnlock: (o) => commands.forceUnlock({ ...o, root }),
    approve: (o) => commands.approve({ ...o, root }),
  };
}

/** The event payload, or {} when there is none (e.g. a local run). */
function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function coreIO(env: NodeJS.ProcessEnv): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) {
        core.info(markdown);
        return;
      }
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (a) => {
      const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.col };
      if (a.level === 'error') core.error(a.message, properties);
      else if (a.level === 'warning') core.warning(a.message, properties);
      else core.notice(a.message, properties);
    },
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    notice: (m) => core.notice(m),
    logGroup: (title, text) => {
      core.startGroup(title);
      core.info(text.replace(/\n$/, ''));
      core.endGroup();
    },
    setFailed: (m, options) => {
      if (options?.annotate !== false) {
        core.setFailed(m);
        return;
      }
      // core.setFailed would also print `::error::`: one more annotation repeating the first.
      process.exitCode = core.ExitCode.Failure;
      core.info(m);
    },
    setSecret: (s) => core.setSecret(s),
  };
}
