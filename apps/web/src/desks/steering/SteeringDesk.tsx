import { Route, Routes } from 'react-router';
import { PlanDocumentView } from './PlanDocumentView';
import { PlanList } from './PlanList';

/** The steering group's desk: the plans by year (#/styrgrupp) and one year's plan (#/styrgrupp/2027). */
export default function SteeringDesk() {
  return (
    <Routes>
      <Route index element={<PlanList />} />
      <Route path=":year" element={<PlanDocumentView />} />
    </Routes>
  );
}
