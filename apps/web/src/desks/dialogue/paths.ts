/** Where an area's page and a meeting's page are. */
export const areaPath = (year: number, area: string) => `/dialog/omrade/${year}/${encodeURIComponent(area)}`;
export const meetingPath = (id: string) => `/dialog/mote/${encodeURIComponent(id)}`;
