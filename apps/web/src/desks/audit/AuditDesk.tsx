import { Heading } from '@digdir/designsystemet-react';
import { DeskRoutes, DeskTabs } from '../../app/DeskRoutes';
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
      <DeskTabs
        label={T.tabsLabel}
        className="no-print"
        tabs={[
          { to: '/revision', end: true, testid: 'tab-report', label: T.tabs.report },
          { to: '/revision/forseglingar', testid: 'tab-seals', label: T.tabs.seals },
          { to: '/revision/manader', testid: 'tab-months', label: T.tabs.months },
          ...(integrity ? [{ to: '/revision/integritet', testid: 'tab-integrity', label: T.tabs.integrity }] : []),
        ]}
      />
      <DeskRoutes
        index={<EsfReportPage />}
        pages={{
          forseglingar: <SealsPage />,
          'forseglingar/:sealId': <SealChanges />,
          manader: <MonthsPage />,
          integritet: <IntegrityPage />,
        }}
      />
    </div>
  );
}
