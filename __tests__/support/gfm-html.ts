/**
 * A small GitHub-Flavored-Markdown renderer for the subset our comments use, so a test can look
 * at a comment the way a reviewer does (in a browser) without a Markdown dependency. It follows
 * the GFM spec (https://github.github.com/gfm/) for what it covers: ATX headings, fenced code,
 * block quotes, `-` lists, pipe tables (a `|` inside a cell must be an entity, as ours are),
 * HTML blocks that start with a block-level tag (`<details>`, `</details>`: passed through, their
 * line not parsed as Markdown), HTML comments, paragraphs; inline: backslash escapes, code spans,
 * entities, `**strong**`, `_emphasis_`, `[links](url)` and inline HTML tags. Anything else that
 * looks like a tag is shown as text. The page around it copies the layout rules of GitHub's
 * `markdown-body` stylesheet that decide widths: tables are `display:block; width:max-content;
 * max-width:100%; overflow:auto`, code blocks scroll (`white-space:pre; overflow:auto`), inline
 * code breaks only at spaces and `<wbr>`.
 */

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const INLINE_TAG = /^<\/?(code|sub|sup|b|i|em|strong|kbd|br|wbr|summary|details)( open)?\s*\/?>/i;

function escapeHtml(text: string): string {
  return text.replace(/&(?![#A-Za-z0-9]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown → HTML. */
export function inline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const rest = text.slice(i);
    if (c === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1] as string)) {
      out += escapeHtml(text[i + 1] as string);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`';
      const end = text.indexOf(run, i + run.length);
      if (end > 0) {
        out += `<code>${escapeHtml(text.slice(i + run.length, end).trim())}</code>`;
        i = end + run.length;
        continue;
      }
    }
    if (c === '<') {
      const tag = INLINE_TAG.exec(rest);
      if (tag) {
        out += tag[0];
        i += tag[0].length;
        continue;
      }
      out += '&lt;';
      i++;
      continue;
    }
    if (c === '&') {
      const entity = /^&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.exec(rest);
      out += entity ? entity[0] : '&amp;';
      i += entity ? entity[0].length : 1;
      continue;
    }
    if (rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        out += `<strong>${inline(text.slice(i + 2, end))}</strong>`;
        i = end + 2;
        continue;
      }
    }
    if (c === '_' && (i === 0 || /[\s(>]/.test(text[i - 1] as string))) {
      const m = /^_([^_]+)_(?![A-Za-z0-9])/.exec(rest);
      if (m) {
        out += `<em>${inline(m[1] as string)}</em>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === '[') {
      const m = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(rest);
      if (m) {
        out += `<a href="${escapeHtml(m[2] as string)}">${inline(m[1] as string)}</a>`;
        i += m[0].length;
        continue;
      }
    }
    out += c === '>' ? '&gt;' : c === '"' ? '&quot;' : c;
    i++;
  }
  return out;
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

const isTableDelimiter = (l: string | undefined): boolean => l !== undefined && /^\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?\|?\s*$/.test(l);
const startsBlock = (l: string): boolean => /^(#{1,6} |```|>|- |<\/?details|<!--)/.test(l) || l.startsWith('|');

/** Block Markdown → HTML. */
export function gfmToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as string;
    if (l.trim() === '') {
      i++;
      continue;
    }
    const fence = /^(`{3,})([A-Za-z0-9_+-]*)$/.exec(l);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== fence[1]) body.push(lines[i++] as string);
      i++;
      out.push(`<pre${fence[2] ? ` lang="${fence[2]}"` : ''}><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(l);
    if (heading) {
      const n = (heading[1] as string).length;
      out.push(`<h${n}>${inline(heading[2] as string)}</h${n}>`);
      i++;
      continue;
    }
    if (l.startsWith('<!--')) {
      while (i < lines.length && !(lines[i] as string).includes('-->')) i++;
      i++;
      continue;
    }
    if (/^<\/?details/.test(l)) {
      // An HTML block (GFM type 6): raw until a blank line.
      while (i < lines.length && (lines[i] as string).trim() !== '') out.push(lines[i++] as string);
      continue;
    }
    if (l.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && (lines[i] as string).startsWith('>')) quoted.push((lines[i++] as string).replace(/^> ?/, ''));
      out.push(`<blockquote>${gfmToHtml(quoted.join('\n'))}</blockquote>`);
      continue;
    }
    if (l.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && (lines[i] as string).startsWith('- ')) items.push(`<li>${inline((lines[i++] as string).slice(2))}</li>`);
      out.push(`<ul>${items.join('')}</ul>`);
      continue;
    }
    if (l.startsWith('|') && isTableDelimiter(lines[i + 1])) {
      const head = cells(l);
      i += 2;
      const rows: string[] = [];
      while (i < lines.length && (lines[i] as string).startsWith('|')) rows.push(`<tr>${cells(lines[i++] as string).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      out.push(`<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && (lines[i] as string).trim() !== '' && (para.length === 0 || !startsBlock(lines[i] as string))) para.push(lines[i++] as string);
    out.push(`<p>${inline(para.join('\n'))}</p>`);
  }
  return out.join('\n');
}

/** The layout rules of GitHub's markdown-body that decide widths and heights (github-markdown-css). */
const CSS = `
  body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: 100%; padding: 16px 24px; color: #1f2328;
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; word-wrap: break-word; }
  .markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; line-height: 1.25; }
  .markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; line-height: 1.25; }
  .markdown-body p, .markdown-body blockquote, .markdown-body ul, .markdown-body table, .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
  .markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  .markdown-body ul { padding-left: 2em; }
  .markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
  .markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
  .markdown-body th { font-weight: 600; }
  .markdown-body code { padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces; background: #818b981f; border-radius: 6px;
    font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
  .markdown-body pre { padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; background: #f6f8fa; border-radius: 6px; }
  .markdown-body pre code { padding: 0; font-size: 100%; white-space: pre; background: transparent; }
  .markdown-body sub { font-size: 75%; }
  .markdown-body summary { display: list-item; cursor: pointer; }
`;

/** A whole HTML page showing `markdown` as GitHub's comment body would. */
export function commentPage(markdown: string, title = 'comment'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body><div class="markdown-body">${gfmToHtml(markdown)}</div></body></html>`;
}
