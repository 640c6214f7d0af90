import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './momentum.inputs';

/** Every length, bound and size the momentum module's GraphQL inputs declare, at the edge and just past it. */
describe('The momentum module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
