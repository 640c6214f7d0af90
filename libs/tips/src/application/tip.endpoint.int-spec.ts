import { stockholmDate } from '@samverkan/core/domain';
import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
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
import { tipEndpoint, tipIdFor } from './tip.endpoint';

const spec = endpointSpecification(tipEndpoint, [tipsModuleEvents]);
const commandId = '8a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d';
const officer = { role: 'COLLABORATION_OFFICER' };
const inspector = { role: 'AV_INSPECTOR', organisation: 'AV' };
const today = () => stockholmDate(new Date());

/** The impulses as their streams hold them, each reported (and joined to the tip about to be compiled). */
const impulses = (ids: string[], employer = homeCare) =>
  ids.map((id) => ({
    stream: impulseStream(id),
    events: [reportedAbout(id, employer), joinedTo(id)] as ImpulseEvent[],
  }));
const joinedTo = (impulseId: string): ImpulseEvent => ({
  type: 'ImpulseJoinedTip',
  data: { impulseId, tipId: tipIdFor(commandId) },
});
const tip = (events: TipEvent[]) => [{ stream: tipStream(TIP_ID), events }];
const compile = { type: 'CompileTip' as const, data: { impulseIds: TIP_IMPULSES, summary: compileTip.data.summary } };

describe('The tip endpoint', () => {
  describe('when an officer compiles a tip', () => {
    it('reads employer, region and industry from the impulses and mints the tip id from the command id', () =>
      spec
        .given(impulses(TIP_IMPULSES))
        .when(compile, officer, { commandId })
        .then([{ ...compiled, data: { ...compiled.data, tipId: tipIdFor(commandId) } }]));

    it('does not know an impulse never reported', () =>
      spec
        .given(impulses(TIP_IMPULSES.slice(0, 2)))
        .when(compile, officer, { commandId })
        .thenThrows('IMPULSE_NOT_FOUND'));

    it("refuses another employer's impulse, as its stream tells", () =>
      spec
        .given([...impulses(TIP_IMPULSES.slice(0, 2)), ...impulses(TIP_IMPULSES.slice(2), primaryCare)])
        .when(compile, officer, { commandId })
        .thenThrows('TIP_EMPLOYER_MISMATCH', {
          details: { impulseId: TIP_IMPULSES[2], impulseEmployer: primaryCare.organisationNumber },
        }));
  });

  describe('when an officer adds an impulse to a draft', () => {
    const add = { type: 'AddImpulseToTip' as const, data: { tipId: TIP_ID, impulseId: 'imp-04' } };

    it("reads the impulse's employer from its stream", () =>
      spec
        .given([...tip([compiled]), { stream: impulseStream('imp-04'), events: [reportedAbout('imp-04')] }])
        .when(add, officer)
        .then([{ type: 'ImpulseAddedToTip', data: { tipId: TIP_ID, impulseId: 'imp-04' } }]));

    it('does not know an impulse never reported', () =>
      spec
        .given(tip([compiled]))
        .when(add, officer)
        .thenThrows('IMPULSE_NOT_FOUND'));
  });

  describe('when the days of the facts are left out', () => {
    it('sends the tip today', () =>
      spec
        .given(tip([compiled]))
        .when({ type: 'SendTip', data: { tipId: TIP_ID } }, officer)
        .then([{ type: 'TipSent', data: { tipId: TIP_ID, sentOn: today(), impulseIds: TIP_IMPULSES } }]));

    it('records the receipt today', () =>
      spec
        .given(tip(sent))
        .when({ type: 'RecordTipReceipt', data: { tipId: TIP_ID, avDiaryNumber: '2025/1' } }, inspector)
        .then([{ type: 'TipReceived', data: { tipId: TIP_ID, receivedOn: today(), avDiaryNumber: '2025/1' } }]));

    it('records the outcome today', () =>
      spec
        .given(tip(received))
        .when({ type: 'RecordIndirectUse', data: { tipId: TIP_ID, note: 'Planering' } }, inspector)
        .then([{ type: 'IndirectUseRecorded', data: { tipId: TIP_ID, note: 'Planering', decidedOn: today() } }]));
  });

  it('refuses a stale revision, saying which it found', () =>
    spec
      .given(tip(sent))
      .when({ type: 'RecordTipReceipt', data: { tipId: TIP_ID } }, inspector, { expectedRevision: 0 })
      .thenThrows('CONFLICT', { details: { expected: 0, actual: 1 } }));
});
