import { Route, Routes } from 'react-router';
import { ActivityList } from './ActivityList';
import { ActivityPage } from './ActivityPage';

/** Momentum's activities by kind, status and year (#/momentum); one activity (#/momentum/<id>). */
export default function MomentumDesk() {
  return (
    <Routes>
      <Route index element={<ActivityList />} />
      <Route path=":activityId" element={<ActivityPage />} />
    </Routes>
  );
}
