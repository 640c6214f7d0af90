import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './forums.inputs';

/** Every length, bound and size the forums module's GraphQL inputs declare, at the edge and just past it. */
describe('The forums module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
