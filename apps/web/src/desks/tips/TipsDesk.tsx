import { DeskRoutes } from '../../app/DeskRoutes';
import { useCan } from '../../forms/can';
import { CompileTipDocument } from '../../gql/graphql';
import { Inbox } from './Inbox';
import { TipList } from './TipList';
import { TipPage } from './TipPage';
import { TT } from './texts';
import './tips.css';
import { DeskPage } from '../../app/DeskPage';

/** The inbox for roles that compile tips, and the tips the role may read. */
function TipsHome() {
  const can = useCan();
  return (
    <DeskPage title={TT.title} intro={TT.intro}>
      {can(CompileTipDocument) ? <Inbox /> : null}
      <TipList />
    </DeskPage>
  );
}

/**
 * The tip routine after the impulse (#/tips): the collaboration officer's inbox and tips, AV's sent
 * tips to receive and give an outcome, and one tip's page (#/tips/<id>) with its impulses, outcomes and history.
 */
export default function TipsDesk() {
  return <DeskRoutes index={<TipsHome />} pages={{ ':id': <TipPage /> }} />;
}
