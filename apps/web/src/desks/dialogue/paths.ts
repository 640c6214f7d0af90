/** Where an area's page and a meeting's page are, and a meeting's stream in the timeline. */
export const areaPath = (year: number, area: string) => `/dialog/omrade/${year}/${encodeURIComponent(area)}`;
export const meetingPath = (id: string) => `/dialog/mote/${encodeURIComponent(id)}`;
export const timelinePath = (stream: string) => `/tidslinje?strom=${encodeURIComponent(stream)}`;
