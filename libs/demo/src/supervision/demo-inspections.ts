import type { Finding, InspectionSubject, IsoDate, Principal, SupervisionSector } from '@samverkan/supervision';
import { DemoCampaignKey } from './demo-campaigns';
import { bolag, kommun, region } from '../organisation-numbers';
import { demoKeyed } from '../demo-tables';

/**
 * The inspections of the two demo campaigns. Principals (huvudmän) are fictional: invented names,
 * organisation numbers built from invented stems with a valid check digit (municipalities 212000-,
 * regions 232100-, limited companies 556). Findings are short and name no person. Every inspection
 * is made by the dev AV inspector, now and then with a (fictional) colleague; FK's participation
 * at principal level is recorded by the dev collaboration officer.
 */

/** A requirement (krav) issued to the employer after the inspection. */
export interface DemoRequirement {
  description: string;
  issuedOn: IsoDate;
  dueDate: IsoDate;
}

export interface DemoFollowUp {
  followedUpOn: IsoDate;
  note: string;
  /** The verdict covers every requirement issued before the follow-up. */
  requirementsMet: boolean;
}

export interface DemoFkParticipation {
  informedAbout: string;
  /** Fictional FK colleagues besides the dev collaboration officer. */
  otherParticipants: string[];
}

export type DemoInspectionOutcome =
  { kind: 'CLOSED'; closedOn: IsoDate } | { kind: 'CARRIED_OVER'; reason: string } | { kind: 'OPEN' };

/** `region` is a county of the default region list (DEFAULT_REGIONS). */
export interface DemoInspection extends InspectionSubject {
  /** Stable demo key, `<campaign>:<n>`: the command ids, and so the inspection id, derive from it. */
  key: string;
  campaign: DemoCampaignKey;
  /** Fictional AV colleagues besides the dev inspector. */
  otherInspectors: string[];
  /** At principal level: the key of the earlier workplace inspection that found system deficiencies. */
  basedOn?: string;
  fkParticipation?: DemoFkParticipation;
  findings: Finding[];
  requirements: DemoRequirement[];
  followUps: DemoFollowUp[];
  outcome: DemoInspectionOutcome;
}

// ── principals ──────────────────────────────────────────────────────────────────────────────

/** Välfärden: six municipalities and four home care companies. */
const BJORKEDAL = kommun('Björkedals kommun', '431');
const SJOVIKEN = kommun('Sjövikens kommun', '447');
const LINDASA = kommun('Lindåsa kommun', '462');
const NORRFORS = kommun('Norrfors kommun', '478');
const EKBACKA = kommun('Ekbacka kommun', '485');
const HAGMARK = kommun('Hagmarks kommun', '493');
const OMSORGSHUSET = bolag('Omsorgshuset Norden AB', '714208');
const TRYGGA_HANDER = bolag('Trygga Händer Hemtjänst AB', '783512');
const VARDAGSSTOD = bolag('Vardagsstöd i Mälardalen AB', '802637');
const FJALLSIPPAN = bolag('Fjällsippans Omsorg AB', '861945');

/** Hälsosamt: preschools (three municipalities, one company), primary care (two regions, one company), industry, construction. */
const GRANASEN = kommun('Granåsens kommun', '512');
const VASTERHOJDEN = kommun('Västerhöjdens kommun', '527');
const STROMSVALLEN = kommun('Strömsvallens kommun', '539');
const LEKSTUGAN = bolag('Lekstugan Förskolor AB', '729431');
const SJOLAND = region('Region Sjöland', '614');
const ASBYGD = region('Region Åsbygd', '628');
const HALSOKALLAN = bolag('Hälsokällan Primärvård AB', '817264');
const NORRVERK = bolag('Norrverk Industri AB', '692018');
const KALLBY = bolag('Kallby Mekaniska Verkstad AB', '743356');
const BERGBYGGARNA = bolag('Bergbyggarna Syd AB', '778490');
const STOMME_OCH_TAK = bolag('Stomme och Tak Bygg AB', '845172');

// ── builders ────────────────────────────────────────────────────────────────────────────────

const brist = (area: string, description: string): Finding => ({ area, description, systemDeficiency: false });
const systembrist = (area: string, description: string): Finding => ({ area, description, systemDeficiency: true });
const closed = (closedOn: IsoDate): DemoInspectionOutcome => ({ kind: 'CLOSED', closedOn });
const OPEN: DemoInspectionOutcome = { kind: 'OPEN' };
const requirement = (issuedOn: IsoDate, dueDate: IsoDate, description: string): DemoRequirement => ({
  description,
  issuedOn,
  dueDate,
});
/** A follow-up whose verdict is that the requirements are met, or not yet. */
const met = (followedUpOn: IsoDate, note: string): DemoFollowUp => ({ followedUpOn, note, requirementsMet: true });
const notMet = (followedUpOn: IsoDate, note: string): DemoFollowUp => ({ followedUpOn, note, requirementsMet: false });

type Rest = Partial<Pick<DemoInspection, 'otherInspectors' | 'requirements' | 'followUps' | 'fkParticipation'>> & {
  findings: Finding[];
  outcome: DemoInspectionOutcome;
};

/** What every inspection carries besides where it was made; the lists the rest leaves out are empty. */
function inspected(key: string, campaign: DemoCampaignKey, rest: Rest) {
  return {
    key: `${campaign}:${key}`,
    campaign,
    otherInspectors: rest.otherInspectors ?? [],
    findings: rest.findings,
    requirements: rest.requirements ?? [],
    followUps: rest.followUps ?? [],
    outcome: rest.outcome,
    ...(rest.fkParticipation ? { fkParticipation: rest.fkParticipation } : {}),
  };
}

function workplace(
  key: string,
  campaign: DemoCampaignKey,
  principal: Principal,
  place: string,
  sector: SupervisionSector,
  inRegion: string,
  inspectedOn: IsoDate,
  rest: Rest,
): DemoInspection {
  return {
    ...inspected(key, campaign, rest),
    level: 'WORKPLACE',
    principal,
    workplace: place,
    sector,
    region: inRegion,
    inspectedOn,
  };
}

function principalLevel(
  key: string,
  campaign: DemoCampaignKey,
  principal: Principal,
  sector: SupervisionSector,
  inRegion: string,
  inspectedOn: IsoDate,
  basedOn: string,
  rest: Rest & { fkParticipation: DemoFkParticipation },
): DemoInspection {
  return {
    ...inspected(key, campaign, rest),
    level: 'PRINCIPAL',
    principal,
    sector,
    region: inRegion,
    inspectedOn,
    basedOn: `${campaign}:${basedOn}`,
  };
}

const SAM = 'Systematiskt arbetsmiljöarbete';
const OSA = 'Organisatorisk och social arbetsmiljö';
const BELASTNING = 'Arbetsbelastning';
const ANPASSNING = 'Arbetsanpassning och rehabilitering';
const HOT_OCH_VALD = 'Hot och våld';
const ENSAMARBETE = 'Ensamarbete';
const ERGONOMI = 'Belastningsergonomi';

const FK_STOD =
  'Stödet för att förebygga sjukfrånvaro: förebyggande sjukpenning, bidrag till arbetshjälpmedel och samverkan med ' +
  'Försäkringskassan tidigt när en medarbetare riskerar att bli sjukskriven.';
const FK_ANPASSNING =
  'Arbetsgivarens ansvar för arbetsanpassning och rehabilitering, och Försäkringskassans stöd för att förebygga ' +
  'sjukfrånvaro: förebyggande sjukpenning och bidrag till arbetshjälpmedel.';

// ── Ett hållbart arbetsliv i välfärden: home care ───────────────────────────────────────────

const v = (key: string, principal: Principal, place: string, inRegion: string, inspectedOn: IsoDate, rest: Rest) =>
  workplace(key, 'valfarden', principal, place, 'HOME_CARE', inRegion, inspectedOn, rest);

const VALFARDEN: DemoInspection[] = [
  v('arbetsplats-01', BJORKEDAL, 'Hemtjänsten Centrum', 'Västra Götaland', '2025-05-13', {
    otherInspectors: ['Karin Lövgren'],
    findings: [
      systembrist(
        BELASTNING,
        'Arbetsbelastningen undersöks och riskbedöms inte; samma brist finns enligt enhetschefen i kommunens övriga hemtjänstgrupper.',
      ),
      brist(ERGONOMI, 'Förflyttningshjälpmedel saknas hos två brukare.'),
    ],
    requirements: [
      requirement(
        '2025-05-27',
        '2025-09-30',
        'Undersök och riskbedöm arbetsbelastningen i hemtjänstgruppen och ta fram en handlingsplan.',
      ),
    ],
    followUps: [met('2025-10-07', 'Riskbedömning och handlingsplan inkomna; åtgärderna är påbörjade.')],
    outcome: closed('2025-10-14'),
  }),
  v('arbetsplats-02', OMSORGSHUSET, 'Hemtjänst Söder', 'Stockholm', '2025-05-20', {
    findings: [
      systembrist(
        SAM,
        'Bolaget har ingen fungerande rutin för att följa upp arbetsmiljöarbetet i sina hemtjänstgrupper.',
      ),
      brist(HOT_OCH_VALD, 'Rutinen för hot och våld är inte känd av personalen.'),
    ],
    requirements: [
      requirement(
        '2025-06-03',
        '2025-09-15',
        'Inför en rutin för årlig uppföljning av det systematiska arbetsmiljöarbetet.',
      ),
    ],
    followUps: [met('2025-09-22', 'Rutin för årlig uppföljning antagen av ledningen.')],
    outcome: closed('2025-09-29'),
  }),
  v('arbetsplats-03', EKBACKA, 'Hemtjänsten Öster', 'Skåne', '2025-05-27', {
    findings: [
      systembrist(
        OSA,
        'Schemaläggningen ger återkommande delade turer och för kort återhämtning; den styrs centralt av förvaltningen.',
      ),
    ],
    outcome: closed('2025-07-01'),
  }),
  v('arbetsplats-04', HAGMARK, 'Hemtjänst Norra', 'Örebro', '2025-06-03', {
    findings: [brist(ERGONOMI, 'Riskbedömning inför förflyttningar saknas hos en brukare.')],
    outcome: closed('2025-06-24'),
  }),
  v('arbetsplats-05', SJOVIKEN, 'Hemtjänsten Strand', 'Stockholm', '2025-06-10', {
    findings: [brist(ENSAMARBETE, 'Larmrutinen vid ensamarbete kvällstid behöver förtydligas.')],
    outcome: closed('2025-07-01'),
  }),
  v('arbetsplats-06', LINDASA, 'Hemtjänsten Tätorten', 'Östergötland', '2025-06-17', {
    findings: [
      systembrist(
        BELASTNING,
        'Enhetscheferna har för många medarbetare för att kunna hantera arbetsmiljöfrågorna; kommunen har inte bedömt riskerna.',
      ),
    ],
    requirements: [
      requirement('2025-07-01', '2025-11-30', 'Bedöm riskerna med enhetschefernas förutsättningar och åtgärda dem.'),
    ],
    followUps: [met('2025-12-09', 'Riskbedömning gjord; ytterligare en enhetschef är anställd.')],
    outcome: closed('2025-12-16'),
  }),
  v('arbetsplats-07', TRYGGA_HANDER, 'Hemtjänst Kustvägen', 'Skåne', '2025-08-26', {
    findings: [
      systembrist(
        ANPASSNING,
        'Bolaget saknar rutin för arbetsanpassning och rehabilitering; sjukfrånvaron följs inte upp.',
      ),
    ],
    requirements: [
      requirement(
        '2025-09-09',
        '2025-11-14',
        'Ta fram en rutin för arbetsanpassning och rehabilitering och gör den känd i verksamheten.',
      ),
    ],
    followUps: [
      notMet('2025-11-18', 'Rutinen är påbörjad men inte beslutad eller känd av cheferna.'),
      met('2026-01-13', 'Rutinen är beslutad och cheferna har fått utbildning i den.'),
    ],
    outcome: closed('2026-01-20'),
  }),
  v('arbetsplats-08', FJALLSIPPAN, 'Hemtjänst Åsen', 'Jämtland', '2025-09-02', {
    findings: [brist(ENSAMARBETE, 'Långa bilresor mellan brukare ingår inte i riskbedömningen av ensamarbete.')],
    outcome: closed('2025-09-23'),
  }),
  v('arbetsplats-09', NORRFORS, 'Hemtjänsten Västra', 'Västernorrland', '2025-09-09', {
    findings: [brist(HOT_OCH_VALD, 'Tillbud med hot rapporteras inte alltid.')],
    outcome: closed('2025-10-07'),
  }),
  v('arbetsplats-10', VARDAGSSTOD, 'Hemtjänst Kvarnbacken', 'Västmanland', '2025-09-16', {
    findings: [brist(ENSAMARBETE, 'Ensamarbete nattetid är inte riskbedömt.')],
    requirements: [requirement('2025-09-30', '2025-12-31', 'Riskbedöm ensamarbetet nattetid och vidta åtgärder.')],
    followUps: [met('2026-01-14', 'Riskbedömning gjord; larm och avstämning införda.')],
    outcome: closed('2026-01-21'),
  }),
  v('arbetsplats-11', BJORKEDAL, 'Hemtjänsten Älvsidan', 'Västra Götaland', '2025-09-23', {
    findings: [
      systembrist(BELASTNING, 'Samma brist som vid Hemtjänsten Centrum: arbetsbelastningen riskbedöms inte.'),
      brist(OSA, 'Arbetsplatsträffar ställs ofta in.'),
    ],
    outcome: closed('2025-11-04'),
  }),
  v('arbetsplats-12', OMSORGSHUSET, 'Hemtjänst Lövängen', 'Uppsala', '2025-09-30', {
    findings: [
      systembrist(SAM, 'Samma brist som i Stockholm: arbetsmiljöarbetet följs inte upp.'),
      systembrist(ANPASSNING, 'Arbetsanpassning prövas inte innan medarbetare sägs upp av personliga skäl.'),
    ],
    requirements: [
      requirement(
        '2025-10-14',
        '2026-01-31',
        'Säkerställ att arbetsanpassning utreds och dokumenteras i varje rehabiliteringsärende.',
      ),
    ],
    followUps: [met('2026-02-10', 'Mall och rutin för utredning av arbetsanpassning införda.')],
    outcome: closed('2026-02-17'),
  }),
  v('arbetsplats-13', EKBACKA, 'Hemtjänsten Väster', 'Skåne', '2025-10-07', {
    findings: [systembrist(OSA, 'Samma schemaproblem som i Hemtjänsten Öster; förvaltningen har inte åtgärdat det.')],
    outcome: closed('2025-11-11'),
  }),
  v('arbetsplats-14', SJOVIKEN, 'Hemtjänsten Backe', 'Stockholm', '2025-10-14', {
    otherInspectors: ['Jonas Ekberg'],
    findings: [
      systembrist(
        ANPASSNING,
        'Kommunens rutin för arbetsanpassning är inte anpassad till hemtjänsten och används inte.',
      ),
      brist(HOT_OCH_VALD, 'Personalen saknar utbildning i hot och våld.'),
    ],
    requirements: [requirement('2025-10-28', '2026-02-28', 'Utbilda personalen i rutinen för hot och våld.')],
    followUps: [met('2026-03-10', 'Utbildning genomförd för all personal.')],
    outcome: closed('2026-03-17'),
  }),
  v('arbetsplats-15', TRYGGA_HANDER, 'Hemtjänst Ängsbacken', 'Halland', '2025-10-21', {
    findings: [systembrist(ANPASSNING, 'Samma brist som i Skåne: ingen rutin för arbetsanpassning.')],
    outcome: closed('2025-11-25'),
  }),
  v('arbetsplats-16', HAGMARK, 'Hemtjänst Södra', 'Örebro', '2025-11-04', {
    findings: [brist(ERGONOMI, 'Arbetsställningar vid dusch bedöms inte.')],
    outcome: closed('2025-11-25'),
  }),
  v('arbetsplats-17', FJALLSIPPAN, 'Hemtjänst Byn', 'Jämtland', '2025-11-18', {
    findings: [brist(SAM, 'Skyddsronder dokumenteras inte.')],
    outcome: closed('2025-12-09'),
  }),
  v('arbetsplats-18', VARDAGSSTOD, 'Hemtjänst Tallåsen', 'Södermanland', '2025-12-02', {
    findings: [brist(OSA, 'Introduktionen av nyanställda är kort men planerad.')],
    outcome: closed('2025-12-16'),
  }),
  v('arbetsplats-19', NORRFORS, 'Hemtjänsten Östra', 'Västernorrland', '2026-01-20', {
    findings: [brist(ERGONOMI, 'Två brukare saknar dokumenterad förflyttningsplan.')],
    outcome: closed('2026-02-10'),
  }),
  v('arbetsplats-20', LINDASA, 'Hemtjänsten Landsbygden', 'Östergötland', '2026-02-03', {
    findings: [brist(ENSAMARBETE, 'Mobiltäckningen är dålig i delar av distriktet; rutin för kontakt saknas.')],
    outcome: closed('2026-03-03'),
  }),
  v('arbetsplats-21', BJORKEDAL, 'Hemtjänsten Kyrkbacken', 'Västra Götaland', '2026-02-17', {
    findings: [brist(OSA, 'Handlingsplanen efter huvudmannainspektionen är känd men ännu inte genomförd här.')],
    outcome: closed('2026-03-10'),
  }),
  v('arbetsplats-22', EKBACKA, 'Hemtjänsten Norr', 'Skåne', '2026-03-03', {
    findings: [brist(OSA, 'Det nya schemat har införts; uppföljning av återhämtningen återstår.')],
    outcome: closed('2026-03-24'),
  }),
  v('arbetsplats-23', OMSORGSHUSET, 'Hemtjänst Solvik', 'Stockholm', '2026-03-17', {
    findings: [brist(HOT_OCH_VALD, 'Larm saknas hos en ny medarbetare.')],
    outcome: closed('2026-04-07'),
  }),
  v('arbetsplats-24', SJOVIKEN, 'Hemtjänsten Centrum', 'Stockholm', '2026-04-14', {
    findings: [brist(ENSAMARBETE, 'Riskbedömningen av ensamarbete är gjord men inte känd av vikarier.')],
    outcome: closed('2026-05-05'),
  }),

  principalLevel(
    'huvudman-01',
    'valfarden',
    BJORKEDAL,
    'HOME_CARE',
    'Västra Götaland',
    '2025-10-28',
    'arbetsplats-01',
    {
      otherInspectors: ['Karin Lövgren'],
      fkParticipation: { informedAbout: FK_STOD, otherParticipants: ['Lena Markström'] },
      findings: [
        systembrist(
          BELASTNING,
          'Förvaltningen saknar system för att upptäcka och åtgärda hög arbetsbelastning i hemtjänstens grupper.',
        ),
      ],
      requirements: [
        requirement(
          '2025-11-11',
          '2026-03-31',
          'Inför ett system för att löpande följa och åtgärda arbetsbelastningen i hemtjänsten.',
        ),
      ],
      followUps: [
        met('2026-04-14', 'Mätning av arbetsbelastning införd i alla hemtjänstgrupper; rapporteras till nämnden.'),
      ],
      outcome: closed('2026-04-21'),
    },
  ),
  principalLevel('huvudman-02', 'valfarden', EKBACKA, 'HOME_CARE', 'Skåne', '2025-12-09', 'arbetsplats-03', {
    fkParticipation: { informedAbout: FK_STOD, otherParticipants: [] },
    findings: [
      systembrist(
        OSA,
        'Schemaläggningens regler tar inte hänsyn till återhämtning; förvaltningen har beslutat om ett nytt schema.',
      ),
    ],
    outcome: closed('2026-01-27'),
  }),
  principalLevel('huvudman-03', 'valfarden', OMSORGSHUSET, 'HOME_CARE', 'Stockholm', '2026-02-24', 'arbetsplats-02', {
    otherInspectors: ['Jonas Ekberg'],
    fkParticipation: { informedAbout: FK_STOD, otherParticipants: [] },
    findings: [
      systembrist(SAM, 'Ledningen följer inte upp arbetsmiljöarbetet i regionerna där bolaget har hemtjänst.'),
      brist(ANPASSNING, 'Rehabiliteringsärenden dokumenteras olika i olika regioner.'),
    ],
    requirements: [
      requirement(
        '2026-03-10',
        '2026-05-15',
        'Inför en gemensam uppföljning av arbetsmiljöarbetet i alla verksamhetsorter.',
      ),
    ],
    followUps: [met('2026-05-26', 'Uppföljningen är införd och redovisad till styrelsen.')],
    outcome: closed('2026-06-02'),
  }),
  principalLevel('huvudman-04', 'valfarden', SJOVIKEN, 'HOME_CARE', 'Stockholm', '2026-04-28', 'arbetsplats-14', {
    fkParticipation: { informedAbout: FK_STOD, otherParticipants: [] },
    findings: [
      systembrist(
        ANPASSNING,
        'Kommunens rutin för arbetsanpassning saknar ansvarsfördelning för hemtjänsten; chefer får inget stöd.',
      ),
    ],
    requirements: [
      requirement(
        '2026-05-12',
        '2026-09-30',
        'Ta fram en ansvarsfördelning och stöd för arbetsanpassning i hemtjänsten.',
      ),
    ],
    outcome: {
      kind: 'CARRIED_OVER',
      reason:
        'Kravet på huvudmannen har tidsfrist till 2026-09-30, efter att tillsynsaktiviteten avslutas; ' +
        'uppföljningen sker i Arbetsmiljöverkets ordinarie tillsyn.',
    },
  }),
];

// ── Ett hälsosamt arbetsliv: preschool and primary care (2025), industry and construction (2026) ──

const h = (
  key: string,
  principal: Principal,
  place: string,
  sector: SupervisionSector,
  inRegion: string,
  inspectedOn: IsoDate,
  rest: Rest,
) => workplace(key, 'halsosamt', principal, place, sector, inRegion, inspectedOn, rest);

const HALSOSAMT: DemoInspection[] = [
  h('arbetsplats-01', GRANASEN, 'Förskolan Blåklockan', 'PRESCHOOL', 'Värmland', '2025-08-26', {
    findings: [
      systembrist(
        ANPASSNING,
        'Kommunen saknar rutin för att utreda arbetsanpassning; förskolecheferna vet inte vem som ansvarar.',
      ),
      brist(ERGONOMI, 'Arbetshöjder vid skötbord är inte anpassade.'),
    ],
    requirements: [requirement('2025-09-09', '2025-11-30', 'Anpassa arbetshöjderna vid skötborden.')],
    followUps: [met('2025-12-02', 'Höj- och sänkbara skötbord installerade.')],
    outcome: closed('2025-12-09'),
  }),
  h('arbetsplats-02', SJOLAND, 'Vårdcentralen Hamnen', 'PRIMARY_CARE', 'Kalmar', '2025-09-02', {
    findings: [brist(BELASTNING, 'Arbetsbelastningen för distriktssköterskorna följs upp men åtgärder dröjer.')],
    outcome: closed('2025-09-30'),
  }),
  h('arbetsplats-03', LEKSTUGAN, 'Förskolan Ekorren', 'PRESCHOOL', 'Stockholm', '2025-09-09', {
    findings: [brist(ANPASSNING, 'Anpassningar görs men dokumenteras inte.')],
    outcome: closed('2025-10-07'),
  }),
  h('arbetsplats-04', VASTERHOJDEN, 'Förskolan Lärkan', 'PRESCHOOL', 'Uppsala', '2025-09-16', {
    otherInspectors: ['Sara Holmqvist'],
    findings: [
      systembrist(
        ANPASSNING,
        'Kommunens rutin för arbetsanpassning gäller bara för långa sjukfall; korta upprepade fall fångas inte.',
      ),
    ],
    outcome: closed('2025-10-28'),
  }),
  h('arbetsplats-05', ASBYGD, 'Vårdcentralen Åsen', 'PRIMARY_CARE', 'Jönköping', '2025-09-23', {
    findings: [
      systembrist(SAM, 'Regionen följer inte upp arbetsmiljöarbetet på vårdcentralerna.'),
      brist(OSA, 'Otydligt vem som prioriterar arbetsuppgifter vid hög belastning.'),
    ],
    outcome: closed('2025-11-04'),
  }),
  h('arbetsplats-06', HALSOKALLAN, 'Hälsokällan vårdcentral Torget', 'PRIMARY_CARE', 'Skåne', '2025-09-30', {
    findings: [brist(HOT_OCH_VALD, 'Rutinen för hot i receptionen är inte övad.')],
    outcome: closed('2025-10-21'),
  }),
  h('arbetsplats-07', STROMSVALLEN, 'Förskolan Sjöstjärnan', 'PRESCHOOL', 'Gävleborg', '2025-10-07', {
    findings: [brist(OSA, 'Planeringstid saknas ibland vid personalbrist.')],
    outcome: closed('2025-10-28'),
  }),
  h('arbetsplats-08', GRANASEN, 'Förskolan Tallbacken', 'PRESCHOOL', 'Värmland', '2025-10-14', {
    findings: [brist(ERGONOMI, 'Vuxenstolar saknas på en avdelning.')],
    outcome: closed('2025-11-04'),
  }),
  h('arbetsplats-09', SJOLAND, 'Vårdcentralen Strandby', 'PRIMARY_CARE', 'Kalmar', '2025-10-21', {
    findings: [
      systembrist(
        ANPASSNING,
        'Regionen prövar inte arbetsanpassning innan omplacering; samma rutin gäller alla vårdcentraler.',
      ),
    ],
    outcome: closed('2025-11-25'),
  }),
  h('arbetsplats-10', VASTERHOJDEN, 'Förskolan Myran', 'PRESCHOOL', 'Uppsala', '2025-11-04', {
    findings: [brist(BELASTNING, 'Bullernivån i matsalen är hög; åtgärd planerad.')],
    outcome: closed('2025-11-25'),
  }),
  h('arbetsplats-11', HALSOKALLAN, 'Hälsokällan vårdcentral Parken', 'PRIMARY_CARE', 'Skåne', '2025-11-11', {
    findings: [brist(SAM, 'Skyddsombud deltar inte i riskbedömningar.')],
    outcome: closed('2025-12-02'),
  }),
  h('arbetsplats-12', NORRVERK, 'Pressverkstaden', 'INDUSTRY', 'Norrbotten', '2026-02-10', {
    findings: [
      systembrist(
        ANPASSNING,
        'Bolaget har ingen rutin för arbetsanpassning; medarbetare med nedsatt förmåga sägs upp utan utredning.',
      ),
      brist(ERGONOMI, 'Tunga lyft vid pressarna.'),
    ],
    requirements: [requirement('2026-02-24', '2026-05-31', 'Minska de tunga lyften vid pressarna.')],
    followUps: [met('2026-06-09', 'Lyfthjälpmedel installerade vid alla pressar.')],
    outcome: closed('2026-06-16'),
  }),
  h('arbetsplats-13', BERGBYGGARNA, 'Byggarbetsplats Kvarteret Linden', 'CONSTRUCTION', 'Kronoberg', '2026-03-10', {
    findings: [brist(ANPASSNING, 'Anpassningar görs men följs inte upp.')],
    outcome: closed('2026-03-31'),
  }),
  h('arbetsplats-14', KALLBY, 'Verkstaden', 'INDUSTRY', 'Blekinge', '2026-04-14', {
    findings: [brist(ERGONOMI, 'Monteringsbord saknar höjdinställning.')],
    outcome: closed('2026-05-05'),
  }),
  h('arbetsplats-15', STOMME_OCH_TAK, 'Byggarbetsplats Strandängen', 'CONSTRUCTION', 'Halland', '2026-05-12', {
    otherInspectors: ['Sara Holmqvist'],
    findings: [
      systembrist(ANPASSNING, 'Bolaget saknar rutin för arbetsanpassning och rehabilitering på alla arbetsplatser.'),
      brist(ERGONOMI, 'Manuell hantering av gipsskivor i trappor.'),
    ],
    requirements: [requirement('2026-05-26', '2026-10-30', 'Inför hjälpmedel för hantering av skivmaterial.')],
    outcome: OPEN,
  }),
  h('arbetsplats-16', BERGBYGGARNA, 'Byggarbetsplats Norra stationen', 'CONSTRUCTION', 'Kronoberg', '2026-06-09', {
    findings: [brist(SAM, 'Riskbedömning saknas för ändrade arbetsmoment.')],
    requirements: [requirement('2026-06-23', '2026-12-15', 'Riskbedöm ändrade arbetsmoment innan de påbörjas.')],
    outcome: OPEN,
  }),

  principalLevel('huvudman-01', 'halsosamt', GRANASEN, 'PRESCHOOL', 'Värmland', '2025-11-25', 'arbetsplats-01', {
    fkParticipation: { informedAbout: FK_ANPASSNING, otherParticipants: [] },
    findings: [
      systembrist(ANPASSNING, 'Kommunen har ingen ansvarsfördelning för arbetsanpassning; en rutin tas nu fram.'),
    ],
    outcome: closed('2025-12-16'),
  }),
  principalLevel('huvudman-02', 'halsosamt', SJOLAND, 'PRIMARY_CARE', 'Kalmar', '2025-12-09', 'arbetsplats-09', {
    fkParticipation: { informedAbout: FK_ANPASSNING, otherParticipants: ['Maria Sundin'] },
    findings: [
      systembrist(ANPASSNING, 'Regionens rehabiliteringsrutin nämner inte arbetsanpassning före omplacering.'),
    ],
    requirements: [
      requirement('2025-12-16', '2026-03-31', 'Komplettera rehabiliteringsrutinen med utredning av arbetsanpassning.'),
    ],
    followUps: [met('2026-04-07', 'Rutinen är reviderad och beslutad.')],
    outcome: closed('2026-04-14'),
  }),
  principalLevel(
    'huvudman-03',
    'halsosamt',
    STOMME_OCH_TAK,
    'CONSTRUCTION',
    'Halland',
    '2026-06-23',
    'arbetsplats-15',
    {
      fkParticipation: { informedAbout: FK_ANPASSNING, otherParticipants: [] },
      findings: [
        systembrist(
          ANPASSNING,
          'Ledningen saknar rutin och stöd för arbetsanpassning; platscheferna hanterar det var för sig.',
        ),
      ],
      requirements: [
        requirement('2026-07-07', '2026-12-15', 'Ta fram en rutin för arbetsanpassning som gäller alla arbetsplatser.'),
      ],
      outcome: OPEN,
    },
  ),
];

/** Both campaigns' inspections, in the order the seed records them (by inspection date). */
export const DEMO_INSPECTIONS: readonly DemoInspection[] = [...VALFARDEN, ...HALSOSAMT].sort((a, b) =>
  a.inspectedOn.localeCompare(b.inspectedOn),
);

export function demoInspection(key: string): DemoInspection {
  return demoKeyed(DEMO_INSPECTIONS, key, 'inspection');
}

export function inspectionsOf(campaign: DemoCampaignKey): DemoInspection[] {
  return DEMO_INSPECTIONS.filter((i) => i.campaign === campaign);
}
