import { Alert } from '@digdir/designsystemet-react';
import { ComponentType, useEffect } from 'react';
import { Navigate, RouteObject, useOutletContext } from 'react-router';
import { DeskPath } from './desk-access';
import { SHELL } from './texts';

export const DESK_TITLES: Record<DeskPath, string> = {
  oversikt: 'Översikt',
  tidslinje: 'Tidslinje',
  styrgrupp: 'Styrgruppen',
  forum: 'Regionala forum',
  dialog: 'Dialogmöten',
  tillsyn: 'Gemensam tillsyn',
  kunskap: 'Kunskapsgruppen',
  momentum: 'Momentum',
  impulser: 'Impulser',
  tips: 'Tips',
  revision: 'Revision',
  dataskydd: 'Dataskydd',
  tjanster: 'Tjänsteinloggningar',
  forklaring: 'Siffrors händelser',
};

/** Each desk's code is its own chunk, loaded when the desk is first opened. */
const LOADERS: Record<DeskPath, () => Promise<{ default: ComponentType }>> = {
  oversikt: () => import('../desks/overview/OverviewDesk'),
  tidslinje: () => import('../desks/timeline/TimelineDesk'),
  styrgrupp: () => import('../desks/steering/SteeringDesk'),
  forum: () => import('../desks/forums/ForumsDesk'),
  dialog: () => import('../desks/dialogue/DialogueDesk'),
  tillsyn: () => import('../desks/supervision/SupervisionDesk'),
  kunskap: () => import('../desks/knowledge/KnowledgeDesk'),
  momentum: () => import('../desks/momentum/MomentumDesk'),
  impulser: () => import('../desks/tips/ImpulseDesk'),
  tips: () => import('../desks/tips/TipsDesk'),
  revision: () => import('../desks/audit/AuditDesk'),
  dataskydd: () => import('../desks/privacy/PrivacyDesk'),
  tjanster: () => import('../desks/services/ServicesDesk'),
  forklaring: () => import('../desks/explain/ExplainDesk'),
};

/** A desk the role may not use says so (a typed or bookmarked address), instead of failing on every query. */
function Guarded({ desk, Desk }: { desk: DeskPath; Desk: ComponentType }) {
  const allowed = useOutletContext<DeskPath[]>();
  const permitted = allowed.includes(desk);
  useEffect(() => {
    document.title = `${DESK_TITLES[desk]} – Samverkan`;
  }, [desk]);
  if (!permitted)
    return (
      <Alert data-color="warning" data-testid="desk-not-allowed">
        {SHELL.notAllowed}
      </Alert>
    );
  return <Desk />;
}

/** The first desk the role may use, or a message where it has none. */
function FirstDesk() {
  const allowed = useOutletContext<DeskPath[]>();
  if (!allowed.length) return <Alert data-color="info">{SHELL.noDesks}</Alert>;
  return <Navigate to={`/${allowed[0]}`} replace />;
}

export const DESK_ROUTES: RouteObject[] = [
  { index: true, element: <FirstDesk /> },
  ...(Object.keys(LOADERS) as DeskPath[]).map((desk): RouteObject => ({
    path: `${desk}/*`,
    lazy: async () => {
      const { default: Desk } = await LOADERS[desk]();
      return { Component: () => <Guarded desk={desk} Desk={Desk} /> };
    },
  })),
];
