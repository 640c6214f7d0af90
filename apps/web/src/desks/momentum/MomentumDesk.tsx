import { DeskRoutes } from '../../app/DeskRoutes';
import { ActivityList } from './ActivityList';
import { ActivityPage } from './ActivityPage';

/** Momentum's activities by kind, status and year (#/momentum); one activity (#/momentum/<id>). */
export default function MomentumDesk() {
  return <DeskRoutes index={<ActivityList />} pages={{ ':activityId': <ActivityPage /> }} />;
}
