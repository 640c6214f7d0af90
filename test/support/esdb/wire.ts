import { Metadata, status, type ServerErrorResponse } from '@grpc/grpc-js';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { ProposedEvent, StoredEvent } from './memory-log';

/** Conversions between the protobuf messages of the client package and the in-memory log. */

const JSON_CONTENT_TYPE = 'application/json';
const BINARY_CONTENT_TYPE = 'application/octet-stream';

export function streamName(identifier: StreamIdentifier | undefined): string | undefined {
  return identifier === undefined ? undefined : Buffer.from(identifier.getStreamName_asU8()).toString('utf8');
}

export function streamIdentifier(name: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));
}

/** Reads either UUID form; the structured one is the .NET client's (two big-endian signed int64s). */
export function parseUuid(uuid: UUID | undefined): string | undefined {
  if (uuid === undefined) return undefined;
  if (uuid.hasStructured()) {
    const structured = uuid.getStructured();
    if (structured === undefined) return undefined;
    const bytes = Buffer.alloc(16);
    bytes.writeBigInt64BE(BigInt(structured.getMostSignificantBits()), 0);
    bytes.writeBigInt64BE(BigInt(structured.getLeastSignificantBits()), 8);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const text = uuid.getString().toLowerCase();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text) ? text : undefined;
}

/** Answers in the form the reader asked for (ReadReq.Options.uuid_option). */
export function toUuid(id: string, structured: boolean): UUID {
  const uuid = new UUID();
  if (!structured) return uuid.setString(id);
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  return uuid.setStructured(
    new UUID.Structured()
      .setMostSignificantBits(bytes.readBigInt64BE(0).toString())
      .setLeastSignificantBits(bytes.readBigInt64BE(8).toString()),
  );
}

/** The proposed-message shape shared by AppendReq and BatchAppendReq. */
interface ProposedMessage {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** Validates a proposed message as the server does; a failure is the gRPC error to answer with. */
export function toProposedEvent(message: ProposedMessage): ProposedEvent | ServerErrorResponse {
  const id = parseUuid(message.getId());
  if (id === undefined) return invalidArgument('Proposed message has no valid id');
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  if (type === undefined) return missingMetadata('type');
  const contentType = metadata.get('content-type');
  if (contentType === undefined) return missingMetadata('content-type');
  return {
    id,
    type,
    // The server keeps only "is JSON"; any other content type reads back as octet-stream.
    isJson: contentType === JSON_CONTENT_TYPE,
    data: Uint8Array.from(message.getData_asU8()),
    metadata: Uint8Array.from(message.getCustomMetadata_asU8()),
  };
}

export function isError(value: ProposedEvent | ServerErrorResponse): value is ServerErrorResponse {
  return value instanceof Error;
}

/** A read or subscription event; the position is set on stream reads too (self-committed events). */
export function eventResponse(event: StoredEvent, structuredIds: boolean): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(toUuid(event.id, structuredIds))
    .setStreamIdentifier(streamIdentifier(event.stream))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.position.toString())
    .setPreparePosition(event.position.toString())
    .setData(event.data)
    .setCustomMetadata(event.metadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('created', event.created.toString())
    .set('content-type', event.isJson ? JSON_CONTENT_TYPE : BINARY_CONTENT_TYPE);
  const read = new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(event.position.toString());
  return new ReadResp().setEvent(read);
}

export function invalidArgument(details: string): ServerErrorResponse {
  return serviceError(status.INVALID_ARGUMENT, details);
}

export function unimplemented(details: string): ServerErrorResponse {
  return serviceError(status.UNIMPLEMENTED, details);
}

/** RpcExceptions.AccessDenied: the client maps the "exception" trailer to AccessDeniedError. */
export function accessDenied(): ServerErrorResponse {
  return serviceError(status.PERMISSION_DENIED, 'Access Denied', exception('access-denied'));
}

/** Bad credentials fail authentication before any handler runs. */
export function unauthenticated(): ServerErrorResponse {
  return serviceError(status.UNAUTHENTICATED, 'Bad username or password');
}

export function maxAppendSizeExceeded(maxAppendSize: number): ServerErrorResponse {
  const metadata = exception('maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(maxAppendSize));
  return serviceError(status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, metadata);
}

export function streamDeleted(stream: string): ServerErrorResponse {
  const metadata = exception('stream-deleted');
  metadata.set('stream-name', stream);
  return serviceError(status.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, metadata);
}

/** RpcExceptions.Timeout: ABORTED, which the client reports as TimeoutError. */
export function timedOut(message: string): ServerErrorResponse {
  return serviceError(status.ABORTED, `Operation timed out: ${message}`);
}

function exception(type: string): Metadata {
  const metadata = new Metadata();
  metadata.set('exception', type);
  return metadata;
}

/** The client maps the "exception" trailer, not the status code, to its error classes. */
function missingMetadata(property: string): ServerErrorResponse {
  const metadata = new Metadata();
  metadata.set('exception', 'missing-required-metadata-property');
  metadata.set('required-metadata-properties', property);
  return serviceError(status.INVALID_ARGUMENT, `Required metadata property missing: ${property}`, metadata);
}

function serviceError(code: status, details: string, metadata = new Metadata()): ServerErrorResponse {
  return Object.assign(new Error(details), { code, details, metadata });
}
