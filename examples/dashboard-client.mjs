#!/usr/bin/env node
/* global process, console, fetch, URL */
/**
 * A small dashboard client for the Samverkan API (docs/DASHBOARDS.md): reads the figures a steering
 * group follows with a standard GraphQL client (@urql/core) and takes one of them as a CSV file.
 *
 *   SAMVERKAN_URL=http://127.0.0.1:3000 SAMVERKAN_TOKEN=<a DASHBOARD token> node examples/dashboard-client.mjs [--year 2025]
 *
 * Not part of the product: nothing in apps/ or libs/ imports it and the build leaves it out.
 */
import { Client, fetchExchange, gql } from '@urql/core';

const url = process.env.SAMVERKAN_URL ?? 'http://127.0.0.1:3000';
const token = process.env.SAMVERKAN_TOKEN;
if (!token) {
  console.error('SAMVERKAN_TOKEN must hold a bearer token (docs/DASHBOARDS.md, "Getting a credential").');
  process.exit(2);
}
const yearArg = process.argv.indexOf('--year');
const askedYear = yearArg > 0 ? Number(process.argv[yearArg + 1]) : undefined;

const client = new Client({
  url: new URL('/graphql', url).toString(),
  exchanges: [fetchExchange],
  // Figures change with every write: ask the server each time.
  requestPolicy: 'network-only',
  // urql sends short queries as GET, which the server takes only with a CSRF-safe header: POST is simpler.
  preferGetMethod: false,
  fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
});

/** One query; a refusal (FORBIDDEN, BAD_USER_INPUT, RATE_LIMITED…) ends the script with its code. */
async function ask(query, variables = {}) {
  const result = await client.query(query, variables).toPromise();
  if (result.error) {
    const codes = result.error.graphQLErrors.map((e) => e.extensions?.code).filter(Boolean);
    console.error(`The API refused: ${result.error.message} ${codes.length ? `(${codes.join(', ')})` : ''}`);
    process.exit(1);
  }
  return result.data;
}

const YEARS = gql`
  query Years {
    tipFunnelYears
  }
`;

const DASHBOARD = gql`
  query Dashboard($year: Int!) {
    tipFunnel(year: $year, groupBy: REGION) {
      suppressed
      total {
        impulses {
          ...Count
        }
        tips {
          ...Count
        }
      }
      groups {
        label
        figures {
          impulses {
            ...Count
          }
          tips {
            ...Count
          }
        }
      }
    }
    dialogueCoverage(year: $year) {
      area
      meetingsHeld {
        ...Count
      }
    }
    obligationCounts {
      today
      totalOpen {
        ...Count
      }
      totalOverdue {
        ...Count
      }
    }
    planVersusActual(year: $year) {
      tally {
        met
        onTrack
        atRisk
        missed
      }
    }
    knowledgeReach {
      itemId
      forums
      meetings
    }
  }
  fragment Count on SmallCount {
    value
    display
    suppressed
  }
`;

const years = (await ask(YEARS)).tipFunnelYears;
const year = askedYear ?? years.at(-1) ?? new Date().getFullYear();
const d = await ask(DASHBOARD, { year });

console.log(`Samverkan ${year}`);
const funnel = d.tipFunnel;
console.log(`Tips: impulser ${funnel.total.impulses.display}, tips ${funnel.total.tips.display}`);
for (const group of funnel.groups.filter((g) => g.figures.impulses.value !== 0))
  console.log(`  ${group.label}: impulser ${group.figures.impulses.display}, tips ${group.figures.tips.display}`);
const held = d.dialogueCoverage.map((a) => `${a.area} ${a.meetingsHeld.display}`);
console.log(`Dialogmöten hållna: ${held.join(', ') || 'inga'}`);
const o = d.obligationCounts;
console.log(`Åtaganden ${o.today}: öppna ${o.totalOpen.display}, försenade ${o.totalOverdue.display}`);
const t = d.planVersusActual.tally;
console.log(`Plan mot utfall: uppfyllt ${t.met}, på väg ${t.onTrack}, i fara ${t.atRisk}, missat ${t.missed}`);
const reach = d.knowledgeReach.reduce((sum, item) => sum + item.meetings, 0);
console.log(`Kunskapsunderlag: ${d.knowledgeReach.length}, presenterade vid ${reach} forummöten`);

// The same figure as a file, for a spreadsheet: its leading # lines say what it is.
const file = await fetch(new URL(`/figures/tipFunnel.csv?year=${year}&groupBy=REGION`, url), {
  headers: { authorization: `Bearer ${token}` },
});
if (!file.ok) {
  console.error(`The file was refused: HTTP ${file.status} ${await file.text()}`);
  process.exit(1);
}
const lines = (await file.text()).split('\n');
const position = lines.find((line) => line.startsWith('# storePosition:'))?.slice('# storePosition: '.length);
const rows = lines.filter((line) => line && !line.startsWith('#')).length - 1;
console.log(`Fil tipFunnel.csv: ${rows} rader, ställning i händelselagret ${position}`);
