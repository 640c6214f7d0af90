import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './tips.inputs';

/** Every length, bound and size the tips' GraphQL inputs declare, at the edge and just past it. */
describe('The tips’ input limits, from both sides', () => {
  describeInputEdges(inputs);
});
