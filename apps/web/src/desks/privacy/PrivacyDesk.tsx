import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import type { FieldSpec } from '../../forms/CommandForm';
import { OpenableCommand } from '../../forms/OpenedForm';
import { useOpenForms } from '../../forms/open-forms';
import { ErasePersonDocument, FindPeopleDocument } from '../../gql/graphql';
import { PRIVACY_RULES, T } from './texts';
import { ColumnTable } from '../../app/ColumnTable';
import { DeskPage } from '../../app/DeskPage';

const FIELDS: FieldSpec[] = [
  { name: 'reason', label: T.reason, help: T.reasonHelp, kind: 'textarea', required: true },
  {
    name: 'confirm',
    label: T.confirm,
    help: T.confirmHelp,
    required: true,
    validate: (v) => (v.trim() === T.confirmWord ? undefined : T.confirmWrong),
  },
];

/** Dataskydd: find people in the directory by name or e-mail, and erase one with a reason, after confirming. */
export default function PrivacyDesk() {
  const [draft, setDraft] = useState('');
  const [text, setText] = useState('');
  const [done, setDone] = useState(false);
  // Gone from the list the moment the erasure is confirmed, not when the search comes back again.
  const [erased, setErased] = useState<string[]>([]);
  const [result, refetch] = useQuery({
    query: FindPeopleDocument,
    variables: { text },
    pause: text.length < 2,
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { forms, view, keepFocus } = useOpenForms(reload);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setText(draft.trim());
  };
  const people = (result.data?.findPeople ?? []).filter((p) => !erased.includes(p.id));
  return (
    <DeskPage title={T.title} className="privacy-desk" view={view} keepFocus={keepFocus}>
      <Paragraph data-size="sm">{T.intro}</Paragraph>
      <form className="toolbar" role="search" onSubmit={search}>
        <Textfield
          label={T.search}
          description={T.searchHelp}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="people-search"
          error={draft.trim().length === 1 ? T.tooShort : undefined}
        />
        <Button type="submit" data-testid="people-find">
          {T.find}
        </Button>
      </form>
      <div aria-live="polite">
        {done ? (
          <Alert data-color="success" data-testid="erased">
            {T.done}
          </Alert>
        ) : null}
        {result.error ? <Alert data-color="danger">{`${T.what}: ${result.error.message}`}</Alert> : null}
        {text.length >= 2 && result.data && !people.length ? (
          <Paragraph data-testid="no-people">{T.none(text)}</Paragraph>
        ) : null}
      </div>
      {people.length ? (
        <ColumnTable testid="people" caption={T.search} columns={T.headers}>
          {people.map((p) => (
            <tr key={p.id} data-testid="person" data-person={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.organisation ?? '–'}</td>
              <td>
                <OpenableCommand
                  name={`erase-${p.id}`}
                  label={T.erase}
                  buttonTestid="open-erase"
                  forms={forms}
                  title={T.eraseTitle(p.organisation ?? '–')}
                  intro={T.eraseIntro}
                  fields={FIELDS}
                  submitLabel={T.submit}
                  mutation={ErasePersonDocument}
                  toInput={(v) => ({ personId: p.id, reason: v.reason.trim() })}
                  rules={PRIVACY_RULES}
                  testid="erase-form"
                  onDone={() => {
                    setDone(true);
                    setErased((ids) => [...ids, p.id]);
                  }}
                />
              </td>
            </tr>
          ))}
        </ColumnTable>
      ) : null}
    </DeskPage>
  );
}
