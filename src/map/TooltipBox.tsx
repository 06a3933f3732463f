// The tooltip's box, rendered empty and hidden; ./tooltip fills and places it.
import { TOOLTIP_ID } from './tooltip';

/** The tooltip's box; empty and hidden until the map fills it. */
export function TooltipBox() {
  return <div role="tooltip" id={TOOLTIP_ID} className="tooltip" hidden />;
}
