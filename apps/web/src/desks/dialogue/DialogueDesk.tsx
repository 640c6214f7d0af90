import { DeskRoutes } from '../../app/DeskRoutes';
import './dialogue.css';
import { AreaPage } from './AreaPage';
import { DialogueOverview } from './DialogueOverview';
import { MeetingPage } from './MeetingPage';

/**
 * The dialogue desk: coverage and meetings of a year (#/dialog?ar=2026), an area's selection and
 * meetings with the forms that select and plan (#/dialog/omrade/2026/Skåne), one meeting with
 * the forms that record it (#/dialog/mote/<id>).
 */
export default function DialogueDesk() {
  return (
    <DeskRoutes
      index={<DialogueOverview />}
      pages={{ 'omrade/:year/:area': <AreaPage />, 'mote/:id': <MeetingPage /> }}
    />
  );
}
