import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './knowledge.inputs';

/** Every length, bound and size the knowledge module's GraphQL inputs declare, at the edge and just past it. */
describe('The knowledge module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
