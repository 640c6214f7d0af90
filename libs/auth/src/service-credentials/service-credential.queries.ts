import { ByIdsQuery, PageQuery, readModelQueryHandler, Versioned } from '@samverkan/core';
import {
  getServiceCredentials,
  listServiceCredentials,
  ServiceCredentialDoc,
} from './read-model/service-credentials.projection';

export class GetServiceCredentialsQuery extends ByIdsQuery<Versioned<ServiceCredentialDoc>[]> {}
export class ListServiceCredentialsQuery extends PageQuery<object, Versioned<ServiceCredentialDoc>[]> {}

export const serviceCredentialQueryHandlers = [
  readModelQueryHandler(GetServiceCredentialsQuery, ({ ids }, { db }) => getServiceCredentials(db, ids)),
  readModelQueryHandler(ListServiceCredentialsQuery, (page, { db }) => listServiceCredentials(db, page)),
];
