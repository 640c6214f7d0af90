import { CommandIn } from '@samverkan/core/domain';
import { DirectAction, Employer, IsoDate, NoActionReason } from './tips.model';

export interface TipCommands {
  /**
   * A collaboration officer compiles a tip about one employer from impulses that have already
   * joined it (the application joins them first, impulse by impulse). Region and industry come
   * from the first impulse.
   */
  CompileTip: {
    tipId: string;
    employer: Employer;
    region: string;
    industry: string;
    impulseIds: string[];
    /** The impulses' employers, by impulse id, so the tip can refuse another employer's impulse. */
    impulseEmployers: Record<string, string>;
    summary: string;
  };
  /** Adds an impulse (already joined) to a tip that has not been sent. */
  AddImpulseToTip: { tipId: string; impulseId: string; impulseEmployer: string };
  /** Removes an impulse from a tip that has not been sent; the last impulse cannot be removed. */
  RemoveImpulseFromTip: { tipId: string; impulseId: string };
  /** The officer sends the tip to AV. */
  SendTip: { tipId: string; sentOn: IsoDate };
  /** AV registers the tip it received, with its own diary number when it has one. */
  RecordTipReceipt: { tipId: string; receivedOn: IsoDate; avDiaryNumber?: string };
  /** AV took a direct action on the tip. Several may follow one tip (an inspection, then a requirement). */
  RecordDirectAction: { tipId: string; action: DirectAction; note?: string; decidedOn: IsoDate };
  /** AV used the tip indirectly, e.g. to plan coming inspections. At most once per tip. */
  RecordIndirectUse: { tipId: string; note?: string; decidedOn: IsoDate };
  /** AV decided to take no action; a reason code for the funnel and the command's `reason` are required. */
  RecordNoAction: { tipId: string; reasonCode: NoActionReason; decidedOn: IsoDate };
}

export type TipCommand<T extends keyof TipCommands = keyof TipCommands> = CommandIn<TipCommands, T>;
