import { describe, expect, it } from 'vitest';
import { applyMessage, pendingRun } from '../../src/sim/protocol.ts';
import { runStatus } from '../../src/app/runStatus.ts';
import { record } from './charts/fixtures.ts';
import { ScenarioError } from '../../src/model/errors.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';

const TOTAL = 400;
const withRounds = (n: number) =>
  applyMessage(pendingRun('k', 1, TOTAL), {
    type: 'records',
    job: 1,
    records: Array.from({ length: n + 1 }, (_, round) => record({ round })),
  });

describe('the run status line', () => {
  it('counts the rounds while the worker computes them', () => {
    expect(runStatus(withRounds(120), TOTAL)).toEqual({
      step: 'rounds',
      text: 'Computing round 120 of 400…',
    });
  });

  it('says the fingerprint is being computed once the last round is in, not "round 400 of 400"', () => {
    const status = runStatus(withRounds(TOTAL), TOTAL);
    expect(status).toEqual({ step: 'fingerprint', text: 'Computing the run’s fingerprint…' });
  });

  it('says the run is complete when the worker is done, and why it stopped on an error', () => {
    const done = applyMessage(withRounds(TOTAL), {
      type: 'done',
      job: 1,
      fingerprint: 'ab',
      fingerprintVersion: 1,
      ms: 5,
    });
    expect(runStatus(done, TOTAL)?.text).toBe('All 400 rounds computed.');
    const failed = applyMessage(withRounds(3), { type: 'error', job: 1, message: 'no memory' });
    expect(runStatus(failed, TOTAL)?.text).toBe('The run stopped: no memory');
  });

  it('says in Chinese why a starting world was refused, and other errors as the worker said them', () => {
    const refusal = new ScenarioError({ kind: 'round-zero-unsellable', firm: 'cn-gallium', percent: 34.8 });
    const refused = applyMessage(pendingRun('k', 1, TOTAL), {
      type: 'error',
      job: 1,
      message: refusal.message,
    });
    const zh = runStatus(refused, TOTAL, zhCN.run)?.text ?? '';
    expect(zh).toMatch(/^运行已中止：时间线：.*“cn-gallium”.*34\.8%/);
    expect(zh).not.toMatch(/observed/);
    const failed = applyMessage(withRounds(3), { type: 'error', job: 1, message: 'no memory' });
    expect(runStatus(failed, TOTAL, zhCN.run)?.text).toBe('运行已中止：no memory');
  });

  it('says nothing before a run exists, and counts from round 0 before the first records arrive', () => {
    expect(runStatus(undefined, TOTAL)).toBeNull();
    expect(runStatus(pendingRun('k', 1, TOTAL), TOTAL)?.step).toBe('rounds');
  });
});
