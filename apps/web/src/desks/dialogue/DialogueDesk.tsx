import { Route, Routes } from 'react-router';
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
    <Routes>
      <Route index element={<DialogueOverview />} />
      <Route path="omrade/:year/:area" element={<AreaPage />} />
      <Route path="mote/:id" element={<MeetingPage />} />
    </Routes>
  );
}
