import { parse } from 'graphql';
import { AdoptPlanDocument, MyOperationsDocument, TimelineLiveDocument } from '../gql/graphql';
import { operationOf } from './can';

describe('operationOf: the role-matrix name of what a document calls', () => {
  it('names a command by its mutation field, not by the operation name', () => {
    expect(operationOf(AdoptPlanDocument)).toBe('Mutation.adoptCollaborationPlan');
  });

  it('names queries and subscriptions by their root type', () => {
    expect(operationOf(MyOperationsDocument)).toBe('Query.myOperations');
    expect(operationOf(TimelineLiveDocument)).toBe('Subscription.timelineAppended');
  });

  it('refuses a document with no operation, rather than gating a form on nothing', () => {
    expect(() => operationOf(parse('fragment F on Query { myOperations }') as any)).toThrow(/without an operation/);
  });
});
