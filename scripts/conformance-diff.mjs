// Normalization and the side-by-side diff for scripts/conformance.mjs.

const ULID = /\b[0-9A-HJKMNP-TV-Z]{26}\b/g;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\b/g;
// Values that differ between two honest runs: they hash or count wall-clock facts.
const VOLATILE_KEYS = new Set(['state_cas', 'lock_pid', 'lock_age_seconds', 'lock_created_at']);

/** The output text with ids, times and absolute paths masked, so two runs can be compared. */
export function normalize(text, clusterDir) {
  const masked = text.split(clusterDir).join('<CLUSTER>').replace(ULID, '<ULID>').replace(ISO_TIME, '<TIME>');
  let json;
  try {
    json = JSON.parse(masked);
  } catch {
    return masked.trimEnd();
  }
  return JSON.stringify(maskVolatile(json), null, 2);
}

function maskVolatile(value) {
  if (Array.isArray(value)) return value.map(maskVolatile);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, VOLATILE_KEYS.has(k) ? '<VOLATILE>' : maskVolatile(v)]));
}

/** Longest-common-subsequence line diff: [{ kind: 'same'|'left'|'right', text }]. */
function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) out.push({ kind: 'same', left: a[i++], right: b[j++] });
    else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push({ kind: 'right', left: '', right: b[j++] });
    else out.push({ kind: 'left', left: a[i++], right: '' });
  }
  return out;
}

const WIDTH = 58;
const cell = (text) => (text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text.padEnd(WIDTH));

/** Two columns (embedded │ delegated), changed lines marked, 2 lines of context around them. */
export function sideBySide(left, right, labels = ['embedded', 'omnigraph']) {
  const rows = diffLines(left.split('\n'), right.split('\n'));
  const changed = rows.map((r) => r.kind !== 'same');
  const keep = rows.map((_, k) => changed.slice(Math.max(0, k - 2), k + 3).some(Boolean));
  const lines = [`    ${cell(labels[0])} │ ${labels[1]}`];
  let skipped = false;
  rows.forEach((row, k) => {
    if (!keep[k]) {
      if (!skipped) lines.push(`    ${cell('…')} │ …`);
      skipped = true;
      return;
    }
    skipped = false;
    const mark = row.kind === 'same' ? ' ' : row.kind === 'left' ? '<' : '>';
    lines.push(`  ${mark} ${cell(row.left)} │ ${row.right}`);
  });
  return lines.join('\n');
}
