import type { JSX } from 'react';

/** Small SVG marks shared by cards and the legend, drawn in theme colours. */

export function TouchpointRing({ importance }: { importance: number }): JSX.Element {
  const r = 3 + importance * 1.1;
  const stroke = 1 + importance * 0.45;
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <circle cx="9" cy="9" r={r} fill="none" stroke="var(--fs-touchpoint)" strokeWidth={stroke} />
      <circle cx="9" cy="9" r="1.6" fill="var(--fs-touchpoint)" />
    </svg>
  );
}

export function BenchmarkBadge(): JSX.Element {
  return (
    <svg width="16" height="18" viewBox="0 0 16 18" aria-hidden="true" focusable="false">
      <path d="M8 1 L15 3.5 V8.5 C15 12.8 12 15.6 8 17 C4 15.6 1 12.8 1 8.5 V3.5 Z" fill="var(--fs-strategy-benchmark)" />
      <text x="8" y="12.3" textAnchor="middle" fontSize="9.5" fontWeight="700" fill="#fff" fontFamily="var(--fs-font)">B</text>
    </svg>
  );
}

export function DifferentiateBadge(): JSX.Element {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M9 0.8 L11.4 6 L17 6.6 L12.8 10.4 L14 16 L9 13.1 L4 16 L5.2 10.4 L1 6.6 L6.6 6 Z" fill="var(--fs-strategy-differentiate)" />
      <text x="9" y="12.2" textAnchor="middle" fontSize="7.5" fontWeight="700" fill="#fff" fontFamily="var(--fs-font)">D</text>
    </svg>
  );
}

export function FailPointMark(): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1 L15 14 H1 Z" fill="var(--fs-failpoint)" />
      <path d="M8 5.5 V9.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="11.9" r="1" fill="#fff" />
    </svg>
  );
}

export function Clock(): JSX.Element {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="5.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M7 3.8 V7 L9.2 8.4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}
