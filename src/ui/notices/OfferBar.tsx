import { useWb } from '../workbench-context.ts';
import './notices.css';
import { NoticeRow } from './NoticeRow.tsx';

/**
 * Offers that wait for the person (the first visit's tour) sit in a bar above the canvas, not over it: they stay
 * until answered, so in the message corner they would hide part of the model for as long.
 */
export function OfferBar() {
  const offers = useWb((s) => s.notices).filter((n) => n.waits);
  if (offers.length === 0) return null;
  return (
    <div className="offer-bar" aria-live="polite">
      {offers.map((n) => (
        <NoticeRow key={n.id} notice={n} closes={[n]} />
      ))}
    </div>
  );
}
