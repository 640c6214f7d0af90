import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Actor, CommandContext, CommandPipeline, CommandResult, ForbiddenError } from '@samverkan/core';
import { meetingDecider as forumMeetingDecider, meetingStream as forumMeetingStream } from '@samverkan/forums';
import {
  CitedGroupMeeting, GroupCommand, groupDecider, groupStream, ItemCommand, itemDecider, itemStream, NATIONAL_GROUP_ID,
  PresentedAtForumMeeting,
} from '../domain';

/** A command on the national group: members over time and its meetings. */
export class RunGroupCommand {
  constructor(
    readonly command: GroupCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunGroupCommand)
export class RunGroupCommandHandler implements ICommandHandler<RunGroupCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, context }: RunGroupCommand): Promise<CommandResult> {
    return this.pipeline.execute(groupStream(command.data.groupId), groupDecider, command, context);
  }
}

/** Who records a presentation: a forum coordinator only for the forums named in their token. */
export interface PresentationAccess {
  actor: Actor;
  forums: string[];
}

/**
 * A command on a knowledge item. Proposing reads the group's members; a review reads the group
 * meeting it cites; a presentation reads the forum meeting from the forums module's stream.
 */
export class RunItemCommand {
  constructor(
    readonly command: ItemCommand,
    readonly context: CommandContext,
    readonly access?: PresentationAccess,
  ) {}
}

@CommandHandler(RunItemCommand)
export class RunItemCommandHandler implements ICommandHandler<RunItemCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ command, context, access }: RunItemCommand): Promise<CommandResult> {
    let decided: ItemCommand = command;
    if (command.type === 'ProposeItem' || command.type === 'ReviewItem') {
      const { state } = await this.pipeline.load(groupStream(NATIONAL_GROUP_ID), groupDecider);
      if (command.type === 'ProposeItem') {
        const memberCodes = state.status === 'NONE' ? [] : Object.keys(state.members);
        decided = { ...command, data: { ...command.data, memberCodes } };
      } else {
        const meeting = state.status === 'NONE' ? undefined : state.meetings[command.data.meeting.meetingId];
        const cited: CitedGroupMeeting = meeting
          ? { meetingId: command.data.meeting.meetingId, status: meeting.status, ...(meeting.heldOn ? { heldOn: meeting.heldOn } : {}) }
          : { meetingId: command.data.meeting.meetingId, status: 'NONE' };
        decided = { ...command, data: { ...command.data, meeting: cited } };
      }
    }
    if (command.type === 'RecordPresentation') {
      const forumMeeting = await this.forumMeeting(command.data.forumMeeting.meetingId);
      if (access && access.actor.role === 'FORUM_COORDINATOR' && forumMeeting.exists && !access.forums.includes(forumMeeting.forumId)) {
        throw new ForbiddenError(['FORUM_COORDINATOR'], access.actor.role, `Only a coordinator of forum ${forumMeeting.forumId} records presentations there`);
      }
      decided = { ...command, data: { ...command.data, forumMeeting } };
    }
    return this.pipeline.execute(itemStream(command.data.itemId), itemDecider, decided, context);
  }

  private async forumMeeting(meetingId: string): Promise<PresentedAtForumMeeting> {
    const { state } = await this.pipeline.load(forumMeetingStream(meetingId), forumMeetingDecider);
    if (state.status === 'NONE') return { meetingId, exists: false, forumId: '', status: 'NONE', date: '' };
    return { meetingId, exists: true, forumId: state.forumId, status: state.status, date: state.heldOn ?? state.date };
  }
}

export const knowledgeCommandHandlers = [RunGroupCommandHandler, RunItemCommandHandler];
