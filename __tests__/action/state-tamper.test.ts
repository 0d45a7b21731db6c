import { describe, expect, it } from '@jest/globals';
import { tamperedStateFiles } from '../../src/action/state-tamper.js';

const push = (...files: string[][]) => ({ commits: files.map(([added = '', modified = '']) => ({ added: [added], modified: [modified], removed: [] })) });

describe('state files changed by a merged pull request (issue 15)', () => {
  it('lists files under __cluster/ and graphs/ of a local root inside the workspace', () => {
    const payload = push(['clusters/prod/__cluster/state.json', 'clusters/prod/people.pg'], ['clusters/prod/graphs/g.omni/_schema.pg', 'README.md']);
    expect(tamperedStateFiles(payload, '/ws', '/ws/clusters/prod/__cluster/state.json')).toEqual([
      'clusters/prod/__cluster/state.json',
      'clusters/prod/graphs/g.omni/_schema.pg',
    ]);
  });

  it('ignores config sources, other clusters, S3 roots and roots outside the workspace', () => {
    const payload = push(['clusters/prod/cluster.yaml', 'clusters/other/__cluster/state.json']);
    expect(tamperedStateFiles(payload, '/ws', '/ws/clusters/prod/__cluster/state.json')).toEqual([]);
    expect(tamperedStateFiles(push(['__cluster/state.json']), '/ws', 's3://bucket/prefix/__cluster/state.json')).toEqual([]);
    expect(tamperedStateFiles(push(['__cluster/state.json']), '/ws', '/srv/state/__cluster/state.json')).toEqual([]);
    expect(tamperedStateFiles(push(['__cluster/state.json']), '/ws', '/ws/__cluster/state.json')).toEqual(['__cluster/state.json']);
    expect(tamperedStateFiles({ commits: 'nonsense' }, '/ws', '/ws/__cluster/state.json')).toEqual([]);
  });
  it('also checks files known from elsewhere (a closed pull request event carries no commits)', () => {
    expect(tamperedStateFiles({}, '/ws', '/ws/clusters/prod/__cluster/state.json', ['clusters/prod/__cluster/approvals.json', 'clusters/prod/people.pg'])).toEqual([
      'clusters/prod/__cluster/approvals.json',
    ]);
  });
});
