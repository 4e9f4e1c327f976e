import type { Severity } from '../../core/model/primitives.ts';
import { messages } from '../i18n/messages.ts';

/** "1 error", "3 warnings" in the active language (the CLI's summary says errors, warnings, notes too). */
export function countOf(severity: Severity, n: number): string {
  return messages().findings.count[severity](n);
}

/** A severity's symbol: shape and glyph differ as well as colour (round ×, triangle !, round i), so it reads without colour. */
export function SeverityIcon({ severity, size = 14 }: { severity: Severity; size?: number }) {
  return (
    <svg
      className={`severity-icon severity-icon--${severity}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
    >
      {severity === 'warning' ? (
        <path d="M8 1.2 15.3 14.3H.7z" fill="currentColor" />
      ) : (
        <circle cx="8" cy="8" r="7.3" fill="currentColor" />
      )}
      {severity === 'error' ? (
        <path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" />
      ) : null}
      {severity === 'warning' ? (
        <path d="M8 5.6v4.1M8 11.6v.4" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" />
      ) : null}
      {severity === 'info' ? (
        <path d="M8 7.2v4.4M8 4.6v.4" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" />
      ) : null}
    </svg>
  );
}
