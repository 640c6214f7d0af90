import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { OpenForm } from '../../forms/open-forms';
import { memberCommands, representativeCommands } from './forum-commands';
import { EntitySection } from './EntitySection';
import { CommandBar } from './ForumCommands';
import type { Forum, Member } from './ForumRoom';
import { REPRESENTATIVE_ROLES, SECTORS, SIZES, T } from './texts';
import { HeadedList } from '../../app/HeadedList';

/** The member employers with their representatives, and those who have left, with why. */
export function MembersSection({ forum, forms }: { forum: Forum; forms: OpenForm }) {
  return (
    <EntitySection
      id="members-heading"
      title={T.membersHeading}
      empty={forum.members.length ? null : T.noMembers}
      testid="members"
      after={<FormerMembers forum={forum} />}
    >
      {forum.members.map((member) => (
        <MemberCard key={member.organisationNumber} forum={forum} member={member} forms={forms} />
      ))}
    </EntitySection>
  );
}

function FormerMembers({ forum }: { forum: Forum }) {
  return (
    <HeadedList heading={T.formerHeading} level={3} items={forum.formerMembers} testid="former-members">
      {(m) => (
        <>
          {m.name} ({m.organisationNumber}), {T.former(m.leftOn, m.reason)}
        </>
      )}
    </HeadedList>
  );
}

function MemberCard({ forum, member, forms }: { forum: Forum; member: Member; forms: OpenForm }) {
  const id = member.organisationNumber;
  return (
    <li>
      <Card data-testid="member" data-member={id}>
        <Heading level={3} data-size="xs">
          {member.name}
        </Heading>
        <Paragraph data-size="sm">
          {id} · {SECTORS[member.sector] ?? member.sector} · SNI {member.industry} · {SIZES[member.size] ?? member.size}{' '}
          · {T.joined(member.joinedOn)}
        </Paragraph>
        <Heading level={4} data-size="2xs">
          {T.representatives}
        </Heading>
        {!member.representatives.length ? <Paragraph data-size="sm">{T.noRepresentatives}</Paragraph> : null}
        <ul data-testid="representatives">
          {member.representatives.map((r) => (
            <li key={r.personId} data-person={r.personId}>
              {r.name} ({REPRESENTATIVE_ROLES[r.role] ?? r.role})
              <CommandBar
                commands={representativeCommands(forum, member, r.personId, forms)}
                forms={forms}
                mayAct={forum.mayAct}
                entity={r.personId}
              />
            </li>
          ))}
        </ul>
        <CommandBar commands={memberCommands(forum, member, forms)} forms={forms} mayAct={forum.mayAct} entity={id} />
      </Card>
    </li>
  );
}
