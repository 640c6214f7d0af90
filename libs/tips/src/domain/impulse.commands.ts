import { Command } from '@samverkan/core/domain';
import { ImpulseReported } from './impulse.events';
import { IsoDate } from './tips.model';

/** An FK employee reports an impulse about an employer (never about the sick-listed person). */
export type ReportImpulse = Command<'ReportImpulse', ImpulseReported['data']>;

/** A collaboration officer dismisses an open impulse; `reason` (the command's) is required. */
export type DismissImpulse = Command<'DismissImpulse', { impulseId: string; dismissedOn: IsoDate }>;

/**
 * The impulse joins a tip. The tip's employer travels in the command (it never changes once the
 * tip exists) so the impulse can check it is about the same employer.
 */
export type JoinTip = Command<'JoinTip', { impulseId: string; tipId: string; tipEmployer: string }>;

/** The impulse leaves the tip it joined: removed from a draft tip, or released when bundling failed. */
export type LeaveTip = Command<'LeaveTip', { impulseId: string; tipId: string; why: string }>;

export type ImpulseCommand = ReportImpulse | DismissImpulse | JoinTip | LeaveTip;
