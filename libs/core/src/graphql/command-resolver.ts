import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandPipeline } from '../nest/command-pipeline.service';
import { PersonDirectory } from '../personal-data/person-directory';

/**
 * What the resolver of an aggregate's commands works with: the pipeline its requests go through,
 * the query bus it reads the changed entity back from for the payload, and the person directory
 * that gives the names people's ids stand for.
 */
@Injectable()
export abstract class CommandResolver {
  constructor(
    protected readonly pipeline: CommandPipeline,
    protected readonly queries: QueryBus,
    protected readonly persons: PersonDirectory,
  ) {}
}
