import { describe, expect, it } from '@jest/globals';
import { clip, code, escapeText, fence, safeUrl, shellWord, wrapCode } from '../../../src/render/markup/escape.js';

const ZWJ = '\u200D';

describe('escapeText', () => {
  it('turns HTML into entities and pipes into an entity table cells cannot split on', () => {
    expect(escapeText('<details>a|b</details> & "q"')).toBe('&lt;details&gt;a&#124;b&lt;/details&gt; &amp; &quot;q&quot;');
  });
  it('backslash-escapes inline Markdown punctuation', () => {
    expect(escapeText('`code` *b* _i_ [l](u) ~s~ !x \\')).toBe('\\`code\\` \\*b\\* \\_i\\_ \\[l\\](u) \\~s\\~ \\!x \\\\');
  });
  it('defuses mentions, issue references and bare links with a zero-width joiner', () => {
    expect(escapeText('@octocat @acme/team a@b.c #12 see https://x.y and www.z.com')).toBe(
      `@${ZWJ}octocat @${ZWJ}acme/team a@${ZWJ}b.c \\#${ZWJ}12 see https${ZWJ}://x.y and www${ZWJ}.z.com`,
    );
  });
  it('flattens line breaks and replaces invisible controls and bidi overrides', () => {
    expect(escapeText('a\r\nb\nc\u2028d\u202Ee\u0000')).toBe('a b c d\uFFFDe\uFFFD');
  });
  it('clips long input by code points without splitting surrogate pairs', () => {
    const long = '😀'.repeat(600);
    expect(Array.from(escapeText(long))).toHaveLength(500);
    expect(clip('😀😀😀', 2)).toBe('😀…');
    expect(clip('short', 10)).toBe('short');
  });
  it('returns plain names unchanged exactly when the full pass would', () => {
    // A trailing newline sends the same text through every replacement (it becomes a space).
    const pieces = ['query', '.', 'g1', '/', '-', ' ', 'www', 'WwW.', 'www.', 'Z9', 'a'.repeat(30)];
    let seed = 7;
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      for (let k = 0; k < n % 12; k++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        text += pieces[seed % pieces.length] as string;
      }
      const max = n % 5 === 0 ? 20 : 500;
      if (text.length < max) expect(escapeText(text, max)).toBe(escapeText(`${text}\n`, max).slice(0, -1));
    }
    expect(escapeText('query.www.x')).toBe(`query.www${ZWJ}.x`);
    expect(escapeText('a'.repeat(30), 20)).toBe(`${'a'.repeat(19)}…`);
  });
  it('code() wraps escaped text in <code>', () => {
    expect(code('a</code>b')).toBe('<code>a&lt;/code&gt;b</code>');
  });
});

describe('fence', () => {
  it('uses a fence longer than any backtick run in the body', () => {
    expect(fence('a ``` b ```` c', 'json')).toBe('`````json\na ``` b ```` c\n`````');
    expect(fence('plain')).toBe('```\nplain\n```');
  });
  it('keeps the info string to safe characters', () => {
    expect(fence('x', 'sh onclick=1')).toBe('```shonclick1\nx\n```');
  });
});

describe('shellWord and safeUrl', () => {
  it('quotes words a shell would interpret', () => {
    expect(shellWord('graph.old')).toBe('graph.old');
    expect(shellWord("a b'c;rm")).toBe(`'a b'\\''c;rm'`);
    expect(shellWord('$(id)')).toBe(`'$(id)'`);
  });
  it('accepts only http(s) URLs and percent-encodes link-breaking characters', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl('https://github.com/a/b/actions/runs/1)x')).toBe('https://github.com/a/b/actions/runs/1%29x');
  });
});

describe('wrapCode', () => {
  it('leaves names up to 40 characters as plain code spans', () => {
    expect(wrapCode('query.knowledge.find_person')).toBe(code('query.knowledge.find_person'));
  });
  it('gives a long name line-break opportunities after separators and inside long runs, text unchanged', () => {
    const name = 'query.analytics.weekly_active_users_by_region_and_plan_tier';
    const wrapped = wrapCode(name);
    expect(wrapped).toBe('<code>query.<wbr>analytics.<wbr>weekly\\_<wbr>active\\_<wbr>users\\_<wbr>by\\_<wbr>region\\_<wbr>and\\_<wbr>plan\\_<wbr>tier</code>');
    expect(wrapped.split('<wbr>').join('')).toBe(code(name));
    const run = `graph.${'x'.repeat(60)}`;
    expect(wrapCode(run).split('<wbr>')).toHaveLength(4);
  });
  it('still escapes every piece of a hostile long name', () => {
    const wrapped = wrapCode('schema.@octocat </details> <img src=x> | https://evil.example/x');
    expect(wrapped).not.toMatch(/<(?!\/?code>|wbr>)/);
    expect(wrapped).not.toContain('@octocat');
    expect(wrapped).toContain('&#124;');
  });
});
