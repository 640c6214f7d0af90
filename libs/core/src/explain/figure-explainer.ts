import { Injectable } from '@nestjs/common';

/**
 * What made one item count in a dashboard cell: an event of the item's own stream. The explainer
 * that computes a figure also names, item by item, the event behind each count, so a cell's list
 * is as long as its figure by construction.
 */
export interface Evidence {
  stream: string;
  /** The event type; without one, the stream's first event (or last, with `last`). */
  type?: string;
  /** Among several events of that type, the one whose data this accepts. */
  select?: (data: unknown) => boolean;
  /** Take the latest matching event instead of the first. */
  last?: boolean;
}

/** Which cell of which figure: each explainer reads the fields its figure needs. */
export interface FigureCell {
  year?: number;
  campaignId?: string;
  /** The breakdown (REGION, INDUSTRY, QUARTER; level, sector, region, status; VT, HT). */
  groupBy?: string;
  /** The cell's key in that breakdown; absent for the figure's total. */
  key?: string;
  /** Which count of the cell, e.g. `impulses`, `held`, `employersSelected`. */
  measure: string;
}

export interface FigureExplainer {
  figure: string;
  /** The measures it can explain, for error messages and documentation. */
  measures: string[];
  evidence(cell: FigureCell): Promise<Evidence[]> | Evidence[];
}

/** Modules register how their dashboard figures are explained; the audit module answers `explain`. */
@Injectable()
export class ExplainerRegistry {
  private readonly explainers = new Map<string, FigureExplainer>();

  register(explainer: FigureExplainer): void {
    this.explainers.set(explainer.figure, explainer);
  }

  get(figure: string): FigureExplainer | undefined {
    return this.explainers.get(figure);
  }

  figures(): string[] {
    return [...this.explainers.keys()].sort();
  }
}
