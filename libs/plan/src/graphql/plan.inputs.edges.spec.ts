import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './plan.inputs';

/** Every length, bound and size the plan module's GraphQL inputs declare, at the edge and just past it. */
describe('The plan module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
