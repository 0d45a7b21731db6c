/**
 * The one gate for names that become storage keys or paths (docs/contract/conventions.md#ids, docs/contract/config.md#identifiers, docs/contract/digests.md#addresses).
 * Everything read from a file we did not just write — sidecar and approval ids, ledger addresses,
 * lock ids, command arguments — is checked here before it is joined into a key. A name that fails
 * its grammar is never used: callers turn the problem into a diagnostic naming the file.
 */
import { error, type Diagnostic } from '../diagnostics/index.js';

/** Graph ids, query/policy names and embedding provider names (docs/contract/config.md#identifiers). */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Lock ids, recovery operation ids and approval ids (docs/contract/conventions.md): 26 uppercase base32 characters. The
 * generator never emits I, L, O or U, but Crockford decoders accept them as aliases and nothing
 * here decodes the time: what this gate must guarantee is that the id cannot form a path.
 */
export const ULID = /^[0-9A-Z]{26}$/;

export function isIdentifier(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value);
}

export function isUlid(value: unknown): value is string {
  return typeof value === 'string' && ULID.test(value);
}

/** Characters an address of a kind we do not know may hold: it is never executed, only shown. */
const UNKNOWN_ADDRESS = /^[A-Za-z0-9_.-]+$/;

/**
 * Why `address` is not a safe resource address, or null when it is. Known kinds (docs/contract/digests.md#addresses) must carry
 * identifiers; an address of another kind is classified `deferred` and never executed, but may
 * still not hold path characters.
 */
export function addressProblem(address: string): string | null {
  // A ledger holds one address per resource, and nearly all are well formed: one match answers
  // those without splitting them (the pieces are needed only to word a problem).
  if (WELL_FORMED_ADDRESS.test(address)) return null;
  const ids = addressIds(address);
  if (ids === null) {
    return UNKNOWN_ADDRESS.test(address) ? null : `address \`${printable(address)}\` holds characters no resource address can hold`;
  }
  const bad = ids.find((id) => !IDENTIFIER.test(id));
  if (bad === undefined) return null;
  return `address \`${printable(address)}\` names \`${printable(bad)}\`, which is not an identifier (ASCII letters, digits, \`_\`, \`-\`; not starting with a digit or \`-\`)`;
}

/** A known address kind whose identifiers all match IDENTIFIER: exactly the addresses `addressIds` accepts. */
const WELL_FORMED_ADDRESS = /^(?:(?:graph|schema|policy|provider\.embedding)\.[A-Za-z_][A-Za-z0-9_-]*|query\.[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)$/;

/** The identifiers inside a known address kind, or null for an address of unknown kind. */
function addressIds(address: string): string[] | null {
  for (const prefix of ['graph.', 'schema.', 'policy.', 'provider.embedding.']) {
    if (address.startsWith(prefix)) return [address.slice(prefix.length)];
  }
  if (address.startsWith('query.')) {
    const rest = address.slice('query.'.length);
    const dot = rest.indexOf('.');
    return dot < 0 ? null : [rest.slice(0, dot), rest.slice(dot + 1)];
  }
  return null;
}

/** Why `value` is not a ULID, or null. `what` names the field for the message. */
export function ulidProblem(what: string, value: string): string | null {
  return ULID.test(value) ? null : `${what} \`${printable(value)}\` is not a ULID (26 uppercase base32 characters)`;
}

/** Why `value` is not an identifier, or null. */
export function identifierProblem(what: string, value: string): string | null {
  return IDENTIFIER.test(value) ? null : `${what} \`${printable(value)}\` is not an identifier (ASCII letters, digits, \`_\`, \`-\`; not starting with a digit or \`-\`)`;
}

/** A hostile name shown in a message: control characters escaped, length bounded. */
export function printable(value: string): string {
  const escaped = JSON.stringify(value).slice(1, -1);
  return escaped.length > 80 ? `${escaped.slice(0, 77)}...` : escaped;
}

/** The diagnostic for a file holding an unsafe name: it names the file, which stays untouched. */
export function unsafeName(file: string, problem: string): Diagnostic {
  return error('unsafe_state_name', file, `${problem}; refusing to use it, leaving the file in place (see docs/security.md)`);
}
