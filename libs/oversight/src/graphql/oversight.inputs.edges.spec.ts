import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './oversight.inputs';

/** Every length, bound and size the oversight module's GraphQL inputs declare, at the edge and just past it. */
describe('The oversight module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
