import type { ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router';

/**
 * A desk's pages below its own address: `index` at the desk's address, and each of `pages` at its
 * path (`':id'`, `'kampanj/:id'`), in the order given, so a fixed path can come before a parameter.
 */
export function DeskRoutes({ index, pages = {} }: { index: ReactNode; pages?: Record<string, ReactNode> }) {
  return (
    <Routes>
      <Route index element={index} />
      {Object.entries(pages).map(([path, element]) => (
        <Route key={path} path={path} element={element} />
      ))}
    </Routes>
  );
}

/** One tab of a desk: where it leads and what it says; `end` where the address must match exactly. */
export interface DeskTab {
  to: string;
  label: string;
  testid?: string;
  end?: boolean;
}

/** The tabs between a desk's pages, the current one marked by `aria-current` (NavLink). */
export function DeskTabs({ label, tabs, className }: { label: string; tabs: readonly DeskTab[]; className?: string }) {
  return (
    <nav aria-label={label} className={className ? `desk-tabs ${className}` : 'desk-tabs'}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} data-testid={tab.testid}>
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
