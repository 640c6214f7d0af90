import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideTip } from './tip.decide';
import { evolveTip } from './tip.state';

export const tipStream = streamOfCategory('tip');

export const tipDecider = entityDecider(
  evolveTip,
  decideTip,
  {
    CompileTip: handled,
    AddImpulseToTip: handled,
    RemoveImpulseFromTip: handled,
    SendTip: stated('sentOn'),
    RecordTipReceipt: stated('receivedOn'),
    RecordDirectAction: stated('decidedOn'),
    RecordIndirectUse: stated('decidedOn'),
    RecordNoAction: stated('decidedOn'),
  },
  'none',
);
