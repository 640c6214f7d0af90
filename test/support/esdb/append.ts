import type { ServerDuplexStream, ServerReadableStream, sendUnaryData } from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as ProtobufEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import {
  AllStreamPosition,
  AccessDenied,
  BadRequest,
  Empty,
  MaximumAppendSizeExceeded,
  StreamDeleted,
  Timeout,
  UUID,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, ExpectedRevision, ProposedEvent } from './memory-log';
import { appendSize, type ServerContext } from './server-context';
import {
  accessDenied,
  invalidArgument,
  isError,
  maxAppendSizeExceeded,
  streamDeleted,
  streamIdentifier,
  streamName,
  timedOut,
  toProposedEvent,
  unauthenticated,
} from './wire';

/**
 * Streams.Append (client streaming: options, then one message per event) and Streams.BatchAppend
 * (bidirectional: any number of appends, each split in chunks sharing a correlation id, the last
 * with is_final). Both write when the append is complete, in one synchronous step, so concurrent
 * appends to a stream are serialised in the order they complete. Sources (oss-v23.10.1):
 * src/EventStore.Core/Services/Transport/Grpc/Streams.Append.cs, Streams.BatchAppend.cs, Status.cs,
 * RpcExceptions.cs; src/EventStore.Core/Services/RequestManager/Managers/RequestManagerBase.cs.
 *
 * - Size: the data bytes of the append so far (appendSize) are checked as messages arrive; over
 *   MaxAppendSize the append is refused and nothing is written.
 * - Deadline: BatchAppend takes the client's deadline as an absolute time (deadline_21_10_0) and
 *   subtracts the server's clock; at or below zero the append is refused as timed out unwritten.
 *   The classic Append carries a relative gRPC deadline, which a skewed clock cannot break.
 * - Timeout: the request manager answers "timed out" after WriteTimeoutMs when the write has not
 *   been indexed by then; the write stays in the log and commits later.
 * - A retry of a write that is not yet indexed (IdempotentNotReady) is dropped: no answer but the
 *   request manager's timeout.
 */

export function appendHandler(context: ServerContext) {
  return (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void => {
    let options: AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    let failed = false;
    const fail = (error: Parameters<sendUnaryData<AppendResp>>[0]): void => {
      if (failed) return;
      failed = true;
      callback(error);
    };
    const user = context.authenticate(call.metadata);
    if (user === 'refused') return fail(unauthenticated());
    if (!context.mayUseStreams(user)) return fail(accessDenied());
    call.on('data', (request: AppendReq) => {
      if (failed) return;
      if (options === undefined) {
        options = request.getOptions();
        if (options === undefined) fail(invalidArgument('The first AppendReq must carry options'));
        return;
      }
      const message = request.getProposedMessage();
      if (message === undefined) return fail(invalidArgument('Expected a proposed message'));
      const event = toProposedEvent(message);
      if (isError(event)) return fail(event);
      events.push(event);
      if (appendSize(events) > context.maxAppendSize) fail(maxAppendSizeExceeded(context.maxAppendSize));
    });
    call.on('end', () => {
      if (failed) return;
      const stream = streamName(options?.getStreamIdentifier());
      const expected = options && appendExpected(options);
      if (stream === undefined || expected === undefined) return fail(invalidArgument('Append options are incomplete'));
      const outcome = context.log.append(stream, expected, events);
      if (outcome.kind === 'stream_deleted') return fail(streamDeleted(stream));
      void answerOnce(context, outcome).then((answer) => {
        if (answer === 'timed_out') fail(timedOut('the write did not commit within WriteTimeoutMs'));
        else if (!failed) callback(null, appendResponse(answer, expected));
      });
    });
    // A cancelled call (client gone, server stopped) writes nothing.
    call.on('cancelled', () => (failed = true));
    call.on('error', () => (failed = true));
  };
}

interface PendingBatch {
  stream: string;
  expected: ExpectedRevision;
  events: ProposedEvent[];
}

export function batchAppendHandler(context: ServerContext) {
  return (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    const pending = new Map<string, PendingBatch>();
    const user = context.authenticate(call.metadata);
    const reply = (response: BatchAppendResp): void => {
      if (!call.cancelled && call.writable) call.write(response);
    };
    call.on('data', (request: BatchAppendReq) => {
      const correlation = request.getCorrelationId() ?? new UUID();
      const key = Buffer.from(correlation.serializeBinary()).toString('hex');
      const options = request.getOptions();
      if (options !== undefined) {
        const stream = streamName(options.getStreamIdentifier());
        const expected = batchExpected(options);
        if (user === 'refused' || !context.mayUseStreams(user)) {
          return reply(batchError(correlation, stream ?? '', accessDeniedStatus()));
        }
        if (stream === undefined || expected === undefined) {
          return reply(batchError(correlation, stream ?? '', badRequest('Append options are incomplete')));
        }
        // The deadline is the client's clock; the server subtracts its own.
        const deadline = options.getDeadline();
        const left = deadline === undefined ? Infinity : deadline.toDate().getTime() - context.now();
        if (Math.min(left, context.writeTimeoutMs) <= 0) return reply(batchError(correlation, stream, timeoutStatus()));
        if (!pending.has(key)) pending.set(key, { stream, expected, events: [] });
      }
      const append = pending.get(key);
      if (append === undefined) return; // chunks of an append already answered are dropped, as by the server
      for (const message of request.getProposedMessagesList()) {
        const event = toProposedEvent(message);
        if (isError(event)) {
          pending.delete(key);
          return reply(batchError(correlation, append.stream, badRequest(event.details ?? event.message)));
        }
        append.events.push(event);
      }
      if (appendSize(append.events) > context.maxAppendSize) {
        pending.delete(key);
        return reply(batchError(correlation, append.stream, maxAppendSizeStatus(context.maxAppendSize)));
      }
      if (!request.getIsFinal()) return;
      pending.delete(key);
      const outcome = context.log.append(append.stream, append.expected, append.events);
      if (outcome.kind === 'stream_deleted') {
        return reply(batchError(correlation, append.stream, streamDeletedStatus(append.stream)));
      }
      void answerOnce(context, outcome).then((answer) =>
        reply(
          answer === 'timed_out'
            ? batchError(correlation, append.stream, timeoutStatus())
            : batchResponse(correlation, append.stream, append.expected, answer),
        ),
      );
    });
    call.on('end', () => call.end());
    call.on('cancelled', () => pending.clear());
    call.on('error', () => pending.clear());
  };
}

/** The answer once the write is indexed, or 'timed_out' when WriteTimeoutMs passes first (or it was dropped). */
async function answerOnce(
  context: ServerContext,
  outcome: Exclude<AppendOutcome, { kind: 'stream_deleted' }>,
): Promise<Exclude<AppendOutcome, { kind: 'dropped' | 'stream_deleted' }> | 'timed_out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed_out'>((resolve) => {
    timer = setTimeout(() => resolve('timed_out'), context.writeTimeoutMs);
  });
  if (outcome.kind === 'dropped') return timeout;
  const indexed = outcome.kind === 'success' ? outcome.indexed.then(() => outcome) : Promise.resolve(outcome);
  try {
    return await Promise.race([indexed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function appendExpected(options: AppendReq.Options): ExpectedRevision | undefined {
  return expectedOf(options, options.hasRevision() ? options.getRevision() : undefined);
}

function batchExpected(options: BatchAppendReq.Options): ExpectedRevision | undefined {
  return expectedOf(options, options.hasStreamPosition() ? options.getStreamPosition() : undefined);
}

/** Both appends' options carry the same oneof; only the exact revision has another name in each. */
function expectedOf(
  options: { hasAny(): boolean; hasNoStream(): boolean; hasStreamExists(): boolean },
  revision: string | undefined,
): ExpectedRevision | undefined {
  if (options.hasAny()) return { kind: 'any' };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return revision === undefined ? undefined : { kind: 'revision', revision: BigInt(revision) };
}

/** A success reply of either append: its setters, each with the reply's own message types. */
interface SuccessReply<EmptyMessage, PositionMessage> {
  setNoStream(value: EmptyMessage): unknown;
  setCurrentRevision(value: string): unknown;
  setNoPosition(value: EmptyMessage): unknown;
  setPosition(value: PositionMessage): unknown;
}

/** Both appends report success alike: the stream's revision now (or no stream), and the position (or none). */
function reportSuccess<
  EmptyMessage,
  PositionMessage extends { setCommitPosition(value: string): unknown; setPreparePosition(value: string): unknown },
>(
  success: SuccessReply<NoInfer<EmptyMessage>, NoInfer<PositionMessage>>,
  outcome: Extract<AppendOutcome, { kind: 'success' }>,
  empty: () => EmptyMessage,
  position: PositionMessage,
): void {
  if (outcome.current === 'no_stream') success.setNoStream(empty());
  else success.setCurrentRevision(outcome.current.toString());
  if (outcome.position === undefined) {
    success.setNoPosition(empty());
    return;
  }
  const at = outcome.position.toString();
  position.setCommitPosition(at);
  position.setPreparePosition(at);
  success.setPosition(position);
}

/** The classic append reports a wrong expected version in the response body, not as a gRPC error. */
function appendResponse(
  outcome: Exclude<AppendOutcome, { kind: 'dropped' | 'stream_deleted' }>,
  expected: ExpectedRevision,
): AppendResp {
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success();
    reportSuccess(success, outcome, () => new Empty(), new AppendResp.Position());
    return new AppendResp().setSuccess(success);
  }
  // Both the current fields and their 20.6.0 twins, as the server fills them.
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new Empty()).setNoStream2060(new Empty());
  else wrong.setCurrentRevision(outcome.current.toString()).setCurrentRevision2060(Number(outcome.current));
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(new Empty()).setAny2060(new Empty());
      break;
    case 'stream_exists':
      wrong.setExpectedStreamExists(new Empty()).setStreamExists2060(new Empty());
      break;
    case 'no_stream':
      wrong.setExpectedNoStream(new Empty());
      break;
    case 'revision':
      wrong.setExpectedRevision(expected.revision.toString()).setExpectedRevision2060(Number(expected.revision));
      break;
  }
  return new AppendResp().setWrongExpectedVersion(wrong);
}

/** BatchAppend reports failures as a google.rpc.Status whose details the client unpacks by type name. */
function batchResponse(
  correlation: UUID,
  stream: string,
  expected: ExpectedRevision,
  outcome: Exclude<AppendOutcome, { kind: 'dropped' | 'stream_deleted' }>,
): BatchAppendResp {
  if (outcome.kind === 'wrong_expected_version') {
    const details = new WrongExpectedVersion();
    if (outcome.current === 'no_stream') details.setCurrentNoStream(new ProtobufEmpty());
    else details.setCurrentStreamRevision(outcome.current.toString());
    switch (expected.kind) {
      case 'any':
        details.setExpectedAny(new ProtobufEmpty());
        break;
      case 'stream_exists':
        details.setExpectedStreamExists(new ProtobufEmpty());
        break;
      case 'no_stream':
        details.setExpectedNoStream(new ProtobufEmpty());
        break;
      case 'revision':
        details.setExpectedStreamPosition(expected.revision.toString());
        break;
    }
    return batchError(correlation, stream, errorStatus(Code.ALREADY_EXISTS, 'WrongExpectedVersion', details));
  }
  const success = new BatchAppendResp.Success();
  reportSuccess(success, outcome, () => new ProtobufEmpty(), new AllStreamPosition());
  return new BatchAppendResp()
    .setCorrelationId(correlation)
    .setStreamIdentifier(streamIdentifier(stream))
    .setSuccess(success);
}

function batchError(correlation: UUID, stream: string, error: Status): BatchAppendResp {
  return new BatchAppendResp()
    .setCorrelationId(correlation)
    .setStreamIdentifier(streamIdentifier(stream))
    .setError(error);
}

function badRequest(message: string): Status {
  return errorStatus(Code.INVALID_ARGUMENT, 'BadRequest', new BadRequest().setMessage(message), message);
}

/**
 * A google.rpc.Status as the server sends a refusal: its code, a message (the detail's name unless
 * given) and the detail, packed as `event_store.client.<name>`, from which the client makes its error.
 */
function errorStatus(
  code: Code,
  detailName: string,
  detail: { serializeBinary(): Uint8Array },
  message: string = detailName,
): Status {
  const any = new Any();
  any.pack(detail.serializeBinary(), `event_store.client.${detailName}`);
  return new Status().setCode(code).setMessage(message).setDetails(any);
}

function timeoutStatus(): Status {
  return errorStatus(Code.DEADLINE_EXCEEDED, 'Timeout', new Timeout());
}

function accessDeniedStatus(): Status {
  return errorStatus(Code.PERMISSION_DENIED, 'AccessDenied', new AccessDenied());
}

function maxAppendSizeStatus(maxAppendSize: number): Status {
  return errorStatus(
    Code.INVALID_ARGUMENT,
    'MaximumAppendSizeExceeded',
    new MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize),
  );
}

function streamDeletedStatus(stream: string): Status {
  return errorStatus(
    Code.NOT_FOUND,
    'StreamDeleted',
    new StreamDeleted().setStreamIdentifier(streamIdentifier(stream)),
  );
}
