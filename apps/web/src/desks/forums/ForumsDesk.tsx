import { DeskRoutes } from '../../app/DeskRoutes';
import { ForumList } from './ForumList';
import { ForumRoom } from './ForumRoom';
import './forums.css';

/** The regional forums' desk: the forums with this year's cadence (#/forum) and a forum's room (#/forum/vast). */
export default function ForumsDesk() {
  return <DeskRoutes index={<ForumList />} pages={{ ':forumId': <ForumRoom /> }} />;
}
