import * as core from '@actions/core';

export interface ActionDeps {
  readonly core: Pick<typeof core, 'getInput' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'notice'>;
  readonly eventName: string;
}

export async function realDeps(): Promise<ActionDeps> {
  return { core, eventName: process.env.GITHUB_EVENT_NAME ?? '' };
}
