import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useOperations } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import { AdmitGroupMemberDocument, KnowledgeGroupDocumentFragment, RemoveGroupMemberDocument } from '../../gql/graphql';
import { givenDay, knowledgeFormProps, ORGANISATION_FIELDS, organisationInput, REASON_FIELD } from './knowledge-fields';
import { T } from './texts';
import { Section } from '../../app/DeskPage';

const C = T.commands;

/** Who has been a member and when; admitting one, and the decision that one leaves. */
export function GroupMembers({ group, forms }: { group: KnowledgeGroupDocumentFragment; forms: OpenForm }) {
  const common = knowledgeFormProps(group.revision, forms);
  const leaving = group.members.find((m) => forms.open === `remove:${m.code}`);
  const timeline = useOperations()?.has('Query.timeline');
  return (
    <Section id="members-heading" heading={T.membersHeading}>
      <Table data-testid="group-members" zebra>
        <caption className="visually-hidden">{T.membersHeading}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{T.member}</Table.HeaderCell>
            <Table.HeaderCell>{T.periods}</Table.HeaderCell>
            <Table.HeaderCell>{T.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
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
                  <CommandButton
                    name={`remove:${m.code}`}
                    label={C.remove}
                    forms={forms}
                    mutation={RemoveGroupMemberDocument}
                    testid={`remove-${m.code}`}
                  />
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {leaving ? (
        <CommandForm
          {...common}
          title={`${C.remove}: ${leaving.name}`}
          testid="form-remove"
          submitLabel={C.remove}
          mutation={RemoveGroupMemberDocument}
          fields={[{ name: 'leftOn', label: T.fields.leftOn, help: T.fields.dateHelp, kind: 'date' }, REASON_FIELD]}
          toInput={(v) => ({ code: leaving.code, reason: v.reason.trim(), ...givenDay('leftOn', v.leftOn) })}
        />
      ) : null}
      <div className="form-actions">
        <CommandButton name="admit" label={C.admit} forms={forms} mutation={AdmitGroupMemberDocument} />
      </div>
      {forms.open === 'admit' ? (
        <CommandForm
          {...common}
          title={C.admit}
          testid="form-admit"
          submitLabel={C.admit}
          mutation={AdmitGroupMemberDocument}
          fields={[
            ...ORGANISATION_FIELDS,
            { name: 'joinedOn', label: T.fields.joinedOn, help: T.fields.dateHelp, kind: 'date' },
          ]}
          toInput={(v) => ({ member: organisationInput(v), ...givenDay('joinedOn', v.joinedOn) })}
        />
      ) : null}
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
