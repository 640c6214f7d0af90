import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { AV_INSPECTOR, COLLABORATION_OFFICER, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { ImpulseEvent, impulseStream, TipEvent, tipsModuleEvents, tipStream } from '../domain';
import {
  compiled,
  compileTip,
  homeCare,
  primaryCare,
  received,
  reportedAbout,
  sent,
  TIP_ID,
  TIP_IMPULSES,
} from '../domain/testing/tips.fixtures';
import { tipEndpoint } from './tip.endpoint';
import { tipIdFor } from './tips.ids';

const spec = endpointSpecification(tipEndpoint, [tipsModuleEvents]);

/** The impulses as their streams hold them, each reported (and joined to the tip about to be compiled). */
const impulses = (ids: string[], employer = homeCare) =>
  ids.map((id) => ({
    stream: impulseStream(id),
    events: [reportedAbout(id, employer), joinedTo(id)] as ImpulseEvent[],
  }));
const joinedTo = (impulseId: string): ImpulseEvent => ({
  type: 'ImpulseJoinedTip',
  data: { impulseId, tipId: tipIdFor(TEST_COMMAND_ID) },
});
const tip = (events: TipEvent[]) => [{ stream: tipStream(TIP_ID), events }];
const compile = { type: 'CompileTip' as const, data: { impulseIds: TIP_IMPULSES, summary: compileTip.data.summary } };

describe('The tip endpoint', () => {
  describe('when an officer compiles a tip', () => {
    it('reads employer, region and industry from the impulses and mints the tip id from the command id', () =>
      spec
        .given(impulses(TIP_IMPULSES))
        .when(compile, COLLABORATION_OFFICER, { commandId: TEST_COMMAND_ID })
        .then([{ ...compiled, data: { ...compiled.data, tipId: tipIdFor(TEST_COMMAND_ID) } }]));

    it('does not know an impulse never reported', () =>
      spec
        .given(impulses(TIP_IMPULSES.slice(0, 2)))
        .when(compile, COLLABORATION_OFFICER, { commandId: TEST_COMMAND_ID })
        .thenThrows('IMPULSE_NOT_FOUND'));

    it("refuses another employer's impulse, as its stream tells", () =>
      spec
        .given([...impulses(TIP_IMPULSES.slice(0, 2)), ...impulses(TIP_IMPULSES.slice(2), primaryCare)])
        .when(compile, COLLABORATION_OFFICER, { commandId: TEST_COMMAND_ID })
        .thenThrows('TIP_EMPLOYER_MISMATCH', {
          details: { impulseId: TIP_IMPULSES[2], impulseEmployer: primaryCare.organisationNumber },
        }));
  });

  describe('when an officer adds an impulse to a draft', () => {
    const add = { type: 'AddImpulseToTip' as const, data: { tipId: TIP_ID, impulseId: 'imp-04' } };

    it("reads the impulse's employer from its stream", () =>
      spec
        .given([...tip([compiled]), { stream: impulseStream('imp-04'), events: [reportedAbout('imp-04')] }])
        .when(add, COLLABORATION_OFFICER)
        .then([{ type: 'ImpulseAddedToTip', data: { tipId: TIP_ID, impulseId: 'imp-04' } }]));

    it('does not know an impulse never reported', () =>
      spec
        .given(tip([compiled]))
        .when(add, COLLABORATION_OFFICER)
        .thenThrows('IMPULSE_NOT_FOUND'));
  });

  describe('when the days of the facts are left out', () => {
    it('sends the tip today', () =>
      spec
        .given(tip([compiled]))
        .when({ type: 'SendTip', data: { tipId: TIP_ID } }, COLLABORATION_OFFICER)
        .then([{ type: 'TipSent', data: { tipId: TIP_ID, sentOn: today(), impulseIds: TIP_IMPULSES } }]));

    it('records the receipt today', () =>
      spec
        .given(tip(sent))
        .when({ type: 'RecordTipReceipt', data: { tipId: TIP_ID, avDiaryNumber: '2025/1' } }, AV_INSPECTOR)
        .then([{ type: 'TipReceived', data: { tipId: TIP_ID, receivedOn: today(), avDiaryNumber: '2025/1' } }]));

    it('records the outcome today', () =>
      spec
        .given(tip(received))
        .when({ type: 'RecordIndirectUse', data: { tipId: TIP_ID, note: 'Planering' } }, AV_INSPECTOR)
        .then([{ type: 'IndirectUseRecorded', data: { tipId: TIP_ID, note: 'Planering', decidedOn: today() } }]));
  });

  it('refuses a stale revision, saying which it found', () =>
    spec
      .given(tip(sent))
      .when({ type: 'RecordTipReceipt', data: { tipId: TIP_ID } }, AV_INSPECTOR, { expectedRevision: 0 })
      .thenThrows('CONFLICT', { details: { expected: 0, actual: 1 } }));
});
