import { Metadata, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { DeleteReq, DeleteResp, TombstoneReq, TombstoneResp } from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, ExpectedRevision } from './memory-log';
import type { ServerContext } from './server-context';
import { accessDenied, invalidArgument, streamDeleted, streamName, unauthenticated } from './wire';

/**
 * Streams.Delete (a soft delete) and Streams.Tombstone (a hard one). Sources (oss-v23.10.1):
 * src/EventStore.Core/Services/Transport/Grpc/Streams.Delete.cs, Streams.Tombstone.cs,
 * RpcExceptions.cs (WrongExpectedVersion, StreamDeleted).
 */

type Options = DeleteReq.Options | TombstoneReq.Options;

export function deleteHandler(context: ServerContext) {
  return (call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>): void =>
    handle(context, call.metadata, call.request.getOptions(), callback, 'soft', () => new DeleteResp());
}

export function tombstoneHandler(context: ServerContext) {
  return (call: ServerUnaryCall<TombstoneReq, TombstoneResp>, callback: sendUnaryData<TombstoneResp>): void =>
    handle(context, call.metadata, call.request.getOptions(), callback, 'hard', () => new TombstoneResp());
}

function handle<Resp extends DeleteResp | TombstoneResp>(
  context: ServerContext,
  metadata: Metadata,
  options: Options | undefined,
  callback: sendUnaryData<Resp>,
  kind: 'soft' | 'hard',
  response: () => Resp,
): void {
  const user = context.authenticate(metadata);
  if (user === 'refused') return callback(unauthenticated());
  if (!context.mayUseStreams(user)) return callback(accessDenied());
  const stream = streamName(options?.getStreamIdentifier());
  const expected = options && expectedOf(options);
  if (stream === undefined || expected === undefined) return callback(invalidArgument('Delete options are incomplete'));
  const outcome = kind === 'soft' ? context.log.softDelete(stream, expected) : context.log.tombstone(stream, expected);
  if (outcome.kind === 'stream_deleted') return callback(streamDeleted(stream));
  if (outcome.kind === 'wrong_expected_version') return callback(wrongExpectedVersion(stream, expected, outcome));
  if (outcome.kind !== 'success') return callback(invalidArgument('Unexpected delete outcome'));
  const reply = response();
  if (outcome.position === undefined) reply.setNoPosition(new Empty());
  else {
    const at = outcome.position.toString();
    // DeleteResp.Position and TombstoneResp.Position have the same two fields.
    const position = reply instanceof DeleteResp ? new DeleteResp.Position() : new TombstoneResp.Position();
    position.setCommitPosition(at).setPreparePosition(at);
    (reply as DeleteResp).setPosition(position as DeleteResp.Position);
  }
  void outcome.indexed.then(() => callback(null, reply));
}

function expectedOf(options: Options): ExpectedRevision | undefined {
  if (options.hasAny()) return { kind: 'any' };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return options.hasRevision() ? { kind: 'revision', revision: BigInt(options.getRevision()) } : undefined;
}

/** RpcExceptions.WrongExpectedVersion: the versions travel in the trailers. */
function wrongExpectedVersion(
  stream: string,
  expected: ExpectedRevision,
  outcome: Extract<AppendOutcome, { kind: 'wrong_expected_version' }>,
) {
  const metadata = new Metadata();
  metadata.set('exception', 'wrong-expected-version');
  metadata.set('stream-name', stream);
  metadata.set('expected-version', expected.kind === 'revision' ? expected.revision.toString() : '-1');
  if (outcome.current !== 'no_stream') metadata.set('actual-version', outcome.current.toString());
  const details = `Wrong expected version for ${stream}`;
  return Object.assign(new Error(details), { code: status.FAILED_PRECONDITION, details, metadata });
}
