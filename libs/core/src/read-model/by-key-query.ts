import { Query } from '@nestjs/cqrs';

/**
 * A read-model query by one value (a year, a forum's id): the many such queries differ only in
 * their result, so each is `class XQuery extends ByKeyQuery<K, Result> {}`, sent as `new XQuery(key)`.
 */
export abstract class ByKeyQuery<K, T> extends Query<T> {
  constructor(readonly key: K) {
    super();
  }
}
