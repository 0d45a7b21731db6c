/**
 * Action inputs, parsed once into a frozen ActionSettings (docs/architecture.md#action-entry). Nothing else reads
 * inputs: modes receive these settings. Invalid inputs are reported as one readable message
 * per input instead of a stack trace.
 */
import path from 'node:path';
import { z } from 'zod';
import { isInside } from '../engine/config/paths.js';
import { COMMENT_DEFAULT_BYTES, COMMENT_HARD_MAX_BYTES } from '../render/index.js';

export const COMMANDS = ['validate', 'plan', 'apply', 'status', 'refresh', 'drift', 'targets'] as const;
export type ExplicitCommand = (typeof COMMANDS)[number];

export const COMMENT_MODES = ['always', 'on-change', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/**
 * What turns a finished run into a failed step (input `fail-on`). In plan mode each outcome is
 * judged for the apply the merge would run, so a PR is red when that apply would be.
 */
export const FAIL_ON = ['errors', 'blocked', 'approvals-pending', 'deferred', 'not-converged', 'drift'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionSettings {
  /** null = decide from the event (trigger.ts). */
  readonly command: ExplicitCommand | null;
  /**
   * Relative to the workspace, normalised with `/` separators (part of the sticky identity).
   * With `targetPatterns` it is `.` until a mode binds one discovered cluster.
   */
  readonly configDir: string;
  /** The absolute directory the commands read. */
  readonly configPath: string;
  /**
   * `config-dir` as a list of directories and globs (`clusters/*`, `envs/` + `**` + `/cluster.yaml`),
   * normalised and relative to the workspace; null when it names one directory, the
   * one-cluster step it always was.
   */
  readonly targetPatterns: readonly string[] | null;
  readonly label: string;
  readonly githubToken: string;
  readonly comment: CommentMode;
  readonly requireApprovedPlan: boolean;
  readonly failOn: ReadonlySet<FailOn>;
  readonly lockRetries: number;
  /** Milliseconds between lock attempts before jitter. */
  readonly lockRetryIntervalMs: number;
  readonly maxCommentBytes: number;
  readonly driftIssue: boolean;
  /** null = the workflow's actor (apply) or the commenter (approve). */
  readonly actor: string | null;
  readonly engine: 'embedded' | 'omnigraph';
  readonly omnigraphPath: string | null;
  readonly bootstrapState: boolean;
  /** Who may `/omnigraph approve`: logins and `org/team` slugs; empty = anyone with write access. */
  readonly approvers: readonly Approver[];
  /** Whether the pull request's author may approve the deletes of their own pull request. */
  readonly allowSelfApproval: boolean;
}

export type Approver = { readonly kind: 'user'; readonly login: string } | { readonly kind: 'team'; readonly org: string; readonly slug: string };

export type InputReader = (name: string) => string;

export type SettingsResult = { readonly ok: true; readonly settings: ActionSettings } | { readonly ok: false; readonly errors: readonly string[] };

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

// core.getBooleanInput's YAML 1.2 core-schema booleans, with our own error text.
const bool = (fallback: boolean) =>
  z
    .string()
    .refine((v) => v === '' || TRUE.includes(v) || FALSE.includes(v), { message: 'expected true or false' })
    .transform((v) => (v === '' ? fallback : TRUE.includes(v)));

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .refine((v) => v === '' || /^\d+$/.test(v), { message: 'expected a whole number' })
    .transform((v) => (v === '' ? fallback : Number(v)))
    .refine((n) => n >= min && n <= max, { message: `expected a number from ${min} to ${max}` });

/** `15`, `15s`, `2m`, `500ms` → milliseconds. */
const duration = (fallbackMs: number) =>
  z
    .string()
    .refine((v) => v === '' || /^\d+(ms|s|m)?$/.test(v), { message: 'expected a duration such as 15, 15s, 2m or 500ms' })
    .transform((v) => {
      if (v === '') return fallbackMs;
      const n = Number(/^\d+/.exec(v)?.[0] ?? '0');
      return v.endsWith('ms') ? n : v.endsWith('m') ? n * 60_000 : n * 1000;
    });

const oneOf = <T extends string>(values: readonly T[], fallback: T | null) =>
  z
    .string()
    .refine((v) => v === '' || (values as readonly string[]).includes(v), { message: `expected one of ${values.join(', ')}` })
    .transform((v) => (v === '' ? fallback : (v as T)));

export const DEFAULT_FAIL_ON = 'errors,blocked,approvals-pending,not-converged';

const failOn = z
  .string()
  .transform((v) => (v.trim() === '' ? DEFAULT_FAIL_ON : v))
  .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s !== ''))
  .refine((list) => list.every((s) => s === 'none' || (FAIL_ON as readonly string[]).includes(s)), {
    message: `expected a comma-separated list of ${FAIL_ON.join(', ')} (or none)`,
  })
  .transform((list) => new Set(list.filter((s): s is FailOn => s !== 'none')) as ReadonlySet<FailOn>);

const shape = z.object({
  command: oneOf(COMMANDS, null),
  'config-dir': z.string(),
  label: z.string().refine((v) => !/[\r\n]/.test(v) && v.length <= 100, { message: 'expected one line of at most 100 characters' }),
  'github-token': z.string(),
  comment: oneOf(COMMENT_MODES, 'always'),
  'require-approved-plan': bool(true),
  'fail-on': failOn,
  'lock-retries': int(3, 0, 100),
  'lock-retry-interval': duration(15_000),
  'max-comment-bytes': int(COMMENT_DEFAULT_BYTES, 1_000, COMMENT_HARD_MAX_BYTES),
  'drift-issue': bool(true),
  actor: z.string(),
  engine: oneOf(['embedded', 'omnigraph'] as const, 'embedded'),
  'omnigraph-path': z.string(),
  'bootstrap-state': bool(false),
  approvers: z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter((s) => s !== ''))
    .refine((list) => list.every((s) => /^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?$/.test(s)), {
      message: 'expected GitHub logins or org/team slugs, separated by commas',
    })
    .transform((list) => list.map(approver)),
  'allow-self-approval': bool(false),
});

function approver(entry: string): Approver {
  const [owner = '', slug] = entry.replace(/^@/, '').split('/');
  return slug === undefined ? { kind: 'user', login: owner } : { kind: 'team', org: owner, slug };
}

type InputName = keyof typeof shape.shape;
export const INPUT_NAMES = Object.keys(shape.shape) as InputName[];

/** Parse every input once; `workspace` anchors `config-dir`. */
export function parseSettings(read: InputReader, workspace: string): SettingsResult {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, read(name).trim()]));
  const parsed = shape.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `input ${String(i.path[0] ?? '?')}: ${i.message}`) };
  }
  const v = parsed.data;
  const entries = v['config-dir'].split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== '');
  const many = entries.length > 1 || entries.some(isGlob);
  const resolved = (many ? entries : [entries[0] ?? '.']).map((e) => resolveConfigDir(e, workspace));
  const bad = resolved.filter((r): r is string => typeof r === 'string');
  if (bad.length > 0) return { ok: false, errors: [...new Set(bad)].map((e) => `input config-dir: ${e}`) };
  const dirs = resolved as { relative: string; absolute: string }[];
  const dir = many ? { relative: '.', absolute: path.resolve(workspace) } : dirs[0]!;
  const settings: ActionSettings = {
    command: v.command,
    configDir: dir.relative,
    configPath: dir.absolute,
    targetPatterns: many ? [...new Set(dirs.map((d) => d.relative))] : null,
    label: v.label,
    githubToken: v['github-token'],
    comment: v.comment ?? 'always',
    requireApprovedPlan: v['require-approved-plan'],
    failOn: v['fail-on'],
    lockRetries: v['lock-retries'],
    lockRetryIntervalMs: v['lock-retry-interval'],
    maxCommentBytes: v['max-comment-bytes'],
    driftIssue: v['drift-issue'],
    actor: v.actor === '' ? null : v.actor,
    engine: v.engine ?? 'embedded',
    omnigraphPath: v['omnigraph-path'] === '' ? null : v['omnigraph-path'],
    bootstrapState: v['bootstrap-state'],
    approvers: v.approvers,
    allowSelfApproval: v['allow-self-approval'],
  };
  const conflicts = conflictingInputs(settings);
  if (conflicts.length > 0) return { ok: false, errors: conflicts };
  return { ok: true, settings: Object.freeze(settings) };
}

/** Combinations that parse one by one but cannot work together; each message says what to change. */
function conflictingInputs(s: ActionSettings): string[] {
  const errors: string[] = [];
  if (s.comment === 'never' && s.requireApprovedPlan) {
    errors.push(
      'inputs comment and require-approved-plan: `comment: never` posts no plan comment, so `require-approved-plan: true` finds no reviewed plan and refuses every merge; set `comment: always` (or `on-change`), or set `require-approved-plan: false`',
    );
  }
  if (s.targetPatterns !== null && s.label !== '') {
    errors.push(
      "inputs config-dir and label: with several clusters each cluster's label is its own (metadata.name in its cluster.yaml, else its directory), so one `label` cannot apply; remove `label`, or give each cluster a metadata.name",
    );
  }
  return errors;
}

const isGlob = (entry: string): boolean => /[*?[\]{}]/.test(entry);

/**
 * `config-dir` (each entry of it) is relative to the workspace and may not leave it: the sticky identity and the
 * force-unlock hint both quote it, so it must mean the same directory on every runner.
 */
function resolveConfigDir(input: string, workspace: string): { relative: string; absolute: string } | string {
  const given = input === '' ? '.' : input;
  if (path.isAbsolute(given)) return 'must be relative to the workspace';
  const absolute = path.resolve(workspace, given);
  // A directory named `..foo` is inside; only a `..` segment leaves.
  if (!isInside(path.resolve(workspace), absolute)) return 'must stay inside the workspace';
  const relative = path.relative(workspace, absolute);
  return { relative: relative === '' ? '.' : relative.split(path.sep).join('/'), absolute };
}
