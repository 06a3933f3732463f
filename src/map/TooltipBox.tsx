// The tooltip's box, rendered empty and hidden; ./tooltip fills and places it.
import { TOOLTIP_ID } from './tooltip';

// The box's content belongs to ./tooltip, not to React: the interaction core fills it as soon as the map is on
// screen, often before React hydrates the page. Children that React rendered would then fail to hydrate (error
// 418), and React would throw the whole server-rendered page away and render it again. With inner HTML, React
// neither hydrates nor ever touches what is inside.
const OWNED_BY_TOOLTIP = { __html: '' };

/** The tooltip's box; empty and hidden until the map fills it. */
export function TooltipBox() {
  return <div role="tooltip" id={TOOLTIP_ID} className="tooltip" hidden dangerouslySetInnerHTML={OWNED_BY_TOOLTIP} />;
}
