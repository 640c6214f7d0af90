import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { OpenForm } from '../../forms/open-forms';
import { actionCommands } from './action-commands';
import { EntitySection } from './EntitySection';
import { CommandBar } from './ForumCommands';
import type { Forum } from './ForumRoom';
import { HistoryLink } from '../../app/HistoryLink';
import { ACTION_STATUS, T } from './texts';
import { EntityCard } from '../../app/EntityCard';
import { HeadedList } from '../../app/HeadedList';

/** The joint actions agreed at the forum's meetings, newest first, each followed to done or dropped. */
export function JointActionsSection({ forum, forms }: { forum: Forum; forms: OpenForm }) {
  const meetingTitle = (id: string) => forum.meetings.find((m) => m.id === id)?.title ?? id;
  return (
    <EntitySection
      id="actions-heading"
      title={T.actionsHeading}
      empty={forum.jointActions.length ? null : T.noActions}
      testid="joint-actions"
    >
      {forum.jointActions.map((action) => (
        <li key={action.id}>
          <EntityCard
            testid="joint-action"
            marks={{ 'data-action': action.id, 'data-status': action.status }}
            title={action.title}
            status={{
              label: ACTION_STATUS[action.status] ?? action.status,
              color: action.status === 'DONE' ? 'success' : 'info',
            }}
            line={
              <>
                {action.overdue ? <Tag data-color="warning">{T.overdue}</Tag> : null}{' '}
                {T.agreedAt(meetingTitle(action.meetingId), action.agreedOn)}
              </>
            }
          >
            <Paragraph data-size="sm">{action.description}</Paragraph>
            <dl className="facts">
              <dt>{T.owner}</dt>
              <dd>{[action.owner.name, action.owner.organisation].filter(Boolean).join(', ')}</dd>
              <dt>{T.due}</dt>
              <dd data-testid="due-date">{action.dueDate}</dd>
              <dt>{T.why}</dt>
              <dd>{action.agreedReason ?? '–'}</dd>
            </dl>
            <HeadedList heading={T.progress} level={4} items={action.progress} testid="progress">
              {(p) => `${p.recordedOn}: ${p.note}`}
            </HeadedList>
            {action.doneOn ? <Paragraph data-size="sm">{T.doneOn(action.doneOn)}</Paragraph> : null}
            {action.droppedOn ? (
              <Paragraph data-size="sm">{T.dropped(action.droppedOn, action.dropReason ?? '')}</Paragraph>
            ) : null}
            <CommandBar
              commands={actionCommands(action, forms)}
              forms={forms}
              mayAct={forum.mayAct}
              entity={action.id}
            />
            <HistoryLink stream={`jointAction-${action.id}`} label={T.timelineLink} testid="action-timeline-link" />
          </EntityCard>
        </li>
      ))}
    </EntitySection>
  );
}
