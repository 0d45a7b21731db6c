/**
 * The XML bodies of the S3 REST protocol that the test server speaks (errors, ListObjectsV2,
 * DeleteObjects). Written by hand so the server has no dependencies beyond node:http.
 */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity] ?? '';
  });
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function errorXml(code: string, message: string, resource: string, requestId: string): string {
  return `${HEADER}<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><Resource>${escapeXml(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`;
}

export interface ListedObject {
  readonly key: string;
  readonly etag: string;
  readonly size: number;
  readonly lastModified: Date;
}

export interface ListPage {
  readonly bucket: string;
  readonly prefix: string;
  readonly delimiter: string | null;
  readonly maxKeys: number;
  readonly startAfter: string | null;
  readonly continuationToken: string | null;
  readonly nextContinuationToken: string | null;
  readonly contents: readonly ListedObject[];
  readonly commonPrefixes: readonly string[];
  /** `encoding-type=url`: keys, prefixes and the delimiter are URL-encoded in the answer. */
  readonly urlEncoded: boolean;
}

export function listObjectsV2Xml(page: ListPage): string {
  const enc = (s: string) => escapeXml(page.urlEncoded ? encodeURIComponent(s).replace(/%2F/g, '/') : s);
  const parts = [
    `<Name>${escapeXml(page.bucket)}</Name>`,
    `<Prefix>${enc(page.prefix)}</Prefix>`,
    `<KeyCount>${page.contents.length + page.commonPrefixes.length}</KeyCount>`,
    `<MaxKeys>${page.maxKeys}</MaxKeys>`,
  ];
  if (page.delimiter !== null) parts.push(`<Delimiter>${enc(page.delimiter)}</Delimiter>`);
  if (page.urlEncoded) parts.push('<EncodingType>url</EncodingType>');
  parts.push(`<IsTruncated>${page.nextContinuationToken !== null}</IsTruncated>`);
  if (page.continuationToken !== null) parts.push(`<ContinuationToken>${escapeXml(page.continuationToken)}</ContinuationToken>`);
  if (page.nextContinuationToken !== null) parts.push(`<NextContinuationToken>${escapeXml(page.nextContinuationToken)}</NextContinuationToken>`);
  if (page.startAfter !== null) parts.push(`<StartAfter>${enc(page.startAfter)}</StartAfter>`);
  for (const o of page.contents) {
    parts.push(
      `<Contents><Key>${enc(o.key)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${escapeXml(o.etag)}</ETag><Size>${o.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    );
  }
  for (const p of page.commonPrefixes) parts.push(`<CommonPrefixes><Prefix>${enc(p)}</Prefix></CommonPrefixes>`);
  return `${HEADER}<ListBucketResult xmlns="${NS}">${parts.join('')}</ListBucketResult>`;
}

export interface DeleteRequest {
  readonly keys: string[];
  readonly quiet: boolean;
}

/** The `<Delete>` body of DeleteObjects; `null` when it is not one (⇒ MalformedXML). */
export function parseDeleteXml(body: string): DeleteRequest | null {
  if (!/<Delete[\s>]/.test(body)) return null;
  const keys: string[] = [];
  for (const object of body.matchAll(/<Object>([\s\S]*?)<\/Object>/g)) {
    const key = /<Key>([\s\S]*?)<\/Key>/.exec(object[1] ?? '');
    if (!key) return null;
    keys.push(unescapeXml(key[1] ?? ''));
  }
  const quiet = /<Quiet>\s*true\s*<\/Quiet>/i.test(body);
  return { keys, quiet };
}

export function deleteResultXml(deleted: readonly string[], quiet: boolean): string {
  const items = quiet ? '' : deleted.map((k) => `<Deleted><Key>${escapeXml(k)}</Key></Deleted>`).join('');
  return `${HEADER}<DeleteResult xmlns="${NS}">${items}</DeleteResult>`;
}
