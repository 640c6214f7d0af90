import { Heading } from '@digdir/designsystemet-react';
import { NavLink, Route, Routes } from 'react-router';
import { useOperations } from '../../forms/can';
import { EsfReportPage } from './EsfReportPage';
import { IntegrityPage } from './IntegrityPage';
import { MonthsPage } from './MonthsPage';
import { SealChanges } from './SealChanges';
import { SealsPage } from './SealsPage';
import { T } from './texts';
import '../../print/print.css';
import './audit.css';

/**
 * The auditor's desk: the ESF report of a period (#/revision?fran=…&till=…), its seals and what
 * changed since each (#/revision/forseglingar/…), participants by month, and integrity.
 */
export default function AuditDesk() {
  // The steering group reports and seals too, but only the auditor verifies the store.
  const integrity = !!useOperations()?.has('Query.verifyIntegrity');
  return (
    <div className="desk audit-desk">
      <Heading level={1} data-size="lg" className="no-print">
        {T.title}
      </Heading>
      <nav aria-label={T.tabsLabel} className="desk-tabs no-print">
        <NavLink to="/revision" end data-testid="tab-report">
          {T.tabs.report}
        </NavLink>
        <NavLink to="/revision/forseglingar" data-testid="tab-seals">
          {T.tabs.seals}
        </NavLink>
        <NavLink to="/revision/manader" data-testid="tab-months">
          {T.tabs.months}
        </NavLink>
        {integrity ? (
          <NavLink to="/revision/integritet" data-testid="tab-integrity">
            {T.tabs.integrity}
          </NavLink>
        ) : null}
      </nav>
      <Routes>
        <Route index element={<EsfReportPage />} />
        <Route path="forseglingar" element={<SealsPage />} />
        <Route path="forseglingar/:sealId" element={<SealChanges />} />
        <Route path="manader" element={<MonthsPage />} />
        <Route path="integritet" element={<IntegrityPage />} />
      </Routes>
    </div>
  );
}
