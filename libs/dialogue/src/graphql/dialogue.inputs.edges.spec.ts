import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import * as inputs from './dialogue.inputs';

/** Every length, bound and size the dialogue module's GraphQL inputs declare, at the edge and just past it. */
describe('The dialogue module’s input limits, from both sides', () => {
  describeInputEdges(inputs);
});
