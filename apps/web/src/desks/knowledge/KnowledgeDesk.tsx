import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { DeskRoutes } from '../../app/DeskRoutes';
import { useQuery } from 'urql';
import { LoadState } from '../../app/LoadState';
import { useOpenForms } from '../../forms/open-forms';
import { FoundKnowledgeGroupDocument, KnowledgeGroupPageDocument } from '../../gql/graphql';
import { GroupMembers } from './GroupMembers';
import { GroupMeetings } from './GroupMeetings';
import { ItemPage } from './ItemPage';
import { ItemsSection } from './ItemsSection';
import { givenDay, ORGANISATION_FIELDS, organisationInput } from './knowledge-fields';
import { KnowledgeForm } from './KnowledgeForm';
import { T } from './texts';
import { DeskPage } from '../../app/DeskPage';
import { ReloadButton } from '../../app/HistoryLink';

/** The group's page: members over time, meetings, items and their reach (#/kunskap); an item (#/kunskap/<id>). */
export default function KnowledgeDesk() {
  return <DeskRoutes index={<GroupPage />} pages={{ ':itemId': <ItemPage /> }} />;
}

function GroupPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: KnowledgeGroupPageDocument });
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  const group = data?.knowledgeGroup;
  // A group not yet founded answers NOT_FOUND: the page then offers founding it.
  const notFounded = error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
  return (
    <DeskPage title={T.title} intro={T.intro} view={view} keepFocus={keepFocus}>
      <LoadState
        found={!!group || !!notFounded}
        fetching={fetching}
        error={error}
        loading={T.loading}
        failed={T.loadFailed}
      />
      {notFounded ? (
        <>
          <Alert data-color="info" data-testid="group-not-founded">
            {T.notFounded}
          </Alert>
          <KnowledgeForm
            command="found"
            forms={forms}
            mutation={FoundKnowledgeGroupDocument}
            defaults={{ code: 'FK', name: 'Försäkringskassan' }}
            fields={[...ORGANISATION_FIELDS, { name: 'foundedOn', label: T.fields.foundedOn, kind: 'date' }]}
            toInput={(v) => ({ host: organisationInput(v), ...givenDay('foundedOn', v.foundedOn) })}
            onDone={() => refetch({ requestPolicy: 'network-only' })}
          />
        </>
      ) : null}
      {group ? (
        <>
          <Paragraph data-testid="group-founded">{T.founded(group.foundedOn, group.hostCode)}</Paragraph>
          <GroupMembers group={group} forms={forms} />
          <GroupMeetings group={group} forms={forms} />
        </>
      ) : null}
      <ItemsSection forms={forms} />
      <ReloadButton forms={forms} label={T.reload} />
    </DeskPage>
  );
}
