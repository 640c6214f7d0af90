import { useQuery } from 'urql';
import { useSession } from '../../app/session-context';
import { useCan } from '../../forms/can';
import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
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
  forumScope,
  givenDay,
  heldForumMeetings,
  heldGroupMeetings,
  knowledgeFormProps,
  REASON_FIELD,
  reviewFields,
} from './knowledge-fields';
import { T } from './texts';

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
  const { session } = useSession();
  const common = knowledgeFormProps(item.revision, forms);
  const itemId = item.id;
  // The choices are read only for a role that may send the command that offers them.
  const [{ data: group }] = useQuery({ query: KnowledgeGroupPageDocument, pause: !can(ReviewKnowledgeItemDocument) });
  const [{ data: forums }] = useQuery({
    query: PresentationMeetingsDocument,
    pause: !can(RecordKnowledgePresentationDocument) || item.status !== 'PUBLISHED',
  });
  const groupMeetings = heldGroupMeetings(group?.knowledgeGroup);
  const forumMeetings = heldForumMeetings(forums?.forums, forumScope(session?.token));
  const form = panelCommandsWith(common, T.commands);
  const all: Record<string, PanelCommand> = {
    review: form('review', {
      remountOn: groupMeetings.length,
      mutation: ReviewKnowledgeItemDocument,
      intro: groupMeetings.length ? undefined : T.noHeldMeetings,
      defaults: { verdict: 'APPROVED', meetingId: groupMeetings.at(-1)?.value ?? '' },
      fields: reviewFields(groupMeetings),
      toInput: (v) => ({
        itemId,
        meetingId: v.meetingId,
        verdict: v.verdict as ReviewVerdict,
        note: v.note.trim(),
        reason: v.reason.trim(),
      }),
    }),
    publish: form('publish', {
      mutation: PublishKnowledgeItemDocument,
      fields: [{ name: 'publishedOn', label: T.fields.publishedOn, help: T.fields.dateHelp, kind: 'date' }],
      toInput: (v) => ({ itemId, ...givenDay('publishedOn', v.publishedOn) }),
    }),
    retire: form('retire', {
      mutation: RetireKnowledgeItemDocument,
      fields: [{ name: 'retiredOn', label: T.fields.retiredOn, help: T.fields.dateHelp, kind: 'date' }, REASON_FIELD],
      toInput: (v) => ({ itemId, reason: v.reason.trim(), ...givenDay('retiredOn', v.retiredOn) }),
    }),
    present: form('present', {
      remountOn: forumMeetings.length,
      mutation: RecordKnowledgePresentationDocument,
      intro: forumMeetings.length ? undefined : T.noHeldMeetings,
      defaults: { forumMeetingId: forumMeetings[0]?.value ?? '' },
      fields: [
        {
          name: 'forumMeetingId',
          label: T.fields.forumMeeting,
          help: T.fields.forumMeetingHelp,
          kind: 'select',
          required: true,
          options: forumMeetings,
        },
      ],
      toInput: (v) => ({ itemId, forumMeetingId: v.forumMeetingId }),
    }),
  };
  const commands = (BY_STATUS[item.status] ?? []).map((name) => all[name]);
  return <CommandPanel commands={commands} forms={forms} testid="item-commands" />;
}
