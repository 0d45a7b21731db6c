/**
 * Lexical normalization of external-blob URIs, rule for rule as the reference engine has it
 * (ModernRelay/omnigraph crates/omnigraph/src/blob.rs, `NormalizedExternalUri::parse`, `render`,
 * `overlaps_base`, `decode_path_component`, `encode_path_component`). The normalized spelling
 * feeds the graph digest and the ledger, so any difference is a permanent phantom update against
 * the reference. URL parsing is WHATWG in both (Rust `url` crate, the global `URL` here).
 */

/** Inclusive raw-byte ceiling checked before anything else is parsed. */
export const EXTERNAL_BLOB_URI_MAX_BYTES = 64 * 1024;

export type UriRole = 'base' | 'input';

export interface NormalizedExternalUri {
  readonly scheme: string;
  readonly authority: string;
  /** Decoded path components, one byte per char (latin1), so comparisons are byte-exact. */
  readonly path: readonly string[];
  readonly trailingSlash: boolean;
}

export type UriResult = { ok: true; uri: NormalizedExternalUri } | { ok: false; message: string };

/** The reference's `OmniError::ExternalBlobPolicy` text; the URI itself is never echoed. */
export function policyMessage(reason: string): string {
  return `external blob URI '<redacted>' is not allowed: ${reason}`;
}

const refuse = (reason: string): UriResult => ({ ok: false, message: policyMessage(reason) });
const utf8 = new TextEncoder();
const SPECIAL_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
// Rust's `str::trim` strips White_Space characters only (U+FEFF is not one, unlike JS trim).
const SURROUNDING_WHITESPACE = /^\p{White_Space}|\p{White_Space}$/u;

export function parseExternalUri(raw: string, role: UriRole): UriResult {
  const rawBytes = utf8.encode(raw).length;
  if (rawBytes > EXTERNAL_BLOB_URI_MAX_BYTES) {
    return { ok: false, message: `resource limit exceeded for external Blob URI bytes: actual ${rawBytes}, limit ${EXTERNAL_BLOB_URI_MAX_BYTES}` };
  }
  if (raw === '' || SURROUNDING_WHITESPACE.test(raw)) return refuse('external Blob URI must be non-empty and contain no surrounding whitespace');
  if (raw.includes('\\')) return refuse('external Blob URI paths may not contain backslashes');
  const rawPathError = rejectRawDotComponents(raw);
  if (rawPathError) return refuse(rawPathError);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return refuse(`external Blob URI is not a valid absolute URI: ${urlParseError(raw)}`);
  }
  const scheme = parsed.protocol.slice(0, -1).toLowerCase();
  if (!SPECIAL_SCHEMES.has(scheme) && !parsed.href.slice(scheme.length + 1).startsWith('/')) {
    return refuse('external Blob URI must use a hierarchical storage scheme');
  }
  if (parsed.username !== '' || parsed.password !== '') return refuse('external Blob URI may not contain user-info credentials');
  // WHATWG keeps an empty `?` or `#` in href; the reference refuses those too (`query().is_some()`).
  if (parsed.href.includes('?') || parsed.href.includes('#')) return refuse('external Blob URI may not contain a query or fragment');
  if (parsed.port !== '') return refuse('external Blob URI may not contain an explicit port');

  let authority: string;
  if (scheme === 's3') {
    if (parsed.hostname === '') return refuse('an s3 external Blob URI must contain a bucket');
    authority = parsed.hostname.toLowerCase();
  } else if (scheme === 'file') {
    if (parsed.hostname !== '') return refuse('file external Blob URIs must be local and may not contain a host');
    authority = '';
  } else {
    return refuse(`external Blob URI scheme '${scheme}' is not supported by this build`);
  }
  return parsePath(scheme, authority, parsed.pathname, role);
}

function parsePath(scheme: string, authority: string, encodedPath: string, role: UriRole): UriResult {
  if (!encodedPath.startsWith('/')) return refuse('external Blob URI must contain an absolute path');
  const trailingSlash = encodedPath.endsWith('/');
  const body = encodedPath.slice(1);
  const rawSegments = body === '' ? [] : body.split('/');
  const ambiguous = rawSegments.some((s, i) => s === '' && !(role === 'base' && i + 1 === rawSegments.length));
  if (ambiguous) return refuse('external Blob URI contains an ambiguous empty path component');
  const path: string[] = [];
  for (const segment of rawSegments) {
    const decoded = decodePathComponent(segment);
    if (!decoded.ok) return refuse(decoded.reason);
    path.push(decoded.bytes);
  }
  if (role === 'base' && path.length > 0 && path[path.length - 1] === '') path.pop();
  if (role === 'base' && path.includes('')) return refuse('external Blob base contains an ambiguous empty path component');
  return { ok: true, uri: { scheme, authority, path, trailingSlash } };
}

/** Dot components are refused before URL parsing would silently resolve them away. */
function rejectRawDotComponents(raw: string): string | null {
  const schemeEnd = raw.indexOf('://');
  if (schemeEnd < 0) return null;
  const afterAuthority = raw.slice(schemeEnd + 3);
  const pathStart = afterAuthority.indexOf('/');
  if (pathStart < 0) return null;
  const rawPath = afterAuthority.slice(pathStart);
  const end = rawPath.search(/[?#]/);
  for (const component of (end < 0 ? rawPath : rawPath.slice(0, end)).split('/')) {
    const decoded = decodePathComponent(component);
    if (!decoded.ok) return decoded.reason;
  }
  return null;
}

function decodePathComponent(component: string): { ok: true; bytes: string } | { ok: false; reason: string } {
  const source = utf8.encode(component);
  const out: number[] = [];
  for (let i = 0; i < source.length; ) {
    const byte = source[i] as number;
    if (byte !== 0x25) {
      out.push(byte);
      i += 1;
      continue;
    }
    if (i + 2 >= source.length) return { ok: false, reason: 'external Blob URI contains an incomplete percent escape' };
    const high = hexValue(source[i + 1] as number);
    const low = hexValue(source[i + 2] as number);
    if (high === null || low === null) return { ok: false, reason: 'external Blob URI contains an invalid percent escape' };
    out.push((high << 4) | low);
    i += 3;
  }
  const bytes = String.fromCharCode(...out);
  if (bytes === '.' || bytes === '..') return { ok: false, reason: 'external Blob URI contains a dot path component' };
  if (/[\0%/\\]/.test(bytes)) return { ok: false, reason: 'external Blob URI contains an encoded separator, percent sign, or NUL' };
  return { ok: true, bytes };
}

function hexValue(byte: number): number | null {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  return null;
}

/** Unreserved bytes stay literal; every other byte becomes `%XX`, upper-case. */
function encodePathComponent(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i] as string;
    out += /^[A-Za-z0-9\-._~]$/.test(ch) ? ch : `%${bytes.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `render(as_base)`: a base always ends in `/`; an input keeps its own trailing slash. */
export function renderUri(uri: NormalizedExternalUri, asBase: boolean): string {
  let out = uri.scheme === 'file' ? 'file://' : `${uri.scheme}://${uri.authority}`;
  out += `/${uri.path.map(encodePathComponent).join('/')}`;
  if ((asBase || uri.trailingSlash) && !out.endsWith('/')) out += '/';
  return out;
}

/** Overlap is by whole path components: `s3://b/a` and `s3://b/ab` do not overlap. */
export function overlapsBase(a: NormalizedExternalUri, b: NormalizedExternalUri): boolean {
  return a.scheme === b.scheme && a.authority === b.authority && (startsWith(a.path, b.path) || startsWith(b.path, a.path));
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((component, i) => path[i] === component);
}

/** The decoded local path of a normalized `file` URI (Rust `Url::to_file_path`), as UTF-8 text. */
export function filePathOf(uri: NormalizedExternalUri): string {
  const bytes = `/${uri.path.join('/')}`;
  return new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
}

/** A canonical directory path back as a `file` base (Rust `Url::from_directory_path`, then parse). */
export function fileBaseFromPath(absolutePath: string): UriResult {
  const encoded = absolutePath
    .split('/')
    .map((component) => encodePathComponent(String.fromCharCode(...utf8.encode(component))))
    .join('/');
  return parseExternalUri(`file://${encoded.endsWith('/') ? encoded : `${encoded}/`}`, 'base');
}

/**
 * The Rust `url::ParseError` text for the spellings WHATWG refuses. Node's `URL` only says
 * "Invalid URL", so the reason is recovered from the input's shape.
 */
function urlParseError(raw: string): string {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(raw)) return 'relative URL without a base';
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(raw)?.[1] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return 'invalid IPv6 address';
  if (/:[^\]]*$/.test(host)) return 'invalid port number';
  if (host === '') return 'empty host';
  return 'invalid domain character';
}
