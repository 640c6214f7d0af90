import { describeModuleEvents, expectLabels, summaryOf, OneOfEach } from '@samverkan/core/testing/module-events';
import { momentumModuleEvents } from './momentum';
import { ACTIVITY_KINDS } from './momentum.model';
import { activityKindLabel } from './momentum.summaries';
import { ActivityEvent } from './project-activity.commands';
import {
  activityCancelled,
  activityEvaluated,
  activityHeld,
  activityPlanned,
  activityRescheduled,
  CORRECTION_REASON,
  NAMED,
  participantsRecorded,
  STUDY_VISIT,
  SUMMARY,
} from './testing/momentum.fixtures';

const oneEventOfEach: OneOfEach<ActivityEvent> = {
  ActivityPlanned: activityPlanned(),
  ActivityRescheduled: activityRescheduled(),
  ActivityHeld: activityHeld(),
  ParticipantsRecorded: participantsRecorded(),
  ActivityCancelled: activityCancelled(),
  ActivityEvaluated: activityEvaluated(),
};
const summary = summaryOf(momentumModuleEvents);

describe('Momentum events', () => {
  describeModuleEvents(momentumModuleEvents, {
    module: 'momentum',
    streams: { projectActivity: oneEventOfEach },
    count: 6,
    decisions: ['ActivityCancelled'],
    hidden: [SUMMARY, NAMED[0].personId],
  });

  it('summarises an activity', () => {
    expect(summary(activityPlanned())).toBe(
      'Konferens ”Nationell uppstartskonferens: Tillsammans för ett hållbart arbetsliv” planerades till 2024-10-15 i Stockholm av FK, 150 förväntade deltagare',
    );
    expect(summary(activityPlanned({ ...STUDY_VISIT, expectedParticipants: 1 }))).toBe(
      'Studiebesök ”Studiebesök hos NAV om arbetsinkludering” planerades till 2024-10-15 i Oslo (NO) av FK, 1 förväntad deltagare',
    );
    expect(summary(activityRescheduled())).toBe('Aktiviteten flyttades från 2024-10-15 till 2024-10-16');
    expect(summary(activityHeld())).toBe('Aktiviteten genomfördes 2024-10-16');
    expect(summary(participantsRecorded())).toBe('Deltagarna registrerades: 3 organisationer, 14 deltagare');
    expect(summary(participantsRecorded([], NAMED, 'Fel\nlista'))).toBe(
      'Deltagarna rättades: 0 organisationer, 1 deltagare. Skäl: Fel lista',
    );
    expect(summary(activityCancelled())).toBe('Aktiviteten ställdes in: För få anmälda');
    expect(summary(activityEvaluated(7.2, 40))).toBe('Aktiviteten utvärderades: 7,2 av 10 i snitt, 40 svarande');
    expect(summary(activityEvaluated(8, 1, CORRECTION_REASON))).toBe(
      'Utvärderingen rättades: 8,0 av 10 i snitt, 1 svarande. Skäl: Närvarolistan från AV kom in i efterhand',
    );
  });

  it('has a Swedish label for every kind', () => {
    expectLabels([[ACTIVITY_KINDS, activityKindLabel]], /^[a-zåäö]/);
  });
});
