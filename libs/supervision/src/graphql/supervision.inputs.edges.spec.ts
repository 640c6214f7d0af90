import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './supervision.inputs';

/** Every length, bound and size the supervision module's GraphQL inputs declare, at the edge and just past it. */
describe('The supervision module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
