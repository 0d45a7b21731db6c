import { errorText } from '../../base/error-text.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { SourceFiles } from '../ports/source-files.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import { joinDisplay } from './paths.js';
import { clusterConfigSchema, RESERVED_TOP_LEVEL_KEYS, type RawClusterConfig } from './schema.js';
import { parseStrictYaml, type YamlParse, type YamlSource } from '../../base/strict-yaml.js';
import { locationIn } from './yaml-text.js';
import { describeZodIssue } from './zod-issues.js';
import { resolveStorageRoot, type StorageRoot } from './storage-root.js';
import { floatWrittenAt, valuePositionAfterKey } from '../../base/yaml-float.js';

/** The result of docs/contract/config.md#parse-pipeline steps 1–5: the typed config and its header diagnostics. */
export interface LoadedConfig {
  /** `--config` as the user gave it (echoed as `config_dir`). */
  readonly configDir: string;
  /**
   * The containment root every path cluster.yaml names must stay inside: the repository that holds
   * the config dir when the caller knows it, else the config dir itself.
   */
  readonly root: string;
  /** `<configDir>/cluster.yaml`, displayed the reference's way. */
  readonly configFile: string;
  /** Typed config; null when steps 1–4 failed. */
  readonly config: RawClusterConfig | null;
  readonly yaml: YamlSource | null;
  /** Where `__cluster/` and graph roots live; null when the header is invalid. */
  readonly storageRoot: StorageRoot | null;
  readonly diagnostics: readonly Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface LoadConfigOptions {
  /** The containment root (docs/contract/config.md#containment); null or absent: the config dir. */
  readonly root?: string | null;
}

/** Steps 1–5 of docs/contract/config.md#parse-pipeline for the cluster in `configDir`. */
export function loadConfig(files: SourceFiles, configDir: string, options: LoadConfigOptions = {}): LoadedConfig {
  const loaded = loadConfigAt(files, configDir);
  return { ...loaded, root: options.root ?? configDir };
}

function failed(configDir: string, configFile: string, diagnostics: Diagnostic[], yaml: YamlSource | null = null): Omit<LoadedConfig, 'root'> {
  return { configDir, configFile, config: null, yaml, storageRoot: null, diagnostics };
}

// Long on purpose: docs/contract/config.md#parse-pipeline steps 1–5 in order, each returning early on its own failure.
function loadConfigAt(files: SourceFiles, configDir: string): Omit<LoadedConfig, 'root'> {
  const configFile = joinDisplay(configDir, 'cluster.yaml');
  if (!files.isDirectory(configDir)) {
    return failed(configDir, configFile, [
      error('config_dir_not_found', configDir, '`--config` must point at a directory containing cluster.yaml'),
    ]);
  }
  let text: string;
  try {
    text = utf8.decode(files.readBytes(configFile));
  } catch (e) {
    return failed(configDir, configFile, [
      error('cluster_config_read_error', 'cluster.yaml', `could not read cluster.yaml: ${errorText(e)}`),
    ]);
  }
  // One strict parse serves both the reserved-key scan and step 4 (a large cluster.yaml is costly to parse).
  const parsed = parseStrictYaml(text, { uniqueKeys: true });
  const textDiagnostics = [...findDuplicateKeys(text), ...reservedAndRemovedKeys(parsed)];
  if (textDiagnostics.length > 0) {
    const loose = parseStrictYaml(text, { uniqueKeys: false });
    const yaml = loose.ok ? loose.yaml : null;
    return failed(configDir, configFile, textDiagnostics.map((d) => withLocation(d, yaml, configFile)), yaml);
  }
  if (!parsed.ok) {
    const at = parsed.at;
    const where = at ? ` at line ${at.line} column ${at.column}` : '';
    const location = at ? { file: configFile, line: at.line, column: at.column } : undefined;
    return failed(configDir, configFile, [
      error('invalid_cluster_yaml', 'cluster.yaml', `could not parse cluster.yaml: ${parsed.message}${where}`, location),
    ]);
  }
  const floatVersion = parsed.yaml.mayHoldFloats ? versionWrittenAsFloat(text, parsed.yaml) : null;
  if (floatVersion) {
    const location = { file: configFile, line: floatVersion.line, column: floatVersion.column };
    const message = `could not parse cluster.yaml: version: invalid type: floating point \`${floatVersion.float}\`, expected u32 at line ${floatVersion.line} column ${floatVersion.column}`;
    return failed(configDir, configFile, [error('invalid_cluster_yaml', 'cluster.yaml', message, location)], parsed.yaml);
  }
  const typed = clusterConfigSchema.safeParse(parsed.yaml.value, { reportInput: true });
  if (!typed.success) {
    const issue = typed.error.issues[0];
    const described = issue ? describeZodIssue(issue, parsed.yaml) : { message: 'invalid cluster.yaml' };
    const location = described.line ? { file: configFile, line: described.line, column: described.column ?? 1 } : undefined;
    return failed(
      configDir,
      configFile,
      [error('invalid_cluster_yaml', 'cluster.yaml', `could not parse cluster.yaml: ${described.message}`, location)],
      parsed.yaml,
    );
  }
  const config = typed.data;
  const diagnostics = headerDiagnostics(config).map((d) => withLocation(d, parsed.yaml, configFile));
  const root = resolveStorageRoot(config.storage ?? null, configDir, files);
  if (!root.ok) diagnostics.push(withLocation(root.diagnostic, parsed.yaml, configFile));
  const headerOk = diagnostics.length === 0;
  return {
    configDir,
    configFile,
    config,
    yaml: parsed.yaml,
    storageRoot: headerOk && root.ok ? root.root : null,
    diagnostics,
  };
}

/** `version: 1.0` reads as the number 1, but the reference (a `u32` field) refuses it. */
function versionWrittenAsFloat(text: string, yaml: YamlSource): { float: string; line: number; column: number } | null {
  const key = yaml.locate(['version'], 'key');
  const at = key && valuePositionAfterKey(text, key.line, key.column);
  const float = at ? floatWrittenAt(text, at.line, at.column) : null;
  return at && float ? { float, ...at } : null;
}

function headerDiagnostics(config: RawClusterConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (config.version !== 1) {
    out.push(
      error('unsupported_cluster_config_version', 'version', `unsupported cluster config version ${config.version}; this build supports version 1`),
    );
  }
  const name = config.metadata?.name;
  if (typeof name === 'string' && name.trim() === '') {
    out.push(error('empty_metadata_name', 'metadata.name', 'metadata.name must not be empty when provided'));
  }
  const backend = config.state?.backend;
  if (typeof backend === 'string' && backend !== 'cluster') {
    out.push(error('unsupported_state_backend', 'state.backend', 'Stage 2C supports only omitted state.backend or `cluster`'));
  }
  return out;
}

/** Reserved top-level keys and the removed `graphs.<id>.streaming`, on a lenient parse (docs/contract/config.md#parse-pipeline step 3). */
function reservedAndRemovedKeys(parsed: YamlParse): Diagnostic[] {
  if (!parsed.ok) return [];
  const top = parsed.yaml.value;
  if (!isRecord(top)) return [];
  const out: Diagnostic[] = [];
  for (const key of Object.keys(top)) {
    if ((RESERVED_TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      out.push(error('future_phase_field', key, `\`${key}\` is reserved for a later cluster-control phase`));
    }
  }
  const graphs = top.graphs;
  if (isRecord(graphs)) {
    for (const id of Object.keys(graphs)) {
      const graph = graphs[id];
      if (isRecord(graph) && 'streaming' in graph) {
        out.push(
          error(
            'removed_streaming_declaration',
            `graphs.${id}.streaming`,
            '`streaming` was removed: the MemWAL firehose is gone and graphs no longer carry a stream profile. Delete this key. A graph written by a development build that had it must be exported with that build and rebuilt.',
          ),
        );
      }
    }
  }
  return out;
}

function withLocation(d: Diagnostic, yaml: YamlSource | null, configFile: string): Diagnostic {
  if (d.location) return { ...d, location: { ...d.location, file: configFile } };
  if (!yaml) return d;
  const location = locationIn(yaml, configFile, d.path);
  return location ? { ...d, location } : d;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

