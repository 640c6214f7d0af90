import { DeskRoutes } from '../../app/DeskRoutes';
import { CampaignList } from './CampaignList';
import { CampaignPage } from './CampaignPage';
import { InspectionPage } from './InspectionPage';

/**
 * The joint supervision desk: the campaigns (#/tillsyn), one campaign with its dashboard, eligible
 * principals and inspections (#/tillsyn/kampanj/<id>), and one inspection (#/tillsyn/inspektion/<id>).
 */
export default function SupervisionDesk() {
  return (
    <DeskRoutes
      index={<CampaignList />}
      pages={{ 'kampanj/:id': <CampaignPage />, 'inspektion/:id': <InspectionPage /> }}
    />
  );
}
