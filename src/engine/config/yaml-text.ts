import type { YamlSource } from '../../base/strict-yaml.js';
import type { SourceLocation } from '../diagnostics/index.js';

/** Splits a diagnostic path such as `graphs.knowledge.queries.find_person` for `locate`. */
export function configPathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^(.*?)\[(\d+)\]$/.exec(part);
    if (m) {
      if (m[1]) out.push(m[1]);
      out.push(Number(m[2]));
    } else {
      out.push(part);
    }
  }
  return out;
}

/** Where the key a diagnostic path names sits in `cluster.yaml`. */
export function locationIn(yaml: YamlSource | undefined, file: string, path: string): SourceLocation | undefined {
  const pos = yaml?.locate(configPathSegments(path), 'key');
  return pos ? { file, line: pos.line, column: pos.column } : undefined;
}
