/** The few bits of Markdown the action writes itself (status lines, replies), escaped. */

/** Inline code that no input can break out of (backticks are replaced, newlines folded). */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

/** Plain text with Markdown/HTML metacharacters and @mentions neutralised. */
export function plain(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]<>()#+|!~]/g, (c) => `\\${c}`)
    .replace(/@(?=\w)/g, '@\u200d');
}

export function link(label: string, url: string): string {
  return url ? `[${plain(label)}](${encodeURI(url)})` : plain(label);
}
