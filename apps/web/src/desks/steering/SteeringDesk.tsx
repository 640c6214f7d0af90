import type { ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router';
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
      <nav aria-label={O.tabsLabel} className="desk-tabs">
        <NavLink to="/styrgrupp" end>
          {O.tabs.plans}
        </NavLink>
        <NavLink to="/styrgrupp/ataganden" data-testid="tab-obligations">
          {O.tabs.obligations}
        </NavLink>
        <NavLink to="/styrgrupp/utfall" data-testid="tab-actual">
          {O.tabs.actual}
        </NavLink>
      </nav>
      <Routes>
        <Route index element={<PlanList />} />
        <Route
          path="ataganden"
          element={
            <Oversight>
              <Obligations />
            </Oversight>
          }
        />
        <Route
          path="utfall"
          element={
            <Oversight>
              <PlanVersusActual />
            </Oversight>
          }
        />
        <Route path=":year" element={<PlanDocumentView />} />
      </Routes>
    </>
  );
}
