import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { SourceFiles } from '../ports/source-files.js';
import { errorText } from './load-config.js';
import { isInside, joinDisplay } from './paths.js';

/**
 * Reads the sources cluster.yaml names, refusing any path that leaves the config directory —
 * lexically (`..`, absolute paths) or through a symlink. Nothing outside is ever read.
 */
export class ConfigSources {
  private readonly absDir: string;
  private realDir: string | null = null;

  constructor(
    private readonly files: SourceFiles,
    readonly configDir: string,
  ) {
    this.absDir = path.normalize(files.absolute(configDir));
  }

  /** The path displayed in outputs (`<config dir>/<as written>`). */
  display(written: string): string {
    return joinDisplay(this.configDir, written);
  }

  /** Null when the path stays inside the config dir; else the diagnostic to report at `configPath`. */
  escape(displayPath: string, configPath: string): Diagnostic | null {
    const lexical = path.normalize(this.files.absolute(displayPath));
    let inside = isInside(this.absDir, lexical);
    if (inside) {
      try {
        const real = this.files.realPath(displayPath);
        inside = isInside(this.realConfigDir(), real);
      } catch {
        // A missing file cannot escape; the read that follows reports it.
      }
    }
    if (inside) return null;
    return error(
      'config_path_outside_dir',
      configPath,
      `'${displayPath}' resolves outside the config directory '${this.configDir}'; config paths must stay inside it`,
    );
  }

  readBytes(displayPath: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
    try {
      return { ok: true, bytes: this.files.readBytes(displayPath) };
    } catch (e) {
      return { ok: false, message: errorText(e) };
    }
  }

  isDirectory(displayPath: string): boolean {
    return this.files.isDirectory(displayPath);
  }

  listDir(displayPath: string): { ok: true; names: string[] } | { ok: false; message: string } {
    try {
      return { ok: true, names: this.files.listDir(displayPath).filter((e) => e.isFile).map((e) => e.name) };
    } catch (e) {
      return { ok: false, message: errorText(e) };
    }
  }

  private realConfigDir(): string {
    this.realDir ??= this.files.realPath(this.configDir);
    return this.realDir;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export const INVALID_UTF8 = 'stream did not contain valid UTF-8';
