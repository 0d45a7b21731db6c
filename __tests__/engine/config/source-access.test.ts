import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalSourceFiles } from '../../../src/adapters/source/local-source-files.js';
import { ConfigSources } from '../../../src/engine/config/source-access.js';

// The escape check resolves a plain file through its directory's cached real path; these pin that
// every symlink shape still resolves exactly as a full realpath would.
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(): { cfg: string; outside: string; sources: ConfigSources } {
  root = mkdtempSync(path.join(tmpdir(), 'og-source-access-'));
  const cfg = path.join(root, 'cfg');
  const outside = path.join(root, 'outside');
  mkdirSync(path.join(cfg, 'inner', 'deep'), { recursive: true });
  mkdirSync(path.join(outside, 'sub'), { recursive: true });
  for (const f of ['cfg/a.pg', 'cfg/inner/b.pg', 'cfg/inner/deep/c.pg', 'outside/x.pg', 'outside/sub/y.pg'])
    writeFileSync(path.join(root, f), 'x');
  symlinkSync(path.join(outside, 'x.pg'), path.join(cfg, 'file-out.pg'));
  symlinkSync(path.join(cfg, 'a.pg'), path.join(cfg, 'inner', 'file-in.pg'));
  symlinkSync(path.join(outside, 'x.pg'), path.join(cfg, 'inner', 'out-link.pg'));
  symlinkSync(outside, path.join(cfg, 'dir-out'));
  symlinkSync(path.join(cfg, 'inner'), path.join(cfg, 'dir-in'));
  symlinkSync(path.join(outside, 'sub'), path.join(cfg, 'sub-out'));
  // Directory links below a plain directory: a directory's real path is derived from its
  // parent's when it is not a link, so these must still be seen.
  symlinkSync(path.join(outside, 'sub'), path.join(cfg, 'inner', 'deep-out'));
  symlinkSync(path.join(cfg, 'inner', 'deep'), path.join(cfg, 'inner', 'deep-in'));
  return { cfg, outside, sources: new ConfigSources(new LocalSourceFiles(root), 'cfg') };
}

const escapes = (sources: ConfigSources, written: string) =>
  sources.escape(sources.display(written), 'graphs.g.schema')?.code ?? null;

describe('ConfigSources.escape', () => {
  it('accepts plain files and symlinks that stay inside, at any depth', () => {
    const { sources } = setup();
    for (const p of ['./a.pg', 'inner/b.pg', './inner/deep/c.pg', 'inner/file-in.pg', 'dir-in/b.pg', 'dir-in/deep/c.pg', './inner'])
      expect([p, escapes(sources, p)]).toEqual([p, null]);
  });

  it('refuses a file symlink and a directory symlink that lead outside', () => {
    const { sources } = setup();
    for (const p of ['file-out.pg', 'dir-out/x.pg', 'dir-out/sub/y.pg', './dir-out', 'sub-out'])
      expect([p, escapes(sources, p)]).toEqual([p, 'config_path_outside_dir']);
  });

  it('lets a missing file through (the read reports it) and still refuses lexical escapes', () => {
    const { sources } = setup();
    expect(escapes(sources, 'inner/missing.pg')).toBeNull();
    expect(escapes(sources, 'nowhere/missing.pg')).toBeNull();
    expect(escapes(sources, '../outside/x.pg')).toBe('config_path_outside_dir');
  });

  it('answers the same on a second lookup in a cached directory', () => {
    const { sources } = setup();
    expect(escapes(sources, 'dir-out/x.pg')).toBe('config_path_outside_dir');
    expect(escapes(sources, 'dir-out/sub/y.pg')).toBe('config_path_outside_dir');
    expect(escapes(sources, 'inner/b.pg')).toBeNull();
    expect(escapes(sources, 'inner/file-in.pg')).toBeNull();
  });

  it('trusts a listing only for entries it showed to be plain files', () => {
    const { sources } = setup();
    const listing = sources.listDir(sources.display('inner'));
    expect(listing.ok && [...listing.names].sort()).toEqual(['b.pg', 'file-in.pg', 'out-link.pg']);
    expect(escapes(sources, 'inner/b.pg')).toBeNull();
    expect(escapes(sources, 'inner/file-in.pg')).toBeNull();
    expect(escapes(sources, 'inner/out-link.pg')).toBe('config_path_outside_dir');
  });
});

describe('ConfigSources.readText', () => {
  // The one-open path (readPlain) and the long way (escape, then a read that follows links) must
  // give every path shape the same verdict, text and resolved path.
  it('reads and refuses exactly as the escape check and a plain read would', () => {
    const { sources } = setup();
    const files = new LocalSourceFiles(root);
    const longWay = new ConfigSources(
      { isDirectory: (p) => files.isDirectory(p), readBytes: (p) => files.readBytes(p), listDir: (p) => files.listDir(p), realPath: (p) => files.realPath(p), linkKind: (p) => files.linkKind(p), absolute: (p) => files.absolute(p) },
      'cfg',
    );
    const paths = ['./a.pg', 'inner/b.pg', './inner/deep/c.pg', 'inner/file-in.pg', 'dir-in/b.pg', 'dir-in/deep/c.pg', 'file-out.pg', 'dir-out/x.pg', 'dir-out/sub/y.pg', 'sub-out/y.pg', 'inner/out-link.pg', 'inner/missing.pg', 'nowhere/missing.pg', '../outside/x.pg', './inner', 'dir-in/../a.pg'];
    const outcome = (s: ConfigSources, written: string) => {
      const shown = s.display(written);
      const read = s.readText(shown, 'graphs.g.schema', 'schema_file_missing', 'schema file');
      return [written, read.ok ? read.text : `${read.diagnostic.code}: ${read.diagnostic.message}`, s.resolvedPath(shown)];
    };
    const verdicts = paths.map((p) => outcome(sources, p));
    expect(verdicts).toEqual(paths.map((p) => outcome(longWay, p)));
    expect(verdicts.filter(([, v]) => v === 'x').map(([p]) => p)).toEqual(['./a.pg', 'inner/b.pg', './inner/deep/c.pg', 'inner/file-in.pg', 'dir-in/b.pg', 'dir-in/deep/c.pg', 'dir-in/../a.pg']);
    expect(verdicts.filter(([, v]) => String(v).startsWith('config_path_outside_dir')).map(([p]) => p)).toEqual(['file-out.pg', 'dir-out/x.pg', 'dir-out/sub/y.pg', 'sub-out/y.pg', 'inner/out-link.pg', '../outside/x.pg']);
  });
});

describe('ConfigSources directory real paths', () => {
  it('reads and refuses as full realpath resolution does, through every directory shape', () => {
    const { cfg, sources } = setup();
    const files = new LocalSourceFiles(root);
    // No readPlain and no linkKind: every path takes a full realpath.
    const byFullRealpath = (dir: string) =>
      new ConfigSources(
        { isDirectory: (p) => files.isDirectory(p), readBytes: (p) => files.readBytes(p), listDir: (p) => files.listDir(p), realPath: (p) => files.realPath(p), absolute: (p) => files.absolute(p) },
        dir,
      );
    const fullRealpath = byFullRealpath('cfg');
    // The config dir reached through a link: real paths are derived from its real path.
    symlinkSync(cfg, path.join(root, 'cfg-link'));
    const throughLink = new ConfigSources(new LocalSourceFiles(root), 'cfg-link');
    const throughLinkReference = byFullRealpath('cfg-link');
    const paths = ['inner/deep/c.pg', 'inner/deep-in/c.pg', 'inner/deep-out/y.pg', 'inner/b.pg', 'dir-in/deep-out/y.pg', 'dir-in/deep-in/c.pg', 'sub-out/y.pg', 'inner/nowhere/x.pg', 'a.pg'];
    const outcome = (s: ConfigSources, written: string) => {
      const shown = s.display(written);
      const read = s.readText(shown, 'graphs.g.schema', 'schema_file_missing', 'schema file');
      // A full realpath cannot tell missing (null) from unresolved (undefined); both say "none".
      return [written, read.ok ? read.text : read.diagnostic.code, s.resolvedPath(shown) ?? null];
    };
    const verdicts = paths.map((p) => outcome(sources, p));
    expect(verdicts).toEqual(paths.map((p) => outcome(fullRealpath, p)));
    expect(verdicts.map(([p, v]) => [p, v])).toEqual([
      ['inner/deep/c.pg', 'x'],
      ['inner/deep-in/c.pg', 'x'],
      ['inner/deep-out/y.pg', 'config_path_outside_dir'],
      ['inner/b.pg', 'x'],
      ['dir-in/deep-out/y.pg', 'config_path_outside_dir'],
      ['dir-in/deep-in/c.pg', 'x'],
      ['sub-out/y.pg', 'config_path_outside_dir'],
      ['inner/nowhere/x.pg', 'schema_file_missing'],
      ['a.pg', 'x'],
    ]);
    expect(paths.map((p) => outcome(throughLink, p))).toEqual(paths.map((p) => outcome(throughLinkReference, p)));
  });
});

describe('isInside', () => {
  it('treats a name that starts with two dots as inside, and only a `..` segment as leaving', async () => {
    const { isInside } = await import('../../../src/engine/config/paths.js');
    expect(isInside('/cfg', '/cfg/..foo.pg')).toBe(true);
    expect(isInside('/cfg', '/cfg')).toBe(true);
    expect(isInside('/cfg', '/other/x.pg')).toBe(false);
    expect(isInside('/cfg', '/cfg/../x.pg')).toBe(false);
  });

  it('answers as the general path.relative rule does, for every shape of absolute path', async () => {
    const { isInside } = await import('../../../src/engine/config/paths.js');
    const reference = (dir: string, candidate: string) => {
      const rel = path.relative(dir, candidate);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
    };
    const segments = ['a', 'ab', 'b', '.', '..', '', '..a', 'a.', '...'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const randomPath = () => '/' + Array.from({ length: Math.floor(next() * 5) }, () => segments[Math.floor(next() * segments.length)]).join('/');
    const cases: [string, string][] = [['/', '/'], ['/', '/a'], ['/a', '/a/'], ['/a/', '/a/b'], ['/a', '/ab'], ['/a/.', '/a/b'], ['/a/b/..', '/a/c']];
    for (let i = 0; i < 20_000; i++) cases.push([randomPath(), randomPath()]);
    const wrong = cases.filter(([dir, candidate]) => isInside(dir, candidate) !== reference(dir, candidate));
    expect(wrong).toEqual([]);
  });
});

describe('childPath', () => {
  it('joins a real directory and one entry name exactly as path.join does', async () => {
    const { childPath } = await import('../../../src/engine/config/source-access.js');
    // Real paths: absolute, no `.`/`..`/empty segments, no trailing separator except the root.
    // Names: what readdir and basename give for them (never empty, `.`, `..` or with a separator).
    const segments = ['a', 'ab', '..a', 'a.', '...', '.a', 'é', ' x', 'a b'];
    let seed = 11;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
    const cases: [string, string][] = [['/', 'a'], ['/', '...'], ['/a/', 'b']];
    for (let i = 0; i < 5_000; i++) {
      const dir = '/' + Array.from({ length: next(5) }, () => segments[next(segments.length)]).join('/');
      cases.push([dir, segments[next(segments.length)] as string]);
    }
    const wrong = cases.filter(([dir, name]) => childPath(dir, name) !== path.join(dir, name));
    expect(wrong).toEqual([]);
  });
});

describe('lexicalPath', () => {
  it('gives path.normalize of the absolute path for every shape of display path', () => {
    const files = new LocalSourceFiles('/work/cwd');
    const sources = new ConfigSources(files, 'cfg');
    const segments = ['a', 'b', '.', '..', '', '...', '.a', 'a.', 'x.pg', 'a\\b'];
    let seed = 3;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
    const cases = ['/', '/a', 'a', 'a/', 'a/.', 'a/..', '../a', './a', '//a', 'a//b', '/a/b/'];
    for (let i = 0; i < 20_000; i++) {
      const rel = Array.from({ length: 1 + next(5) }, () => segments[next(segments.length)]).join('/');
      cases.push(next(3) === 0 ? `/${rel}` : rel);
    }
    // Asked twice, so the second answer comes through the directory already worked out.
    const wrong = [...cases, ...cases].filter((p) => sources.lexicalPath(p) !== path.normalize(files.absolute(p)));
    expect(wrong).toEqual([]);
  });
});
