import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { checkedValues } from '../../forms/fields/checked-values';
import type { OpenForm } from '../../forms/open-forms';
import {
  CancelGroupMeetingDocument,
  HoldGroupMeetingDocument,
  KnowledgeGroupDocumentFragment,
  PlanGroupMeetingDocument,
} from '../../gql/graphql';
import { givenDay, PLAN_MEETING_FIELDS, planMeetingInput, presentOptions, REASON_FIELD } from './knowledge-fields';
import { EntryButton, entryForm, KnowledgeCommand, KnowledgeForm } from './KnowledgeForm';
import { MEETING_STATUS, T } from './texts';
import { Section } from '../../app/DeskPage';

type Group = KnowledgeGroupDocumentFragment;

/** The group's meetings in date order, each term's tally, planning one, and holding or cancelling a planned one. */
export function GroupMeetings({ group, forms }: { group: Group; forms: OpenForm }) {
  const year = new Date().getFullYear();
  return (
    <Section id="meetings-heading" heading={T.meetingsHeading}>
      {group.terms.length ? (
        <ul data-testid="group-terms" aria-label={T.termsHeading}>
          {group.terms.map((t) => (
            <li key={`${t.year}-${t.term}`}>{T.termTally(t.term, t.year, t.held, t.expected)}</li>
          ))}
        </ul>
      ) : null}
      {!group.meetings.length ? <Paragraph>{T.noMeetings}</Paragraph> : null}
      <ul className="activities">
        {group.meetings.map((m) => (
          <li key={m.id}>
            <Card data-testid="group-meeting" data-meeting={m.id} data-status={m.status}>
              <Heading level={3} data-size="xs">
                {T.meetingTitle(m.term, m.year, m.heldOn ?? m.date)}
              </Heading>
              <Paragraph data-size="sm">
                <Tag data-color={m.status === 'HELD' ? 'success' : 'info'}>{MEETING_STATUS[m.status]}</Tag>
              </Paragraph>
              <dl className="facts">
                {m.agenda.length ? (
                  <>
                    <dt>{T.agenda}</dt>
                    <dd>{m.agenda.join('; ')}</dd>
                  </>
                ) : null}
                {m.present.length ? (
                  <>
                    <dt>{T.present}</dt>
                    <dd data-testid="meeting-present">{m.present.join(', ')}</dd>
                  </>
                ) : null}
              </dl>
              {m.cancellationReason ? <Paragraph data-size="sm">{T.cancelled(m.cancellationReason)}</Paragraph> : null}
              {m.status === 'PLANNED' ? (
                <div className="form-actions">
                  <EntryButton command="hold" id={m.id} forms={forms} mutation={HoldGroupMeetingDocument} />
                  <EntryButton command="cancel" id={m.id} forms={forms} mutation={CancelGroupMeetingDocument} />
                </div>
              ) : null}
              {forms.open === entryForm('hold', m.id) ? (
                <KnowledgeForm
                  command="hold"
                  revision={group.revision}
                  forms={forms}
                  mutation={HoldGroupMeetingDocument}
                  defaults={{ heldOn: m.date }}
                  fields={[
                    { name: 'heldOn', label: T.fields.heldOn, help: T.fields.dateHelp, kind: 'date' },
                    {
                      name: 'present',
                      label: T.fields.present,
                      kind: 'checkboxes',
                      required: true,
                      options: presentOptions(group),
                    },
                  ]}
                  toInput={(v) => ({
                    meetingId: m.id,
                    present: checkedValues(v.present),
                    ...givenDay('heldOn', v.heldOn),
                  })}
                />
              ) : null}
              {forms.open === entryForm('cancel', m.id) ? (
                <KnowledgeForm
                  command="cancel"
                  revision={group.revision}
                  forms={forms}
                  mutation={CancelGroupMeetingDocument}
                  fields={[REASON_FIELD]}
                  toInput={(v) => ({ meetingId: m.id, reason: v.reason.trim() })}
                />
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      <KnowledgeCommand
        command="plan"
        revision={group.revision}
        forms={forms}
        mutation={PlanGroupMeetingDocument}
        defaults={{ term: new Date().getMonth() < 6 ? 'VT' : 'HT', year: String(year) }}
        fields={PLAN_MEETING_FIELDS}
        toInput={planMeetingInput}
      />
    </Section>
  );
}
