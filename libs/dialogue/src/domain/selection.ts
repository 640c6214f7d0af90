import { entityDecider, handled, streamOfCategory } from '@samverkan/core/domain';
import { decideSelection } from './selection.decide';
import { evolveSelection } from './selection.state';

export { selectionIdFor } from './dialogue.guards';

/** One stream per area and year (id from `selectionIdFor`). */
export const selectionStream = streamOfCategory('employerSelection');

export const selectionDecider = entityDecider(evolveSelection, decideSelection, {
  SelectEmployer: handled,
  DeselectEmployer: handled,
});
