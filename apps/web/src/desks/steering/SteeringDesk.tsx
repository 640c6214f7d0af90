import type { ReactNode } from 'react';
import { DeskRoutes, DeskTabs } from '../../app/DeskRoutes';
import { Obligations } from './Obligations';
import { PlanDocumentView } from './PlanDocumentView';
import { PlanList } from './PlanList';
import { PlanVersusActual } from './PlanVersusActual';
import { O, T } from './texts';
import { DeskPage } from '../../app/DeskPage';

/** Oversight pages keep the desk's heading; a plan's document has its own. */
function Oversight({ children }: { children: ReactNode }) {
  return <DeskPage title={T.title}>{children}</DeskPage>;
}

/**
 * The steering group's desk: the plans by year (#/styrgrupp), one year's plan (#/styrgrupp/2027),
 * obligations (#/styrgrupp/ataganden) and plan against actual (#/styrgrupp/utfall?ar=2027).
 */
export default function SteeringDesk() {
  return (
    <>
      <DeskTabs
        label={O.tabsLabel}
        tabs={[
          { to: '/styrgrupp', end: true, label: O.tabs.plans },
          { to: '/styrgrupp/ataganden', testid: 'tab-obligations', label: O.tabs.obligations },
          { to: '/styrgrupp/utfall', testid: 'tab-actual', label: O.tabs.actual },
        ]}
      />
      <DeskRoutes
        index={<PlanList />}
        pages={{
          ataganden: (
            <Oversight>
              <Obligations />
            </Oversight>
          ),
          utfall: (
            <Oversight>
              <PlanVersusActual />
            </Oversight>
          ),
          ':year': <PlanDocumentView />,
        }}
      />
    </>
  );
}
