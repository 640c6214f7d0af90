import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideImpulse } from './impulse.decide';
import { evolveImpulse } from './impulse.state';

export const impulseStream = streamOfCategory('impulse');

export const impulseDecider = entityDecider(
  evolveImpulse,
  decideImpulse,
  { ReportImpulse: stated('reportedOn'), DismissImpulse: stated('dismissedOn'), JoinTip: handled, LeaveTip: handled },
  'none',
);
