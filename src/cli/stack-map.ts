/*
 * Stack traces that name src/… files (issue 18) for code Node's own source-map support never
 * sees: the CLI's chunks run as vm scripts (chunk-loader.ts), which Node does not map. A frame in
 * a file of the bundle's directory with a `.map` beside it is mapped when a stack is formatted,
 * and each map is read only the first time a stack needs it.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function errorHeader(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}

/** `frames` formatted as V8 does, with positions in mapped files replaced by their sources'. */
export function formatStack(error: unknown, frames: readonly NodeJS.CallSite[], mapPosition: (file: string, line: number, column: number) => string | null): string {
  let out = errorHeader(error);
  for (const frame of frames) {
    let text: string;
    try {
      text = String(frame);
    } catch {
      text = '<frame>';
    }
    const file = frame.getFileName();
    const line = frame.getLineNumber();
    const column = frame.getColumnNumber();
    if (file && line !== null && column !== null) {
      const at = `${file}:${line}:${column}`;
      const mapped = mapPosition(file, line, column);
      const where = text.lastIndexOf(at);
      if (mapped !== null && where >= 0) text = text.slice(0, where) + mapped + text.slice(where + at.length);
    }
    out += `\n    at ${text}`;
  }
  return out;
}

/** Maps positions in `bundleDir`'s files through their source maps; null where none applies. */
export function bundlePositionMapper(bundleDir: string): (file: string, line: number, column: number) => string | null {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string): SourceMap | null => {
    let map = maps.get(file);
    if (map !== undefined) return map;
    map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      // no map or an unreadable one: the frame stays as V8 wrote it
    }
    maps.set(file, map);
    return map;
  };
  return (fileName, line, column) => {
    let file = fileName;
    if (file.startsWith('file:')) {
      try {
        file = fileURLToPath(file);
      } catch {
        return null;
      }
    }
    if (path.dirname(file) !== bundleDir || !file.endsWith('.js')) return null;
    const map = mapOf(file);
    const entry = map?.findEntry(line - 1, column - 1);
    if (!entry || !('originalSource' in entry) || typeof entry.originalSource !== 'string') return null;
    return `${path.resolve(bundleDir, entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };
}

export function installStackMapping(bundleDir: string): void {
  const mapPosition = bundlePositionMapper(bundleDir);
  Error.prepareStackTrace = (error, frames) => formatStack(error, frames, mapPosition);
}
