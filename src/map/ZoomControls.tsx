// The zoom buttons: in, out, the story's region and the whole world.
import type { Zoom } from '../state/view';
import type { ZoomControls as Controls } from './useZoom';

interface ZoomControlsProps {
  controls: Controls;
  /** The story's region, which the Middle East button frames. */
  region: Zoom;
  /** Where "+" zooms towards: the open country, else the story's region. */
  towards: () => { x: number; y: number };
}

export function ZoomControls({ controls, region, towards }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => controls.zoomInTowards(towards())} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => controls.zoomBy(0.5)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => controls.zoomTo(region)}>
        Middle East
      </button>
      <button type="button" onClick={() => controls.zoomTo(null)}>
        World
      </button>
    </div>
  );
}
