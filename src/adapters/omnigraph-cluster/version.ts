/**
 * `omnigraph version` (docs/contract/commands.md#force-unlock; reference crates/omnigraph-cli/src/main.rs, `Command::Version`):
 * `omnigraph <semver>` and, from 0.8.0, `internal-schema <n>`.
 */
export interface BinaryVersion {
  readonly version: string;
  readonly internalSchema: number | null;
}

/**
 * The oldest release with each `cluster` subcommand. The control plane first shipped in v0.7.0
 * with all eight; pre-0.7.0 development builds (which still call themselves 0.6.2) had `cluster`
 * without `approve` and without the init/schema-apply refusal, so 0.7.0 is the floor for all.
 */
export const MIN_VERSION_FOR: Readonly<Record<ClusterSubcommand, string>> = {
  validate: '0.7.0',
  plan: '0.7.0',
  apply: '0.7.0',
  status: '0.7.0',
  refresh: '0.7.0',
  import: '0.7.0',
  'force-unlock': '0.7.0',
  approve: '0.7.0',
};

export type ClusterSubcommand = 'validate' | 'plan' | 'apply' | 'status' | 'refresh' | 'import' | 'force-unlock' | 'approve';

export function parseVersionOutput(text: string): BinaryVersion | null {
  const version = /^omnigraph\s+v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)\s*$/m.exec(text)?.[1];
  if (!version) return null;
  const internal = /^internal-schema\s+(\d+)\s*$/m.exec(text)?.[1];
  return { version, internalSchema: internal === undefined ? null : Number(internal) };
}

/** Compares the numeric major.minor.patch; a pre-release sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split(/-(.*)/s);
  const [coreB = '', preB] = b.split(/-(.*)/s);
  const pa = coreA.split('+')[0]!.split('.').map(Number);
  const pb = coreB.split('+')[0]!.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  return preA < preB ? -1 : preA > preB ? 1 : 0;
}
