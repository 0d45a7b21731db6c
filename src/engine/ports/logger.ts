/** Progress logging; the action maps it to @actions/core, the CLI to stderr, tests record it. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {} };
