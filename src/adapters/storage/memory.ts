import { sha256hex } from '../../base/hash.js';
import { sortBytewise } from '../../base/json.js';
import { assertStorageKey, StorageError, type ConditionalWrite, type Storage, type StoredText } from '../../engine/ports/storage.js';

export type MemoryOp = 'read' | 'exists' | 'existsPrefix' | 'write' | 'writeIfAbsent' | 'writeIfMatch' | 'list' | 'delete' | 'deletePrefix';

/**
 * A scripted event on the next matching operation: either the storage fails (`error`, thrown as a
 * StorageError) or `before` runs first — the way a test lets "another writer" act between a
 * command's re-read and its conditional write.
 */
export interface MemoryFault {
  readonly op: MemoryOp;
  /** Only this key (or prefix); any key when omitted. */
  readonly key?: string;
  readonly error?: string;
  readonly before?: (storage: MemoryStorage) => void;
  /** How many matching operations it applies to (default 1). */
  readonly times?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * In-process `Storage` with the same guarantees as the real adapters (each operation is one
 * synchronous step, so visibility is atomic and conditional writes have exactly one winner), for
 * fast unit tests. Objects are kept as bytes so tests can plant content that is not UTF-8.
 */
export class MemoryStorage implements Storage {
  readonly root: string;
  private readonly objects = new Map<string, Uint8Array>();
  private readonly faults: { fault: MemoryFault; left: number }[] = [];

  constructor(root = 'memory://cluster') {
    this.root = root.replace(/\/+$/, '');
  }

  displayPath(key: string): string {
    return key === '' ? this.root : `${this.root}/${key}`;
  }

  objectUri(key: string): string {
    return this.displayPath(key);
  }

  /** Test hook: store raw bytes the port itself could never write (e.g. invalid UTF-8). */
  plantRaw(key: string, bytes: Uint8Array): void {
    this.objects.set(key, Uint8Array.from(bytes));
  }

  /** Test hook: script the next failure or interleaving. */
  inject(fault: MemoryFault): void {
    this.faults.push({ fault, left: fault.times ?? 1 });
  }

  /** Every stored key, byte-wise sorted (for assertions). */
  keys(): string[] {
    return sortBytewise([...this.objects.keys()]);
  }

  async read(key: string): Promise<StoredText | null> {
    await this.step('read', key);
    const bytes = this.objects.get(key);
    if (bytes === undefined) return null;
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new StorageError(`'${this.displayPath(key)}' is not valid UTF-8`);
    }
    return { text, token: token(bytes) };
  }

  async exists(key: string): Promise<boolean> {
    await this.step('exists', key);
    return this.objects.has(key);
  }

  async existsPrefix(prefix: string): Promise<boolean> {
    await this.step('existsPrefix', prefix);
    const under = prefix === '' ? '' : `${prefix}/`;
    for (const k of this.objects.keys()) if (k === prefix || k.startsWith(under)) return true;
    return false;
  }

  async write(key: string, text: string): Promise<string> {
    await this.step('write', key);
    return this.put(key, text);
  }

  async writeIfAbsent(key: string, text: string): Promise<ConditionalWrite> {
    await this.step('writeIfAbsent', key);
    if (this.objects.has(key)) return { ok: false, reason: 'exists' };
    return { ok: true, token: this.put(key, text) };
  }

  async writeIfMatch(key: string, text: string, expected: string): Promise<ConditionalWrite> {
    await this.step('writeIfMatch', key);
    const current = this.objects.get(key);
    if (current === undefined || token(current) !== expected) return { ok: false, reason: 'mismatch' };
    return { ok: true, token: this.put(key, text) };
  }

  async list(prefix: string): Promise<string[]> {
    await this.step('list', prefix);
    const under = prefix === '' ? '' : `${prefix}/`;
    const names: string[] = [];
    for (const k of this.objects.keys()) {
      if (!k.startsWith(under)) continue;
      const rest = k.slice(under.length);
      if (rest !== '' && !rest.includes('/')) names.push(rest);
    }
    return sortBytewise(names);
  }

  async delete(key: string): Promise<void> {
    await this.step('delete', key);
    this.objects.delete(key);
  }

  async deletePrefix(prefix: string): Promise<void> {
    await this.step('deletePrefix', prefix);
    const under = prefix === '' ? '' : `${prefix}/`;
    for (const k of [...this.objects.keys()]) if (k.startsWith(under)) this.objects.delete(k);
  }

  private put(key: string, text: string): string {
    const bytes = new TextEncoder().encode(text);
    this.objects.set(key, bytes);
    return token(bytes);
  }

  /** Yields once (so callers really interleave) and then plays any matching scripted fault. */
  private async step(op: MemoryOp, key: string): Promise<void> {
    assertStorageKey(key, this.root, { allowRoot: op === 'list' || op === 'existsPrefix' });
    await Promise.resolve();
    const at = this.faults.findIndex((f) => f.fault.op === op && (f.fault.key === undefined || f.fault.key === key));
    if (at < 0) return;
    const entry = this.faults[at]!;
    entry.left -= 1;
    if (entry.left <= 0) this.faults.splice(at, 1);
    entry.fault.before?.(this);
    if (entry.fault.error !== undefined) throw new StorageError(entry.fault.error);
  }
}

function token(bytes: Uint8Array): string {
  return sha256hex(bytes);
}
