import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CommandContext, CommandPipeline, CommandResult, ENVIRONMENT, Environment, InputValidationError, NotFoundError,
} from '@samverkan/core';
import {
  ForumCommand, JointActionCommand, MeetingCommand, forumDecider, forumStream, jointActionDecider, jointActionStream,
  meetingDecider, meetingStream,
} from '../domain';
import { assertMayActOn, ForumAccess } from './forum-access';

/** A command on a forum itself: founding, capacity, members and their representatives. */
export class RunForumCommand {
  constructor(
    readonly command: ForumCommand,
    readonly context: CommandContext,
    readonly access: ForumAccess,
  ) {}
}

@CommandHandler(RunForumCommand)
export class RunForumCommandHandler implements ICommandHandler<RunForumCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  execute({ command, context, access }: RunForumCommand): Promise<CommandResult> {
    assertMayActOn(access, command.data.forumId);
    // The region list is configuration, not a domain rule: checked here, as an input error.
    if (command.type === 'EstablishForum' && !this.env.REGIONS.includes(command.data.region)) {
      throw new InputValidationError([{ field: 'region', messages: ['must be one of the configured regions (see the `regions` query)'] }]);
    }
    return this.pipeline.execute(forumStream(command.data.forumId), forumDecider, command, context);
  }
}

/**
 * A command on a meeting. The forum it belongs to is read first: planning needs the forum to
 * exist, attendance needs its member list, and every command needs to know whose forum it is.
 */
export class RunMeetingCommand {
  constructor(
    readonly command: MeetingCommand,
    readonly context: CommandContext,
    readonly access: ForumAccess,
  ) {}
}

@CommandHandler(RunMeetingCommand)
export class RunMeetingCommandHandler implements ICommandHandler<RunMeetingCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ command, context, access }: RunMeetingCommand): Promise<CommandResult> {
    const forumId = command.type === 'PlanMeeting' ? command.data.forumId : await this.forumOfMeeting(command.data.meetingId);
    assertMayActOn(access, forumId);
    let decided: MeetingCommand = command;
    if (command.type === 'PlanMeeting' || command.type === 'RecordAttendance') {
      const forum = await this.pipeline.load(forumStream(forumId), forumDecider);
      if (forum.state.status === 'NONE') throw new NotFoundError('Forum', forumId);
      if (command.type === 'RecordAttendance') {
        decided = { ...command, data: { ...command.data, memberOrganisationNumbers: Object.keys(forum.state.members) } };
      }
    }
    return this.pipeline.execute(meetingStream(command.data.meetingId), meetingDecider, decided, context);
  }

  private async forumOfMeeting(meetingId: string): Promise<string> {
    const meeting = await this.pipeline.load(meetingStream(meetingId), meetingDecider);
    if (meeting.state.status === 'NONE') throw new NotFoundError('Meeting', meetingId);
    return meeting.state.forumId;
  }
}

/** A command on a joint action; agreeing one reads the meeting it is agreed at. */
export class RunJointActionCommand {
  constructor(
    readonly command: JointActionCommand,
    readonly context: CommandContext,
    readonly access: ForumAccess,
  ) {}
}

@CommandHandler(RunJointActionCommand)
export class RunJointActionCommandHandler implements ICommandHandler<RunJointActionCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ command, context, access }: RunJointActionCommand): Promise<CommandResult> {
    let decided: JointActionCommand = command;
    if (command.type === 'AgreeJointAction') {
      const meeting = await this.pipeline.load(meetingStream(command.data.meeting.meetingId), meetingDecider);
      if (meeting.state.status === 'NONE') throw new NotFoundError('Meeting', command.data.meeting.meetingId);
      const { forumId, status } = meeting.state;
      assertMayActOn(access, forumId);
      decided = {
        ...command,
        data: {
          ...command.data,
          forumId: command.data.forumId || forumId,
          meeting: { meetingId: command.data.meeting.meetingId, forumId, status, heldOn: meeting.state.heldOn ?? undefined },
        },
      };
    } else {
      const action = await this.pipeline.load(jointActionStream(command.data.jointActionId), jointActionDecider);
      if (action.state.status === 'NONE') throw new NotFoundError('JointAction', command.data.jointActionId);
      assertMayActOn(access, action.state.forumId);
    }
    return this.pipeline.execute(jointActionStream(command.data.jointActionId), jointActionDecider, decided, context);
  }
}

export const forumsCommandHandlers = [RunForumCommandHandler, RunMeetingCommandHandler, RunJointActionCommandHandler];
