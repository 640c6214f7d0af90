import { Alert, Card, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm } from '../../forms/CommandForm';
import type { Problem } from '../../forms/command-errors';
import { OpenForm, useOpenForms } from '../../forms/open-forms';
import { OpenableCommand } from '../../forms/OpenedForm';
import {
  CompileTipDocument,
  DismissImpulseDocument,
  ImpulseItemFragment,
  TipsImpulsesDocument,
} from '../../gql/graphql';
import { localDay, noPersonalNumber } from './impulse-form';
import { EmployerGroup, groupByEmployer, lostImpulses, tickedOf } from './inbox';
import { LostRace } from './LostRace';
import { DEFICIENCIES, F, TIPS_RULES, TT } from './texts';

type Group = EmployerGroup<ImpulseItemFragment>;

/** The refusals that mean another officer got to an impulse first. */
const RACE_RULES = new Set(['IMPULSE_ALREADY_IN_TIP', 'IMPULSE_DISMISSED', 'IMPULSE_ALREADY_DISMISSED']);

/**
 * The collaboration officer's inbox: open impulses by employer. A tip is compiled from the ticked
 * impulses of one employer by one command, which the API checks whole before it writes anything;
 * when someone else bundled or dismissed one of them meanwhile, nothing is written and the inbox,
 * fetched anew, says what became of it.
 */
export function Inbox() {
  const [result, refetch] = useQuery({
    query: TipsImpulsesDocument,
    variables: { filter: { status: 'OPEN' } },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { forms, view, keepFocus } = useOpenForms(reload);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [race, setRace] = useState<{ tried: string[]; before: ImpulseItemFragment[] } | null>(null);
  const open = useMemo(() => result.data?.impulses.edges.map((e) => e.node) ?? [], [result.data]);
  const groups = useMemo(() => groupByEmployer(open), [open]);
  const navigate = useNavigate();

  const tick = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const lost = race ? lostImpulses(race.tried, open) : [];

  return (
    <section aria-labelledby="inbox-heading" className="stack" ref={view} onPointerDown={keepFocus}>
      <Heading level={2} data-size="md" id="inbox-heading">
        {TT.inbox}
      </Heading>
      <Paragraph data-size="sm">{TT.inboxIntro}</Paragraph>
      {result.error ? <Alert data-color="danger">{result.error.message}</Alert> : null}
      {race && lost.length ? <LostRace lost={race.before.filter((i) => lost.includes(i.id))} /> : null}
      {result.data && !groups.length ? <Paragraph>{TT.inboxEmpty}</Paragraph> : null}
      {groups.map((group) => (
        <EmployerCard
          key={group.organisationNumber}
          group={group}
          ticked={tickedOf(ticked, group)}
          onTick={tick}
          forms={forms}
          onCompiled={(tipId) => navigate(`/tips/${tipId}`)}
          onRefused={(tried, problem) => {
            if (problem.kind === 'rule' && RACE_RULES.has(problem.rule)) {
              setRace({ tried, before: open });
              reload();
            }
          }}
        />
      ))}
    </section>
  );
}

function EmployerCard({
  group,
  ticked,
  onTick,
  forms,
  onCompiled,
  onRefused,
}: {
  group: Group;
  ticked: string[];
  onTick: (id: string, on: boolean) => void;
  forms: OpenForm;
  onCompiled: (tipId: string) => void;
  onRefused: (tried: string[], problem: Problem) => void;
}) {
  const org = group.organisationNumber;
  const employer = TT.employer(group.name, org);
  const compileForm = `compile:${org}`;
  return (
    <Card className="employer-group" data-testid="employer-group" data-employer={org}>
      <Heading level={3} data-size="sm">
        {employer}
      </Heading>
      <Paragraph data-size="sm">{TT.impulses(group.impulses.length)}</Paragraph>
      {group.impulses.map((impulse) => {
        const deficiency = DEFICIENCIES[impulse.deficiency] ?? impulse.deficiency;
        return (
          <div key={impulse.id} className="impulse-choice" data-testid="inbox-impulse" data-impulse={impulse.id}>
            <div>
              <Checkbox
                label={TT.tick(impulse.reportedOn, deficiency, impulse.region)}
                description={impulse.description}
                checked={ticked.includes(impulse.id)}
                onChange={(e) => onTick(impulse.id, e.target.checked)}
                data-testid={`tick-${impulse.id}`}
              />
            </div>
            {/* Once dismissed, the inbox is read anew: the impulse leaves it. */}
            <OpenableCommand
              name={`dismiss:${impulse.id}`}
              label={TT.dismiss}
              buttonTestid={`dismiss-${impulse.id}`}
              forms={forms}
              title={`${TT.dismiss}: ${TT.tick(impulse.reportedOn, deficiency, impulse.region)}`}
              testid="form-dismiss"
              submitLabel={TT.dismiss}
              mutation={DismissImpulseDocument}
              rules={TIPS_RULES}
              expectedRevision={impulse.revision}
              defaults={{ dismissedOn: localDay() }}
              fields={[
                {
                  name: 'reason',
                  label: F.reason,
                  help: F.dismissReasonHelp,
                  kind: 'textarea',
                  required: true,
                  validate: noPersonalNumber,
                },
                { name: 'dismissedOn', label: F.dismissedOn, kind: 'date', required: true },
              ]}
              toInput={(v) => ({ impulseId: impulse.id, reason: v.reason.trim(), dismissedOn: v.dismissedOn })}
              onReload={forms.reload}
            />
          </div>
        );
      })}
      {ticked.length ? (
        <div className="form-actions">
          <CommandButton
            name={compileForm}
            label={TT.compileOf(ticked.length, group.name)}
            forms={forms}
            mutation={CompileTipDocument}
            testid={`compile-${org}`}
          />
        </div>
      ) : null}
      {ticked.length && forms.open === compileForm ? (
        <CommandForm
          title={TT.compileOf(ticked.length, group.name)}
          intro={TT.compileIntro}
          testid="form-compile"
          submitLabel={TT.compile}
          mutation={CompileTipDocument}
          rules={TIPS_RULES}
          fields={[
            {
              name: 'summary',
              label: F.summary,
              help: F.summaryHelp,
              kind: 'textarea',
              required: true,
              validate: noPersonalNumber,
            },
          ]}
          toInput={(v) => ({ impulseIds: ticked, summary: v.summary.trim() })}
          onDone={(data) => onCompiled(data.compileTip.tip.id)}
          onFailed={(problem) => onRefused(ticked, problem)}
          onCancel={() => forms.toggle(null)}
        />
      ) : null}
    </Card>
  );
}
