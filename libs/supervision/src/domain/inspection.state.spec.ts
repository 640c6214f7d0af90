import { fold } from '@samverkan/core/domain';
import { inspectionDecider } from './inspection';
import { findings, findingsRecorded, workplaceInspected } from './testing/supervision.fixtures';

describe('Inspection state', () => {
  it('finds no system deficiency in findings that have none', () => {
    const withoutDeficiency = findings.filter((finding) => !finding.systemDeficiency);
    const state = fold(inspectionDecider, [workplaceInspected, findingsRecorded(withoutDeficiency)]);
    expect(state).toMatchObject({ systemDeficiencies: false, findings: withoutDeficiency });
  });
});
