// Chart.js (global `Chart`, loaded before the modules) with the page's defaults. Every chart has
// its exact figures in a table next to it; the canvas itself is described by aria-label.

import { h } from './ui.js';

/** Colours with enough contrast on white, told apart by more than hue in the tables. */
export const COLOURS = ['#1f4e79', '#c05a00', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64'];
export const LIGHT = ['#9db9d3', '#f0b98a', '#a5d6a7', '#ce93d8', '#80deea', '#f48fb1', '#bcaaa4', '#b0bec5'];

/** A canvas in a fixed-height box, described for screen readers. */
export function chartBox(testid, label, height = 320) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label, 'data-testid': testid });
  const box = h('div', { class: 'chart-box', style: `height:${height}px` }, canvas);
  return { box, canvas };
}

export function drawChart(canvas, config) {
  if (!globalThis.Chart) {
    canvas.replaceWith(
      h(
        'p',
        { class: 'notice notice-error' },
        'Diagrammet kunde inte ritas (Chart.js saknas). Siffrorna finns i tabellen.',
      ),
    );
    return null;
  }
  globalThis.Chart.getChart(canvas)?.destroy();
  return new globalThis.Chart(canvas, {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      ...config.options,
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1b1b1b', font: { size: 13 } } },
        tooltip: { enabled: true },
        ...config.options?.plugins,
      },
    },
  });
}

/** Axis options for whole counts. */
export const countAxis = (title) => ({
  beginAtZero: true,
  ticks: { precision: 0, color: '#333' },
  title: title ? { display: true, text: title, color: '#333' } : undefined,
});
export const labelAxis = { ticks: { color: '#333', autoSkip: false, maxRotation: 60 } };
