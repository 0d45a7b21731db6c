import { error, type Diagnostic } from '../diagnostics/index.js';
import { IDENTIFIER } from '../model/names.js';

export type IdentifierKind = 'graph id' | 'query name' | 'policy name' | 'embedding provider name';

/** docs/contract/config.md#identifiers: the error does not stop loading; the resource is still digested. */
export function checkIdentifier(kind: IdentifierKind, value: string, path: string): Diagnostic | null {
  if (IDENTIFIER.test(value)) return null;
  return error(
    'invalid_resource_id',
    path,
    `${kind} \`${value}\` must start with a letter or \`_\` and contain only ASCII letters, digits, \`_\`, or \`-\``,
  );
}
