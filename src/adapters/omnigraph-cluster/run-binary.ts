
export interface BinaryRun {
  readonly kind: 'exited';
  /** null when a signal ended the process. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface BinaryUnusable {
  readonly kind: 'unusable';
  readonly message: string;
}

export interface RunOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /**
   * Only for commands that write nothing: a signal in the middle of an engine write would leave
   * exactly the half-done state the recovery sidecars exist for, so writers never get one.
   */
  readonly readOnlyTimeoutMs?: number;
}

/** Runs the binary with an argv array (never a shell) and collects both streams in full. */
export async function runBinary(binary: string, args: readonly string[], options: RunOptions): Promise<BinaryRun | BinaryUnusable> {
  // Loaded here, not at the top: child_process pulls in net and dgram, a few ms of every CLI
  // start that never runs the binary (the embedded engine, the default).
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(binary, [...args], { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      options.readOnlyTimeoutMs === undefined
        ? null
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
          }, options.readOnlyTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      resolve({ kind: 'unusable', message: unusableMessage(binary, e) });
    });
    child.on('close', (exitCode, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        kind: 'exited',
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

function unusableMessage(binary: string, e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return `omnigraph binary not found at '${binary}' (set --omnigraph-bin, the omnigraph-bin input or $OMNIGRAPH_BIN)`;
  if (e.code === 'EACCES') return `omnigraph binary at '${binary}' is not executable`;
  return `omnigraph binary at '${binary}' could not be started: ${e.message}`;
}

const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*[A-Za-z]`, 'g');

/** The first lines of a stream, ANSI colour codes removed (color-eyre colours its reports). */
export function firstLines(text: string, count = 6): string {
  return text.replace(ANSI, '').trim().split('\n').slice(0, count).join('\n');
}

/** "exited with code 1" / "was killed by SIGKILL" / "timed out after 600 s". */
export function describeExit(run: BinaryRun, timeoutMs: number | undefined): string {
  if (run.timedOut && timeoutMs !== undefined) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (run.signal) return `was killed by ${run.signal}`;
  return `exited with code ${run.exitCode ?? 'unknown'}`;
}
