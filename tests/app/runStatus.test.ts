import { describe, expect, it } from 'vitest';
import { applyMessage, pendingRun } from '../../src/sim/protocol.ts';
import { runStatus } from '../../src/app/runStatus.ts';
import { record } from './charts/fixtures.ts';

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

  it('says nothing before a run exists, and counts from round 0 before the first records arrive', () => {
    expect(runStatus(undefined, TOTAL)).toBeNull();
    expect(runStatus(pendingRun('k', 1, TOTAL), TOTAL)?.step).toBe('rounds');
  });
});
