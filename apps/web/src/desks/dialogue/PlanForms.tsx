import type { NavigateFunction } from 'react-router';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { panelCommand, PanelCommand } from '../../forms/CommandPanel';
import { checkedValues } from '../../forms/fields/checked-values';
import type { OpenForm } from '../../forms/open-forms';
import {
  DialogueAudience,
  PlanDialogueMeetingDocument,
  PlanDialogueMeetingInput,
  PlanDialogueMeetingMutation,
} from '../../gql/graphql';
import { AUDIENCE_FIELD, employerLines, listFieldOf } from './dialogue-fields';
import { AreaProps, closingFormProps } from './form-props';
import { meetingPath } from './paths';
import { T } from './texts';

const F = T.fields;

const topicLines = (text = '') =>
  text
    .split('\n')
    .map((title) => title.trim())
    .filter(Boolean)
    .map((title) => ({ title }));

/** A topic citing an inspection comes first, so the server's `topics.0` is that topic's field. */
function topicsInput(values: Values) {
  const cited = values.citedInspectionId?.trim();
  const citing = cited ? [{ title: values.citedTopic?.trim() || F.citedTopic, citedInspectionId: cited }] : [];
  return [...citing, ...topicLines(values.topics)];
}

const listsOf = listFieldOf({ employers: 'employers', audiences: 'audiences', topics: 'topics' });

type PlanInput = Omit<PlanDialogueMeetingInput, 'commandId' | 'plannedOn' | 'audiences'>;

/**
 * Both plan forms: the employers (named each form's own way), the day, the audiences and the
 * topics, sent as one PlanDialogueMeeting; the new meeting's page opens once it is planned.
 */
function planCommand(
  name: 'planTargeted' | 'planLeadership',
  { forms, navigate }: { forms: OpenForm; navigate: NavigateFunction },
  form: {
    employers: FieldSpec;
    plannedOn?: FieldSpec['validate'];
    more?: readonly FieldSpec[];
    fieldOf: (path: string) => string | undefined;
    toInput: (values: Values) => PlanInput;
  },
): PanelCommand {
  return panelCommand(name, T.commands[name], {
    ...closingFormProps(forms),
    onDone: (data: PlanDialogueMeetingMutation) => navigate(meetingPath(data.planDialogueMeeting.meeting.id)),
    mutation: PlanDialogueMeetingDocument,
    fields: [
      form.employers,
      { name: 'plannedOn', label: F.plannedOn, kind: 'date', required: true, validate: form.plannedOn },
      AUDIENCE_FIELD,
      { name: 'topics', label: F.topics, help: F.topicsHelp, kind: 'textarea' },
      ...(form.more ?? []),
    ],
    fieldOf: form.fieldOf,
    toInput: (v) => ({
      ...form.toInput(v),
      plannedOn: v.plannedOn,
      audiences: checkedValues(v.audiences as unknown) as DialogueAudience[],
    }),
  });
}

/**
 * A targeted dialogue offers only the employers selected in the area and year, and, to cite, the
 * joint supervision inspections of those employers.
 */
export function targetedCommand(
  { area, year, selected, inspections, forms }: AreaProps,
  navigate: NavigateFunction,
): PanelCommand {
  const numbers = new Set(selected.map((e) => e.organisationNumber));
  const citable = inspections.filter((i) => numbers.has(i.principal.organisationNumber));
  // Whether the last fill cited an inspection: then the server's `topics.0` is the citing topic.
  const sent = { citing: false };
  return planCommand(
    'planTargeted',
    { forms, navigate },
    {
      employers: {
        name: 'employers',
        label: F.employers,
        help: F.employersTargetedHelp(area, year),
        kind: 'checkboxes',
        required: true,
        options: selected.map((e) => ({ value: e.organisationNumber, label: `${e.name} (${e.organisationNumber})` })),
      },
      plannedOn: (day) => (day.startsWith(`${year}-`) ? undefined : F.plannedInYear(year)),
      more: [
        {
          name: 'citedInspectionId',
          label: F.citedInspection,
          help: F.citedInspectionHelp,
          kind: 'select',
          options: citable.map((i) => ({
            value: i.id,
            label: `${i.principal.name}, ${i.workplace ?? i.campaign} ${i.inspectedOn}`,
          })),
        },
        { name: 'citedTopic', label: F.citedTopic },
      ],
      fieldOf: (path) =>
        /topics\.0\.citedInspectionId$/.test(path)
          ? 'citedInspectionId'
          : sent.citing && /topics\.0\./.test(path)
            ? 'citedTopic'
            : listsOf(path),
      toInput: (v) => {
        sent.citing = !!v.citedInspectionId;
        const picked = checkedValues(v.employers as unknown);
        return {
          area,
          kind: 'TARGETED',
          employers: selected
            .filter((e) => picked.includes(e.organisationNumber))
            .map(({ organisationNumber, name }) => ({ organisationNumber, name })),
          topics: topicsInput(v),
        };
      },
    },
  );
}

/** A leadership dialogue (the directors-general with municipal directors) names its employers itself. */
export function leadershipCommand(area: string, forms: OpenForm, navigate: NavigateFunction): PanelCommand {
  return planCommand(
    'planLeadership',
    { forms, navigate },
    {
      employers: {
        name: 'employers',
        label: F.employersLines,
        help: F.employersLinesHelp,
        kind: 'textarea',
        required: true,
        validate: (text) => (employerLines(text) ? undefined : T.employerLinesInvalid),
      },
      fieldOf: listsOf,
      toInput: (v) => ({
        area,
        kind: 'LEADERSHIP',
        employers: employerLines(v.employers) ?? [],
        topics: topicLines(v.topics),
      }),
    },
  );
}
