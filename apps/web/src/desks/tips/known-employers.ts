import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useOperations } from '../../forms/can';
import { ImpulseItemFragment, TipsInspectedPrincipalsDocument, TipsSelectedEmployersDocument } from '../../gql/graphql';
import { knownEmployers } from './impulse-form';

type Employer = { organisationNumber: string; name: string };

/**
 * The employers the workspace knows, by organisation number, as far as the role may read them:
 * principals inspected in joint supervision, employers selected for dialogue (last year, this
 * year) and the employers of the impulses listed (oldest first). A later source names an employer
 * over an earlier one, so the name FK last reported it under wins.
 */
export function useKnownEmployers(impulses: readonly ImpulseItemFragment[]): ReadonlyMap<string, string> {
  const operations = useOperations();
  const year = new Date().getFullYear();
  const [selections] = useQuery({
    query: TipsSelectedEmployersDocument,
    variables: { year, lastYear: year - 1 },
    pause: !operations?.has('Query.employerSelections'),
  });
  const [campaigns] = useQuery({
    query: TipsInspectedPrincipalsDocument,
    pause: !operations?.has('Query.supervisionCampaigns'),
  });
  return useMemo(() => {
    const principals: Employer[] =
      campaigns.data?.supervisionCampaigns.flatMap((c) => c.inspections.map((i) => i.principal)) ?? [];
    const selected = (list?: { employers: Employer[] }[]) => list?.flatMap((s) => s.employers) ?? [];
    return knownEmployers([
      ...principals,
      ...selected(selections.data?.lastYear),
      ...selected(selections.data?.thisYear),
      ...[...impulses].reverse().map((i) => i.employer),
    ]);
  }, [campaigns.data, selections.data, impulses]);
}
