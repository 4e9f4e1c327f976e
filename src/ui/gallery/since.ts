import { formatDate, messages } from '../i18n/messages.ts';

/** "just now", "5 min ago", "3 h ago", or the date, in the active language: how long ago a stored model last changed. */
export function since(iso: string, now = Date.now()): string {
  const m = messages().gallery;
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(minutes)) return m.unknownTime;
  if (minutes < 1) return m.justNow;
  if (minutes < 60) return m.minutesAgo(minutes);
  if (minutes < 24 * 60) return m.hoursAgo(Math.round(minutes / 60));
  return m.onDate(formatDate(iso, { dateStyle: 'medium' }));
}
