import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideForum } from './forum.decide';
import { evolveForum } from './forum.state';

export const forumStream = streamOfCategory('forum');

export const forumDecider = entityDecider(evolveForum, decideForum, {
  EstablishForum: stated('establishedOn'),
  ChangeForumCapacity: handled,
  AdmitMember: stated('joinedOn'),
  ResignMember: stated('leftOn'),
  AddRepresentative: handled,
  RemoveRepresentative: handled,
});
