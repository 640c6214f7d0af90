import { CommandIn } from '@samverkan/core/domain';
import { ImpulseEvent } from './impulse.events';
import { IsoDate } from './tips.model';

export interface ImpulseCommands {
  /** An FK employee reports an impulse about an employer (never about the sick-listed person). */
  ReportImpulse: ImpulseEvent<'ImpulseReported'>['data'];
  /** A collaboration officer dismisses an open impulse; `reason` (the command's) is required. */
  DismissImpulse: { impulseId: string; dismissedOn: IsoDate };
  /**
   * The impulse joins a tip. The tip's employer travels in the command (it never changes once the
   * tip exists) so the impulse can check it is about the same employer.
   */
  JoinTip: { impulseId: string; tipId: string; tipEmployer: string };
  /** The impulse leaves the tip it joined: removed from a draft tip, or released when bundling failed. */
  LeaveTip: { impulseId: string; tipId: string; why: string };
}

export type ImpulseCommand<T extends keyof ImpulseCommands = keyof ImpulseCommands> = CommandIn<ImpulseCommands, T>;
