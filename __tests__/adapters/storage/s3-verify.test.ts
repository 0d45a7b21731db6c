import { afterEach, describe, expect, it } from '@jest/globals';
import { sha256hex } from '../../../src/base/hash.js';
import { payloadKey } from '../../../src/engine/catalog/paths.js';
import { verifyPayloads } from '../../../src/engine/catalog/verify.js';
import { emptyState } from '../../../src/engine/state/index.js';
import { existsThenRead } from '../../../src/engine/ports/storage.js';
import { readOutcome } from '../../support/read-outcome.js';
import { s3Fixture, type S3Fixture } from '../../support/s3-fixture.js';

let fixture: S3Fixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

describe('payload verification on S3', () => {
  // Each payload used to cost a LIST (the existence probe) and a GET; on S3 that was two round
  // trips per payload in every status run.
  it('reads each payload with one GET and no existence LIST, with the same findings', async () => {
    fixture = await s3Fixture();
    const storage = fixture.storage('s3://test-bucket/clusters/prod');
    const state = emptyState(null);
    const texts = ['query a() { match { $p: P } return { $p } }', 'second', 'third'];
    texts.forEach((text, i) => {
      const address = `query.g.q${i}`;
      const digest = sha256hex(text);
      state.applied_revision.resources[address] = { digest };
      // q1 is missing; q2 holds other bytes than its digest says.
      if (i === 0) fixture!.server.put('test-bucket', `clusters/prod/${payloadKey(address, digest)}`, text);
      if (i === 2) fixture!.server.put('test-bucket', `clusters/prod/${payloadKey(address, digest)}`, 'tampered');
    });
    const before = fixture.server.requests.length;
    const findings = await verifyPayloads(storage, state);
    const ops = fixture.server.requests.slice(before).map((r) => r.op);
    expect(findings.map((f) => [f.address, f.kind])).toEqual([
      ['query.g.q1', 'missing'],
      ['query.g.q2', 'mismatch'],
    ]);
    expect(ops.sort()).toEqual(['GetObject', 'GetObject', 'GetObject']);
  });

  // A GET that fails for another reason than NoSuchKey makes the probe and the read themselves, so
  // the failure is named as it always was: the probe's when the LIST fails, the read's otherwise.
  it('attributes failures as the probe and the read would', async () => {
    const denied = { status: 403, code: 'AccessDenied', message: 'Access Denied', times: 100 } as const;
    const outcome = async (failing: readonly ('GetObject' | 'ListObjectsV2')[], oneStep: boolean): Promise<string> => {
      fixture = await s3Fixture();
      const storage = fixture.storage('s3://test-bucket/clusters/prod');
      await storage.write('p/a.json', 'text');
      for (const op of failing) fixture.server.fail({ op, ...denied });
      try {
        return await readOutcome(() => (oneStep ? storage.readIfExists('p/a.json') : existsThenRead(storage, 'p/a.json')));
      } finally {
        await fixture.close();
        fixture = null;
      }
    };
    const scenarios = [['GetObject'], ['GetObject', 'ListObjectsV2']] as const;
    const oneStep: string[] = [];
    const reference: string[] = [];
    for (const failing of scenarios) {
      oneStep.push(await outcome(failing, true));
      reference.push(await outcome(failing, false));
    }
    expect(oneStep).toEqual(reference);
    expect(oneStep.map((o) => o.split(':')[0])).toEqual(['read', 'probe']);
  });
});
