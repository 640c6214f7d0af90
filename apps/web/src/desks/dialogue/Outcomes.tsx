import { CommandForm } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import { RecordDialogueFollowUpDocument } from '../../gql/graphql';
import { meetingFormProps } from './form-props';
import { ListedCommand } from './ListedCommand';
import type { Meeting } from './MeetingPage';
import { T } from './texts';
import { Section } from '../../app/DeskPage';
import { EntityCard } from '../../app/EntityCard';

const F = T.fields;

/** The meeting's outcomes, each with its follow-ups and the form that records the next one. */
export function Outcomes({ meeting, forms }: { meeting: Meeting; forms: OpenForm }) {
  return (
    <Section id="outcomes-heading" heading={T.outcomesHeading} none={!meeting.outcomes.length ? T.noOutcomes : null}>
      <ul className="outcomes" data-testid="outcomes">
        {meeting.outcomes.map((outcome) => {
          const name = `followUp-${outcome.outcomeId}`;
          return (
            <li key={outcome.outcomeId}>
              <EntityCard
                testid="outcome"
                marks={{ 'data-outcome': outcome.outcomeId, 'data-done': outcome.done }}
                title={outcome.description}
                status={
                  outcome.done ? { label: T.outcomeDone, color: 'success' } : { label: T.outcomeOpen, color: 'info' }
                }
                line={T.outcomeMeta(outcome.recordedOn, outcome.followUpBy ?? null)}
              >
                {outcome.followUps.length ? (
                  <ol data-testid="follow-ups">
                    {outcome.followUps.map((f, i) => (
                      <li key={i}>{T.followUpLine(f.followedUpOn, f.note, f.done)}</li>
                    ))}
                  </ol>
                ) : null}
                <ListedCommand
                  name={name}
                  label={T.commands.followUp}
                  mutation={RecordDialogueFollowUpDocument}
                  forms={forms}
                >
                  <CommandForm
                    {...meetingFormProps(meeting, forms)}
                    title={`${T.commands.followUp}: ${outcome.description}`}
                    testid="form-followUp"
                    submitLabel={T.commands.followUp}
                    mutation={RecordDialogueFollowUpDocument}
                    defaults={{ done: 'no' }}
                    fields={[
                      { name: 'note', label: F.note, kind: 'textarea', required: true },
                      {
                        name: 'done',
                        label: F.done,
                        kind: 'select',
                        required: true,
                        options: [
                          { value: 'yes', label: F.doneYes },
                          { value: 'no', label: F.doneNo },
                        ],
                      },
                      { name: 'followedUpOn', label: F.followedUpOn, help: F.recordedOnHelp, kind: 'date' },
                    ]}
                    toInput={(v) => ({
                      meetingId: meeting.id,
                      outcomeId: outcome.outcomeId,
                      note: v.note.trim(),
                      done: v.done === 'yes',
                      ...(v.followedUpOn ? { followedUpOn: v.followedUpOn } : {}),
                    })}
                  />
                </ListedCommand>
              </EntityCard>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
