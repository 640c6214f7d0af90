import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useOperations } from '../../forms/can';
import type { OpenForm } from '../../forms/open-forms';
import { AdmitGroupMemberDocument, KnowledgeGroupDocumentFragment, RemoveGroupMemberDocument } from '../../gql/graphql';
import { givenDay, ORGANISATION_FIELDS, organisationInput, REASON_FIELD } from './knowledge-fields';
import { EntryButton, entryForm, KnowledgeCommand, KnowledgeForm } from './KnowledgeForm';
import { T } from './texts';
import { Section } from '../../app/DeskPage';
import { ColumnTable } from '../../app/ColumnTable';

const C = T.commands;

/** Who has been a member and when; admitting one, and the decision that one leaves. */
export function GroupMembers({ group, forms }: { group: KnowledgeGroupDocumentFragment; forms: OpenForm }) {
  const leaving = group.members.find((m) => forms.open === entryForm('remove', m.code));
  const timeline = useOperations()?.has('Query.timeline');
  return (
    <Section id="members-heading" heading={T.membersHeading}>
      <ColumnTable testid="group-members" caption={T.membersHeading} columns={[T.member, T.periods, T.status]}>
        {group.members.map((m) => (
          <Table.Row key={m.code} data-testid="group-member" data-member={m.code} data-active={m.active}>
            <Table.Cell>
              {m.name} ({m.code}){m.host ? `, ${T.host}` : ''}
            </Table.Cell>
            <Table.Cell>
              {m.periods.map((p) => (
                <div key={p.joinedOn}>
                  {T.period(p.joinedOn, p.leftOn)}
                  {p.reason ? ` · ${T.leftBecause(p.reason)}` : ''}
                </div>
              ))}
            </Table.Cell>
            <Table.Cell>
              <Tag data-color={m.active ? 'success' : 'neutral'}>{m.active ? T.active : T.former}</Tag>{' '}
              {m.active && !m.host ? (
                <EntryButton command="remove" id={m.code} forms={forms} mutation={RemoveGroupMemberDocument} />
              ) : null}
            </Table.Cell>
          </Table.Row>
        ))}
      </ColumnTable>
      {leaving ? (
        <KnowledgeForm
          command="remove"
          title={`${C.remove}: ${leaving.name}`}
          revision={group.revision}
          forms={forms}
          mutation={RemoveGroupMemberDocument}
          fields={[{ name: 'leftOn', label: T.fields.leftOn, help: T.fields.dateHelp, kind: 'date' }, REASON_FIELD]}
          toInput={(v) => ({ code: leaving.code, reason: v.reason.trim(), ...givenDay('leftOn', v.leftOn) })}
        />
      ) : null}
      <KnowledgeCommand
        command="admit"
        revision={group.revision}
        forms={forms}
        mutation={AdmitGroupMemberDocument}
        fields={[
          ...ORGANISATION_FIELDS,
          { name: 'joinedOn', label: T.fields.joinedOn, help: T.fields.dateHelp, kind: 'date' },
        ]}
        toInput={(v) => ({ member: organisationInput(v), ...givenDay('joinedOn', v.joinedOn) })}
      />
      {timeline ? (
        <Paragraph data-size="sm">
          <Link
            to={`/tidslinje?strom=${encodeURIComponent(`knowledgeGroup-${group.id}`)}`}
            data-testid="group-timeline"
          >
            {T.timelineLink}
          </Link>
        </Paragraph>
      ) : null}
    </Section>
  );
}
