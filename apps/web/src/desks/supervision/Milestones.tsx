import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Campaign } from './CampaignPage';
import { T } from './texts';
import { Section } from '../../app/DeskPage';

type Milestone = NonNullable<Campaign['launch']>;

/** The launch and closing communications to the social partners, and the evaluation. */
export function Milestones({ campaign }: { campaign: Campaign }) {
  const steps: [string, string, Milestone | null | undefined][] = [
    ['launch', T.launched, campaign.launch],
    ['conclusion', T.concluded, campaign.conclusion],
    ['evaluation', T.evaluated, campaign.evaluation],
  ];
  const done = steps.filter((s): s is [string, string, Milestone] => !!s[2]);
  return (
    <Section id="milestones-heading" heading={T.milestonesHeading} none={!done.length ? T.noMilestones : null}>
      {done.map(([key, label, m]) => (
        <div key={key} data-testid={`milestone-${key}`}>
          <Heading level={3} data-size="xs">
            {label} {m.on}
          </Heading>
          {m.communication ? (
            <Paragraph data-size="sm">
              {T.audiences}: {m.communication.audiences.join(', ')}. {m.communication.summary}
            </Paragraph>
          ) : null}
          {m.summary ? <Paragraph data-size="sm">{m.summary}</Paragraph> : null}
        </div>
      ))}
    </Section>
  );
}
