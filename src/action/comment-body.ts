/**
 * The layout of every comment and issue body the action owns:
 *
 *   <marker>                       identity + fingerprint (src/render's format)
 *   <review record>                optional, see review-record.ts
 *   <status line>                  e.g. "🟠 Applying in <run>"; may be empty
 *   <!-- omnigraph-cluster:status-end -->
 *   <rendered content>
 *
 * The fixed sentinel lets the apply mode swap the status line while keeping the reviewed plan.
 */
const STATUS_END = '<!-- omnigraph-cluster:status-end -->';

export interface CommentParts {
  readonly marker: string;
  readonly review: string;
  readonly status: string;
  readonly content: string;
}

export function composeBody(parts: CommentParts): string {
  const head = [parts.marker, parts.review, parts.status].filter((s) => s !== '');
  return `${head.join('\n')}\n${STATUS_END}\n\n${parts.content}`;
}

/** The rendered content of a body we wrote, or the whole body when it has no sentinel. */
export function contentOf(body: string): string {
  const at = body.indexOf(STATUS_END);
  return at < 0 ? body : body.slice(at + STATUS_END.length).replace(/^\n+/, '');
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
