// The zoom buttons: in, out, the story's region and the whole world.
import type { Zoom } from '../state/view';
import type { ZoomControls as Controls } from './useZoom';

export function ZoomControls({ controls, region }: { controls: Controls; region: Zoom }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => controls.zoomBy(2)} aria-label="Zoom in">
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
