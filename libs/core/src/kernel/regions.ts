/** Sweden's 21 counties (län): where impulses and forums are placed unless REGIONS says otherwise. */
export const DEFAULT_REGIONS = [
  'Stockholm', 'Uppsala', 'Södermanland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar', 'Gotland',
  'Blekinge', 'Skåne', 'Halland', 'Västra Götaland', 'Värmland', 'Örebro', 'Västmanland', 'Dalarna',
  'Gävleborg', 'Västernorrland', 'Jämtland', 'Västerbotten', 'Norrbotten',
];
