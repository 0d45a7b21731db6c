import { statSync } from 'node:fs';
import path from 'node:path';

export type ConfigDirResult = { readonly ok: true; readonly configDir: string } | { readonly ok: false; readonly message: string };

/**
 * `--config` names the config directory or `cluster.yaml` itself. For the file we pass on its
 * directory as the user spelled it (`cluster/cluster.yaml` -> `cluster`, `cluster.yaml` -> `.`),
 * so `config_dir` in the JSON is what the reference prints for `--config cluster`. Any other file
 * is refused: the engine would read the cluster.yaml beside it, not the file the user named.
 */
export function configDirOf(argument: string): ConfigDirResult {
  let isFile: boolean;
  try {
    isFile = statSync(argument).isFile();
  } catch {
    // Missing paths go to the engine unchanged: it reports config_dir_not_found like the reference.
    return { ok: true, configDir: argument };
  }
  if (!isFile) return { ok: true, configDir: argument };
  if (path.basename(argument) !== 'cluster.yaml') {
    return { ok: false, message: `--config expects a directory or its cluster.yaml, got the file ${argument}` };
  }
  return { ok: true, configDir: path.dirname(argument) };
}
