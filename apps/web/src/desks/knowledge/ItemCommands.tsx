import { useQuery } from 'urql';
import { useCan } from '../../forms/can';
import { CommandForm } from '../../forms/CommandForm';
import { CommandPanel, PanelCommand } from '../../forms/CommandPanel';
import type { OpenForm } from '../../forms/open-forms';
import {
  KnowledgeGroupPageDocument,
  KnowledgeItemDocumentFragment,
  PresentationMeetingsDocument,
  PublishKnowledgeItemDocument,
  RecordKnowledgePresentationDocument,
  RetireKnowledgeItemDocument,
  ReviewKnowledgeItemDocument,
  ReviewVerdict,
} from '../../gql/graphql';
import {
  givenDay,
  heldForumMeetings,
  heldGroupMeetings,
  knowledgeFormProps,
  REASON_FIELD,
  reviewFields,
} from './knowledge-fields';
import { T } from './texts';

const C = T.commands;
type Item = KnowledgeItemDocumentFragment;

/** Which commands an item's status allows: reviewed while proposed, published once approved, presented once published. */
const BY_STATUS: Record<string, string[]> = {
  PROPOSED: ['review'],
  REVIEWED: ['publish', 'retire'],
  PUBLISHED: ['present', 'retire'],
  REJECTED: [],
  RETIRED: [],
};

/** The commands the item's status allows and the role may send, each a form opened in place. */
export function ItemCommands({ item, forms }: { item: Item; forms: OpenForm }) {
  const can = useCan();
  const common = knowledgeFormProps(item.revision, forms);
  const itemId = item.id;
  // The choices are read only for a role that may send the command that offers them.
  const [{ data: group }] = useQuery({ query: KnowledgeGroupPageDocument, pause: !can(ReviewKnowledgeItemDocument) });
  const [{ data: forums }] = useQuery({
    query: PresentationMeetingsDocument,
    pause: !can(RecordKnowledgePresentationDocument) || item.status !== 'PUBLISHED',
  });
  const groupMeetings = heldGroupMeetings(group?.knowledgeGroup);
  const forumMeetings = heldForumMeetings(forums?.forums);
  const all: Record<string, PanelCommand> = {
    review: {
      name: 'review',
      label: C.review,
      form: (
        <CommandForm
          {...common}
          key={groupMeetings.length}
          title={C.review}
          testid="form-review"
          submitLabel={C.review}
          mutation={ReviewKnowledgeItemDocument}
          intro={groupMeetings.length ? undefined : T.noHeldMeetings}
          defaults={{ verdict: 'APPROVED', meetingId: groupMeetings.at(-1)?.value ?? '' }}
          fields={reviewFields(groupMeetings)}
          toInput={(v) => ({
            itemId,
            meetingId: v.meetingId,
            verdict: v.verdict as ReviewVerdict,
            note: v.note.trim(),
            reason: v.reason.trim(),
          })}
        />
      ),
    },
    publish: {
      name: 'publish',
      label: C.publish,
      form: (
        <CommandForm
          {...common}
          title={C.publish}
          testid="form-publish"
          submitLabel={C.publish}
          mutation={PublishKnowledgeItemDocument}
          fields={[{ name: 'publishedOn', label: T.fields.publishedOn, help: T.fields.dateHelp, kind: 'date' }]}
          toInput={(v) => ({ itemId, ...givenDay('publishedOn', v.publishedOn) })}
        />
      ),
    },
    retire: {
      name: 'retire',
      label: C.retire,
      form: (
        <CommandForm
          {...common}
          title={C.retire}
          testid="form-retire"
          submitLabel={C.retire}
          mutation={RetireKnowledgeItemDocument}
          fields={[
            { name: 'retiredOn', label: T.fields.retiredOn, help: T.fields.dateHelp, kind: 'date' },
            REASON_FIELD,
          ]}
          toInput={(v) => ({ itemId, reason: v.reason.trim(), ...givenDay('retiredOn', v.retiredOn) })}
        />
      ),
    },
    present: {
      name: 'present',
      label: C.present,
      form: (
        <CommandForm
          {...common}
          key={forumMeetings.length}
          title={C.present}
          testid="form-present"
          submitLabel={C.present}
          mutation={RecordKnowledgePresentationDocument}
          intro={forumMeetings.length ? undefined : T.noHeldMeetings}
          defaults={{ forumMeetingId: forumMeetings[0]?.value ?? '' }}
          fields={[
            {
              name: 'forumMeetingId',
              label: T.fields.forumMeeting,
              help: T.fields.forumMeetingHelp,
              kind: 'select',
              required: true,
              options: forumMeetings,
            },
          ]}
          toInput={(v) => ({ itemId, forumMeetingId: v.forumMeetingId })}
        />
      ),
    },
  };
  const commands = (BY_STATUS[item.status] ?? []).map((name) => all[name]);
  return <CommandPanel title={T.actions} commands={commands} forms={forms} testid="item-commands" />;
}
