import { Tag } from '@digdir/designsystemet-react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../forms/can';
import { EstablishForumDocument, ForumListDocument, ForumListQuery, ForumRegionsDocument } from '../../gql/graphql';
import { Figure } from '../../explain/Figure';
import { given } from './forum-fields';
import { FORUM_RULES, T } from './texts';
import { AddForm, ListPage } from '../../app/ListPage';

type Cadence = ForumListQuery['forumCadence']['forums'][number];
const TERM_ORDER = ['VT', 'HT'];
const H = T.headers;

/** Every forum with this year's cadence: meetings held per term against the two expected. */
export function ForumList() {
  const year = new Date().getFullYear();
  const [read] = useQuery({
    query: ForumListDocument,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const data = read.data;
  const cadence = new Map(data?.forumCadence.forums.map((c) => [c.forumId, c]));
  return (
    <ListPage
      texts={T}
      id="forums-heading"
      heading={T.listHeading}
      read={read}
      count={data?.forums.length ?? 0}
      none={T.noForums}
      form={<EstablishForm />}
    >
      {data?.forums.length ? (
        <table className="forum-table" data-testid="forum-list">
          <caption>{T.cadenceCaption(year)}</caption>
          <thead>
            <tr>
              <th scope="col">{H.forum}</th>
              <th scope="col">{H.region}</th>
              <th scope="col">{H.members}</th>
              {TERM_ORDER.map((term) => (
                <th scope="col" key={term}>
                  {H.term(term)}
                </th>
              ))}
              <th scope="col">{H.planned}</th>
              <th scope="col">{H.cancelled}</th>
            </tr>
          </thead>
          <tbody>
            {data.forums.map((forum) => (
              <tr key={forum.id} data-testid="forum-row" data-forum={forum.id}>
                <th scope="row">
                  <Link
                    to={`/forum/${forum.id}`}
                    aria-label={T.open(forum.name)}
                    data-testid={`open-forum-${forum.id}`}
                  >
                    {forum.name}
                  </Link>
                </th>
                <td>{forum.region}</td>
                <td>
                  {forum.memberCount} / {forum.capacity}
                </td>
                <CadenceCells forumId={forum.id} cadence={cadence.get(forum.id)} year={year} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </ListPage>
  );
}

/** Held against expected per term, and the year's planned and cancelled: each a figure the explain page opens. */
function CadenceCells({ forumId, cadence, year }: { forumId: string; cadence?: Cadence; year: number }) {
  const term = (t: string) => cadence?.terms.find((x) => x.term === t);
  const sum = (measure: 'planned' | 'cancelled') => cadence?.terms.reduce((n, t) => n + t[measure], 0) ?? 0;
  const cell = (measure: string, groupBy?: string) => ({
    figure: 'forumCadence',
    measure,
    key: forumId,
    year,
    ...(groupBy ? { groupBy } : {}),
  });
  return (
    <>
      {TERM_ORDER.map((name) => {
        const t = term(name);
        return (
          <td key={name} data-testid={`cadence-${name}`} data-held={t?.held ?? 0}>
            <Figure value={t?.held ?? 0} cell={cell('held', name)} />
            {T.heldOf(t?.expected ?? 2)}{' '}
            <Tag data-color={t?.onTrack ? 'success' : 'neutral'} data-size="sm">
              {t?.onTrack ? T.onTrack : T.behind}
            </Tag>
          </td>
        );
      })}
      <td data-testid="cadence-planned">
        <Figure value={sum('planned')} cell={cell('planned')} />
      </td>
      <td data-testid="cadence-cancelled">
        <Figure value={sum('cancelled')} cell={cell('cancelled')} />
      </td>
    </>
  );
}

/** The steering group founds a forum; the form is shown only to a role that may. */
function EstablishForm() {
  const can = useCan();
  const navigate = useNavigate();
  const allowed = can(EstablishForumDocument);
  const [{ data }] = useQuery({ query: ForumRegionsDocument, pause: !allowed });
  if (!allowed || !data) return null;
  const F = T.fields;
  return (
    <AddForm
      name="establish"
      label={T.commands.establish}
      mutation={EstablishForumDocument}
      rules={FORUM_RULES}
      defaults={{ region: data.regions[0] ?? '' }}
      fields={[
        { name: 'forumId', label: F.forumId, help: F.forumIdHelp, required: true },
        { name: 'name', label: F.name, required: true },
        {
          name: 'region',
          label: F.region,
          kind: 'select',
          required: true,
          options: data.regions.map((r) => ({ value: r, label: r })),
        },
        { name: 'capacity', label: F.capacity, help: F.capacityHelp, kind: 'number' },
        { name: 'establishedOn', label: F.establishedOn, help: F.today, kind: 'date' },
      ]}
      toInput={(v) => ({
        forumId: v.forumId.trim(),
        name: v.name.trim(),
        region: v.region,
        ...(v.capacity?.trim() ? { capacity: Number(v.capacity) } : {}),
        ...given('establishedOn', v.establishedOn),
      })}
      onDone={(d) => navigate(`/forum/${d.establishForum.forum.id}`)}
    />
  );
}
