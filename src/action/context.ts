/**
 * The workflow run as the action sees it: read once from the GITHUB_* environment and the event
 * file (realDeps does the reading), then passed around as plain data.
 */
export interface RunContext {
  readonly eventName: string;
  /** The parsed event payload; `{}` when the event file is absent or unreadable. */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly owner: string;
  readonly repo: string;
  readonly sha: string;
  readonly ref: string;
  /** The user that triggered the run (GITHUB_ACTOR). */
  readonly actor: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly runUrl: string;
  readonly workspace: string;
  /** Where plan JSON files go (RUNNER_TEMP, else a temp dir). */
  readonly tempDir: string;
}

export function readRunContext(env: NodeJS.ProcessEnv, payload: Record<string, unknown>, fallbackTemp: string): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || defaultGraphqlUrl(apiUrl)).replace(/\/+$/, ''),
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || fallbackTemp,
  };
}

/** github.com serves GraphQL at /graphql; GHES serves REST at /api/v3 and GraphQL at /api/graphql. */
function defaultGraphqlUrl(apiUrl: string): string {
  return apiUrl.endsWith('/api/v3') ? `${apiUrl.slice(0, -'/v3'.length)}/graphql` : `${apiUrl}/graphql`;
}

/** Typed reads of the untyped payload (a missing field is undefined, never a throw). */
export function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function stringField(value: unknown, ...keys: string[]): string | null {
  const v = field(value, ...keys);
  return typeof v === 'string' ? v : null;
}

export function numberField(value: unknown, ...keys: string[]): number | null {
  const v = field(value, ...keys);
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}
