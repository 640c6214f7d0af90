import { without } from '@samverkan/core/testing/edges';
import { PlanCommand } from './plan.commands';
import { PlanEvent } from './plan.events';
import { PlanActivity } from './plan.model';
import {
  added,
  adopted,
  aDraft,
  broadCampaign,
  cancelled,
  commandOf,
  homeCareSupervision,
  progressed,
  recordProgress,
  regionalDialogue,
  spec,
  tipRoutines,
  webinar,
  YEAR as year,
} from './testing/plan.fixtures';

const add = (activity: PlanActivity): PlanCommand<'AddActivity'> => commandOf('AddActivity', { year, activity });
const change = (
  changes: PlanCommand<'ChangeActivity'>['data']['changes'],
  activityId = tipRoutines.activityId,
): PlanCommand<'ChangeActivity'> => commandOf('ChangeActivity', { year, activityId, changes });
const remove = (activityId: string): PlanCommand => commandOf('RemoveActivity', { year, activityId });
const progress = (status: 'IN_PROGRESS' | 'DONE', activityId?: string) =>
  recordProgress(status, 'Dialoger hållna i samtliga ledningsgrupper', activityId);

describe('Collaboration plan', () => {
  describe('when it is a draft', () => {
    const whenAdd = spec.given(aDraft).whenEach(add);

    it('accepts a new activity', () => {
      whenAdd(broadCampaign).then([added(broadCampaign)]);
    });

    it('accepts a new activity in a region', () => {
      whenAdd(regionalDialogue).then([added(regionalDialogue)]);
    });

    it('accepts an activity due in a later year, as supervision campaigns run into the next', () => {
      whenAdd(homeCareSupervision).then([added(homeCareSupervision)]);
    });

    it('accepts an activity without indicators', () => {
      const film = { ...broadCampaign, activityId: 'film', indicators: [] };
      whenAdd(film).then([added(film)]);
    });

    it('rejects an activity id the plan already has', () => {
      const duplicate = { ...broadCampaign, activityId: webinar.activityId };
      whenAdd(duplicate).thenThrows('ACTIVITY_ALREADY_EXISTS', { details: { activityId: webinar.activityId } });
    });

    it.each(['', '  '])('rejects an activity with the id %p', (activityId) => {
      whenAdd({ ...broadCampaign, activityId }).thenThrows('ACTIVITY_ID_REQUIRED');
    });

    it('rejects an activity without a title', () => {
      whenAdd({ ...broadCampaign, title: '  ' }).thenThrows('ACTIVITY_TITLE_REQUIRED', {
        details: { activityId: broadCampaign.activityId },
      });
    });

    it.each(['2025-02-29', '2025-13-01', '2025-6-30', '30/06/2025', '2025-06-30T00:00:00Z'])(
      'rejects the due date %p',
      (dueDate) => {
        whenAdd({ ...broadCampaign, dueDate }).thenThrows('INVALID_DUE_DATE', {
          details: { activityId: broadCampaign.activityId, dueDate },
        });
      },
    );

    it('accepts a leap day', () => {
      const activity = { ...broadCampaign, dueDate: '2028-02-29' };
      whenAdd(activity).then([added(activity)]);
    });

    it('rejects a due date before the plan year', () => {
      whenAdd({ ...broadCampaign, dueDate: '2024-12-31' }).thenThrows('DUE_DATE_BEFORE_PLAN_YEAR', {
        details: { activityId: broadCampaign.activityId, dueDate: '2024-12-31' },
      });
    });

    it.each([
      [['antal tips', ' '], ' '],
      [['antal tips', 'antal tips'], 'antal tips'],
      [[' antal tips', 'antal tips '], 'antal tips '],
    ])('rejects the indicators %j, naming %p', (indicators, indicator) => {
      whenAdd({ ...broadCampaign, indicators }).thenThrows('INVALID_INDICATOR', {
        details: { activityId: broadCampaign.activityId, indicator },
      });
    });

    it('changes an activity, recording only what really changed', () => {
      const command = change({ title: tipRoutines.title, dueDate: '2025-05-31', region: 'Stockholm' });
      const changes = { dueDate: '2025-05-31', region: 'Stockholm' };
      spec
        .given(aDraft)
        .when(command)
        .then([{ type: 'ActivityChanged', data: { year, activityId: tipRoutines.activityId, changes } }]);
    });

    it('removes a region with null', () => {
      const given = [...aDraft, added(regionalDialogue)];
      const command = change({ region: null }, regionalDialogue.activityId);
      spec
        .given(given)
        .when(command)
        .then([{ type: 'ActivityChanged', data: command.data }]);
    });

    const whenChange = spec.given(aDraft).whenEach(change);

    it('rejects a change that changes nothing', () => {
      whenChange({ indicators: [...tipRoutines.indicators] }).thenThrows('ACTIVITY_UNCHANGED', {
        details: { activityId: tipRoutines.activityId },
      });
    });

    it('rejects removing a region the activity does not have', () => {
      whenChange({ region: null }).thenThrows('ACTIVITY_UNCHANGED');
    });

    it('rejects a change that breaks an activity rule', () => {
      whenChange({ dueDate: '2025-06-31' }).thenThrows('INVALID_DUE_DATE');
    });

    it('rejects a change that repeats an indicator', () => {
      whenChange({ indicators: ['antal tips', 'antal tips'] }).thenThrows('INVALID_INDICATOR');
    });

    it('rejects changing an activity the plan does not have', () => {
      whenChange({ title: 'Ny titel' }, 'okand').thenThrows('ACTIVITY_NOT_FOUND', {
        details: { year, activityId: 'okand' },
      });
    });

    describe('changes its indicators', () => {
      const [tips, actions] = tipRoutines.indicators;
      const changedTo = (indicators: string[]): PlanEvent => ({
        type: 'ActivityChanged',
        data: { year, activityId: tipRoutines.activityId, changes: { indicators } },
      });

      it.each([
        ['adding one at the end', [...tipRoutines.indicators, 'antal inspektioner']],
        ['dropping the last', [tips, actions]],
        ['replacing the last', [tips, actions, 'spridning per region']],
        ['reordering them', [actions, tips, tipRoutines.indicators[2]]],
      ])('records %s', (_, indicators) => {
        whenChange({ indicators }).then([changedTo(indicators)]);
      });

      it('gives indicators to an activity added without any', () => {
        const { indicators: _left, ...withoutIndicators } = broadCampaign;
        const activity = withoutIndicators as PlanActivity;
        spec
          .given([...aDraft, added(activity)])
          .when(change({ indicators: ['räckvidd'] }, activity.activityId))
          .then([
            {
              type: 'ActivityChanged',
              data: { year, activityId: activity.activityId, changes: { indicators: ['räckvidd'] } },
            },
          ]);
      });
    });

    const whenRemove = spec.given(aDraft).whenEach(remove);

    it('removes an activity, keeping its title in the record', () => {
      whenRemove(webinar.activityId).then([
        { type: 'ActivityRemoved', data: { year, activityId: webinar.activityId, title: webinar.title } },
      ]);
    });

    it('rejects removing an activity the plan does not have', () => {
      whenRemove('okand').thenThrows('ACTIVITY_NOT_FOUND', { details: { year, activityId: 'okand' } });
    });

    it('accepts an activity again after it was removed', () => {
      const removed: PlanEvent = {
        type: 'ActivityRemoved',
        data: { year, activityId: webinar.activityId, title: webinar.title },
      };
      const given = [...aDraft, removed];
      spec
        .given(given)
        .when(add(webinar))
        .then([added(webinar)]);
    });
  });

  describe('when it is adopted', () => {
    it.each([add(broadCampaign), change({ title: 'Ny titel' }), remove(webinar.activityId)])(
      'rejects $type without an amendment',
      (command) => {
        spec
          .given(adopted)
          .when(command)
          .thenThrows('PLAN_NOT_DRAFT', { details: { year, status: 'ADOPTED' } });
      },
    );

    it.each([
      ['an activity as in progress', [], 'IN_PROGRESS'],
      ['an activity as done', [], 'DONE'],
      [
        'further progress on an activity in progress',
        [progressed(tipRoutines.activityId, 'IN_PROGRESS')],
        'IN_PROGRESS',
      ],
    ] as const)('records %s', (_, before, status) => {
      const command = progress(status);
      spec
        .given([...adopted, ...before])
        .when(command)
        .then([{ type: 'ActivityProgressRecorded', data: command.data }]);
    });

    it('rejects progress without a note', () => {
      const command = progress('DONE');
      const withoutNote = { ...command, data: { ...command.data, note: ' ' } };
      spec
        .given(adopted)
        .when(withoutNote)
        .thenThrows('PROGRESS_NOTE_REQUIRED', { details: { activityId: tipRoutines.activityId } });
    });

    it('rejects progress whose note is left out entirely', () => {
      spec
        .given(adopted)
        .when(without(progress('DONE'), 'note'))
        .thenThrows('PROGRESS_NOTE_REQUIRED');
    });

    it('rejects progress on an activity the plan does not have', () => {
      spec.given(adopted).when(progress('DONE', 'okand')).thenThrows('ACTIVITY_NOT_FOUND');
    });

    it('rejects progress on a done activity', () => {
      spec
        .given([...adopted, progressed(tipRoutines.activityId, 'DONE')])
        .when(progress('IN_PROGRESS'))
        .thenThrows('ACTIVITY_ALREADY_FINISHED', { details: { activityId: tipRoutines.activityId, status: 'DONE' } });
    });

    it('rejects progress on a cancelled activity', () => {
      spec
        .given([...adopted, cancelled(webinar.activityId)])
        .when(progress('DONE', webinar.activityId))
        .thenThrows('ACTIVITY_ALREADY_FINISHED');
    });
  });
});
