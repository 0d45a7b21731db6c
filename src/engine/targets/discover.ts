/**
 * Discovery (docs/contract/targets.md#discovery): which clusters the patterns name, and every file
 * each one reads. A pattern selects a cluster when it matches the cluster's directory or its
 * `cluster.yaml`. The inputs come from cluster.yaml itself (schemas, query files and folders,
 * policy files) without parsing the sources, so a repository of hundreds of clusters is cheap to
 * target; `validate` and `plan` still check every source.
 */
import path from 'node:path';
import { sortBytewise } from '../../base/json.js';
import { sha256hex } from '../../base/hash.js';
import { error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { loadConfig } from '../config/load-config.js';
import { isInside, joinDisplay } from '../config/paths.js';
import type { RawClusterConfig } from '../config/schema.js';
import { ConfigSources } from '../config/source-access.js';
import type { SourceFiles } from '../ports/source-files.js';
import { compilePattern, isLiteral, type GlobSegment } from './glob.js';
import { TreeWalker } from './walk.js';

/** One cluster a pattern selected. */
export interface ClusterTarget {
  /** Repository-relative, `/`-separated; `.` for a cluster at the root. */
  readonly configDir: string;
  /** `metadata.name` when cluster.yaml declares one, else `configDir`. */
  readonly label: string;
  /** Stable, unique among the targets: `omnigraph-<configDir with / as ->`. */
  readonly jobName: string;
  /**
   * Repository-relative files the cluster reads, sorted: its cluster.yaml, then every schema,
   * query and policy file it names, wherever it lives. A query folder ends with `/` and stands for
   * everything under it. A source reached through a symlink is listed under both names.
   */
  readonly inputs: readonly string[];
  /** False when cluster.yaml did not load or a path in it leaves the root. */
  readonly configOk: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export interface TargetOptions {
  readonly files: SourceFiles;
  /** The repository root, as `files` reads it (absolute, or relative to its working directory). */
  readonly root: string;
  /** Repository-relative directory the patterns are written from (the CLI's cwd); default the root. */
  readonly base?: string;
}

export interface TargetDiscovery {
  /** Sorted by `configDir`, each cluster once however many patterns selected it. */
  readonly targets: readonly ClusterTarget[];
  /** Pattern-level findings: a refused pattern, a glob that selected no cluster. */
  readonly diagnostics: readonly Diagnostic[];
}

export function discoverTargets(patterns: readonly string[], options: TargetOptions): TargetDiscovery {
  const walker = new TreeWalker(options.files, options.root);
  const diagnostics: Diagnostic[] = [];
  const dirs = new Set<string>();
  for (const pattern of patterns) {
    const compiled = compilePattern(joinBase(options.base, pattern));
    if (!compiled.ok) {
      diagnostics.push(error('target_pattern_invalid', pattern, `config pattern '${pattern}' is refused: ${compiled.reason}`));
      continue;
    }
    const found = clusterDirsFor(compiled.segments, walker);
    if (found.length === 0) {
      diagnostics.push(error('target_pattern_no_match', pattern, `config pattern '${pattern}' selects no directory containing cluster.yaml`));
    }
    for (const dir of found) dirs.add(dir);
  }
  const sorted = sortBytewise([...dirs]);
  const names = jobNames(sorted);
  const targets = sorted.map((dir) => loadTarget(dir, names.get(dir) as string, walker, options));
  return { targets, diagnostics };
}

/** `base` + pattern as one repository-relative pattern (the CLI's patterns are relative to its cwd). */
function joinBase(base: string | undefined, pattern: string): string {
  if (base === undefined || base === '' || base === '.' || pattern.startsWith('/')) return pattern;
  return path.posix.normalize(`${base}/${pattern}`);
}

/** Cluster directories a pattern selects. A literal pattern always names one (a missing one is reported by the load). */
function clusterDirsFor(segments: readonly GlobSegment[], walker: TreeWalker): string[] {
  const dirs = new Set<string>();
  if (isLiteral(segments)) {
    const named = segments.map((s) => (s.kind === 'literal' ? s.name : '')).join('/');
    const isYaml = path.posix.basename(named) === 'cluster.yaml' && walker.isFile(named);
    dirs.add(toConfigDir(isYaml ? path.posix.dirname(named) : named));
    return [...dirs];
  }
  for (const match of walker.expand(segments)) {
    if (path.posix.basename(match) === 'cluster.yaml' && walker.isFile(match)) dirs.add(toConfigDir(path.posix.dirname(match)));
    else if (walker.isFile(match === '' ? 'cluster.yaml' : `${match}/cluster.yaml`)) dirs.add(toConfigDir(match));
  }
  return [...dirs];
}

function toConfigDir(rel: string): string {
  return rel === '' ? '.' : rel;
}

/** `omnigraph-clusters-east`; names that would collide (`a/b`, `a-b`) get a short digest of their directory. */
function jobNames(dirs: readonly string[]): Map<string, string> {
  const plain = (dir: string) => `omnigraph-${dir === '.' ? 'root' : dir.replace(/\//g, '-').replace(/[^A-Za-z0-9._-]/g, '_')}`;
  const counts = new Map<string, number>();
  for (const dir of dirs) counts.set(plain(dir), (counts.get(plain(dir)) ?? 0) + 1);
  return new Map(dirs.map((dir) => {
    const name = plain(dir);
    return [dir, (counts.get(name) ?? 0) > 1 ? `${name}-${sha256hex(new TextEncoder().encode(dir)).slice(0, 8)}` : name];
  }));
}

function loadTarget(configDir: string, jobName: string, walker: TreeWalker, options: TargetOptions): ClusterTarget {
  const fsDir = walker.fsPath(configDir === '.' ? '' : configDir);
  const yaml = configDir === '.' ? 'cluster.yaml' : `${configDir}/cluster.yaml`;
  const escape = dirEscape(configDir, fsDir, walker, options);
  if (escape) return { configDir, label: configDir, jobName, inputs: [yaml], configOk: false, diagnostics: [escape] };
  const loaded = loadConfig(options.files, fsDir, { root: options.root });
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const inputs = new Set<string>([yaml]);
  if (loaded.config) {
    const sources = new ConfigSources(options.files, fsDir, options.root);
    const found = configInputs(loaded.config, configDir, sources, walker);
    for (const input of found.inputs) inputs.add(input);
    diagnostics.push(...found.diagnostics);
  }
  const name = loaded.config?.metadata?.name;
  const label = typeof name === 'string' && name.trim() !== '' ? name : configDir;
  return { configDir, label, jobName, inputs: sortBytewise([...inputs]), configOk: !hasErrors(diagnostics), diagnostics };
}

/** A cluster directory reached through a symlink that points outside the root is not a target of this repository. */
function dirEscape(configDir: string, fsDir: string, walker: TreeWalker, options: TargetOptions): Diagnostic | null {
  const real = walker.realPath(fsDir);
  const realRoot = walker.realRoot();
  if (real === null || realRoot === null || isInside(realRoot, real)) return null;
  return error(
    'config_path_outside_dir',
    'config-dir',
    `'${configDir}' resolves outside the repository root '${options.root}'; config paths must stay inside it`,
  );
}

/** A path cluster.yaml names, with where it is written (for diagnostics) and whether a folder may stand there. */
interface Named {
  readonly written: string;
  readonly configPath: string;
  readonly folderAllowed: boolean;
}

function namedPaths(config: RawClusterConfig): Named[] {
  const out: Named[] = [];
  for (const [id, graph] of Object.entries(config.graphs ?? {})) {
    out.push({ written: graph.schema, configPath: `graphs.${id}.schema`, folderAllowed: false });
    const queries = graph.queries;
    if (typeof queries === 'string' || Array.isArray(queries)) {
      const list: readonly string[] = typeof queries === 'string' ? [queries] : queries;
      for (const q of list) out.push({ written: q, configPath: `graphs.${id}.queries`, folderAllowed: true });
    } else if (queries) {
      for (const [name, entry] of Object.entries(queries)) out.push({ written: entry.file, configPath: `graphs.${id}.queries.${name}.file`, folderAllowed: false });
    }
  }
  for (const [id, policy] of Object.entries(config.policies ?? {})) out.push({ written: policy.file, configPath: `policies.${id}.file`, folderAllowed: false });
  return out;
}

function configInputs(config: RawClusterConfig, configDir: string, sources: ConfigSources, walker: TreeWalker): { inputs: string[]; diagnostics: Diagnostic[] } {
  const inputs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const named of namedPaths(config)) {
    const shown = sources.display(named.written);
    const escape = sources.escape(shown, named.configPath);
    if (escape) {
      diagnostics.push(escape);
      continue;
    }
    const folder = named.folderAllowed && sources.isDirectory(shown) ? '/' : '';
    const lexical = walker.relativeLexical(configDir, named.written);
    if (lexical !== null) inputs.push(lexical + folder);
    const real = walker.relativeReal(shown, sources.resolvedPath(shown));
    if (real !== null && real !== lexical) inputs.push(real + folder);
    if (folder) linkedQueries(shown, named.configPath, sources, walker, inputs, diagnostics);
  }
  return { inputs, diagnostics };
}

/**
 * A query folder stands for the files under it, but a `.gq` in it that is a symlink reads a file
 * elsewhere (`queries/common.gq -> ../../shared/common.gq`): that file is an input too, under the
 * same containment check plan applies to every file it finds in a folder.
 */
function linkedQueries(folder: string, configPath: string, sources: ConfigSources, walker: TreeWalker, inputs: string[], diagnostics: Diagnostic[]): void {
  // Unlistable: plan reports query_dir_unreadable.
  for (const entry of walker.listAt(folder) ?? []) {
    if (entry.isSymlink !== true || !entry.isFile || !entry.name.endsWith('.gq') || entry.name.length <= 3) continue;
    const shown = joinDisplay(folder, entry.name);
    const escape = sources.escape(shown, configPath);
    if (escape) {
      diagnostics.push(escape);
      continue;
    }
    const real = walker.relativeReal(shown, sources.resolvedPath(shown));
    if (real !== null) inputs.push(real);
  }
}
