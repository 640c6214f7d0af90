import { Route, Routes } from 'react-router';
import { CampaignList } from './CampaignList';
import { CampaignPage } from './CampaignPage';
import { InspectionPage } from './InspectionPage';

/**
 * The joint supervision desk: the campaigns (#/tillsyn), one campaign with its dashboard, eligible
 * principals and inspections (#/tillsyn/kampanj/<id>), and one inspection (#/tillsyn/inspektion/<id>).
 */
export default function SupervisionDesk() {
  return (
    <Routes>
      <Route index element={<CampaignList />} />
      <Route path="kampanj/:id" element={<CampaignPage />} />
      <Route path="inspektion/:id" element={<InspectionPage />} />
    </Routes>
  );
}
